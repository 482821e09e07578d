import { deflateSync, gzipSync, brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SinmunError, parseArticle } from '../../src/index.js';
import { listFixtures, readFixturePage } from '../../src/fixtures/index.js';
import { parseWarc, readWarcPages } from '../../src/warc/index.js';
import type { WarcArticleResult, WarcCounts } from '../../src/warc/index.js';
import { DATE, chunked, collect, concat, recordBytes, response, streamOf } from './helpers.js';
import type { RecordSpec } from './helpers.js';

const HTML = { 'Content-Type': 'text/html', Server: 'test' };

/** HTML fixtures read with a URL only: their golden is parseArticle(source, { url }). */
const URL_FIXTURES = listFixtures()
  .map(readFixturePage)
  .filter((f) => f.mode === 'html' && f.options.url !== undefined && Object.keys(f.options).length === 1 && f.expected !== undefined);

function sum(counts: WarcCounts): number {
  const { request, revisit, notHtml, other } = counts.skipped;
  return counts.pages + counts.failed + request + revisit + notHtml + other;
}

function articleOf(result: WarcArticleResult | undefined) {
  if (result === undefined || !('article' in result)) throw new Error(`not an article: ${JSON.stringify(result)}`);
  return result.article;
}

describe('parseWarc over the fixtures', () => {
  it('has fixtures to write', () => expect(URL_FIXTURES.length).toBeGreaterThan(10));

  it.each([true, false])('gives each page its golden Article (gzip %s), with url, record id and date', async (gzip) => {
    const specs = URL_FIXTURES.map((f) => response(f.options.url as string, f.source, HTML));
    const records = await recordBytes(specs, gzip);
    const reading = parseWarc(streamOf(concat(records)));
    const results = await collect(reading);
    expect(results).toHaveLength(URL_FIXTURES.length);
    for (const [i, fixture] of URL_FIXTURES.entries()) {
      const result = results[i] as WarcArticleResult;
      expect(result.url).toBe(fixture.options.url);
      expect(result.warcRecordId).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(result.fetchedAt).toBe(new Date(DATE).toISOString());
      expect(articleOf(result), fixture.name).toEqual(fixture.expected);
    }
    expect(reading.counts).toEqual({ records: URL_FIXTURES.length, pages: URL_FIXTURES.length, failed: 0, skipped: { request: 0, revisit: 0, notHtml: 0, other: 0 } });
  });
});

