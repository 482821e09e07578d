import type { SiteFamily } from './types.js';

/**
 * Yonhap News Agency (yna.co.kr) and Yonhap News TV (yonhapnewstv.co.kr). Two page templates:
 *
 * - yna.co.kr article page (`/view/AKR…`, 2023–): headline `header.title-article01 h1.tit` (`h1.tit01` in
 *   the 2025 reskin), the send time `p.update-time` (`송고시간 2024-05-14 09:31`, also in a
 *   `data-published-time` attribute), the reporter box `.writer-zone01 .tit-name`, then
 *   `article.story-news.article`: the deck `.tit-sub h2`, photo boxes `.comp-box.photo-group` with
 *   `figure.image-zone01` and `figcaption p.txt-desc`, ad and related asides, `<p>` paragraphs starting
 *   `(서울=연합뉴스) 홍길동 기자 = `, a `hong@yna.co.kr` line and `p.txt-copyright` (`제보는 카카오톡 …`,
 *   `<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>`, `… 송고`); the hashtags
 *   `.keyword-zone` and related lists below;
 * - yonhapnewstv.co.kr video page (`/news/MYH…`): headline `.heading h2.title` (and `.article-head
 *   strong.title` behind the logo), `<title>` just `연합뉴스TV`, `.article-head ul.info li` with
 *   `송고시간 2023-04-18 15:04:06`, `article:published_time` in UTC (`…Z`; `dd:published_time` is the
 *   same digits wrongly labelled +09:00), the body `div#articleBody.detail[itemprop=articleBody]`: a
 *   `.videoWrap` with the `<video>` fallback text, then the headline repeated and `<br><br>` text with
 *   hashtags, the 제보 line and `(끝)` at the end; Dable and ad boxes `.detail-rel` after it.
 */
export const yonhap: SiteFamily = {
  name: 'yonhap',
  source:
    'Real page yonhapnewstv.co.kr/news/MYH20230418010100641 (mitul-kalariya/scrapping-webs response.html, shared/corpus/yonhap) for Yonhap News TV; for yna.co.kr the selectors of public Yonhap scrapers (a cheerio YnaParser: h1.tit01, .tit-sub h2, .update-time[data-published-time], .txt-con .tit-name, .story-news.article > p, .comp-box .image-zone01 figcaption .txt-desc, .keyword-zone, .txt-copyright) and 2023–24 yna.co.kr article markup (h1.tit, p.update-time, article.story-news)',
  detect: {
    hosts: ['yna.co.kr', 'yonhapnewstv.co.kr'],
    markers: ['article.story-news p.txt-copyright', '.story-news .comp-box .image-zone01', '#articleBody.detail .videoWrap'],
  },
  title: ['.title-article01 h1.tit', 'h1.tit01', '.heading h2.title', '.article-head strong.title'],
  subtitle: ['.story-news .tit-sub h2', '.tit-sub h2.tit01'],
  // yna.co.kr prints the send time to the minute only; its JSON-LD and article:published_time have the seconds.
  published: ['.article-head ul.info li'],
  body: ['article.story-news', 'div.story-news', '#articleBody[itemprop="articleBody"]', '#articleBody'],
  drop: [
    '.tit-sub',
    '.txt-copyright',
    '.article-ad-box',
    '.aside-box01',
    '.writer-zone01',
    '.keyword-zone',
    '.videoWrap',
    '.detail-rel',
    '.ad',
  ],
  captions: ['.image-zone01 figcaption .txt-desc', 'figcaption .txt-desc'],
  authors: ['.writer-zone01 .tit-name', '.txt-con .tit-name'],
  section: ['.nav-path01 li a', '.article-head p.subTitle'],
  tags: ['.keyword-zone .list01 a'],
  navigation: ['.nav-path01'],
  related: ['.related-zone', '.aside-box01', '.article.detail-cate', '.recommend'],
};
