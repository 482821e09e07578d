/**
 * The core runs anywhere: src/index.ts bundled by esbuild for the browser (everything bundled,
 * nothing external) must build, carry no Node built-in, and parse Korean pages in a bare
 * JavaScript realm (node:vm) whose only host globals are TextEncoder, TextDecoder and URL.
 */
import vm from 'node:vm';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { listFixtures, loadFixture } from '../src/fixtures/index.js';
import { encodeCp949 } from './helpers/cp949.js';

const ENTRY = join(import.meta.dirname, '..', 'src', 'index.ts');

const PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>정부, 새 정책 발표 - 예시일보</title>
<meta property="article:published_time" content="2023-08-03T10:12:00+09:00"></head>
<body><h1>정부, 새 정책 발표</h1><article class="article_body">
<p>(서울=연합뉴스) 홍길동 기자 = 정부가 3일 새 정책을 발표했다.</p>
<p>업계는 지난달 말부터 이 정책을 기다려 왔다고 밝혔다.</p>
<p>&lt;저작권자 ⓒ 예시일보, 무단전재 및 재배포 금지&gt;</p></article></body></html>`;

let code = '';
let warnings: string[] = [];

beforeAll(async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName: 'sinmun',
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
  warnings = result.warnings.map((w) => w.text);
}, 60_000);

/** A realm with nothing but the language and three host globals; the bundle loaded in it. */
function browserLike(): vm.Context & { sinmun: typeof import('../src/index.js') } {
  const context = vm.createContext({ TextEncoder, TextDecoder, URL });
  vm.runInContext(code, context, { filename: 'sinmun.browser.js' });
  return context as vm.Context & { sinmun: typeof import('../src/index.js') };
}

describe('the browser bundle', () => {
  it('builds with nothing external and without warnings', () => {
    expect(code.length).toBeGreaterThan(10_000);
    expect(warnings).toEqual([]);
  });

  it('imports no Node built-in and touches no process or Buffer', () => {
    expect(code).not.toMatch(/require\(\s*["'](?:node:)?(?:fs|path|url|os|buffer|crypto|stream|util|worker_threads|child_process)["']/);
    expect(code).not.toMatch(/require\(\s*["']node:/);
    expect(code).not.toMatch(/from\s*["']node:/);
    // Calls, not words in comments ("the token to process."); `globalThis.Buffer` feature tests are fine.
    expect(code).not.toMatch(/(?<![\w$.])process\.\w/);
    expect(code).not.toMatch(/(?<![\w$.])Buffer\.\w/);
  });

  it('parses a Korean page in a realm with only TextEncoder, TextDecoder and URL', () => {
    const context = browserLike();
    expect(Object.keys(context).sort()).toEqual(['TextDecoder', 'TextEncoder', 'URL', 'sinmun']);
    const article = JSON.parse(vm.runInContext(`JSON.stringify(sinmun.parseArticle(${JSON.stringify(PAGE)}, { url: 'https://news.example.com/a/1' }))`, context)) as ReturnType<typeof parseArticle>;
    expect(article.title).toBe('정부, 새 정책 발표');
    expect(article.publishedAt).toBe('2023-08-03T10:12:00+09:00');
    expect(article.authors).toEqual([{ name: '홍길동', role: '기자' }]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['정부가 3일 새 정책을 발표했다.', '업계는 지난달 말부터 이 정책을 기다려 왔다고 밝혔다.']);
    expect(article.events[0]?.date.start).toBe('2023-08-03');
    // The same Article as under Node.
    expect(article).toEqual(JSON.parse(JSON.stringify(parseArticle(PAGE, { url: 'https://news.example.com/a/1' }))));
  });

  it('decodes CP949 bytes in that realm (the euc-kr tables are in the bundle)', () => {
    const context = browserLike();
    const bytes = encodeCp949(PAGE.replace('utf-8', 'euc-kr').replace('정부가 3일', '똠방각하 뷁 정부가 3일'));
    // The bytes are made inside the realm, as a browser's fetch would give them.
    context.input = Array.from(bytes);
    const article = JSON.parse(vm.runInContext('JSON.stringify(sinmun.parseArticle(Uint8Array.from(input)))', context)) as ReturnType<typeof parseArticle>;
    expect(article.source.encoding).toBe('euc-kr');
    expect(article.body).toContain('똠방각하 뷁 정부가 3일');
    expect(article.source.warnings.map((w) => w.code)).not.toContain('decode-errors');
  });

  it('gives the same Articles as Node for every fixture', () => {
    const context = browserLike();
    for (const name of listFixtures()) {
      const fixture = loadFixture(name);
      if (fixture.mode === 'text') continue;
      context.input = Array.from(fixture.source);
      context.options = fixture.options;
      const inRealm = JSON.parse(vm.runInContext('JSON.stringify(sinmun.parseArticle(Uint8Array.from(input), options))', context)) as unknown;
      expect(inRealm, name).toEqual(JSON.parse(JSON.stringify(parseArticle(fixture.source, fixture.options))));
    }
  });
});
