import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText } from '../src/index.js';
import { decodeHtml } from '../src/index.js';
import { listFixtures, readFixturePage } from '../src/fixtures/index.js';

const seedText = readFileSync(new URL('../fixtures/seed/text/source.txt', import.meta.url), 'utf8');
const seedHtml = new Uint8Array(readFileSync(new URL('../fixtures/seed/gnuboard/source.html', import.meta.url)));

describe('the seed page', () => {
  it.each([
    ['as text', parseArticleText(seedText)],
    ['as Gnuboard HTML', parseArticle(seedHtml)],
    ['as HTML read by the generic extractor alone', parseArticle(seedHtml, { siteRules: false })],
  ])('%s gives votes, neighbours, three comments and a date from its neighbours', (_, article) => {
    expect(article.reactions).toMatchObject({ recommend: 0, notRecommend: 0 });
    expect(article.navigation.previous).toMatchObject({ title: '파나소닉, 미국 연방정부와 AMPC 절반 공유 계획 발표', date: '2023-08-03' });
    expect(article.navigation.next).toMatchObject({ title: '삼성전자와 LG전자, 독일 IAA모빌리티에 동참', date: '2023-08-03' });
    expect(article.comments.map((c) => [c.author, c.text, c.depth])).toEqual([
      ['김홍*', '이게 나라냐!!', 0],
      ['신영*', '코리아 핀테크 위크 2023 멋지네요', 0],
      ['김한*', '창업뉴스라고 왔더니 창업에 관련된게 하나도 없네요.', 0],
    ]);
    expect(article.publishedAt).toBe('2023-08-03');
    const codes = article.source.warnings.map((w) => w.code);
    expect(codes).toContain('date-inferred-from-navigation');
    expect(codes).toContain('comments-and-empty-notice');
    expect(codes).not.toContain('no-date');
  });

  it('as text gives exactly the neighbours and votes the page prints', () => {
    const article = parseArticleText(seedText);
    expect(article.reactions).toEqual({ recommend: 0, notRecommend: 0 });
    expect(article.navigation).toEqual({
      previous: { title: '파나소닉, 미국 연방정부와 AMPC 절반 공유 계획 발표', date: '2023-08-03' },
      next: { title: '삼성전자와 LG전자, 독일 IAA모빌리티에 동참', date: '2023-08-03' },
      related: [],
      breadcrumbs: [],
    });
  });
});

