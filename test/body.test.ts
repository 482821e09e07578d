import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// A page of a site we have no rule for: menus, a headline, a date line, a body with <br>
// paragraphs, a photo with a caption, a byline, a copyright line, related links and a footer.
const page = `<!doctype html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>동네 도서관, 밤 10시까지 문 연다 | 우리동네신문</title>
<meta property="og:site_name" content="우리동네신문">
</head><body>
<header><ul class="gnb"><li><a href="/">홈</a></li><li><a href="/local">지역</a></li><li><a href="/life">생활</a></li></ul></header>
<div class="wrap">
  <div class="article_head">
    <h1 class="headline">동네 도서관, 밤 10시까지 문 연다</h1>
    <div class="info"><span>입력 2024.03.05 오후 2:30</span> <span>수정 2024.03.05 15:02</span></div>
  </div>
  <div class="article_txt">
    <figure><img src="/photos/library.jpg" alt="도서관"><figcaption>밤늦게까지 불을 밝힌 도서관 열람실.</figcaption></figure>
    구립 도서관 세 곳이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다고 5일 밝혔다.<br><br>
    구는 퇴근 뒤에 도서관을 찾는 주민이 많다는 설문 결과에 따라 이렇게 정했다. 주말 운영 시간은 그대로다.<br><br>
    <b>열람실 좌석도 늘어난다</b><br><br>
    도서관마다 열람실 좌석을 스무 석씩 늘리고, 노트북 전용 좌석도 새로 만든다고 구는 설명했다.<br>
    <p>박지민 기자 jimin@example.kr</p>
    <p>저작권자 © 우리동네신문 무단전재 및 재배포 금지</p>
    <div class="relation_news"><h3>관련기사</h3><ul><li><a href="/1">도서관 리모델링 마쳐</a></li><li><a href="/2">작은도서관 다섯 곳 새로 연다</a></li></ul></div>
  </div>
</div>
<aside class="side"><h3>많이 본 뉴스</h3><ol><li><a href="/3">시장 골목 새 단장</a></li><li><a href="/4">버스 노선 바뀐다</a></li></ol></aside>
<footer class="footer"><p>우리동네신문 | 서울시 가나구 | 대표전화 02-000-0000</p><p>Copyright © 우리동네신문. All rights reserved.</p></footer>
</body></html>`;

describe('the generic extractor on a site without rules', () => {
  const article = parseArticle(page);

  it('finds the headline without the site name', () => {
    expect(article.title).toBe('동네 도서관, 밤 10시까지 문 연다');
    expect(article.publisher).toBe('우리동네신문');
    expect(article.source.family).toBe('generic');
  });

  it('reads the date line in Korean time', () => {
    expect(article.publishedAt).toBe('2024-03-05T14:30:00+09:00');
    expect(article.modifiedAt).toBe('2024-03-05T15:02:00+09:00');
  });

  it('splits <br> paragraphs and keeps a bold subheading as a block', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '구립 도서관 세 곳이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다고 5일 밝혔다.',
      '구는 퇴근 뒤에 도서관을 찾는 주민이 많다는 설문 결과에 따라 이렇게 정했다. 주말 운영 시간은 그대로다.',
      '열람실 좌석도 늘어난다',
      '도서관마다 열람실 좌석을 스무 석씩 늘리고, 노트북 전용 좌석도 새로 만든다고 구는 설명했다.',
    ]);
  });

  it('moves the caption to the image and the byline to the authors', () => {
    expect(article.images).toEqual([{ src: '/photos/library.jpg', alt: '도서관', caption: '밤늦게까지 불을 밝힌 도서관 열람실.' }]);
    expect(article.authors).toEqual([{ name: '박지민', role: '기자', email: 'jimin@example.kr' }]);
  });

  it('reports boilerplate as removed and keeps menus, related links and footer out', () => {
    expect(article.removed.map((r) => [r.text, r.reason])).toEqual([
      ['박지민 기자 jimin@example.kr', 'boilerplate'],
      ['저작권자 © 우리동네신문 무단전재 및 재배포 금지', 'boilerplate'],
    ]);
    for (const chrome of ['지역', '관련기사', '도서관 리모델링', '많이 본 뉴스', '대표전화', 'All rights reserved']) {
      expect(article.body).not.toContain(chrome);
    }
  });

  it('resolves image addresses against the page URL when one is given', () => {
    const withUrl = parseArticle(page, { url: 'https://news.example.kr/article/1' });
    expect(withUrl.images[0]?.src).toBe('https://news.example.kr/photos/library.jpg');
  });
});

