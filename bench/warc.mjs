#!/usr/bin/env node
// node bench/warc.mjs [--size MB] [--json]: writes a gzipped WARC of about MB megabytes (default
// 1024) into a temp folder, from the fixture pages repeated under distinct URLs (warcio's
// serializer, one gzip member per record, streamed to disk), then reads it with parseWarc
// (dist/warc.js: npm run build first), sampling the resident set size every 100 ms. Prints
// pages/s and the peak RSS beside the RSS after the first 1,000 pages: flat memory means the
// peak does not grow with the file.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const targetMb = sizeAt >= 0 ? Number(args[sizeAt + 1]) : 1024;
const json = args.includes('--json');
if (!(targetMb > 0)) throw new Error('--size MB must be a positive number');
const { parseWarc } = await import(join(root, 'dist/warc.js'));

function fixturePages() {
  const out = [];
  for (const family of readdirSync(join(root, 'fixtures')).sort()) {
    const dir = join(root, 'fixtures', family);
    if (!statSync(dir).isDirectory()) continue;
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'source.html');
      try {
        out.push({ slug: `${family}/${slug}`, bytes: new Uint8Array(readFileSync(file)) });
      } catch {
        // a text fixture: no source.html
      }
    }
  }
  return out;
}

/** Writes the WARC; returns its size in bytes and the number of records. */
async function writeWarc(path, targetBytes) {
  const pages = fixturePages();
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  const write = async (bytes) => {
    written += bytes.length;
    if (!out.write(bytes)) await once(out, 'drain');
  };
  // Each page serialized once by warcio; per copy only the URL and record id change, gzipped by zlib.
  const templates = await Promise.all(
    pages.map(async (page) => {
      const record = WARCRecord.create(
        { url: `https://bench.example.kr/${page.slug}/UUUUUUUUUUUU`, type: 'response', date: '2024-05-01T03:04:05Z', httpHeaders: { 'Content-Type': 'text/html', Server: 'bench' }, warcHeaders: { 'WARC-Record-ID': '<urn:uuid:00000000-0000-4000-8000-IIIIIIIIIIII>' } },
        [page.bytes],
      );
      return Buffer.from(await WARCSerializer.serialize(record, { gzip: false }));
    }),
  );
  for (let copy = 0; written < targetBytes; copy++) {
    const tag = String(copy).padStart(12, '0');
    for (const template of templates) {
      // Same length as the placeholders (URL and record id): Content-Length stays right.
      const text = template.toString('latin1').replace('UUUUUUUUUUUU', tag).replace('IIIIIIIIIIII', tag);
      await write(gzipSync(Buffer.from(text, 'latin1'), { level: 1 }));
      records++;
      if (written >= targetBytes) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return { bytes: written, records };
}

const dir = mkdtempSync(join(tmpdir(), 'sinmun-warc-bench-'));
try {
  const file = join(dir, 'bench.warc.gz');
  const writeStart = performance.now();
  const { bytes, records } = await writeWarc(file, targetMb * 1024 * 1024);
  const writeSeconds = (performance.now() - writeStart) / 1000;

  let peak = 0;
  let rssAt1000;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 100);
  const start = performance.now();
  const results = parseWarc(createReadStream(file, { highWaterMark: 1024 * 1024 }));
  let seen = 0;
  for await (const result of results) {
    if (++seen === 1000) rssAt1000 = process.memoryUsage().rss;
    if ('error' in result) throw new Error(`${result.url}: ${result.error.message}`);
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  sample();
  const mb = (n) => n / 1048576;
  const summary = {
    fileMb: mb(bytes),
    records,
    pages: results.counts.pages,
    seconds,
    pagesPerSecond: results.counts.pages / seconds,
    mbPerSecond: mb(bytes) / seconds,
    writeSeconds,
    rssAt1000Mb: rssAt1000 === undefined ? undefined : mb(rssAt1000),
    peakRssMb: mb(peak),
    endRssMb: mb(process.memoryUsage().rss),
  };
  if (json) console.log(JSON.stringify(summary));
  else {
    const f = (x, d = 0) => (x === undefined ? 'n/a' : x.toFixed(d));
    console.log(
      `parseWarc over a ${f(summary.fileMb)} MB gzipped WARC (${summary.records} records, written in ${f(writeSeconds, 1)} s): ${summary.pages} pages in ${f(seconds, 1)} s, ${f(summary.pagesPerSecond)} pages/s (${f(summary.mbPerSecond, 1)} MB/s of archive); RSS after 1,000 pages ${f(summary.rssAt1000Mb)} MB, peak ${f(summary.peakRssMb)} MB, at the end ${f(summary.endRssMb)} MB.`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