describe('comment markups', () => {
  it('reads Gnuboard replies by their margin', () => {
    const html = `<html><body><div id="bo_v_con"><p>본문 문장이 여기에 있다. 둘째 문장이다.</p></div><section id="bo_vc">
      <article id="c_1"><header><span class="sv_member">가나*</span><span class="bo_vc_hdinfo"><time datetime="2024-05-14T10:00:00+09:00">24-05-14 10:00</time></span></header><div class="cmt_contents"><p>첫 댓글입니다</p></div></article>
      <article id="c_2" style="margin-left:50px"><header><span class="sv_guest">다라</span></header><div class="cmt_contents"><p>답글입니다</p></div></article>
      <article id="c_3" style="margin-left:100px"><header><span class="sv_member">마바</span></header><div class="cmt_contents"><p>답글의 답글</p></div></article>
    </section></body></html>`;
    const article = parseArticle(html);
    expect(article.comments).toEqual([
      { author: '가나*', text: '첫 댓글입니다', date: '2024-05-14T10:00:00+09:00', depth: 0, id: 'c_1' },
      { author: '다라', text: '답글입니다', depth: 1, id: 'c_2' },
      { author: '마바', text: '답글의 답글', depth: 2, id: 'c_3' },
    ]);
    expect(article.source.family).toBe('gnuboard');
  });

  it('reads static Disqus-style markup with nested replies and votes', () => {
    const html = `<html><body><article class="post-content"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></article>
      <div id="disqus_thread"><ul class="post-list">
        <li class="post" id="post-11"><div class="post-byline"><span class="author">독자1</span></div><div class="post-message"><p>좋은 분석입니다</p></div><span class="vote-up">5</span><span class="vote-down">1</span>
          <ul class="children"><li class="post" id="post-12"><div class="post-byline"><span class="author">독자2</span></div><div class="post-message"><p>동의합니다</p></div></li></ul>
        </li>
      </ul></div></body></html>`;
    const article = parseArticle(html);
    expect(article.comments.map((c) => [c.author, c.text, c.depth, c.likes, c.dislikes])).toEqual([
      ['독자1', '좋은 분석입니다', 0, 5, 1],
      ['독자2', '동의합니다', 1, undefined, undefined],
    ]);
    expect(article.body).not.toContain('좋은 분석입니다');
  });

  it('reads a generic list under a 독자의견 heading', () => {
    const html = `<html><body><div class="view"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></div>
      <div class="box"><h3>독자의견</h3><ul><li><b>시민A</b> <span>2024.05.14 10:00</span><p>버스가 빨리 생기면 좋겠습니다</p></li><li><b>시민B</b><p>찬성합니다</p></li></ul></div></body></html>`;
    expect(parseArticle(html).comments.map((c) => [c.author, c.text])).toEqual([
      ['시민A', '버스가 빨리 생기면 좋겠습니다'],
      ['시민B', '찬성합니다'],
    ]);
  });

  it('never takes a comment widget\'s sort tabs or confirmations for comments', () => {
    // A widget whose list is filled by script: the HTML holds its input box, sort tabs, an empty
    // list, and a confirmation layer.
    const html = `<html><body><div class="view"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></div>
      <div class="comment-area"><div class="inner"><h3>댓글 <span>0</span></h3>
      <div class="comment-write"><textarea placeholder="의견을 남겨 주세요"></textarea><button>등록</button></div>
      <div class="comment-sort"><a href="javascript:sort('like')">좋아요순</a> <a href="javascript:sort('new')">최신순</a> <a href="javascript:refresh()">새로고침</a></div>
      <div class="comment-list"><ul></ul></div></div></div>
      <div class="cmt_layer"><div class="box"><p>작성하신 글을 삭제하시겠습니까?</p><button>확인</button><button>취소</button></div></div></body></html>`;
    expect(parseArticle(html).comments).toEqual([]);
  });

  it('reads a comment written loose in its entry', () => {
    const html = `<html><body><div class="view"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></div>
      <div class="box"><h3>댓글</h3><ul><li><b>시민A</b> 버스가 빨리 생기면 좋겠습니다 <a href="#r">답글</a></li><li><b>시민B</b> <span>2024.05.14 10:00</span> 찬성합니다</li><li><span>2024.05.14 11:00</span> 이름 없이 남긴 의견입니다</li></ul></div></body></html>`;
    expect(parseArticle(html).comments.map((c) => [c.author, c.text, c.date])).toEqual([
      ['시민A', '버스가 빨리 생기면 좋겠습니다', undefined],
      ['시민B', '찬성합니다', '2024-05-14T10:00:00+09:00'],
      [undefined, '이름 없이 남긴 의견입니다', '2024-05-14T11:00:00+09:00'],
    ]);
    // Loose text with neither an author nor a date beside it is no comment (`댓글 1`, a notice).
    const counts = html.replace(/<ul>.*<\/ul>/, '<ul><li>댓글 1</li><li>공감 3</li></ul>');
    expect(parseArticle(counts).comments).toEqual([]);
  });

  it('takes a short first part for the author only where a name can be', () => {
    const html = `<html><body><div class="view"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></div>
      <div class="box"><h3>댓글</h3><ul>
      <li><strong>김철수</strong> <span>2024.05.14 10:00</span><p>노선이 생기면 좋겠다</p><a href="#r">답글</a></li>
      <li><a href="#report">신고</a><p>버스가 너무 늦게 온다</p></li>
      <li><span>2024.05.14 11:30</span><p>시간표가 궁금하다</p></li>
      <li><p>좋네요 ㅋㅋ</p></li>
      <li><em>익명</em><div>정류장이 가까워서 다행이다</div></li>
      </ul></div></body></html>`;
    expect(parseArticle(html).comments.map((c) => [c.author, c.text, c.date])).toEqual([
      ['김철수', '노선이 생기면 좋겠다', '2024-05-14T10:00:00+09:00'],
      [undefined, '버스가 너무 늦게 온다', undefined],
      [undefined, '시간표가 궁금하다', '2024-05-14T11:30:00+09:00'],
      [undefined, '좋네요 ㅋㅋ', undefined],
      ['익명', '정류장이 가까워서 다행이다', undefined],
    ]);
  });

  it('never takes an empty notice or a loading placeholder for a comment', () => {
    const html = `<html><body><div class="article_body"><p>본문 문장이 여기에 있다. 둘째 문장이다.</p></div>
      <div id="comments"><p class="empty">등록된 댓글이 없습니다.</p><div class="loading">댓글을 불러오고 있습니다</div></div></body></html>`;
    const article = parseArticle(html);
    expect(article.comments).toEqual([]);
    expect(article.source.warnings.map((w) => w.code)).not.toContain('comments-and-empty-notice');
  });

  it('says comments-not-in-html for sites that load them by script', () => {
    const html = '<html><body><article id="dic_area">본문 문장이 여기에 있다. 둘째 문장이다.</article></body></html>';
    const article = parseArticle(html, { url: 'https://n.news.naver.com/article/001/0000000001' });
    expect(article.comments).toEqual([]);
    expect(article.source.warnings.map((w) => w.code)).toContain('comments-not-in-html');
  });
});

