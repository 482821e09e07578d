import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { listFixtures, readFixturePage } from '../../src/fixtures/index.js';
import { DATE, concat, recordBytes, response } from './helpers.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const HTML = { 'Content-Type': 'text/html', Server: 'test' };

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pages = listFixtures()
  .map(readFixturePage)
  .filter((f) => f.mode === 'html' && f.options.url !== undefined)
  .slice(0, 3);

describe('sinmun FILE.warc.gz', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinmun-warc-cli-'));

  it('prints one JSON line per page, and the counts on stderr', async () => {
    const specs = [
      { opts: { type: 'warcinfo' as const, filename: 'crawl.warc.gz', date: DATE } },
      ...pages.map((f) => response(f.options.url as string, f.source, HTML)),
      response('http://a.kr/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { 'Content-Type': 'image/png' }),
    ];
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, concat(await recordBytes(specs, true)));
    const { status, stdout, stderr } = run([file]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(pages.length);
    for (const [i, fixture] of pages.entries()) {
      expect(Object.keys(lines[i])).toEqual(['url', 'warcRecordId', 'fetchedAt', 'article']);
      expect(lines[i].url).toBe(fixture.options.url);
      expect(lines[i].fetchedAt).toBe('2024-05-01T03:04:05.000Z');
      expect(lines[i].article).toEqual(JSON.parse(JSON.stringify(parseArticle(fixture.source, { url: fixture.options.url, contentType: 'text/html' }))));
    }
    expect(stderr.trim().split('\n')).toEqual([`sinmun: ${file}: 5 records: 3 pages, 0 failed; skipped 0 requests, 0 revisits, 1 not HTML, 1 other`]);
  });

  it('names each failed record on stderr, prints the others, and exits with 2', async () => {
    const specs = pages.map((f) => response(f.options.url as string, f.source, HTML));
    const records = await recordBytes(specs, false);
    const last = records[records.length - 1] as Uint8Array;
    const file = join(dir, 'cut.warc');
    writeFileSync(file, concat([...records.slice(0, -1), last.subarray(0, last.length - 100)]));
    const { status, stdout, stderr } = run(['--max-bytes', String(pages[0]!.source.length - 1), file]);
    expect(status).toBe(2);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).url)).toEqual([pages[1]!.options.url]);
    const reports = stderr.trim().split('\n');
    expect(reports).toHaveLength(3);
    expect(reports[0]).toMatch(new RegExp(`^sinmun: ${file}: record <urn:uuid:[0-9a-f-]+> ${pages[0]!.options.url!.replace(/[?.]/g, '\\$&')}: .*\\(input-too-large\\)$`));
    expect(reports[1]).toContain(`${pages[2]!.options.url}: `);
    expect(reports[1]).toMatch(/\(warc-truncated\)$/);
    expect(reports[2]).toBe(`sinmun: ${file}: 3 records: 1 pages, 2 failed; skipped 0 requests, 0 revisits, 0 not HTML, 0 other`);
  });
});
