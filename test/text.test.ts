/**
 * The char-code loops that replaced regular expressions on hot paths (whitespace collapsing,
 * sentence-end counting, `\s` tests, the area-membership memo) give what the expressions gave, on
 * real-looking Korean text and on random strings built from the characters that matter to them.
 */
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { countSentenceEnds } from '../src/body/hints.js';
import { collapseSpace, insideAny, isElement, isInside } from '../src/helpers/dom.js';
import type { Element, Node } from '../src/helpers/dom.js';
import { splitSentences } from '../src/events/sentences.js';
import { isInvisibleCode, isSpaceCode } from '../src/helpers/chars.js';

const RUNS = 2_000;

/** Characters the loops act on, mixed with Hangul and ASCII letters. */
const SPECIAL = [' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2003', '\ufeff', '\u200b', '\u200d', '\u00ad', '\u202e', '\u2066', '.', '?', '!', '…', '"', "'", '”', '’', ')', '(', '「', '」', '다', '요', '죠', '까', '니다', '했다', '3', '5', 'a', '가', '정부'];
const mixed = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixed, fc.string({ unit: 'binary', maxLength: 40 }));

describe('char classes', () => {
  it('isSpaceCode is what /\\s/ matches, for every UTF-16 code', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('isInvisibleCode flags the zero-width, bidi and soft-hyphen marks and nothing visible', () => {
    const invisible = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    for (let code = 0; code <= 0xffff; code++) expect(isInvisibleCode(code), code.toString(16)).toBe(invisible.test(String.fromCharCode(code)));
  });
});

describe('collapseSpace', () => {
  const byRegex = (text: string): string => text.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();

  it('collapses and trims Korean lines', () => {
    expect(collapseSpace('  구는 \n\t 설명했다.\u00a0 ')).toBe('구는 설명했다.');
    expect(collapseSpace('정\u200b부는 밝혔다')).toBe('정부는 밝혔다');
    expect(collapseSpace('이미 한 칸씩 띄운 줄')).toBe('이미 한 칸씩 띄운 줄');
  });

  it('gives what the regular expressions gave, on any text', () => {
    fc.assert(fc.property(anyText, (text) => collapseSpace(text) === byRegex(text)), { numRuns: RUNS });
  });
});

describe('countSentenceEnds', () => {
  const byRegex = (text: string): number => text.match(/(?:다|요|죠|까|니다|습니다|었다|했다|이다)[.?!]["'”’)]?(?=\s|$)/g)?.length ?? 0;

  it('counts Korean sentence ends, not decimals or mid-word stops', () => {
    expect(countSentenceEnds('정부가 발표했다. 시행은 내년이다." 그렇죠? 3.5% 늘었다')).toBe(3);
    expect(countSentenceEnds('그는 "좋다."고 말했다.')).toBe(1);
    expect(countSentenceEnds('발표했다. 설명했다. 밝혔다.', 2)).toBe(2);
  });

  it('gives what the regular expression gave, on any text', () => {
    fc.assert(fc.property(anyText, (text) => countSentenceEnds(text) === byRegex(text)), { numRuns: RUNS });
  });
});

describe('splitSentences', () => {
  it('keeps offsets true to the text and ends sentences only where the rules say', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const sentence of splitSentences(text)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toBe('');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('splits at sentence ends and line breaks, not inside quotes or numbers', () => {
    expect(splitSentences('성장률은 3.5%였다. 그는 "좋다. 아주 좋다"고 말했다.\n둘째 줄이다').map((s) => s.text)).toEqual([
      '성장률은 3.5%였다.',
      '그는 "좋다. 아주 좋다"고 말했다.',
      '둘째 줄이다',
    ]);
  });
});

describe('insideAny', () => {
  const page = parse(
    '<body><div id="article"><p>본문 <b>굵게</b></p></div><div id="comments"><ul><li>댓글 <span>하나</span></li></ul></div><footer><p>꼬리</p></footer></body>',
  );
  const all: Node[] = [];
  const walk = (node: Node): void => {
    all.push(node);
    if ('childNodes' in node) for (const kid of node.childNodes) walk(kid);
  };
  walk(page);
  const byId = (id: string): Element => all.find((node) => isElement(node) && node.attrs.some((a) => a.name === 'id' && a.value === id)) as Element;

  it('agrees with isInside for every node of the page, in any order of asking', () => {
    const areas = [byId('article'), byId('comments')];
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        const inside = insideAny(areas);
        for (const node of order) expect(inside(node)).toBe(areas.some((area) => isInside(node, area)));
      }),
      { numRuns: 200 },
    );
  });

  it('with no areas, nothing is inside', () => {
    const inside = insideAny([undefined]);
    expect(all.some((node) => inside(node))).toBe(false);
  });
});
