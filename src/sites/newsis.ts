import type { SiteFamily } from './types.js';

/**
 * Newsis (newsis.com), article page `/view/NISX20240514_0002734512` (2022–). `<title>` ends in
 * ` :: 공감언론 뉴시스 ::`; `article:published_time` is in Korean time; `og:description` starts with the
 * dateline. The head `.view .top` has the headline `h1.tit`, then the line `p.txt` with one span per
 * time (`등록 2024.05.14 09:31:12`, then `수정 …`), and the font-size/share buttons. The body
 * `.viewer article` is bare text separated by `<br><br>`: a deck box `div.summury` (`h2` lines) at the top,
 * photo boxes `div.thumCont` holding a table with the image and `p.photojournal` (the caption, itself
 * starting with a dateline and ending in `photo@newsis.com *재판매 및 DB 금지`), the first paragraph
 * starting `[서울=뉴시스]홍길동 기자 = `, and at the end the promo/e-mail line `◎공감언론 뉴시스
 * hong@newsis.com` and the copyright line, both bare text.
 */
export const newsis: SiteFamily = {
  name: 'newsis',
  source:
    'Selectors of public newsis.com scrapers (article, div.summury, div#view_ad, div.thumCont img, p.photojournal; `.tit a` in lists; `span` "등록 %Y.%m.%d %H:%M:%S" and article:published_time; an lxml parser reading //article text nodes and //p[@class="photojournal"]), newsis body text as RSS and scrapers see it ("[서울=뉴시스]홍길동 기자 = …<br /><br />… ◎공감언론 뉴시스 …@newsis.com")',
  detect: {
    hosts: ['newsis.com'],
    markers: ['.viewer article p.photojournal', '.viewer article .summury'],
  },
  publisher: '뉴시스',
  title: ['.view .top h1.tit', '.articleView h1.tit'],
  subtitle: ['.viewer article .summury h2', '.viewer .summury h2'],
  published: ['.view .txt span:first-child'],
  modified: ['.view .txt span:nth-child(2)'],
  body: ['.viewer article', 'div.viewer'],
  drop: ['.summury', '#view_ad', '#textBody'],
  captions: ['.thumCont p.photojournal', 'p.photojournal'],
};
