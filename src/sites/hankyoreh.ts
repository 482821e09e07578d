import type { SiteFamily } from './types.js';

/**
 * Hankyoreh (hani.co.kr). Two layouts:
 *
 * - the Next.js site (2023 renewal, `article#renewal2023`): CSS-module class names with a build hash
 *   (`ArticleDetailView_title__9kRU_`), so every rule matches the stable prefix with `[class*=…]`.
 *   Headline `h3.ArticleDetailView_title…`, breadcrumb `ArticleDetailView_breadcrumb…`, reporters
 *   `ArticleDetailView_reporterList…` (links + `기자`), dates `ul.ArticleDetailView_dateList…` with
 *   `li.ArticleDetailView_dateListItem…` `등록`/`수정` + `<span>2026-01-06 15:45</span>`, deck
 *   `h4.ArticleDetailView_subtitle…` (br-separated lines), body `div.article-text` of `p.text` with photo
 *   figures `ArticleDetailContent_imageContainer…` (`figcaption.ArticleDetailContent_figcaption…`), ad
 *   slots `ArticleDetailContent_adWrap…`/`BaseAd_…`, `.cont-midtitle` subheads and the reporter/e-mail
 *   line as the last `p.text`;
 * - the older site (to 2023): `#article_view_headline` (`.article-head`) with `h4 span.title` and
 *   `p.date-time` (`<span>등록 :2019-05-14 09:31</span><span>수정 :…</span>`), body
 *   `.article-text .article-text-font-size .text` (text separated by `<br>`), deck `.subtitle`, photos
 *   `.image-area .imageC` with the caption in `.desc`, reporter box `.kiza-info`/`.kizapage-box`.
 */
export const hankyoreh: SiteFamily = {
  name: 'hankyoreh',
  source:
    'hani.co.kr scrapers: hyangsang HaniNewsParser and its test markup (Kotlin, 2025), a cheerio HaniParser (2026), BeautifulSoup/Selenium crawlers of the 2023 layout (ArticleDetailView_* classes) and of the old layout (#article_view_headline, .article-text-font-size .text, p.date-time, .kizapage-box), calibre recipes/hankyoreh.recipe',
  detect: {
    hosts: ['hani.co.kr'],
    markers: ['article#renewal2023', '[class*="ArticleDetailView_title"]', '#article_view_headline', '.article-text-font-size'],
  },
  publisher: '한겨레',
  title: ['h3[class*="ArticleDetailView_title"]', '#article_view_headline h4 .title', '.article-head h4.title', '.article-head .title'],
  subtitle: ['h4[class*="ArticleDetailView_subtitle"]', '.article-text-font-size .subtitle'],
  published: ['li[class*="ArticleDetailView_dateListItem"]:first-child', '.article-head .date-time span:first-child'],
  modified: ['li[class*="ArticleDetailView_dateListItem"]:nth-child(2)', '.article-head .date-time span:nth-child(2)'],
  body: ['#renewal2023 .article-text', '.article-text-font-size .text', '.article-text'],
  drop: [
    '[class*="ArticleDetailContent_adWrap"]',
    '[class*="BaseAd_"]',
    '[class*="ArticleDetailView_audioWrap"]',
    '.embeded-area',
    '#ad_box01',
  ],
  captions: ['figcaption[class*="ArticleDetailContent_figcaption"]', '.image-area .desc', '.imageC .desc'],
  authors: ['[class*="ArticleDetailView_reporterList"]', '.kiza-info .name strong', '.kizapage-box .name strong'],
  section: ['[class*="ArticleDetailView_breadcrumb"] a', '.article-head .category a'],
  related: ['[class*="ArticleBottomMostReadList"]'],
};
