import type { SiteFamily } from './types.js';

/**
 * JoongAng Ilbo (www.joongang.co.kr), the layout of the 2021 renewal (`/article/<number>`): the
 * header `article.article > header.article_header` holds `h1.headline`, `.datetime .time_bx` with
 * `p.date` lines (`입력`/`업데이트`, each a `<time itemprop datetime>`), and `.byline` reporter links;
 * the body `#article_body` holds `<p data-divno>` paragraphs (or, for articles from the old CMS,
 * `<br>`-separated text) with `.ab_subtitle` (the deck), `.ab_photo` boxes and their `.caption`,
 * `.ab_sub_heading` subheadings, `.ab_related_article` boxes, `.ad_wrap` ad slots and the closing
 * `.ab_byline` (name and e-mail). List pages and side boxes reuse `h2.headline` for card titles.
 */
export const joongang: SiteFamily = {
  name: 'joongang',
  source:
    'Selectors of public joongang.co.kr scrapers: JoongangParser 2026 (h1.headline, .byline a, .datetime time[itemprop], ' +
    '#article_body p[data-divno], .ab_photo .caption, .ab_sub_heading h2, .ab_byline p, .tag_wrap .tag, .subhead a), ' +
    'JoongangNewsCrawler 2022 (.article > .article_header > .headline, .datetime > .time_bx > .date, removes .ad_wrap, ' +
    '.ab_byline, .ab_subtitle, .caption; #story_list .card_body .headline), a 2016 JoongAng CMS test of .ab_related_article, ' +
    'and a crawler config excluding div.ab_ad, div.ad_wrap, div.ab_related_article.',
  detect: {
    hosts: ['joongang.co.kr'],
  },
  publisher: '중앙일보',
  title: ['.article_header h1.headline', 'h1.headline'],
  subtitle: ['#article_body .ab_subtitle'],
  published: ['.datetime time[itemprop="datePublished"]', '.datetime .time_bx p.date'],
  modified: ['.datetime time[itemprop="dateModified"]'],
  body: ['#article_body'],
  drop: ['.ab_subtitle', '.ab_byline', '.ab_related_article', '.ad_wrap', '.ab_ad', '#ja_read_tracker', '#criteo_network'],
  captions: ['.ab_photo .caption', '.ab_photo figcaption'],
  authors: ['.article_header .byline', '#article_body .ab_byline'],
  section: ['.article_header .subhead a'],
  tags: ['.tag_wrap .tag'],
  related: ['.story_list'],
  commentsByScript: true,
};
