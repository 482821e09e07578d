import type { SiteFamily } from './types.js';

/**
 * Daum News (v.daum.net, formerly news.v.daum.net / v.media.daum.net), Kakao's portal page for the
 * outlets it carries. Head `#cSub .head_view`: the outlet's logo in `em.info_cp a.link_cp img`,
 * `h3.tit_view`, `span.info_view` with `span.txt_info` (the reporter, then `입력` and `수정` each with a
 * `span.num_date` like `2023. 11. 1. 08:46`). Body `div.article_view[data-translation-body]` (older
 * pages: `div#harmonyContainer`), the harmony editor's `section[dmcf-sid]` with
 * `p`/`div[dmcf-ptype="general"]` (text, sometimes with `<br>`) and `figure.figure_frm` with
 * `figcaption.txt_caption`; the outlet's e-mail, tip-off and copyright lines are body paragraphs of their
 * own. Comments are filled into `#alex-area` by the alex script. The publisher is the outlet (logo `alt`;
 * `og:site_name` is `다음 - 연합뉴스`), not Daum. The section is the hidden `h2#kakaoBody`.
 */
export const daum: SiteFamily = {
  name: 'daum',
  source:
    'Read off saved v.daum.net article bodies (section[dmcf-sid], p/div[dmcf-ptype="general"], figure.figure_frm, figcaption.txt_caption, 2023) and the selectors of public Daum News scrapers (h3.tit_view, span.info_view .txt_info, span.num_date, em.info_cp img alt, #harmonyContainer, .article_view, og:regDate, #alexCounter / alex-count-area).',
  detect: {
    hosts: ['v.daum.net'],
    markers: ['#harmonyContainer', '.article_view section[dmcf-sid]'],
  },
  title: ['.head_view .tit_view', 'h3.tit_view'],
  subtitle: ['.news_view .summary_view'],
  published: ['.head_view .info_view .num_date', '.info_view .num_date'],
  body: ['.article_view', '#harmonyContainer'],
  drop: ['.layer_summary', '.util_view', '.foot_view'],
  captions: ['figcaption.txt_caption', '.figure_frm figcaption'],
  authors: ['.head_view .info_view .txt_info:not(:has(.num_date))'],
  publisherName: ['.head_view .info_cp img', '.info_cp .link_cp img'],
  section: ['#kakaoBody'],
  comments: ['#alex-area'],
  related: ['.foot_view .box_relate', '#mAside'],
  commentsByScript: true,
};
