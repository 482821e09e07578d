/**
 * The CLI over real crawl folders (issue 17, item 5; docs/reliability.md): each situation is made for
 * real in a temp folder (symbolic links, FIFOs, sockets, devices, unreadable folders, files that vanish,
 * endless input, a closed or full stdout, workers that die, SIGINT) and the built command is run on it.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { SpawnOptions, SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let CLI = join(ROOT, 'dist', 'cli.js');

const HAS_MKFIFO = spawnSync('mkfifo', ['--version'], { stdio: 'ignore' }).error === undefined;
const IS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

beforeAll(() => {
  // A private copy of the command built for this run (test/helpers/build.ts): a build started
  // elsewhere while these tests run (tsup cleans dist/) cannot pull it away mid-test.
  const dir = mkdtempSync(join(tmpdir(), 'sinmun-cli-'));
  chmodSync(dir, 0o755);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const copy = join(dir, 'cli.mjs');
  // Copied again until it runs, in case it was caught half written.
  for (let tries = 0; ; tries++) {
    try {
      copyFileSync(join(ROOT, 'dist', 'cli.js'), copy);
      if (spawnSync(process.execPath, [copy, '--version']).status === 0) break;
    } catch (error) {
      if (tries >= 20) throw error;
    }
    if (tries >= 20) throw new Error('dist/cli.js does not run: npm run build');
    spawnSync('sleep', ['0.5']);
  }
  CLI = copy;
});

const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
});

interface Result {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: SpawnSyncOptions & { nodeArgs?: string[] } = {}): Result {
  const { nodeArgs = [], ...rest } = options;
  const result = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { encoding: 'utf8', timeout: 10_000, ...rest });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** Starts the command; `done` resolves when it exits. */
function start(args: string[], options: SpawnOptions = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const done = new Promise<Result>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
  return { child, done, stdout: () => stdout };
}

function page(word: string): string {
  return `<html><head><title>${word} 제목</title></head><body><article><p>${word} 본문의 첫 문장이다. 시청은 3일 새 도서관을 열었다고 밝혔다.</p><p>두 번째 문단이다. 도서관은 매일 문을 연다.</p></article></body></html>`;
}

/** A temp folder (readable by all, for the run as another user) with a page per name: `sub/x.html` makes `sub`. */
function crawl(names: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'sinmun-crawl-'));
  chmodSync(dir, 0o755);
  for (const name of names) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, page(name.replace(/^.*\/|\.html$/g, '')));
  }
  return dir;
}

function titles(stdout: string): string[] {
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
  return stdout === '' ? [] : stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line).title as string);
}

function lines(stderr: string): string[] {
  return stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
}

