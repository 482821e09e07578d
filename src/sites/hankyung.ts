import type { SiteFamily } from './types.js';

/**
 * Korea Economic Daily (hankyung.com), 2023– article page (`/article/2024051412345`). `<title>` and
 * `og:title` end in ` | 한국경제`, `og:site_name` is `hankyung.com` (so the publisher is fixed here);
 * JSON-LD `NewsArticle` carries datePublished/dateModified with seconds and the article text. The
 * headline `h1.headline`, the time box `.article-timestamp .datetime` with one `.item` per time
 * (`<span class="txt">입력</span><span class="txt-date">2024.05.14 09:31</span>`, then `수정`), the
 * reporter card `.author` (`.name` `홍길동 기자`). The body `div.article-body#articletxt[itemprop=
 * articleBody]` is text separated by `<br><br>`, with photo boxes `figure.article-figure` (`.figure-img`,
 * `figcaption.figure-caption`), ad slots `.article-ad` and, at the end, the reporter line `홍길동 기자
 * hong@hankyung.com` (online desk: `홍길동 한경닷컴 기자 …`) as bare text; the copyright line, reactions
 * and related lists follow the body.
 */
export const hankyung: SiteFamily = {
  name: 'hankyung',
  source:
    'Selectors of public hankyung.com scrapers (h1.headline, div.article-body / #articletxt, span.txt-date first = 입력 and second = 수정, .article-ad; JSON-LD NewsArticle read first by a BeautifulSoup HankyungParser) and hankyung.com page heads (title/og:title `… | 한국경제`, og:site_name hankyung.com, from a saved hankyung.com/help page in pphj/portfolio)',
  detect: {
    hosts: ['hankyung.com'],
    markers: ['div.article-body#articletxt', '.article-timestamp .datetime .txt-date'],
  },
  publisher: '한국경제',
  title: ['.article-contents h1.headline', 'h1.headline'],
  body: ['#articletxt', 'div.article-body[itemprop="articleBody"]', 'div.article-body'],
  drop: ['.article-ad'],
  captions: ['figure.article-figure figcaption', '.figure-caption'],
  authors: ['.article-contents .author .name', '.author-info .author .name'],
};
