import type { SiteFamily } from './types.js';

/**
 * Hankook Ilbo (hankookilbo.com). Two layouts:
 *
 * - the server-rendered article page (`/News/Read/A…`, to early 2026): headline `.end-top h1.title`,
 *   date list `.info dl.wrt-text` (`입력`/`수정` in `dt`, the times in `dd`), the body
 *   `div.col-main[itemprop="articleBody"]` inside `.end-body` with the deck lines `h2.sub-tit-ll`, editor
 *   paragraphs `p.editor-p`, in-body subheadings `h3.editor-tit`, photo boxes `.editor-img-box` with a
 *   `.caption`, a pull-quote box `.module-quote`, ad slots `.end-ad-container`, and after the text the
 *   byline `.writer` (`순천 홍길동 기자` + `.email`), reaction buttons, related lists and the
 *   `Copyright ⓒ Hankookilbo` strip — all inside the same `col-main`, so they are dropped here. JSON-LD
 *   `NewsArticle` has the exact times (with seconds), so no date rule is needed;
 * - the Next.js app (`/news/article/A…`, 2026): the server HTML has only a spinner; the article is
 *   escaped HTML (`contentHtml`, same editor classes) in a React Query cache script and the RSC stream.
 *   No selector here matches it: the embedded-article reader takes the body and metadata from that JSON.
 */
export const hankookilbo: SiteFamily = {
  name: 'hankookilbo',
  source:
    'Real pages www.hankookilbo.com/News/Read/A2025051516330004328 and /news/article/A2026012914320005196 (fundus test data, shared/corpus/hankookilbo) and fundus HankookIlboParser V1/V2 (flairNLP/fundus src/fundus/publishers/kr/hankook_ilbo.py)',
  detect: {
    hosts: ['hankookilbo.com'],
    markers: ['[itemprop="articleBody"] p.editor-p', 'h2.sub-tit-ll'],
  },
  publisher: '한국일보',
  title: ['.end-top h1.title'],
  subtitle: ['[itemprop="articleBody"] h2.sub-tit-ll', '.end-body h2.sub-tit-ll'],
  body: ['div.col-main[itemprop="articleBody"]', '.end-body .col-main'],
  drop: [
    'h2.sub-tit-ll',
    '.module-quote',
    '.end-ad-container',
    '.ad-item',
    '.writer',
    '.reaction-btns',
    '.btn-area',
    '.more-news',
    '.edit-subscribe',
    '.more-articles',
    '.article-bottom-banner',
    '.newspaper-subscribe',
    '.img-zoomin',
  ],
  captions: ['.editor-img-box .caption'],
  authors: ['[itemprop="articleBody"] .writer .name', '.end-body .writer .name'],
  comments: ['.comment-area'],
  related: ['.more-news', '.edit-subscribe', '.more-articles', '.side-link-box'],
  commentsByScript: true,
};
