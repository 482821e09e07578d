// The near-repeat search on long blocks: linear in practice (issue: two 200 KB paragraphs of one
// vocabulary took 10 s through fast-diff's O(N·D)), and still right on edited copies.
import { describe, expect, it } from 'vitest';
import { stripRepeatedBlocks } from '../../src/dedupe/repeats.js';

/** mulberry32: a small seeded generator, so the texts are the same on every run. */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text of `chars` characters drawn from a vocabulary of `size` Korean words. */
function prose(chars: number, size: number, seed: number): string {
  const random = generator(seed);
  const syllable = (): string => String.fromCharCode(0xac00 + Math.floor(random() * 11172));
  const words = Array.from({ length: size }, () => syllable() + syllable() + (random() < 0.5 ? syllable() : ''));
  let text = '';
  while (text.length < chars) text += `${words[Math.floor(random() * words.length)]}${random() < 0.1 ? '다. ' : ' '}`;
  return text.slice(0, chars);
}

/** An edited copy: one character in every 500 changed, and a sentence added in the middle. */
function edited(text: string): string {
  let copy = '';
  for (let i = 0; i < text.length; i += 500) copy += `${text.slice(i, i + 499)}가`;
  const middle = Math.floor(copy.length / 2);
  return `${copy.slice(0, middle)} 새로 넣은 문장이 여기에 하나 있다. ${copy.slice(middle)}`;
}

function timed(blocks: string[]): { ms: number; removed: number } {
  const start = performance.now();
  const result = stripRepeatedBlocks(blocks);
  return { ms: performance.now() - start, removed: result.removed.length };
}

describe('near repeats of long blocks', () => {
  // 200 KB of UTF-8: Korean syllables are 3 bytes.
  const chars = Math.floor(200_000 / 3);

  it('two different 200 KB paragraphs of one small vocabulary: no repeat, in well under a second', () => {
    timed([prose(2000, 15, 1), prose(2000, 15, 2)]); // warm up
    const { ms, removed } = timed([prose(chars, 15, 1), prose(chars, 15, 2)]);
    expect(removed).toBe(0);
    expect(ms).toBeLessThan(1500); // the benchmark's figure is ~50 ms; this bound only catches a return to O(N·D)
  });

  it('ten times the input costs about ten times the time, not a hundred', () => {
    const small = [prose(chars / 5, 15, 3), prose(chars / 5, 15, 4)];
    const large = [prose(chars * 2, 15, 3), prose(chars * 2, 15, 4)];
    timed(small);
    const best = (blocks: string[]): number => Math.min(...[0, 1, 2].map(() => timed(blocks).ms));
    const ratio = best(large) / Math.max(best(small), 1);
    expect(ratio).toBeLessThan(30); // generous: a quadratic search gives ~100
  });

  it.each([
    ['a large vocabulary', 3000],
    ['a small vocabulary', 15],
  ])('an edited copy of a 200 KB paragraph (%s) is still a near repeat, with its similarity', (_, size) => {
    const text = prose(chars, size, 5);
    const result = stripRepeatedBlocks([text, edited(text)]);
    expect(result.kept).toEqual([0]);
    expect(result.removed[0]?.reason).toBe('near-repeated');
    // 1 changed in 500 and 21 added characters: common ≈ 0.998 of each side.
    expect(result.removed[0]?.similarity).toBeGreaterThan(0.99);
  });

  it('a long paragraph and a different one that shares its first half is no repeat', () => {
    const text = prose(chars, 3000, 6);
    const other = text.slice(0, chars / 2) + prose(chars / 2, 3000, 7);
    expect(stripRepeatedBlocks([text, other]).removed).toEqual([]);
  });
});