describe('sinmun CLI over real crawl folders', () => {
  it('skips a broken symbolic link, names it once on stderr, prints every good page and exits 2', () => {
    const dir = crawl(['a.html', 'c.html']);
    symlinkSync(join(dir, 'gone.html'), join(dir, 'b.html'));
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = run(['--jobs', jobs, dir]);
      expect(titles(stdout)).toEqual(['a 제목', 'c 제목']);
      expect(lines(stderr)).toEqual([`sinmun: ${dir}/b.html: broken symbolic link`]);
      expect(status).toBe(2);
    }
  });

  it('does not follow a symbolic link back to an ancestor folder, nor a link to itself, and still follows good links', () => {
    const dir = crawl(['a.html', 'sub/d.html']);
    symlinkSync('a.html', join(dir, 'alias.html')); // a good link to a page: read
    symlinkSync('self.html', join(dir, 'self.html')); // ELOOP
    symlinkSync('..', join(dir, 'sub', 'up')); // back to the top
    mkdirSync(join(dir, 'sub', 'deeper'));
    symlinkSync(dir, join(dir, 'sub', 'deeper', 'top')); // an absolute link to the top
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = run(['--jobs', jobs, dir]);
      expect(titles(stdout)).toEqual(['a 제목', 'a 제목', 'd 제목']);
      expect(lines(stderr)).toEqual([
        `sinmun: ${dir}/self.html: symbolic link loop`,
        `sinmun: ${dir}/sub/deeper/top: symbolic link loop`,
        `sinmun: ${dir}/sub/up: symbolic link loop`,
      ]);
      expect(status).toBe(2);
    }
  });

  it.skipIf(!HAS_MKFIFO)('skips a FIFO in a folder without opening it (no hang), and reads one named on the command line as a stream', async () => {
    const dir = crawl(['a.html', 'c.html']);
    const fifo = join(dir, 'b.html');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const jobs of ['1', '2']) {
      const started = Date.now();
      const { status, stdout, stderr } = run(['--jobs', jobs, dir]);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(titles(stdout)).toEqual(['a 제목', 'c 제목']);
      expect(lines(stderr)).toEqual([`sinmun: ${fifo}: not a regular file (FIFO)`]);
      expect(status).toBe(2);
    }
    const named = start([fifo]);
    await open(fifo, 'w').then(async (handle) => {
      await handle.write(page('파이프'));
      await handle.close();
    });
    const { status, stdout, stderr } = await named.done;
    expect(titles(stdout)).toEqual(['파이프 제목']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('skips a socket and a device (through a link) in a folder, and a socket named on the command line', async () => {
    const dir = crawl(['a.html', 'z.html']);
    const socket = join(dir, 'm.html');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    symlinkSync('/dev/zero', join(dir, 'n.html')); // a link to a character device
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = run(['--jobs', jobs, dir]);
      expect(titles(stdout)).toEqual(['a 제목', 'z 제목']);
      expect(lines(stderr)).toEqual([`sinmun: ${socket}: not a regular file (socket)`, `sinmun: ${dir}/n.html: not a regular file (character device)`]);
      expect(status).toBe(2);
    }
    const named = run([socket, join(dir, 'a.html')]);
    expect(titles(named.stdout)).toEqual(['a 제목']);
    expect(lines(named.stderr)).toEqual([`sinmun: ${socket}: not a regular file (socket)`]);
    expect(named.status).toBe(2);
  });

  it('names an unreadable folder and an unreadable file (permission denied), goes on, and exits 2', (context) => {
    const dir = crawl(['a.html', 'locked/x.html', 'secret.html', 'z.html']);
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'secret.html'), 0o000);
    try {
      // Root reads anything: as root, the command runs as `nobody`, for whom the modes hold.
      const as: SpawnSyncOptions = IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
      // Cannot switch user here, or `nobody` cannot reach the built command (a checkout in a private folder).
      if (IS_ROOT && run(['--version'], as).status !== 0) {
        console.warn('SKIPPED: the permission-denied case needs a user without root rights who can run the built CLI');
        context.skip();
      }
      for (const jobs of ['1', '2']) {
        const { status, stdout, stderr } = run(['--jobs', jobs, dir], as);
        expect(titles(stdout)).toEqual(['a 제목', 'z 제목']);
        expect(lines(stderr)).toEqual([`sinmun: ${dir}/locked: permission denied`, `sinmun: ${dir}/secret.html: permission denied`]);
        expect(status).toBe(2);
      }
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
      chmodSync(join(dir, 'secret.html'), 0o644);
    }
  });

  it.skipIf(!HAS_MKFIFO)('names a file and a folder that vanish after the walk listed them, and prints the rest', async () => {
    const dir = crawl(['a.html', 'b.html', 'c.html', 'sub/d.html', 'sub/e.html']);
    const gate = join(mkdtempSync(join(tmpdir(), 'sinmun-gate-')), 'gate');
    expect(spawnSync('mkfifo', [gate]).status).toBe(0);
    // The FIFO named first is read first; the command opens it only after it listed the folder.
    const running = start([gate, dir]);
    // Opening for writing waits for the reader; a command that died first fails the test, not hangs it.
    const opened = open(gate, 'w');
    const first = await Promise.race([opened, running.done]);
    if ('status' in first) {
      await (await open(gate, 'r')).close(); // lets the pending open finish
      await (await opened).close();
      throw new Error(`the command ended before reading the FIFO: ${first.stderr}`);
    }
    const handle = first;
    unlinkSync(join(dir, 'b.html'));
    rmSync(join(dir, 'sub'), { recursive: true });
    await handle.write(page('관문'));
    await handle.close();
    const { status, stdout, stderr } = await running.done;
    expect(titles(stdout)).toEqual(['관문 제목', 'a 제목', 'c 제목']);
    expect(lines(stderr)).toEqual([`sinmun: ${dir}/b.html: no such file`, `sinmun: ${dir}/sub/d.html: no such file`, `sinmun: ${dir}/sub/e.html: no such file`]);
    expect(status).toBe(2);
  });

  it('enforces --max-bytes while reading: /dev/zero, endless standard input and a pipe that stays open end at once', async () => {
    const limit = 'The input is over the limit of 1000 bytes (option maxInputBytes); reading stopped there.';
    const started = Date.now();
    const device = run(['--max-bytes', '1000', '/dev/zero']);
    expect(device).toMatchObject({ status: 2, stdout: '', stderr: `sinmun: /dev/zero: ${limit}\n` });
    const zero = openSync('/dev/zero', 'r');
    try {
      const stdin = run(['--max-bytes', '1000', '-'], { stdio: [zero, 'pipe', 'pipe'] });
      expect(stdin).toMatchObject({ status: 2, stdout: '', stderr: `sinmun: standard input: ${limit}\n` });
    } finally {
      closeSync(zero);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
    // A writer that never closes its end: the command stops at the limit instead of waiting for the end.
    const endless = start(['--max-bytes', '1000', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    endless.child.stdin?.on('error', () => undefined); // it may be gone before the write lands
    endless.child.stdin?.write(Buffer.alloc(4000, 0x20));
    const piped = await endless.done;
    endless.child.stdin?.destroy();
    expect(piped).toMatchObject({ status: 2, stdout: '', stderr: `sinmun: standard input: ${limit}\n` });
  });

  it('ends quietly with exit code 141 when the reader of stdout goes away (sinmun DIR | head -1)', () => {
    const dir = crawl(Array.from({ length: 300 }, (_, i) => `p${String(i).padStart(3, '0')}.html`));
    for (const jobs of ['1', '2']) {
      const result = spawnSync('sh', ['-c', '{ "$0" "$@"; echo "status $?" >&2; } | head -n 1', process.execPath, CLI, '--jobs', jobs, dir], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(titles(result.stdout)).toEqual(['p000 제목']);
      expect(result.stderr).toBe('status 141\n');
    }
  });

  it.skipIf(!existsSync('/dev/full'))('prints one line and exits 2 when stdout is full (ENOSPC)', () => {
    const dir = crawl(['a.html', 'b.html', 'c.html']);
    for (const jobs of ['1', '2']) {
      const full = openSync('/dev/full', 'w');
      try {
        const { status, stderr } = run(['--jobs', jobs, dir], { stdio: ['ignore', full, 'pipe'] });
        expect(stderr).toBe('sinmun: cannot write output: ENOSPC\n');
        expect(status).toBe(2);
      } finally {
        closeSync(full);
      }
    }
  });

  it.each([
    ['exit', 'exit code 1'],
    ['throw', 'uncaught Error: test crash on PATH'],
    ['oom', 'out of memory'],
  ])('reports a worker that dies on a page (%s), retries it once in a fresh worker, prints every other page in order, and exits 2', (how, reason) => {
    const dir = crawl(['a-crash.html', 'b.html', 'c.html', 'd.html', 'e.html', 'f.html']);
    const path = join(dir, 'a-crash.html');
    const { status, stdout, stderr } = run(['--jobs', '2', dir], {
      env: { ...process.env, SINMUN_TEST_CRASH_ON: 'a-crash', SINMUN_TEST_CRASH_HOW: how },
      // A small heap (workers take the same limit), so a page that eats memory exhausts it at once.
      nodeArgs: how === 'oom' ? ['--max-old-space-size=64'] : [],
    });
    expect(titles(stdout)).toEqual(['b 제목', 'c 제목', 'd 제목', 'e 제목', 'f 제목']);
    const said = reason.replace('PATH', path);
    expect(lines(stderr)).toEqual([`sinmun: ${path}: worker died (${said}); retrying in a fresh worker`, `sinmun: ${path}: worker died (${said}); skipped`]);
    expect(status).toBe(2);
  });

  it('prints the page when its retry in a fresh worker succeeds, and still exits 2', () => {
    const dir = crawl(['a-crash.html', 'b.html', 'c.html', 'd.html', 'e.html', 'f.html']);
    const { status, stdout, stderr } = run(['--jobs', '3', dir], {
      env: { ...process.env, SINMUN_TEST_CRASH_ON: 'a-crash', SINMUN_TEST_CRASH_ONCE: '1' },
    });
    expect(titles(stdout)).toEqual(['a-crash 제목', 'b 제목', 'c 제목', 'd 제목', 'e 제목', 'f 제목']);
    expect(lines(stderr)).toEqual([`sinmun: ${join(dir, 'a-crash.html')}: worker died (exit code 1); retrying in a fresh worker`]);
    expect(status).toBe(2);
  });

  it('SIGINT during --jobs stops the workers, leaves only whole lines on stdout and exits 130', async () => {
    // b-hang.html is the second page, so the worker holds it; the first page is printed, the rest wait behind it.
    const dir = crawl(['a.html', 'b-hang.html', 'c.html', 'd.html', 'e.html']);
    const running = start(['--jobs', '2', dir], {
      env: { ...process.env, SINMUN_TEST_CRASH_ON: 'b-hang', SINMUN_TEST_CRASH_HOW: 'hang' },
    });
    while (!running.stdout().includes('\n') && running.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    const interrupted = Date.now();
    running.child.kill('SIGINT');
    const { status, stdout, stderr } = await running.done;
    expect(Date.now() - interrupted).toBeLessThan(3_000);
    expect(titles(stdout)).toEqual(['a 제목']);
    expect(stderr).toBe('');
    expect(status).toBe(130);
  });
});
