/**
 * Property tests of `parseArticle` (string and bytes) and `parseArticleText` with fast-check.
 *
 * Every generated input is checked for five properties at once (one parse, and a second for
 * determinism), so each property runs `RUNS` times per input family:
 *
 * 1. the Article validates against docs/article.schema.json (ajv) and is plain JSON, with the
 *    documented shape (`body` is the joined paragraphs, event offsets point into `body`, text NFC);
 * 2. nothing throws, except `SinmunError` with `input-too-large` / `invalid-option` for a bad call;
 * 3. the same input gives a deep-equal Article twice;
 * 4. nothing invented: every paragraph is the page's visible text (test/helpers/visible.ts);
 * 5. no text of executable scripts, styles, templates, comments, noscript or non-content attributes
 *    reaches any string of the Article (markers planted by test/helpers/arbitraries.ts).
 *
 * `npm test` runs 10,000 inputs per family; `npm run fuzz` sets SINMUN_FUZZ_RUNS=200000.
 * SINMUN_FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SinmunError, decodeHtml, parseArticle, parseArticleText } from '../src/index.js';
import type { Article, ParseOptions } from '../src/index.js';
import { MARKER_PREFIX, anyOptions, anyShortString, htmlPage, textPage } from './helpers/arbitraries.js';
import { encodeCp949 } from './helpers/cp949.js';
import { schemaErrors } from './helpers/schema.js';
import { provenance, squeeze, visibleTextNodes } from './helpers/visible.js';

const RUNS = Number(process.env.SINMUN_FUZZ_RUNS ?? 10_000);
const SEED = process.env.SINMUN_FUZZ_SEED === undefined ? undefined : Number(process.env.SINMUN_FUZZ_SEED);
/** Generous: ~1 ms an input on a CI core, times 20, and never under two minutes. */
const TIMEOUT = Math.max(120_000, RUNS * 20);
const params = (): fc.Parameters<unknown> => ({ numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });

/** How each paragraph was found in its page, over the whole file (printed at the end). */
const stats = { paragraphs: 0, substring: 0, pieces: 0, inputs: 0 };
afterAll(() => {
  if (stats.inputs > 0) console.log(`properties: ${stats.inputs} inputs, ${stats.paragraphs} paragraphs (${stats.substring} substrings of the visible text, ${stats.pieces} made of its text nodes with hidden ones left out)`);
});

/** Characters that paragraph text never keeps: zero-width, bidi controls, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/;

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Every string value of an Article, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}/${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}/${key}`));
  return [];
}

/** Property 1: schema, plain JSON and the documented shape. */
function checkShape(article: Article): void {
  const errors = schemaErrors(article);
  if (errors) throw new Error(`not a valid Article:\n${errors}`);
  expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article);
  expect(article.body).toBe(article.paragraphs.map((p) => p.text).join('\n\n'));
  for (const paragraph of article.paragraphs) {
    expect(paragraph.text, 'paragraph text is NFC').toBe(paragraph.text.normalize('NFC'));
    expect(paragraph.text, 'paragraph text is whitespace-collapsed').toBe(paragraph.text.replace(/\s+/g, ' ').trim());
    expect(paragraph.text).not.toBe('');
    expect(paragraph.text, 'no zero-width or bidi control characters').not.toMatch(INVISIBLE);
  }
  expect(article.title, 'title is NFC').toBe(article.title.normalize('NFC'));
  for (const event of article.events) {
    expect(article.body.slice(event.sentenceStart, event.sentenceEnd), 'sentence offsets point at its sentence in body').toBe(event.sentence);
    expect(article.body.slice(event.start, event.end), 'mention offsets point at the mention in body').toBe(event.mention);
    expect(event.sentence).toContain(event.mention);
    expect(event.date.start <= event.date.end, `${event.date.start} <= ${event.date.end}`).toBe(true);
  }
  for (const iso of [article.publishedAt, article.modifiedAt]) {
    if (iso !== undefined) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+09:00)?$/);
  }
  // No prototype pollution from hostile JSON-LD.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTOTYPE_KEYS);
}

const wellFormed = (text: string): string => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** Property 4: every paragraph is the page's visible text. */
function checkNothingInvented(article: Article, nodes: readonly string[]): void {
  const joined = squeeze(nodes.join(''));
  for (const paragraph of article.paragraphs) {
    const found = provenance(paragraph.text, nodes, joined);
    stats.paragraphs++;
    if (found === 'invented') throw new Error(`paragraph not in the page's visible text: ${JSON.stringify(paragraph.text)}`);
    stats[found]++;
  }
  // Comments are read from the page's text too.
  for (const comment of article.comments) {
    if (provenance(comment.text, nodes, joined) === 'invented') throw new Error(`comment not in the page's visible text: ${JSON.stringify(comment.text)}`);
  }
}

/** Property 5: no planted marker reaches the Article, unless the parser made it visible text. */
function checkNoHiddenText(article: Article, visible: string): void {
  for (const [path, value] of strings(article)) {
    let at = value.indexOf(MARKER_PREFIX);
    while (at !== -1) {
      const marker = /^ZQX[A-Z]+\d/.exec(value.slice(at))?.[0] ?? MARKER_PREFIX;
      if (!visible.includes(marker)) throw new Error(`${marker} (planted in non-visible markup) reached ${path}: ${JSON.stringify(value.slice(0, 200))}`);
      at = value.indexOf(MARKER_PREFIX, at + 1);
    }
  }
}