describe('content types, charsets and encodings', () => {
  const cp949 = readFixturePage('ndsoft/cp949-ext');
  // The page without its <meta charset>: its bytes stay CP949, the header alone names the charset.
  const noMeta = new Uint8Array(Buffer.from(Buffer.from(cp949.source).toString('latin1').replace(/<meta[^>]*charset[^>]*>/gi, ''), 'latin1'));
  const url = 'https://www.example-weekly.kr/news/articleView.html?idxno=1';

  it('decodes a CP949 page by the charset of its HTTP Content-Type', async () => {
    expect(Buffer.from(noMeta).toString('latin1')).not.toMatch(/charset/i);
    const contentType = 'text/html; charset=euc-kr';
    const [result] = await collect(parseWarc(streamOf(concat(await recordBytes([response(url, noMeta, { 'Content-Type': contentType })], true)))));
    const article = articleOf(result);
    expect(article).toEqual(parseArticle(noMeta, { url, contentType }));
    expect(article.source.encoding).toBe('euc-kr');
    // The same text as the page read with its own <meta charset>.
    expect(article.title).toBe(cp949.expected?.title);
    expect(article.body).toContain(cp949.mustContain[0]);
  });

  it('passes the Content-Type and the payload to readWarcPages results', async () => {
    const [page] = await collect(readWarcPages(streamOf(concat(await recordBytes([response(url, noMeta, { 'Content-Type': 'text/html; charset=EUC-KR' })], false)))));
    expect(page).toEqual({ url, warcRecordId: expect.stringMatching(/^<urn:uuid:/), fetchedAt: '2024-05-01T03:04:05.000Z', contentType: 'text/html; charset=EUC-KR', bytes: noMeta });
  });

  it('decodes chunked, gzip, deflate and br payloads (and gzip inside chunks)', async () => {
    const page = URL_FIXTURES[0]!;
    const body = page.source;
    const specs: RecordSpec[] = [
      response('http://a.kr/chunked', chunked(body), { ...HTML, 'Transfer-Encoding': 'chunked' }),
      response('http://a.kr/gzip', gzipSync(body), { ...HTML, 'Content-Encoding': 'gzip' }),
      response('http://a.kr/deflate', deflateSync(body), { ...HTML, 'Content-Encoding': 'deflate' }),
      response('http://a.kr/br', brotliCompressSync(body), { ...HTML, 'Content-Encoding': 'br' }),
      response('http://a.kr/gzip-chunked', chunked(gzipSync(body), 333), { ...HTML, 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }),
      response('http://a.kr/br-chunked', chunked(brotliCompressSync(body), 50), { ...HTML, 'Content-Encoding': 'br', 'Transfer-Encoding': 'chunked' }),
      // Stored decoded with the header kept: read as it is, as warcio does.
      response('http://a.kr/gzip-already-decoded', body, { ...HTML, 'Content-Encoding': 'gzip' }),
    ];
    for (const gzip of [true, false]) {
      const pages = await collect(readWarcPages(streamOf(concat(await recordBytes(specs, gzip)), 777)));
      expect(pages.map((p) => p.url)).toEqual(specs.map((s) => s.opts.url));
      for (const p of pages) expect('bytes' in p && Buffer.from(p.bytes).equals(Buffer.from(body)), p.url).toBe(true);
    }
  });

  it('reports an encoding it cannot decode, and goes on', async () => {
    const body = URL_FIXTURES[0]!.source;
    const reading = readWarcPages(streamOf(concat(await recordBytes([response('http://a.kr/z', body, { ...HTML, 'Content-Encoding': 'zstd' }), response('http://a.kr/ok', body, HTML)], true))));
    const results = await collect(reading);
    expect(results.map((r) => ('error' in r ? r.error.code : 'page'))).toEqual(['unsupported-encoding', 'page']);
    expect(reading.counts.failed).toBe(1);
  });

  it('reads xhtml, sniffs a response without a Content-Type, skips other types', async () => {
    const body = URL_FIXTURES[0]!.source;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const specs = [
      response('http://a.kr/xhtml', body, { 'Content-Type': 'application/xhtml+xml; charset=utf-8' }),
      response('http://a.kr/untyped', body, { Server: 'test' }),
      response('http://a.kr/untyped.png', png, { Server: 'test' }),
      response('http://a.kr/style.css', new TextEncoder().encode('p{}'), { 'Content-Type': 'text/css' }),
      response('http://a.kr/data.json', new TextEncoder().encode('{}'), { 'Content-Type': 'application/json' }),
    ];
    const reading = readWarcPages(streamOf(concat(await recordBytes(specs, true))));
    const pages = await collect(reading);
    expect(pages.map((p) => [p.url, 'bytes' in p ? p.contentType : 'error'])).toEqual([
      ['http://a.kr/xhtml', 'application/xhtml+xml; charset=utf-8'],
      ['http://a.kr/untyped', undefined],
    ]);
    expect(reading.counts.skipped.notHtml).toBe(3);
  });
});

describe('skipped records', () => {
  it('skips and counts warcinfo, request, revisit, image, metadata and resource records', async () => {
    const page = URL_FIXTURES[1]!;
    const url = page.options.url as string;
    const specs: RecordSpec[] = [
      { opts: { type: 'warcinfo', filename: 'crawl.warc.gz', date: DATE } },
      { opts: { url, type: 'request', date: DATE, httpHeaders: { 'User-Agent': 'sinmun-test' }, statusline: 'GET / HTTP/1.1' } },
      response(url, page.source, HTML),
      { opts: { url, type: 'revisit', date: DATE, refersToUrl: url, refersToDate: DATE, httpHeaders: HTML } },
      response(`${url}#img`, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), { 'Content-Type': 'image/jpeg' }),
      { opts: { url, type: 'metadata', date: DATE, warcHeaders: { 'Content-Type': 'application/warc-fields' } }, payload: new TextEncoder().encode('via: x\r\n') },
      { opts: { url: `${url}#r`, type: 'resource', date: DATE, warcHeaders: { 'Content-Type': 'text/html' } }, payload: page.source },
      response(url, page.source, HTML),
    ];
    const reading = parseWarc(streamOf(concat(await recordBytes(specs, true))));
    const seen: number[] = [];
    const results: WarcArticleResult[] = [];
    for await (const result of reading) {
      results.push(result);
      seen.push(reading.counts.records); // live counts
    }
    expect(results).toHaveLength(2);
    for (const result of results) expect(articleOf(result)).toEqual(page.expected);
    expect(seen).toEqual([3, 8]);
    expect(reading.counts).toEqual({ records: 8, pages: 2, failed: 0, skipped: { request: 1, revisit: 1, notHtml: 1, other: 3 } });
  });
});