describe('navigation', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"position":1,"name":"홈"},{"position":2,"name":"사회"},{"position":3,"name":"교통"}]}</script></head><body>
    <div class="article_view"><p>본문 문장이 여기에 있다. 둘째 문장이다. 셋째 문장이다.</p></div>
    <div class="tag_list"><a href="/tag/버스">#버스</a> <a href="/tag/교통">#교통</a></div>
    <div class="util">추천 12 비추천 3 조회수 1,234 댓글 5</div>
    <ul class="nav"><li>이전기사 <a href="/news/1">버스 노선 바뀐다</a> 2024.05.13</li><li>다음기사 <a href="/news/3">도서관 밤늦게까지 연다</a></li></ul>
    <div class="box"><h3>많이 본 뉴스</h3><ol><li><a href="/news/7">1 시장 골목 새 단장 마쳐</a></li><li><a href="/news/8">2 공원 산책로 야간 조명</a></li></ol></div>
  </body></html>`;
  const article = parseArticle(html, { url: 'https://news.example.kr/news/2' });

  it('reads neighbours with their links and dates', () => {
    expect(article.navigation.previous).toEqual({ title: '버스 노선 바뀐다', url: 'https://news.example.kr/news/1', date: '2024-05-13' });
    expect(article.navigation.next).toEqual({ title: '도서관 밤늦게까지 연다', url: 'https://news.example.kr/news/3' });
  });

  it('reads related lists without ranks, breadcrumbs, tags and reactions', () => {
    expect(article.navigation.related.map((r) => r.title)).toEqual(['시장 골목 새 단장 마쳐', '공원 산책로 야간 조명']);
    expect(article.navigation.breadcrumbs).toEqual(['사회', '교통']);
    expect(article.section).toBe('교통');
    expect(article.tags).toEqual(['버스', '교통']);
    expect(article.reactions).toEqual({ recommend: 12, notRecommend: 3, views: 1234, commentCount: 5 });
  });

  it('keeps every one of them out of the body', () => {
    for (const text of ['버스 노선 바뀐다', '시장 골목', '추천', '많이 본 뉴스', '#버스']) expect(article.body).not.toContain(text);
  });
});

describe('separation on every fixture', () => {
  const VOTE_LABEL = /^(?:비?추천|좋아요|싫어요|공감|비공감|조회수?)\s?\d*$/;
  it.each(listFixtures())('%s keeps comments, navigation and vote labels out of the body', (name) => {
    const fixture = readFixturePage(name);
    const article =
      fixture.mode === 'text' ? parseArticleText(decodeHtml(fixture.source).html, fixture.options) : parseArticle(fixture.source, fixture.options);
    const texts = [
      ...article.comments.map((c) => c.text),
      ...[article.navigation.previous, article.navigation.next, ...article.navigation.related].flatMap((link) => (link ? [link.title] : [])),
    ].filter((text) => text.length >= 8);
    for (const text of texts) expect(article.body, `${name}: "${text}"`).not.toContain(text);
    for (const paragraph of article.paragraphs) expect(paragraph.text).not.toMatch(VOTE_LABEL);
  });
});

describe('a comment thread over the bound', () => {
  // A board page whose comment list is longer than the 2,000 comments read from one area.
  const page = (count: number): string =>
    `<html><body><h1>마을버스 노선 바뀐다</h1><div id="article_body"><p>구는 다음 달부터 마을버스 노선을 바꾼다고 14일 밝혔다.</p><p>새 노선은 시장까지 이어진다.</p></div>` +
    `<div id="comments"><h3>댓글</h3><ul class="cmt_list">` +
    Array.from({ length: count }, (_, i) => `<li class="cmt_item"><span class="nick">주민${i}</span><div class="cmt_text">노선이 바뀌면 ${i % 30 + 1}분은 빨라지겠다.</div></li>`).join('') +
    `</ul></div></body></html>`;

  it('reads the first 2,000 and says the rest were not read', () => {
    const article = parseArticle(page(2050));
    expect(article.comments).toHaveLength(2000);
    expect(article.comments.at(-1)?.author).toBe('주민1999');
    expect(article.source.warnings.map((w) => w.code)).toContain('comments-truncated');
  });

  it('gives no such warning when every comment was read', () => {
    const article = parseArticle(page(2000));
    expect(article.comments).toHaveLength(2000);
    expect(article.source.warnings.map((w) => w.code)).not.toContain('comments-truncated');
  });
});
