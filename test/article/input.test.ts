// Strings in, well-formed strings out; the size limit measured as UTF-8, as the docs say.
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText, SinmunError } from '../../src/index.js';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('lone surrogates', () => {
  it('become U+FFFD in every string of the Article, as a browser decoder would make them', () => {
    const page = '<html><head><title>시의회\ud800 조례 가결</title></head><body><h1>시의회\ud800 조례 가결</h1><div class="article_body"><p>시의회가 17일 조례안을 \udc00가결했다. 조례는 다음 달 시행된다.</p><p>끝 문단이다 \ud83d\ude00 그리고 \udbff</p></div></body></html>';
    const article = parseArticle(page);
    expect(article.title).toBe('시의회\ufffd 조례 가결');
    expect(article.body).toContain('조례안을 \ufffd가결했다');
    expect(article.body).toContain('\ud83d\ude00'); // a pair stays a pair
    for (const text of strings(article)) expect(LONE.test(text), JSON.stringify(text)).toBe(false);
    for (const text of strings(parseArticleText('제목\ud800\n\n본문\udc00 문장이다.'))) expect(LONE.test(text)).toBe(false);
  });
});

describe('maxInputBytes measures a string as UTF-8', () => {
  const over = (input: string, max: number): boolean => {
    try {
      parseArticle(input, { maxInputBytes: max });
      return false;
    } catch (error) {
      expect(error).toBeInstanceOf(SinmunError);
      expect((error as SinmunError).code).toBe('input-too-large');
      return true;
    }
  };

  it('at the limit and one over, for ASCII, Hangul (3 bytes), a pair (4) and a lone surrogate (3, as U+FFFD)', () => {
    const cases: [string, number][] = [
      ['<p>abc</p>', 10],
      ['<p>한글</p>', 13], // 7 ASCII + 2 × 3
      ['<p>\ud83d\ude00</p>', 11], // 7 + 4
      ['<p>\ud800a</p>', 11], // 7 + 3 + 1: the lone high surrogate does not swallow the "a"
      ['<p>a\udc00</p>', 11],
    ];
    for (const [input, bytes] of cases) {
      expect(new TextEncoder().encode(input).length).toBe(bytes); // TextEncoder encodes a lone surrogate as U+FFFD
      expect(over(input, bytes), `${JSON.stringify(input)} at ${bytes}`).toBe(false);
      expect(over(input, bytes - 1), `${JSON.stringify(input)} at ${bytes - 1}`).toBe(true);
    }
  });
});
