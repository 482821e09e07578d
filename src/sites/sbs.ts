import type { SiteFamily } from './types.js';

/**
 * SBS News article pages (`news.sbs.co.kr/news/endPage.do?news_id=N…`): `h1#news-title.article_main_tit`,
 * `.w_author a.reporter` (`<span itemprop="name">이름</span> 기자`), `.date_area` spans (`작성 …`,
 * `수정 …`) with `meta[itemprop=datePublished]`, the lead image in `.w_article_mainimg` and the text in
 * `.main_text > .text_area[itemprop=articleBody]` as `<br>`-separated text. Body photos are
 * `.w_artcle_conimg` (sic) boxes with a lazy `data-src`; their captions are either `p.img_desc` or a
 * centred grey line `<div><span style="color:…"><strong>▲ …</strong></span></div>` typed in by the desk.
 * `.copyrightsbs` closes the article; the reporter box, reactions and related list follow it.
 */
export const sbs: SiteFamily = {
  name: 'sbs',
  source:
    'news.sbs.co.kr endPage.do markup as read by public scrapers: a Kotlin SbsNewsParser and its test page (div.main_text > div.text_area, div.w_article_mainimg, div.w_artcle_conimg with data-src, p.img_desc, the ▲ grey caption line, div.copyrightsbs, a.reporter), a TypeScript SbsParser (h1.article_main_tit#news-title, .w_author .reporter span[itemprop=name], .date_area 작성/수정 spans and meta[itemprop=datePublished], .text_area[itemprop=articleBody]), forkonlp/newspaper inst/yaml/news_sbs_co_kr.yml (div.main_text div.text_area, article:published_time, dable:author)',
  detect: {
    hosts: ['news.sbs.co.kr'],
    markers: ['h1#news-title.article_main_tit', '.main_text > .text_area[itemprop="articleBody"]', '.copyrightsbs'],
  },
  publisher: 'SBS',
  title: ['h1#news-title', '.w_article_title .article_main_tit'],
  published: ['.date_area meta[itemprop="datePublished"]', '.date_area span:contains("작성")', '.date_area span:contains("입력")'],
  modified: ['.date_area meta[itemprop="dateModified"]', '.date_area span:contains("수정")'],
  body: ['.main_text > .text_area', '.text_area[itemprop="articleBody"]', '.article_cont_area .main_text'],
  drop: ['.xlang-wrap', '.copyrightsbs', '.b_expand'],
  captions: ['.img_desc', '.text_area div:has(> span[style*="color"]):contains("▲")'],
  authors: ['.w_author a.reporter', '.w_author .reporter span[itemprop="name"]'],
  commentsByScript: true,
};