/** Properties 2 and 3: parse twice; nothing but the article comes out, and the same one both times. */
function parseTwice(parse: () => Article): Article {
  let first: Article;
  try {
    first = parse();
  } catch (error) {
    throw new Error(`threw for content: ${error instanceof SinmunError ? `SinmunError ${error.code}` : ''} ${String(error)}\n${(error as Error).stack ?? ''}`);
  }
  expect(parse(), 'deterministic').toStrictEqual(first);
  return first;
}

/** All five properties for an HTML page given as `input` whose decoded text is `html`. */
function checkHtml(input: string | Uint8Array, html: string, options?: ParseOptions): void {
  stats.inputs++;
  const article = parseTwice(() => parseArticle(input, options));
  checkShape(article);
  // The page as the library reads it: lone surrogates are U+FFFD (a browser's decoder makes them so).
  const nodes = visibleTextNodes(wellFormed(html));
  checkNothingInvented(article, nodes);
  checkNoHiddenText(article, nodes.join(''));
}

/** All properties for a plain-text page (its visible text is itself). */
function checkText(text: string, options?: ParseOptions): void {
  stats.inputs++;
  const article = parseTwice(() => parseArticleText(text, options));
  checkShape(article);
  checkNothingInvented(article, [wellFormed(text)]);
}

/** A CP949 encoder that writes `?` for what CP949 lacks (as a lossy server would). */
function toCp949(text: string): Uint8Array {
  const parts: number[] = [];
  for (const char of text) {
    try {
      parts.push(...encodeCp949(char));
    } catch {
      parts.push(0x3f);
    }
  }
  return new Uint8Array(parts);
}

describe(`properties (${RUNS} runs each)`, () => {
  it(
    'parseArticle(string) on random HTML pages: valid, no throw, deterministic, nothing invented, no hidden text',
    () => {
      fc.assert(
        fc.property(htmlPage, (html) => checkHtml(html, html)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'parseArticle(string) on random strings (ASCII, graphemes, any code point incl. lone surrogates)',
    () => {
      const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
      fc.assert(
        fc.property(anyString, (text) => checkHtml(text, text)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'parseArticle(bytes) on random pages as UTF-8 or CP949, whole or cut mid-sequence',
    () => {
      const encoded = fc.tuple(htmlPage, fc.constantFrom('utf-8', 'cp949'), fc.option(fc.nat(), { freq: 3 })).map(([html, encoding, cut]) => {
        const bytes = encoding === 'utf-8' ? new TextEncoder().encode(html) : toCp949(html);
        return cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
      });
      fc.assert(
        fc.property(encoded, (bytes) => checkHtml(bytes, decodeHtml(bytes).html)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'parseArticle(bytes) on random bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(undefined, 'text/html; charset=euc-kr', 'text/html; charset=utf-8', 'text/html; charset=x-bogus'), (bytes, contentType) =>
          checkHtml(bytes, decodeHtml(bytes, contentType ? { contentType } : {}).html, contentType ? { contentType } : undefined),
        ),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'parseArticleText on random text pages (lines of Korean, datelines, bylines, chrome)',
    () => {
      fc.assert(
        fc.property(textPage, (text) => checkText(text)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'parseArticleText on random strings',
    () => {
      const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
      fc.assert(
        fc.property(anyString, (text) => checkText(text)),
        params(),
      );
    },
    TIMEOUT,
  );

  it(
    'with random options, only SinmunError is thrown, with the right code',
    () => {
      const input = fc.oneof(anyShortString, textPage, fc.uint8Array({ maxLength: 400 }));
      fc.assert(
        fc.property(input, anyOptions, fc.boolean(), (page, options, asText) => {
          const text = asText && typeof page === 'string';
          let article: Article;
          try {
            article = text ? parseArticleText(page, options as ParseOptions) : parseArticle(page, options as ParseOptions);
          } catch (error) {
            if (!(error instanceof SinmunError)) throw error;
            expect(['input-too-large', 'invalid-option']).toContain(error.code);
            if (error.code === 'input-too-large') {
              const size = typeof page === 'string' ? new TextEncoder().encode(page).length : page.length;
              // Strings are measured in UTF-8 bytes (a lone surrogate counts 3, as TextEncoder's U+FFFD does).
              expect(size).toBeGreaterThan((options as ParseOptions).maxInputBytes as number);
            }
            return;
          }
          const max = (options as ParseOptions | undefined)?.maxInputBytes;
          // For strings with lone surrogates the library's count can be lower than TextEncoder's (a lone
          // high surrogate and the unit after it count 4 bytes, not 3 + 3): checked on strings without surrogates.
          if (typeof max === 'number' && (typeof page !== 'string' || !/[\ud800-\udfff]/.test(page))) {
            const size = typeof page === 'string' ? new TextEncoder().encode(page).length : page.length;
            expect(size).toBeLessThanOrEqual(max);
          }
          checkShape(article);
        }),
        params(),
      );
    },
    TIMEOUT,
  );
});
