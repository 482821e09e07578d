#!/usr/bin/env node
// Scaling, for bench/run.mjs: generated pages of realistic markup of 10 KB, 100 KB, 1 MB and 10 MB of
// UTF-8 (the file a crawler holds; Korean text takes about 1.5-2 bytes a character). What makes a real news or board
// page big is what surrounds the article: reader comments, lists of related and most-read headlines
// with summaries, menus and inline data; the article itself stays a few thousand characters. So
// the `news` page has a bounded article (up to 30 paragraphs) and grows by comments and lists. The
// `prose` page is the worst case for the text stages: 40% of it is one article body (4 MB of prose in
// the 10 MB page), and it is reported beside the other, not instead of it.
//
// Run in a process of its own (bench/run.mjs starts it), so that the heap holds only the page at
// hand: in the main bench process Readability, jsdom and the corpus are loaded too, and every full
// collection there walks them as well. sinmun and parse5 take turns on each page, in batches of
// calls over the same amount of input for every size, and each size starts after a full collection
// (with --expose-gc, as run.mjs starts it). Prints the rows as JSON.
// Run after `npm run build`.
import { parse } from 'parse5';
import { parseArticle } from '../dist/index.js';
import { timeBatchesInTurns } from './timing.mjs';

function generator(seed) {
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Real copy has thousands of distinct words: common nouns, and words made of two or three common
  // syllables (so the repeat and event stages see text as varied as a real page's, not a few dozen words).
  const nouns = '시청 주민 버스 노선 도서관 예산 정부 기업 실적 회의 발표 계획 지역 학교 병원 도로 공원 시장 축제 경제 수출 가격 물가 금리 주택 교통 환경 안전 문화 행사 청년 일자리 기술 연구 개발 투자 사업 정책 의회 법원'.split(' ');
  const syllables = '가 나 다 라 마 바 사 아 자 차 카 타 파 하 강 남 동 서 북 산 수 전 정 조 주 지 진 천 한 해 현 화 회 효 후 민 문 미 박 방 배 백 보 부 상 선 성 소 송 신 안 양 여 연 영 오 용 우 원 유 윤 이 인 임 장 재'.split(' ');
  const coined = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  const words = [...nouns, ...coined];
  const endings = ['발표했다', '밝혔다', '설명했다', '예정이다', '전망이다', '늘었다', '줄었다', '기대했다'];
  const pick = (list) => list[Math.floor(random() * list.length)];
  // About one sentence in four carries a date, as in news copy.
  const sentence = () => `${pick(words)}${pick(words)}은 ${random() < 0.25 ? `${Math.floor(random() * 28) + 1}일 ` : ''}${Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(words) + pick(words)).join(' ')}을 ${pick(endings)}.`;
  const paragraph = () => `<p>${Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ')}</p>\n`;
  const block = (i) => `<div class="news_item"><h3><a href="/news/${i}">${pick(words)} ${pick(words)} ${pick(words)} 소식 ${i}</a></h3><p class="summary">${sentence()}</p><ul class="menu"><li><a href="/a">정치</a></li><li><a href="/b">경제</a></li></ul></div>\n`;
  const comment = (i) => `<li class="comment_item" id="c_${i}"><div class="cmt_info"><span class="nick">독자${i % 977}</span> <span class="date">2024.05.${String(14 + (i % 10)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</span></div><div class="cmt_text">${sentence()}</div><div class="cmt_vote"><button class="up">추천 ${i % 31}</button> <button class="down">비추천 ${i % 7}</button></div></li>\n`;
  return { paragraph, block, comment };
}
const HEAD = '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>새 버스 노선 발표 - 예시신문</title><meta property="og:title" content="새 버스 노선 발표"><meta property="article:published_time" content="2024-05-14T09:31:00+09:00"><script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"local"});</script></head><body><header><ul class="gnb"><li><a href="/">홈</a></li><li><a href="/local">지역</a></li></ul></header><h1 class="headline">새 버스 노선 발표</h1><div class="info">입력 2024.05.14 09:31</div><div id="article_body">';
/** How every page ends, and its size in bytes. */
const TAIL = '</div><footer>예시신문 | 서울시</footer></body></html>';
const TAIL_BYTES = Buffer.byteLength(TAIL);
/** A page under construction, measured in bytes of UTF-8 (the sizes the issue and `maxInputBytes` speak of). */
function pageWriter() {
  let html = HEAD;
  let bytes = Buffer.byteLength(HEAD);
  return {
    add(piece) {
      html += piece;
      bytes += Buffer.byteLength(piece);
    },
    get bytes() {
      return bytes;
    },
    end: (tail) => html + tail,
  };
}
function newsPage(size) {
  const { paragraph, block, comment } = generator(7);
  const page = pageWriter();
  for (let i = 0; i < 30 && page.bytes < size * 0.4; i++) page.add(paragraph());
  page.add('<p>홍길동 기자 hong@example.kr</p></div><div class="related"><h3>관련기사</h3>');
  let i = 0;
  while (page.bytes < size * 0.35) page.add(block(i++));
  page.add('</div><div id="comments"><h3>댓글</h3><ul class="comment_list">');
  while (page.bytes < size * 0.8) page.add(comment(i++));
  page.add('</ul></div><div class="ranking"><h3>많이 본 뉴스</h3>');
  // Headlines to the page's size, less its closing tags.
  while (page.bytes + TAIL_BYTES < size) page.add(block(i++));
  return page.end(TAIL);
}
function prosePage(size) {
  const { paragraph, block } = generator(7);
  const page = pageWriter();
  let i = 0;
  while (page.bytes < size * 0.4) page.add(paragraph());
  page.add('</div><div class="related"><h3>관련기사</h3>');
  while (page.bytes + TAIL_BYTES < size) page.add(block(i++));
  return page.end(TAIL);
}
// A fresh process: warm both engines up on mid-sized pages of both kinds before timing anything.
for (const generate of [newsPage, prosePage]) {
  const warmPage = generate(100_000);
  for (let i = 0; i < 10; i++) {
    parseArticle(warmPage);
    parse(warmPage);
  }
}
/** Input read per timed batch: the 10 MB page once, the 10 KB page a thousand times. */
const BATCH_BYTES = 10 * 1024 * 1024;
const scaling = [];
for (const [kind, generate] of [['news', newsPage], ['prose', prosePage]]) {
  // 10 KB, 100 KB, 1 MB and 10 MB of UTF-8 (binary units, as `maxInputBytes` counts).
  for (const size of [10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024]) {
    const html = generate(size);
    // The previous size's garbage is not this size's: a full collection first (run.mjs gives --expose-gc).
    globalThis.gc?.();
    // Each sample is a batch of calls over about 10 MiB of input (one call of the 10 MB page), timed
    // whole: the time per call then holds the page's share of the collections its garbage causes,
    // as it does in a crawl, for the small pages as for the large. The median of five batches.
    const calls = Math.max(1, Math.round(BATCH_BYTES / size));
    const times = timeBatchesInTurns({ sinmun: () => parseArticle(html, { maxInputBytes: 64 * 1024 * 1024 }), parse5: () => parse(html) }, { calls, warm: 1, rounds: 5 });
    scaling.push({ kind, size: html.length, bytes: Buffer.byteLength(html), ms: times.sinmun, parse5Ms: times.parse5 });
  }
}
console.log(JSON.stringify(scaling));
