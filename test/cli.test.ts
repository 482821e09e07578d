import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
    expect(stderr).toMatch(/^sinmun: .*\/no\/such\/file\.html.*ENOENT/);
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

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: sinmun/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
