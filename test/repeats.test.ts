import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleText, stripRepeatedBlocks } from '../src/index.js';
import { compareForm } from '../src/dedupe/normalise.js';
import { readFileSync } from 'node:fs';

const A = '메타가 7월 6일에 새 사회관계망서비스(SNS) 스레드를 출시했다. 이어서 머스크가 AI 회사를 세웠다.';
const B = '지난 한 달 동안 AI 관련 글로벌 빅테크 업계에서는 여러 굵직한 일들이 벌어졌다고 업계는 전했다.';
const C = '한국은 AI 분야에서의 경쟁에서 뒤처질 가능성이 크다는 지적이 나온다. 투자와 협력이 필요하다.';
const D = '구는 퇴근 뒤 도서관을 찾는 주민이 많다는 설문 결과에 따라 운영 시간을 늘리기로 했다고 밝혔다.';

describe('stripRepeatedBlocks', () => {
  it('removes an exact repeat and keeps the first copy', () => {
    expect(stripRepeatedBlocks([A, B, A])).toEqual({
      kept: [0, 1],
      removed: [{ index: 2, reason: 'repeated', duplicateOf: 0, similarity: 1 }],
    });
  });

  it('compares after normalising whitespace, full-width forms and quote styles', () => {
    const styled = A.replace('SNS', 'ＳＮＳ').replace(/ /g, '  ').replace('AI', '“AI”');
    const plain = A.replace('AI', '"AI"');
    const result = stripRepeatedBlocks([plain, styled]);
    expect(result.removed).toEqual([{ index: 1, reason: 'repeated', duplicateOf: 0, similarity: 1 }]);
    expect(compareForm('“ＡＩ”  경쟁')).toBe('"AI"경쟁');
  });

  it('removes an edited copy (a word changed, a sentence added) as a near repeat', () => {
    const edited = `${A.replace('새', '신규')} 업계는 주목했다.`;
    const result = stripRepeatedBlocks([A, B, edited]);
    expect(result.kept).toEqual([0, 1]);
    expect(result.removed[0]).toMatchObject({ index: 2, reason: 'near-repeated', duplicateOf: 0 });
    expect(result.removed[0]?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(result.removed[0]?.similarity).toBeLessThan(1);
  });

  it('calls an article printed twice a repeated run: four stay, four go', () => {
    const result = stripRepeatedBlocks([A, B, C, D, A, B, C, D]);
    expect(result.kept).toEqual([0, 1, 2, 3]);
    expect(result.removed.map((r) => [r.index, r.reason, r.duplicateOf])).toEqual([
      [4, 'repeated-run', 0],
      [5, 'repeated-run', 1],
      [6, 'repeated-run', 2],
      [7, 'repeated-run', 3],
    ]);
  });

  it('removes the headline or deck echoed as the first block', () => {
    const result = stripRepeatedBlocks(['동네 도서관, 밤 10시까지 문 연다', A], { title: '동네 도서관, 밤 10시까지 문 연다' });
    expect(result.removed).toEqual([{ index: 0, reason: 'title-echo', duplicateOf: -1, similarity: 1 }]);
    expect(stripRepeatedBlocks(['부제가 여기 있다', A], { subtitle: '부제가 여기 있다' }).kept).toEqual([1]);
  });

  it('removes the same block at both ends, keeping the first', () => {
    const note = '※ 이 기사는 지역 언론 지원 사업의 도움을 받아 작성됐습니다. 독자 여러분께 감사드립니다.';
    expect(stripRepeatedBlocks([note, A, B, note]).removed).toEqual([{ index: 3, reason: 'repeated', duplicateOf: 0, similarity: 1 }]);
  });

  it('drops a summary box that is an excerpt of a later, fuller lead, keeping the lead', () => {
    const lead = `${A} ${B} 업계 관계자는 "속도가 핵심"이라고 말했다.`;
    const result = stripRepeatedBlocks([A, lead, C]);
    expect(result.kept).toEqual([1, 2]);
    expect(result.removed[0]).toMatchObject({ index: 0, reason: 'near-repeated', duplicateOf: 1 });
  });

  it('keeps short lines, refrains and protected list items that recur', () => {
    const refrain = '만세, 만세, 만세!';
    expect(stripRepeatedBlocks([refrain, A, refrain, B, refrain]).removed).toEqual([]);
    expect(stripRepeatedBlocks([A, B, A], { protect: [2] }).removed).toEqual([]);
  });

  it('keeps a statement printed in full after the article quoted it', () => {
    const statement = '공인에 대한 언행은 국민의 관심사다. 기자는 국민의 알권리와 사회 정의를 위해 취재하고 보도한다.';
    const quoting = `협회는 "공인에 대한 언행은 국민의 관심사다. 기자는 국민의 알권리와 사회 정의를 위해 취재하고 보도한다"고 밝혔다.`;
    expect(stripRepeatedBlocks([quoting, B, statement]).removed).toEqual([]);
  });

  it('keeps different paragraphs of one article', () => {
    expect(stripRepeatedBlocks([A, B, C, D]).removed).toEqual([]);
  });

  it('finds edited copies among thousands of paragraphs (the trigram index growing, crowded trigrams skipped)', () => {
    // Deterministic Korean-looking paragraphs (mulberry32), each distinct; every tenth block is an
    // edited copy, two words changed, of a paragraph far above it.
    let seed = 20261128;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, () => String.fromCharCode(0xac00 + Math.floor(random() * 11172))).join('');
    // All end on one stock phrase: its trigrams soon sit in more blocks than the index keeps.
    const paragraph = (): string => `${Array.from({ length: 60 }, word).join(' ')}다. 관계자는 이번 조치가 지역 경제에 도움이 될 것이라고 밝혔다.`;
    const blocks: string[] = [];
    const copies = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      if (i % 10 === 9) {
        const original = Math.floor(random() * (i - 9) / 10) * 10; // an original, never a copy
        const words = (blocks[original] as string).split(' ');
        words[3] = word();
        words[40] = word();
        copies.set(blocks.length, original);
        blocks.push(words.join(' '));
      } else blocks.push(paragraph());
    }
    const { removed } = stripRepeatedBlocks(blocks);
    expect(removed.map((r) => [r.index, r.duplicateOf])).toEqual([...copies].map(([copy, original]) => [copy, original]));
    for (const r of removed) expect(r.reason === 'near-repeated' || r.reason === 'repeated-run').toBe(true);
  });

  it('takes a block whose every trigram is sampled (the per-block set grows, it never fills)', () => {
    // Built so that each next syllable makes a new trigram whose hash the sampler keeps.
    const hash = (trigram: string): number => {
      let h = 2166136261;
      for (let k = 0; k < 3; k++) h = Math.imul(h ^ trigram.charCodeAt(k), 16777619);
      return h;
    };
    let text = '가나';
    const used = new Set<string>();
    while (text.length < 2000) {
      for (let code = 0xac00; code < 0xd7a4; code++) {
        const trigram = text.slice(-2) + String.fromCharCode(code);
        if (!used.has(trigram) && (hash(trigram) & 7) === 0) {
          used.add(trigram);
          text += String.fromCharCode(code);
          break;
        }
      }
    }
    const { removed } = stripRepeatedBlocks([text, `${text.slice(0, 1990)}다`]);
    expect(removed).toMatchObject([{ index: 1, reason: 'near-repeated', duplicateOf: 0 }]);
  });

  describe('properties', () => {
    // Paragraphs drawn from a small pool, some edited, so repeats and near repeats are common.
    const pool = [A, B, C, D, '짧은 줄', '또 다른 짧은 줄이다.'];
    const block = fc.oneof(
      fc.constantFrom(...pool),
      fc.tuple(fc.constantFrom(A, B, C, D), fc.string({ maxLength: 12 })).map(([text, extra]) => `${text} ${extra}`),
      fc.string({ maxLength: 80 }),
    );
    const blocks = fc.array(block, { maxLength: 30 });

    it('is idempotent: its kept blocks have no repeats left', () => {
      fc.assert(
        fc.property(blocks, (input) => {
          const once = stripRepeatedBlocks(input);
          const kept = once.kept.map((i) => input[i] as string);
          expect(stripRepeatedBlocks(kept).removed).toEqual([]);
        }),
        { numRuns: 10_000 },
      );
    });

    it('keeps order, and each removed block repeats a kept block; exact copies keep their first', () => {
      fc.assert(
        fc.property(blocks, (input) => {
          const { kept, removed } = stripRepeatedBlocks(input);
          expect([...kept].sort((a, b) => a - b)).toEqual(kept);
          expect(kept.length + removed.length).toBe(input.length);
          const keptSet = new Set(kept);
          for (const r of removed) expect(keptSet.has(r.duplicateOf)).toBe(true);
          const firstOf = new Map<string, number>();
          input.forEach((text, i) => {
            if (!firstOf.has(compareForm(text))) firstOf.set(compareForm(text), i);
          });
          for (const r of removed) {
            if (r.similarity === 1 && r.reason !== 'title-echo') {
              expect(firstOf.get(compareForm(input[r.index] as string))).toBeLessThan(r.index);
            }
          }
        }),
        { numRuns: 10_000 },
      );
    });
  });
});

describe('the seed page', () => {
  const text = readFileSync(new URL('../fixtures/seed/text/source.txt', import.meta.url), 'utf8');
  const html = new Uint8Array(readFileSync(new URL('../fixtures/seed/gnuboard/source.html', import.meta.url)));

  it.each([
    ['as text', parseArticleText(text)],
    ['as HTML', parseArticle(html)],
  ])('%s has four paragraphs and four removed as a repeated run', (_, article) => {
    expect(article.paragraphs).toHaveLength(4);
    const repeats = article.removed.filter((r) => r.reason === 'repeated-run');
    expect(repeats.map((r) => r.duplicateOf)).toEqual([0, 1, 2, 3]);
    repeats.forEach((r, i) => expect(r.text).toBe(article.paragraphs[i]?.text));
  });
});
