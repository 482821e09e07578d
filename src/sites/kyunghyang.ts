import type { SiteFamily } from './types.js';

/**
 * Kyunghyang Shinmun (khan.co.kr). Two layouts:
 *
 * - the current article page (2023–): `article` with a `header` (`.category a`, `h1` headline,
 *   `.bottom .editor a` reporter, `.date .inner p` lines `입력 2024.05.14 09:31` / `수정 …`), the body
 *   `div.art_body#articleBody` of `p.content_text` paragraphs, photos `figure.art_photo` (`.art_photo_wrap`
 *   picture + `figcaption`), ad slots and the `.art_copyright` line;
 * - the earlier page (2019–2022): `.art_header` with `.subject h1#article_title.headline` and
 *   `.function_wrap .art_info .byline` (`<em>입력 : 2020.06.11 21:30</em><em>수정 : …</em>`), body
 *   `.art_cont .art_body#articleBody` of `p.content_text`, photos `div.art_photo > .art_photo_wrap` with a
 *   `p.caption`, ads `.article_bottom_ad`/`.iwmads`; the reporter is in `article:author`
 *   (`홍길동 기자/mail@kyunghyang.com`) and the last paragraph.
 */
export const kyunghyang: SiteFamily = {
  name: 'kyunghyang',
  source:
    'khan.co.kr scrapers: a cheerio KhanParser (2026: article header h1, .date .inner p, #articleBody p.content_text, .art_photo), talkpick-batch KhanContentScraper (art_body, div.art_photo), KhanParserUtil (div.byline > em, art_photo_wrap), a 2021 cheerio KhanNewsCrawler (.art_header .function_wrap .art_info .byline em, .article_bottom_ad, .iwmads, article:author), RSS crawlers reading p.content_text.text-l, calibre recipes/kyungyhang.recipe',
  detect: {
    hosts: ['khan.co.kr'],
    markers: ['#articleBody p.content_text', '.art_header #article_title'],
  },
  publisher: '경향신문',
  title: ['article header h1', '.art_header h1#article_title', '.art_header .headline'],
  published: ['header .date .inner p:first-child', '.art_header .byline em:first-child'],
  modified: ['header .date .inner p:nth-child(2)', '.art_header .byline em:nth-child(2)'],
  body: ['div#articleBody', '.art_cont .art_body', '.art_body'],
  drop: ['.art_copyright', '.article_bottom_ad', '.iwmads', '#ads5PgPv'],
  captions: ['figure.art_photo figcaption', '.art_photo .caption', '.art_photo_wrap .caption'],
  authors: ['header .bottom .editor a', '.art_header .byline .name'],
  section: ['article header .category a', '.art_header .category a'],
};
