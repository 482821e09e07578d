// Chrome added around an article (related boxes, headings, teaser lists, menus, footers) never takes a
// paragraph out of its body. 10⁵ generated pages in `npm test` (SINMUN_CHROME_RUNS to change it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const RUNS = Number(process.env.SINMUN_CHROME_RUNS ?? 100_000);

const SUBJECTS = ['시의회가', '교육청은', '한빛시는', '주민들은', '상인회는', '경찰은', '도로공사는', '보건소는', '구청은', '조합은'];
const MIDDLES = ['17일 본회의를 열고', '지난달부터', '올해 예산 12억원을 들여', '주민 300여 명이 참석한 가운데', '다음 달 1일부터', '두 차례 공청회를 거쳐', '3년 만에'];
const ENDS = ['조례안을 가결했다.', '공사를 시작한다고 밝혔다.', '안내문을 배포했다.', '운영 시간을 늘리기로 했다.', '현장 점검에 나섰다.', '계획을 내놨다.', '협약을 맺었다고 설명했다.'];

const sentence = fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...MIDDLES), fc.constantFrom(...ENDS)).map((parts) => parts.join(' '));

/** 300 made-up words (a fixed list): paragraphs drawn from them differ as an article's paragraphs do. */
const WORDS = (() => {
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: 300 }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => String.fromCharCode(0xac00 + Math.floor(next() * 11172))).join(''));
})();
const bodySentence = fc.tuple(fc.constantFrom(...SUBJECTS), fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 12 }), fc.constantFrom(...ENDS)).map(
  ([subject, words, end]) => `${subject} ${words.join(' ')} ${end}`,
);
const paragraphs = fc
  .array(fc.array(bodySentence, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 6 })
  .map((list) => [...new Set(list.map((sentences) => sentences.join(' ')))])
  .filter((list) => list.length >= 2);

const headline = fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...ENDS)).map(([a, b]) => `${a} ${b.replace(/\.$/, '')}`);
const link = fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...ENDS), fc.nat(999)).map(([a, b, n]) => `<a href="/news/${n}">${a} ${b.replace(/\.$/, '')} ${n}</a>`);
const teaser = fc.tuple(link, sentence).map(([a, s]) => `<li>${a}<p class="lead">${s}</p></li>`);
const CHROME = {
  related: fc.tuple(fc.constantFrom('관련기사', '함께 보면 좋은 기사', '많이 본 뉴스', '추천 기사'), fc.array(teaser, { minLength: 2, maxLength: 10 })).map(
    ([label, items]) => `<div class="box"><h3>${label}</h3><ul>${items.join('')}</ul></div>`,
  ),
  links: fc.array(link, { minLength: 3, maxLength: 12 }).map((items) => `<ul class="list">${items.map((a) => `<li>${a}</li>`).join('')}</ul>`),
  heading: headline.map((h) => `<h2>${h}</h2>`),
  menu: fc.constant('<nav><a href="/">홈</a> <a href="/politics">정치</a> <a href="/society">사회</a> <a href="/economy">경제</a></nav>'),
  footer: fc.constant('<footer><p>주소: 한빛시 중앙로 1 | 대표전화 02-123-4567</p><p>ⓒ 한빛일보 무단전재 및 재배포 금지</p></footer>'),
  teasers: fc.array(fc.tuple(link, sentence), { minLength: 2, maxLength: 8 }).map((items) => items.map(([a, s]) => `<div class="item">${a}<p>${s}</p></div>`).join('')),
};
const chrome = fc.array(fc.oneof(...Object.values(CHROME)), { maxLength: 4 });
const container = fc.constantFrom('<div class="article_body">', '<div id="articleBody">', '<article>', '<div class="view_con">', '<div>', '<section>');

describe('chrome around an article', () => {
  it(
    `never takes a paragraph out of the body (${RUNS} pages)`,
    () => {
      fc.assert(
        fc.property(headline, paragraphs, container, chrome, chrome, fc.boolean(), (title, body, open, before, after, asBreaks) => {
          const close = open.startsWith('<article') ? '</article>' : open.startsWith('<section') ? '</section>' : '</div>';
          const inner = asBreaks ? body.join('<br><br>') : body.map((p) => `<p>${p}</p>`).join('');
          const html = `<html><head><title>${title} - 한빛일보</title></head><body>${before.join('')}<h1>${title}</h1>${open}${inner}${close}${after.join('')}</body></html>`;
          const got = parseArticle(html).paragraphs.map((p) => p.text);
          for (const paragraph of body) expect(got).toContain(paragraph);
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(120_000, RUNS * 5),
  );
});
