import type { SiteFamily } from './types.js';

/**
 * Naver News, current layout (n.news.naver.com, 2022–): the article page Naver prints for every
 * outlet it carries. Head `.media_end_head` (outlet logo, `h2#title_area`, date stamps with
 * `data-date-time` / `data-modify-date-time` in Korean time, journalist box), body `article#dic_area`
 * (text and `<br><br>`, photos in `span.end_photo_org` with `em.img_desc`, the outlet's summary in
 * `strong.media_end_summary`), then `div.byline` (`span.byline_s`: name and e-mail), `div.copyright`,
 * `div.media_end_categorize` (the outlet's section), the outlet's linked news, and `#cbox_module`, the
 * comment box filled by Naver's cbox script. The publisher is the outlet (logo `alt`), not Naver.
 */
export const naver: SiteFamily = {
  name: 'naver',
  source:
    'Read off saved n.news.naver.com pages (2023: adbar/htmldate tests/eval n.news.naver.com-607.html, iloveaired/ppom_git_test naver_news.html) and the selectors of public Naver News scrapers (#dic_area, #title_area, ._ARTICLE_DATE_TIME, .media_end_head_journalist_name, em.img_desc).',
  detect: {
    hosts: ['n.news.naver.com', 'm.news.naver.com'],
    markers: ['.media_end_head_headline', '#newsct_article #dic_area'],
  },
  title: ['#title_area', '.media_end_head_headline'],
  subtitle: ['#dic_area .media_end_summary'],
  published: ['.media_end_head_info_datestamp ._ARTICLE_DATE_TIME', '._ARTICLE_DATE_TIME'],
  modified: ['.media_end_head_info_datestamp ._ARTICLE_MODIFY_DATE_TIME', '._ARTICLE_MODIFY_DATE_TIME'],
  body: ['#dic_area', '#newsct_article'],
  drop: ['.media_end_summary', '.vod_player_wrap', '._VOD_PLAYER_WRAP', '.byline', '.copyright', '.media_end_categorize'],
  captions: ['.end_photo_org .img_desc', '.img_desc'],
  authors: ['.media_end_head_journalist_name'],
  publisherName: ['.media_end_head_top_logo img', '.media_end_head_top_logo'],
  section: ['.media_end_categorize_item'],
  comments: ['#cbox_module'],
  related: ['.media_end_linked', '.media_journalistcard_morenews', '.rankingnews'],
  commentsByScript: true,
};

/**
 * Naver News, legacy `read.nhn` page (news.naver.com/main/read.nhn, until 2020–21): table layout,
 * head `.article_header` (outlet logo in `.press_logo`, `h3#articleTitle`, `.sponsor` with
 * `기사입력 <span class="t11">…</span> 최종수정 <span class="t11">…</span>`), body
 * `div#articleBodyContents` as the outlet sent it (text and `<br>`, photos in `span.end_photo_org` with
 * `em.img_desc`, the byline, `▶` promo links and the copyright line as bare text at the end), then
 * `.guide_categorization`, the outlet's `.link_news` and `#cbox_module`. Recognised by its markup only:
 * `news.naver.com` as a host would also claim n.news.naver.com and sports.news.naver.com.
 */
export const naverLegacy: SiteFamily = {
  name: 'naver-legacy',
  source:
    'Read off a saved news.naver.com/main/read.nhn page of 2020 (any1004k/git PortFolio naverNewsRead.jsp: #articleTitle, .sponsor .t11, #articleBodyContents, em.img_desc, .link_news, #cbox_module) and the selectors of public Naver News scrapers of that period (#articleBodyContents, #articleTitle, span.t11).',
  detect: {
    markers: ['#articleBodyContents._article_body_contents', '#main_content .article_info #articleTitle'],
  },
  title: ['#articleTitle'],
  published: ['.article_info .sponsor .t11', '.sponsor .t11'],
  modified: ['.article_info .sponsor .t11 + .t11', '.sponsor .t11 + .t11'],
  body: ['#articleBodyContents'],
  drop: ['.vod_area', '.link_news', '.guide_categorization'],
  captions: ['.end_photo_org .img_desc', '.img_desc'],
  publisherName: ['.article_header .press_logo img', '.press_logo img'],
  section: ['.guide_categorization_item'],
  comments: ['#cbox_module'],
  related: ['.link_news', '.article_list', '.section_list_ranking'],
  commentsByScript: true,
};
