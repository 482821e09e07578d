import type { SiteFamily } from './types.js';

/**
 * ND Soft's news CMS (`/news/articleView.html?idxno=…`), run by hundreds of Korean local and trade
 * papers. Two generations of skin share the body container `#article-view-content-div`:
 *
 * - the current skin (about 2020 on): `header.article-view-header` with `h3.heading`, an optional
 *   `.subheading` (in the header, or as `h2.subheading` at the top of the body), and
 *   `.info-group ul.infomation` whose items read `기자명 홍길동 기자`, `입력 2024.05.14 09:31`,
 *   `수정 …`; after the body `article.writer` (reporter box), `article.article-copy`
 *   (`저작권자 © … 무단전재 및 재배포 금지`) and `ul.tag-group`;
 * - the older Foundation skin inside `#user-container`: `.article-head-title`, `.article-head-sub`,
 *   `.info-text ul li` (`홍길동 기자`, `승인 2018.05.14 09:31`) and `.view-editors` /
 *   `.view-copyright` boxes that some papers (제주일보) print inside the body.
 *
 * In the body, photos are `figure.photo-layout` with the image in `div.IMGFLOATING` and a
 * `figcaption`; in-body ads are `div.ad-template`; 제주일보's skin also puts its share buttons
 * (`.info-options2`) inside. The UI strings (`SNS 기사보내기`, `본문 글씨 키우기`, `BEST댓글`,
 * `내 댓글 모음`) are the family's own.
 */
export const ndsoft: SiteFamily = {
  name: 'ndsoft',
  source:
    'ND Soft skins as read by public scrapers: Gawkat/hyangsang NdSoftNewsParser.kt and its tests (어린이동아, 시사저널, 교수신문, 제주일보 markup: ' +
    'article-view-header, ul.infomation li:has(.icon-user-o), h2.subheading, figure.photo-layout > .IMGFLOATING, .ad-template, article.writer, ' +
    'article.article-copy, .view-editors, .view-copyright, .info-options2), scrapers of 연합인포맥스, 여성신문, 한강타임즈, 제주일보, 루키 and AI타임스 ' +
    '(.article-head-title, .article-head-sub, .info-text ul li with 승인, article#article-view-content-div.article-veiw-body, .tag-group), ' +
    'and a link-preview cutter that ends the body at article.writer, article.article-copy, ul.tag-group and #comment-area.',
  detect: {
    // Well-known papers on the CMS; any other paper is recognised by its markup.
    hosts: [
      'mediatoday.co.kr', 'sisajournal.com', 'kyosu.net', 'jejunews.com', 'einfomax.co.kr', 'womennews.co.kr', 'hg-times.com',
      'aitimes.com', 'rookie.co.kr', 'irobotnews.com', 'safetimes.co.kr', 'kado.net', 'hansbiz.co.kr', 'ebn.co.kr', 'obsnews.co.kr',
    ],
    markers: ['#article-view-content-div', 'header.article-view-header', '.article-veiw-body'],
  },
  title: ['.article-view-header h3.heading', '.article-view-header .heading', '.article-head-title'],
  subtitle: ['.article-view-header .subheading', '#article-view-content-div h2.subheading', '.article-head-sub'],
  // The visible Korean-time date lines: some papers' article:published_time meta tags are UTC.
  published: [
    'ul.infomation li:contains("입력")', 'ul.infomation li:contains("승인")', '.info-text li:contains("승인")', '.info-text li:contains("입력")',
  ],
  modified: ['ul.infomation li:contains("수정")', '.info-text li:contains("수정")'],
  body: ['#article-view-content-div'],
  drop: [
    'h2.subheading', '.article-head-sub', '.ad-template', '.article-sponsor', '.info-options2', '.view-editors', '.view-copyright',
    '.tag-group', 'form',
  ],
  captions: ['figure.photo-layout figcaption'],
  authors: [
    // The boxes, not their `.name`: the box line also holds the e-mail (`홍길동 기자 hong@example.com`).
    'ul.infomation li:has(.icon-user-o)', '.info-group li.info-name', 'article.writer', '.view-editors', '.info-text li:first-child',
  ],
  tags: ['ul.tag-group li a'],
  // Less sure than the rest: read off scrapers' cut lists, not off a saved page.
  comments: ['#comment-area'],
  related: ['.article-relation'],
};
