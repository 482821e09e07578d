import type { SiteFamily } from './types.js';

/**
 * Dong-A Ilbo (www.donga.com), the 2023 article layout (`/news/<Section>/article/all/<yyyymmdd>/<id>/<n>`):
 * `section.head_group` with the breadcrumb, the `h1` headline and `.news_info` (`.author_info` reporter
 * links; `.date_info` with `입력` in a `p` and `업데이트` in a button, each date once for the eye in
 * `span[aria-hidden]` and once for screen readers in `.is_blind`); the body `section.news_view` is
 * text separated by `<br><br>`, with the deck in `h2.sub_tit`, `figure.img_cont` photos (`figcaption`),
 * `view_ad…`/`view_m_ad…` ad boxes and `<b>● …</b>` subheadings. The reporter line (`.byline`, name
 * and e-mail, one reporter a line) and `.caution_text` (copyright) follow the body inside `.main_view`.
 */
export const donga: SiteFamily = {
  name: 'donga',
  source:
    'Selectors of public donga.com scrapers: DongaParser 2026 (.head_group h1, .news_view h2.sub_tit, .breadcrumb .breadcrumb_item a, ' +
    '.author_info a, .date_info p span[aria-hidden], .news_info button span[aria-hidden], figure.img_cont figcaption, removes ' +
    '.view_ad06 .view_adK .view_m_adK .view_m_adA/B/C), the hyangsang DongaNewsParser and its test page (.main_view > ' +
    'section.news_view, <b>● …<br></b> headings, <!--BYLINE-->, div.byline, div.caution_text, wire credit as last line), and crawler ' +
    'cleaners removing .article_end, #poll_content, .subscribe_wrap, #is_relation_m, #is_trend_m, .view_ad07, .view_m_adD/I.',
  detect: {
    hosts: ['donga.com'],
  },
  publisher: '동아일보',
  title: ['section.head_group h1', '.head_group h1'],
  subtitle: ['.news_view h2.sub_tit'],
  published: ['.news_info .date_info p span[aria-hidden="true"]', '.news_info .date_info p'],
  modified: ['.news_info .date_info button span[aria-hidden="true"]', '.news_info button span[aria-hidden="true"]'],
  body: ['section.news_view', '.news_view'],
  drop: [
    'h2.sub_tit',
    'div[class^="view_ad"]',
    'div[class^="view_m_ad"]',
    '.a1',
    '.btn_img',
    '.article_end',
    '#poll_content',
    '.subscribe_wrap',
    '#is_relation_m',
    '#is_trend_m',
    '.is_relation_parent',
    '.is_trend_parent',
    '.byline',
    '.caution_text',
  ],
  captions: ['figure.img_cont figcaption'],
  authors: ['.news_info .author_info a', '.main_view > .byline'],
  section: ['.breadcrumb .breadcrumb_item a'],
  related: ['#is_relation_m', '.is_relation_parent'],
  commentsByScript: true,
};
