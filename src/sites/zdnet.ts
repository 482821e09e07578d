import type { SiteFamily } from './types.js';

/**
 * ZDNet Korea (지디넷코리아) article pages (`zdnet.co.kr/view/?no=YYYYMMDDhhmmss`): `.news_head h1`, the
 * deck as the plain `<p>` under it, `p.meta span` with both dates in one line
 * (`입력 :2024/05/14 09:31     수정: 2024/05/14 10:02`), the text as `<p>`s in
 * `#articleBody.view_cont` with `figure`/`figcaption` photos and ad slots between paragraphs, then the
 * reporter box (`.reporter_list`), related articles as `.news_box .newsPost .assetText` (the same card
 * markup as the section lists) and the copyright line. `<title>` ends in ` - ZDNet korea`.
 *
 * No `modified` rule: the 수정 time shares its element with 입력, and the header-line reading finds it.
 */
export const zdnet: SiteFamily = {
  name: 'zdnet',
  source:
    'zdnet.co.kr view pages as read by public scrapers: forkonlp/newspaper inst/yaml/zdnet_co_kr.yml (div.news_head h1, p.meta span, dable:author), a Selenium script reading the headline and deck as the h1 and first p of the head box, a list crawler (div.news_box > div.newsPost > div.assetText > a > h3, p.byline span); #articleBody/.view_cont, figure captions and .reporter_list from the page layout',
  detect: {
    hosts: ['zdnet.co.kr'],
    markers: ['.news_head ~ #articleBody.view_cont'],
  },
  publisher: '지디넷코리아',
  title: ['.news_head h1'],
  subtitle: ['.news_head > p:not(.meta)'],
  published: ['.news_head .meta span', '.news_head .meta'],
  body: ['#articleBody', '.view_cont'],
  drop: ['.news_box', '.reporter_list'],
  authors: ['.reporter_list .reporter_info', '.reporter_list .name'],
  related: ['.news_box'],
};