describe('metadata sources', () => {
  it('prefers JSON-LD to meta tags and converts UTC to Korean time', () => {
    const html = `<html><head>
      <meta property="article:published_time" content="2023-08-03T01:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"제목이다","datePublished":"2023-08-03T01:12:00Z","dateModified":"2023-08-03T02:00:00Z","author":{"name":"홍길동 기자"}}</script>
      </head><body><article><p>정부가 3일 새 정책을 발표했다. 업계는 환영했다.</p></article></body></html>`;
    const article = parseArticle(html);
    expect(article.title).toBe('제목이다');
    expect(article.publishedAt).toBe('2023-08-03T10:12:00+09:00');
    expect(article.modifiedAt).toBe('2023-08-03T11:00:00+09:00');
    expect(article.authors).toEqual([{ name: '홍길동', role: '기자' }]);
  });

  it('falls back to meta tags, then to the visible date line', () => {
    const meta = parseArticle(`<html><head><meta property="article:published_time" content="2023-08-03T01:12:00+00:00"></head><body><p>본문이다.</p></body></html>`);
    expect(meta.publishedAt).toBe('2023-08-03T10:12:00+09:00');
    const visible = parseArticle(`<html><body><h1>제목</h1><p>기사입력 : 2023-08-03 오후 12:05</p><div><p>본문 문장이 여기에 있다. 둘째 문장도 있다.</p></div></body></html>`);
    expect(visible.publishedAt).toBe('2023-08-03T12:05:00+09:00');
  });

  it('reads a board post\'s date from its info line, beside the view counter', () => {
    const html = `<html><body><div class="board_view"><h4>마을버스 새 노선 후기<div class="info"><span class="cate">일반 | 2024-05-14 18:05</span> | 조회 : 41</div></h4>
      <div class="board_txt"><p>오늘 새 노선 버스를 처음 타 봤다. 시장까지 금방 간다.</p></div></div></body></html>`;
    const article = parseArticle(html);
    expect(article.publishedAt).toBe('2024-05-14T18:05:00+09:00');
    expect(article.source.warnings.map((w) => w.code)).not.toContain('no-date');
  });

  it('warns about an impossible date and malformed JSON-LD', () => {
    const article = parseArticle(`<html><head><meta property="article:published_time" content="2023-02-30T10:00:00+09:00"><script type="application/ld+json">{"@type":</script></head><body><p>본문이다.</p></body></html>`);
    expect(article.publishedAt).toBeUndefined();
    expect(article.source.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['date-invalid', 'jsonld-invalid', 'no-date']));
  });

  it('cuts the wire dateline off the first paragraph', () => {
    const article = parseArticle(`<html><body><h1>수출 늘었다</h1><div id="articleBody"><p>(서울=연합뉴스) 홍길동 기자 = 지난달 수출이 작년보다 5% 늘었다고 산업통상자원부가 1일 밝혔다.</p><p>반도체 수출이 크게 늘었다.</p></div></body></html>`);
    expect(article.paragraphs[0]?.text).toBe('지난달 수출이 작년보다 5% 늘었다고 산업통상자원부가 1일 밝혔다.');
    expect(article.authors).toEqual([{ name: '홍길동', role: '기자' }]);
  });
});

