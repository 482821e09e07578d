import type { SiteFamily } from './types.js';

/**
 * Maeil Business (mk.co.kr), 2022– article template (`/news/<section>/<id>`). The head has JSON-LD
 * `NewsArticle` (datePublished, and a dateModified equal to it when the article was never updated),
 * `article:published_time` and `og:title`/`<title>` with the ` - 매일경제` suffix. The headline
 * `h2.news_ttl` is printed twice (fixed header and `.news_detail_head_group`) next to the section
 * `.cate`; the AI summary `뉴스 요약쏙` (`.news_sum_group`, `p.news_text`) is printed twice in the headers
 * and is not body. `header.sec_head` has the reporter `dl.author` (`dt.name` `홍길동 기자`, `dd.email`) and
 * `.time_area dl.registration` (`입력 : 2025-05-28 01:05:24`). The body
 * `div.news_cnt_detail_wrap[itemprop=articleBody]` holds the deck `div.mid_title .midtitle_text` (lines
 * split by `<br/>`), photo boxes `div.thumb_area` with `figcaption span.thum_figure_txt`, `<p refId>`
 * paragraphs, bold in-body subheadings `div.border_org` (body), in-body ad boxes `div.ad_wrap` and
 * `#refTotal`; the ad pair `.ad_contents` and the like prompt `.reaction_btn_wrap` follow it. Comments
 * are rendered client-side from a handlebars template (`comment.js`).
 */
export const mk: SiteFamily = {
  name: 'mk',
  source:
    'Real pages www.mk.co.kr/news/sports/11328187, /news/realestate/11329112, /news/world/11331490 (fundus MBN test data, shared/corpus/mk) and fundus MBNParser V1 (flairNLP/fundus src/fundus/publishers/kr/mbn.py: itemprop=articleBody, midtitle_text, thumb_area/thum_figure_txt, ad_wrap), a cheerio MkParser (h2.news_ttl, .cate.c_point, .author .name, .registration dd, .news_cnt_detail_wrap p[refid])',
  detect: {
    hosts: ['mk.co.kr'],
    markers: ['.news_cnt_detail_wrap[itemprop="articleBody"]', '.news_cnt_detail_wrap .thum_figure_txt'],
  },
  publisher: '매일경제',
  title: ['.news_detail_head_group h2.news_ttl', 'h2.news_ttl'],
  subtitle: ['.news_cnt_detail_wrap .mid_title .midtitle_text', '.mid_title .midtitle_text'],
  body: ['.news_cnt_detail_wrap[itemprop="articleBody"]', '.news_cnt_detail_wrap'],
  drop: ['.mid_title', '.ad_wrap', '.ad_contents', '.reaction_btn_wrap', '.news_sum_group', '.thumb .zoom_in'],
  captions: ['.thumb_area .thum_figure_txt', '.thum_figure_txt'],
  authors: ['.news_write_info_group dl.author .name', 'dl.author dt.name'],
  section: ['.news_detail_head_group .cate'],
  comments: ['.cmm_wrap'],
  related: ['.news_detail_foot_group', '.news_popularity_sec', '.news_recommend_sec'],
  commentsByScript: true,
};
