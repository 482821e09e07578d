import { describe, expect, it } from 'vitest';
import * as sinmun from '../src/index.js';
import { SinmunError, parseArticle, parseArticleText } from '../src/index.js';

describe('public API', () => {
  it('exposes exactly the documented runtime exports', () => {
    expect(Object.keys(sinmun).sort()).toEqual(
      ['DEFAULT_MAX_INPUT_BYTES', 'MAX_DECODED_BYTES', 'MIN_REPEAT_LENGTH', 'NEAR_REPEAT_THRESHOLD', 'SinmunError', 'decodeHtml', 'extractEvents', 'findDates', 'parseArticle', 'parseArticleText', 'stripRepeatedBlocks', 'SAFE_HTML_TAGS', 'toHtml', 'toMarkdown'].sort(),
    );
  });

  it('returns plain JSON that survives a round trip', () => {
    const article = parseArticle('<html><head><title>제목 - 예시일보</title></head><body><article><p>정부가 3일 새 정책을 발표했다. 업계는 환영했다.</p></article></body></html>');
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });
});

describe('bad input', () => {
  it.each([[undefined], [null], [42], [{}], [['<p>']], [new ArrayBuffer(4)], [Buffer.from('x').buffer]])('rejects %s with invalid-input', (input) => {
    expect(() => parseArticle(input as never)).toThrowError(SinmunError);
    try {
      parseArticle(input as never);
    } catch (error) {
      expect((error as SinmunError).code).toBe('invalid-input');
      expect((error as SinmunError).message).toMatch(/must be a string or a Uint8Array/);
    }
  });

  it('rejects bytes in parseArticleText', () => {
    expect(() => parseArticleText(new Uint8Array([1]) as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('accepts a Node Buffer (a Uint8Array)', () => {
    expect(parseArticle(Buffer.from('<p>본문이다.</p>')).source.encoding).toBe('utf-8');
  });

  it('rejects input over maxInputBytes, counting UTF-8 bytes of strings', () => {
    const text = '가'.repeat(400); // 1,200 UTF-8 bytes
    expect(() => parseArticle(text, { maxInputBytes: 1000 })).toThrow(expect.objectContaining({ code: 'input-too-large' }));
    expect(() => parseArticle(new Uint8Array(1001), { maxInputBytes: 1000 })).toThrow(expect.objectContaining({ code: 'input-too-large' }));
    expect(() => parseArticleText(text, { maxInputBytes: 1000 })).toThrow(expect.objectContaining({ code: 'input-too-large' }));
    expect(parseArticle(text, { maxInputBytes: 1200 }).source.family).toBe('generic');
  });

  it('has a 20 MiB default limit', () => {
    expect(sinmun.DEFAULT_MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
    expect(() => parseArticle(new Uint8Array(20 * 1024 * 1024 + 1))).toThrow(expect.objectContaining({ code: 'input-too-large' }));
  });

  it('rejects bad options with invalid-option naming the option', () => {
    expect(() => parseArticle('', { maxInputBytes: -1 })).toThrow(/maxInputBytes/);
    expect(() => parseArticle('', { url: 42 } as never)).toThrow(expect.objectContaining({ code: 'invalid-option', message: expect.stringContaining('"url"') }));
    expect(() => parseArticle('', 'options' as never)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it.each([
    ['', 'empty-input'],
    ['   \n ', 'empty-input'],
    ['just some words', 'not-html'],
    ['<<<>>>&&&', 'not-html'],
    ['<<<>>>&&&<b>', 'no-title'],
    ['<html><body><div><div><div></div></div></div></body></html>', 'no-body'],
  ])('gives an Article with warnings for %j', (input, code) => {
    const article = parseArticle(input);
    expect(article.paragraphs).toBeInstanceOf(Array);
    expect(article.source.warnings.map((w) => w.code)).toContain(code);
  });

  it('gives an Article for random bytes', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    const article = parseArticle(bytes);
    expect(typeof article.title).toBe('string');
    expect(article.source.warnings.length).toBeGreaterThan(0);
  });

  it('gives an empty Article with empty-input for empty text', () => {
    const article = parseArticleText('');
    expect(article.title).toBe('');
    expect(article.paragraphs).toEqual([]);
    expect(article.source.warnings.map((w) => w.code)).toEqual(['empty-input']);
  });
});