describe('the generic extractor on a busy page', () => {
  // A board-style news page of a site without rules: a short article, then hundreds of teasers
  // (linked headline and a one-sentence summary each) and hundreds of reader comments. Together the
  // lists hold many times the article's prose, as on a real page with a long comment thread.
  const topics = ['버스 노선', '도서관 운영', '공원 정비', '주차장 확충', '시장 골목', '하천 산책로', '청년 주택', '어린이집'];
  const article = [
    '구는 다음 달부터 마을버스 두 개 노선을 새로 운행한다고 14일 밝혔다.',
    '새 노선은 역에서 주택가를 거쳐 시장까지 이어지며, 출퇴근 시간에는 10분마다 다닌다.',
    '구는 지난해 주민 설문에서 버스가 부족하다는 답이 가장 많았다고 설명했다.',
    '요금은 기존 마을버스와 같고, 교통카드로 갈아탈 때 할인도 그대로 받는다.',
    '구청장은 "주민들이 원하던 노선을 먼저 열었다"며 "이용이 늘면 배차를 더 줄이겠다"고 말했다.',
    '정류장 이름과 시간표는 이달 말 구 누리집과 정류장 안내판에 올라간다.',
  ];
  const teaser = (i: number): string =>
    `<div class="news_item"><h3><a href="/news/${i}">${topics[i % topics.length]} 소식 ${i}호</a></h3>` +
    `<p class="summary">${topics[(i + 3) % topics.length]} 사업이 ${i % 12 + 1}월부터 달라진다고 구가 설명했다.</p>` +
    `<span class="date">2024.05.${String((i % 13) + 1).padStart(2, '0')}</span></div>`;
  const comment = (i: number): string =>
    `<li class="comment_item"><div class="cmt_info"><span class="nick">주민${i}</span> <span class="date">2024.05.14 ${String(9 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</span></div>` +
    `<div class="cmt_text">${topics[i % topics.length]} 이야기는 반가운 소식이다. 우리 동네에도 ${i % 5 + 2}년 전부터 필요했다.</div>` +
    `<div class="cmt_vote"><button>추천 ${i % 9}</button><button>비추천 ${i % 4}</button></div></li>`;
  const html = (teasers: number, comments: number, body = article.map((text) => `<p>${text}</p>`).join('')): string =>
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>마을버스 두 노선 새로 다닌다</title></head><body>` +
    `<h1>마을버스 두 노선 새로 다닌다</h1><div class="info">입력 2024.05.14 09:30</div>` +
    `<div id="article_body">${body}</div>` +
    `<div class="news_list"><h3>지역 소식</h3>${Array.from({ length: teasers }, (_, i) => teaser(i)).join('')}</div>` +
    `<div class="comment_area"><h3>댓글</h3><ul class="cmt_list">${Array.from({ length: comments }, (_, i) => comment(i)).join('')}</ul></div>` +
    `</body></html>`;

  it('keeps the article when teasers and comments outweigh it many times over', () => {
    for (const [teasers, comments] of [[10, 10], [400, 0], [0, 500], [400, 500]] as const) {
      const parsed = parseArticle(html(teasers, comments));
      expect(parsed.paragraphs.map((p) => p.text), `${teasers} teasers, ${comments} comments`).toEqual(article);
      expect(parsed.comments.map((c) => c.author), `${teasers} teasers, ${comments} comments`).toEqual(Array.from({ length: comments }, (_, i) => `주민${i}`));
    }
  });

  it('keeps the article beside a list of thumbnail teasers', () => {
    // <li> without a class, a thumbnail link first, the headline and summary in a box of their own.
    const thumbnails = Array.from({ length: 60 }, (_, i) =>
      `<li><a class="thumb" href="/news/${i}"><img src="/t/${i}.jpg" alt=""></a><div class="txt"><a href="/news/${i}">${topics[i % topics.length]} 소식 ${i}호</a>` +
        `<p>${topics[(i + 5) % topics.length]} 사업이 ${i % 12 + 1}월부터 달라진다고 구가 설명했다. 주민 의견도 듣는다.</p></div></li>`,
    ).join('');
    const page = html(0, 0).replace('</body>', `<div class="photo_news"><ul>${thumbnails}</ul></div></body>`);
    expect(parseArticle(page).paragraphs.map((p) => p.text)).toEqual(article);
  });

  it('reads no teaser as the article on a page that only lists articles', () => {
    const front = html(40, 0).replace(/<div id="article_body">.*?<\/div>/, '');
    expect(front).not.toContain('article_body');
    const read = parseArticle(front);
    for (const paragraph of read.paragraphs) expect(paragraph.text).not.toMatch(/소식|사업이/);
    // With nothing else on the page, nothing is read.
    const bare = parseArticle(front.replace(/<div class="info">.*?<\/div>/, ''));
    expect(bare.paragraphs).toEqual([]);
    expect(bare.source.warnings.map((w) => w.code)).toContain('no-body');
  });

  it('still reads an article whose paragraphs sit in boxes of one class', () => {
    const boxed = article.map((text) => `<div class="par"><p>${text}</p></div>`).join('');
    expect(parseArticle(html(200, 200, boxed)).paragraphs.map((p) => p.text)).toEqual(article);
    const lines = article.map((text) => `<div class="line"><div>${text}</div></div>`).join('');
    expect(parseArticle(html(200, 200, lines)).paragraphs.map((p) => p.text)).toEqual(article);
    const sections = `<section class="part"><h3>새 노선</h3><p>${article[0]}</p><p>${article[1]}</p><p>${article[2]}</p></section>` +
      `<section class="part"><h3>요금과 안내</h3><p>${article[3]}</p><p>${article[4]}</p><p>${article[5]}</p></section>`;
    const sectioned = parseArticle(html(200, 200, sections));
    // A heading that opens the body is read as the subtitle (docs/article.md).
    expect(sectioned.subtitle).toBe('새 노선');
    expect(sectioned.paragraphs.map((p) => p.text)).toEqual([...article.slice(0, 3), '요금과 안내', ...article.slice(3)]);
    // Sections with a wrapper round their text, and sections whose headings link to themselves.
    const headings = ['새 노선과 배차 간격', '주민 설문 결과', '요금과 환승 할인'];
    const wrapped = headings.map((heading, i) => `<div class="sec"><h3>${heading}</h3><div class="txt"><p>${article[2 * i]}</p><p>${article[2 * i + 1]}</p></div></div>`).join('');
    const anchored = headings.map((heading, i) => `<div class="sec"><h3><a href="#s${i}">${heading}</a></h3><p>${article[2 * i]}</p><p>${article[2 * i + 1]}</p></div>`).join('');
    const fromWrapped = parseArticle(html(200, 200, wrapped));
    expect([fromWrapped.subtitle, ...fromWrapped.paragraphs.map((p) => p.text)]).toEqual(headings.flatMap((heading, i) => [heading, article[2 * i], article[2 * i + 1]]));
    // Every paragraph; the headings, being whole links, are read as link lines and left out.
    expect(parseArticle(html(200, 200, anchored)).paragraphs.map((p) => p.text)).toEqual(article);
  });
});
