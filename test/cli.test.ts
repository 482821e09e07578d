import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
const SEED_HTML = join(import.meta.dirname, '..', 'fixtures', 'seed', 'gnuboard', 'source.html');
const SEED_TEXT = join(import.meta.dirname, '..', 'fixtures', 'seed', 'text', 'source.txt');

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sinmun CLI', () => {
  it('prints one JSON object for one file', () => {
    const { status, stdout } = run([SEED_HTML]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).title).toBe('인공지능(AI) 관련 빅테크 업계의 속도 경쟁, 한국은 밀려나다');
  });

  it('indents with --pretty', () => {
    const { stdout } = run(['--pretty', SEED_HTML]);
    expect(stdout.startsWith('{\n  "title"')).toBe(true);
  });

  it('prints JSON Lines for several files, in order', () => {
    const { status, stdout } = run(['--text', SEED_TEXT, SEED_TEXT]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).source.family)).toEqual(['text', 'text']);
  });

  it('reads standard input with -', () => {
    const { status, stdout } = run(['-'], '<html><head><title>표준 입력 제목</title></head><body><p>본문이다.</p></body></html>');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).title).toBe('표준 입력 제목');
  });

  it('treats the input as plain text with --text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-'));
    const file = join(dir, 'page.txt');
    writeFileSync(file, '제목 한 줄\n본문 첫 문단이다.\n');
    expect(JSON.parse(run(['--text', file]).stdout).paragraphs).toEqual([{ text: '본문 첫 문단이다.', kind: 'paragraph' }]);
  });

  it('fails with one line and exit code 2 for an unreadable file', () => {
    const { status, stderr } = run(['/no/such/file.html']);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe('sinmun: /no/such/file.html: no such file\n');
  });

  it('goes on after a failed file and still exits 2', () => {
    const { status, stdout } = run(['/no/such/file.html', SEED_HTML]);
    expect(status).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('fails with one line and exit code 2 for a bad option', () => {
    for (const args of [['--frobnicate', SEED_HTML], ['--max-bytes', 'lots', SEED_HTML], []]) {
      const { status, stderr } = run(args);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.startsWith('sinmun: ')).toBe(true);
    }
  });

  it('says in its own short words which option is wrong', () => {
    const cases: [string[], string][] = [
      [['--bogus', SEED_HTML], 'sinmun: unknown option --bogus (see sinmun --help)'],
      [['-q', SEED_HTML], 'sinmun: unknown option -q (see sinmun --help)'],
      [['--url'], 'sinmun: option --url needs a value (see sinmun --help)'],
      [['--text=yes', SEED_HTML], 'sinmun: option --text takes no value (see sinmun --help)'],
    ];
    for (const [args, line] of cases) {
      const { status, stdout, stderr } = run(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`${line}\n`);
    }
  });

  it('refuses --pretty with several pages, saying why, before reading any', () => {
    const { status, stdout, stderr } = run(['--pretty', '--text', SEED_TEXT, SEED_TEXT]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sinmun: --pretty indents one Article; these inputs give 2 pages, printed as JSON Lines/);
  });

  it('names an empty file on stderr as empty, prints its empty Article and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-empty-'));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const { status, stdout, stderr } = run([empty, SEED_HTML]);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].source.warnings.map((w: { code: string }) => w.code)).toEqual(['empty-input']);
    expect(stderr).toBe(`sinmun: ${empty}: empty file (0 bytes)\n`);
  });

  it('prints Markdown, safe HTML or the body text with --format, as the library functions give them', async () => {
    // The built entry (what the command uses); a path in a variable, so type checking needs no dist/.
    const built = join(import.meta.dirname, '..', 'dist', 'index.js');
    const { parseArticle, toHtml, toMarkdown } = (await import(built)) as typeof import('../src/index.js');
    const article = parseArticle(readFileSync(SEED_HTML));
    expect(run(['--format', 'markdown', SEED_HTML]).stdout).toBe(toMarkdown(article, { title: true }));
    expect(run(['--format', 'html', SEED_HTML]).stdout).toBe(toHtml(article));
    expect(run(['--format', 'text', SEED_HTML]).stdout).toBe(`${article.body}\n`);
    expect(run(['--format', 'json', SEED_HTML]).stdout).toBe(`${JSON.stringify(article)}\n`);
    const bad = run(['--format', 'yaml', SEED_HTML]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('sinmun: --format must be one of json, markdown, html, text, got "yaml"\n');
    const several = run(['--format', 'markdown', SEED_HTML, SEED_HTML]);
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/^sinmun: --format markdown prints one page; these inputs give 2 pages/);
  });

  it('reports an input over --max-bytes', () => {
    const { status, stderr } = run(['--max-bytes', '100', SEED_HTML]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/over the limit of 100 bytes/);
  });

  it('reads a folder on worker threads and keeps input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-dir-'));
    const pages = ['가', '나', '다', '라', '마'].map((word, i) => {
      const path = join(dir, `p${i}.html`);
      writeFileSync(path, `<html><head><title>${word} 제목</title></head><body><p>${word} 본문 문장이다.</p></body></html>`);
      return word;
    });
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const { status, stdout } = run(['--jobs', '2', dir]);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).title)).toEqual(pages.map((word) => `${word} 제목`));
  });

  it('reports a failed page with its path, goes on, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-big-'));
    writeFileSync(join(dir, 'a.html'), '<p>짧은 본문이다.</p>');
    writeFileSync(join(dir, 'b.html'), `<p>${'긴 본문이다. '.repeat(100)}</p>`);
    const { status, stdout, stderr } = run(['--jobs', '2', '--max-bytes', '500', dir]);
    expect(status).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/b\.html: The input is \d+ bytes, over the limit of 500 bytes/);
  });

  it('names a file that is not a page on stderr, prints its empty Article, goes on, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-mixed-'));
    writeFileSync(join(dir, 'a.html'), '<html><head><title>가 제목</title></head><body><p>가 본문 문장이다.</p></body></html>');
    // A PNG saved with an .html name, as crawlers do when a URL answers with an image.
    writeFileSync(join(dir, 'b.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'c.html'), '{"title":"API 응답","items":[]}');
    const { status, stdout, stderr } = run([dir]);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((a) => a.title)).toEqual(['가 제목', '', '']);
    expect(stderr).toMatch(/b\.html: The input is not an HTML page: it looks like PNG image/);
    expect(stderr).toMatch(/c\.html: The input is not an HTML page: it looks like JSON/);
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('takes site rules of our own from a JSON file with --rules, and names a bad field before reading any page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinmun-rules-'));
    const page = join(dir, 'p.html');
    writeFileSync(page, '<html><head><title>주간한빛</title></head><body><div class="box">상자 글이다. 이 글은 기사가 아니다. 광고 문구로 채운 상자다.</div><div class="v_txt">한빛읍이 장터에 지붕을 씌운다고 6일 밝혔다. 공사는 9월에 끝난다.</div></body></html>');
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ name: 'hanbit', detect: { markers: ['div.v_txt'] }, body: ['div.v_txt'], publisher: '주간한빛' }));
    const good = run(['--rules', rules, page]);
    expect(good.status).toBe(0);
    const article = JSON.parse(good.stdout);
    expect(article.source.family).toBe('hanbit');
    expect(article.body).toBe('한빛읍이 장터에 지붕을 씌운다고 6일 밝혔다. 공사는 9월에 끝난다.');
    writeFileSync(rules, JSON.stringify([{ name: 'hanbit', detect: { markers: ['div.v_txt'] }, body: 'div.v_txt' }]));
    const bad = run(['--rules', rules, page]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toMatch(/^sinmun: --rules .*rules\.json: Option "siteRules": siteRules\[0\]\.body must be an array of CSS selectors, got string\.$/);
    writeFileSync(rules, '{ not json');
    expect(run(['--rules', rules, page]).stderr).toMatch(/^sinmun: --rules .*: .*JSON/);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: sinmun/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
