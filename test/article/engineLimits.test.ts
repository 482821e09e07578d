// Engine limits (a Set past 2^24 entries, a string past the longest, a stack overflow) become an
// empty Article with `input-too-complex`, never a bare RangeError; other errors pass through.
import { describe, expect, it } from 'vitest';
import { tooComplexArticle, withinEngineLimits } from '../../src/article/engineLimits.js';
import { checkOptions } from '../../src/article/input.js';
import { SinmunError } from '../../src/index.js';
import { schemaErrors } from '../helpers/schema.js';

describe('withinEngineLimits', () => {
  it('returns what the read returns when nothing is thrown', () => {
    expect(withinEngineLimits(() => 7, () => 0)).toBe(7);
  });

  it('turns a RangeError of the engine into the fallback, given its message', () => {
    expect(withinEngineLimits(() => { throw new RangeError('Set maximum size exceeded'); }, (reason) => `fallback: ${reason}`)).toBe('fallback: Set maximum size exceeded');
    // A real one: a Set past its maximum is too slow for a test, a string past its maximum is not.
    expect(withinEngineLimits(() => 'x'.repeat(2 ** 30), (reason) => reason)).toMatch(/string length/i);
    // And a real stack overflow.
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    expect(withinEngineLimits<number | string>(() => deep(1e7), (reason) => reason)).toMatch(/call stack/i);
  });

  it('throws on any other error: a SinmunError for a bad call, a defect as itself', () => {
    expect(() => withinEngineLimits(() => { throw new SinmunError('invalid-option', 'bad'); }, () => 0)).toThrow(SinmunError);
    expect(() => withinEngineLimits(() => { throw new TypeError('a defect'); }, () => 0)).toThrow(TypeError);
  });
});

describe('tooComplexArticle', () => {
  it('is a valid, empty Article that keeps the decoding warnings and says why', () => {
    const article = tooComplexArticle('Set maximum size exceeded', 'euc-kr', [{ code: 'charset-mismatch', message: 'm' }], checkOptions({ referenceDate: '2024-03-01' }));
    expect(schemaErrors(article)).toBe('');
    expect(article.title).toBe('');
    expect(article.paragraphs).toEqual([]);
    expect(article.source.encoding).toBe('euc-kr');
    expect(article.source.warnings.map((w) => w.code)).toEqual(['charset-mismatch', 'input-too-complex']);
    expect(article.source.warnings[1]?.message).toContain('Set maximum size exceeded');
  });
});