describe('failures', () => {
  const pages = URL_FIXTURES.slice(0, 5);
  const specs = pages.map((f) => response(f.options.url as string, f.source, HTML));

  it('reports a gzip member cut at the end and keeps every earlier result', async () => {
    const records = await recordBytes(specs, true);
    const last = records[records.length - 1]!;
    for (const cut of [last.length - 12, Math.floor(last.length / 2), 40]) {
      const bytes = concat([...records.slice(0, -1), last.subarray(0, cut)]);
      const reading = parseWarc(streamOf(bytes));
      const results = await collect(reading);
      expect(results).toHaveLength(pages.length);
      for (const [i, fixture] of pages.slice(0, -1).entries()) expect(articleOf(results[i])).toEqual(fixture.expected);
      const cutResult = results[pages.length - 1]!;
      expect('error' in cutResult && cutResult.error.code).toBe('warc-truncated');
      // Known when the cut record's headers came out of the inflater: never a wrong one.
      expect(['', pages[pages.length - 1]!.options.url]).toContain(cutResult.url);
      expect(reading.counts).toMatchObject({ records: pages.length, pages: pages.length - 1, failed: 1 });
      expect(sum(reading.counts)).toBe(reading.counts.records);
    }
  });

  it('reports an uncompressed archive cut inside a record', async () => {
    const records = await recordBytes(specs, false);
    const last = records[records.length - 1]!;
    const results = await collect(readWarcPages(streamOf(concat([...records.slice(0, -1), last.subarray(0, last.length - 500)]))));
    expect(results.map((r) => ('error' in r ? r.error.code : 'page'))).toEqual([...pages.slice(1).map(() => 'page'), 'warc-truncated']);
    expect(results[results.length - 1]?.url).toBe(pages[pages.length - 1]!.options.url);
  });

  it('reports a record over maxInputBytes with input-too-large and reads the next one', async () => {
    const big = new TextEncoder().encode(`<html><body>${'<p>긴 문단이다. </p>'.repeat(200_000)}</body></html>`);
    const max = 1_000_000;
    expect(big.length).toBeGreaterThan(3 * max);
    const page = pages[0]!;
    const mixed = [specs[0]!, response('http://a.kr/big', big, HTML), response('http://a.kr/big-gzip', gzipSync(big), { ...HTML, 'Content-Encoding': 'gzip' }), specs[1]!];
    const reading = parseWarc(streamOf(concat(await recordBytes(mixed, true)), 65536), { maxInputBytes: max });
    const results = await collect(reading);
    expect(results.map((r) => ('error' in r ? r.error.code : r.url))).toEqual([page.options.url, 'input-too-large', 'input-too-large', pages[1]!.options.url]);
    expect(results[1]?.url).toBe('http://a.kr/big');
    expect(articleOf(results[3])).toEqual(pages[1]!.expected);
    expect(reading.counts).toMatchObject({ records: 4, pages: 2, failed: 2 });
  });

  it('reports a malformed record and goes on', async () => {
    const good = await recordBytes(specs.slice(0, 1), false);
    const bad = new TextEncoder().encode('WARC/1.0\r\nWARC-Record-ID: <urn:uuid:bad>\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n');
    const reading = readWarcPages(streamOf(concat([bad, ...good])));
    const results = await collect(reading);
    expect(results.map((r) => ('error' in r ? r.error.code : 'page'))).toEqual(['warc-malformed', 'page']);
    expect(results[0]?.warcRecordId).toBe('<urn:uuid:bad>');
  });

  it('reports a source that fails, with the results before it', async () => {
    const records = await recordBytes(specs.slice(0, 2), true);
    async function* failing() {
      yield records[0]!;
      throw new Error('EIO: i/o error');
    }
    const reading = readWarcPages(failing());
    const results = await collect(reading);
    expect(results.map((r) => ('error' in r ? r.error.code : 'page'))).toEqual(['page', 'warc-unreadable']);
    expect(sum(reading.counts)).toBe(reading.counts.records);
  });

  it('throws SinmunError only for bad arguments', () => {
    for (const source of [null, 'crawl.warc.gz', new Uint8Array(4), 42, {}]) {
      expect(() => parseWarc(source as never)).toThrow(SinmunError);
      expect(() => readWarcPages(source as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
    const stream = streamOf(new Uint8Array());
    expect(() => readWarcPages(stream, { maxInputBytes: -1 })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => parseWarc(stream, { referenceDate: 'yesterday' })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it('reads an empty source as no records', async () => {
    const reading = parseWarc(streamOf(new Uint8Array()));
    expect(await collect(reading)).toEqual([]);
    expect(reading.counts.records).toBe(0);
  });
});
