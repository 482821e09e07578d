import type { SiteFamily } from './types.js';

/**
 * Chosun Ilbo (www.chosun.com), an Arc XP site rendered by PageBuilder Fusion. The rules are for the
 * server-rendered layout (2021–): headline in `.article-header__headline-container`, `입력`/`업데이트`
 * in `.article-dateline` (`.inputDate`, `.upDate`), reporters as `.article-byline__author` links, the
 * body as `p.article-body__content-text` inside `section.article-body`, with raw-HTML and ad blocks
 * between them. When the render fails, the page has only the `Fusion.globalContent` ANS JSON; the
 * generic embedded-article reader takes over there. `article:published_time` is the draft time
 * (`{{content.created_date}}`), never the publication: the visible dateline or the ANS
 * `first_publish_date` is. Comments are loaded by script.
 */
export const chosun: SiteFamily = {
  name: 'chosun',
  source:
    'A saved chosun.com Arc/Fusion page (national/incident 2023, fusion-metadata script, Fusion.metas) and the selectors of public ' +
    'chosun.com scrapers (ChosunParser 2026: h1.article-header__headline span, .inputDate/.upDate, .article-byline__author, ' +
    'section.article-body p.article-body__content-text, .article-tags; cleaners removing .arcad-wrapper, .dfpAd, ' +
    '.article-body__content-rawhtml; selenium paths #fusion-app > div.article > … > article > div.article-dateline).',
  detect: {
    // www and the mobile host only: biz.chosun.com (조선비즈) and sports.chosun.com (스포츠조선) are other outlets.
    hosts: ['www.chosun.com', 'm.chosun.com'],
    // The Fusion bootstrap script names its Arc site: present even when the server render failed.
    generator: /Fusion\.arcSite\s*=\s*["']chosun["']/,
  },
  publisher: '조선일보',
  title: ['.article-header__headline-container h1.article-header__headline', 'h1.article-header__headline'],
  subtitle: ['.article-header__headline-container p'],
  published: ['.article-dateline .inputDate'],
  modified: ['.article-dateline .upDate'],
  body: ['section.article-body'],
  drop: [
    '.article-body__content-rawhtml',
    '.arcad-wrapper',
    '.dfpAd',
    '.article-tags',
    '.article-copyright',
    '.separator-container',
    '.social-share',
  ],
  captions: ['.article-body__content-image figcaption'],
  authors: ['.article-byline__author'],
  tags: ['.article-tags a'],
  related: ['.story-card'],
  commentsByScript: true,
};
