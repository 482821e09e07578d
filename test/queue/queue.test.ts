/**
 * Issue #18: many machines on BullMQ over Redis. Nothing lost, nothing twice: a folder of pages made
 * from the fixtures is enqueued, two worker processes (`node dist/cli.js worker`) parse it, one is
 * killed with SIGKILL while it holds jobs, or Redis is restarted mid-run; `collect` must print every
 * page exactly once, the same lines as one `sinmun DIR` run. Each scenario runs its own redis-server
 * (append-only file, so a restart keeps the queue). Without a redis-server binary the file is skipped
 * with a warning, except under CI, where it fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concat as concatBytes, recordBytes, response } from '../warc/helpers.js';
import { collectResults, enqueuePages, startWorker, clearQueue } from '../../src/queue/index.js';
import { findRedisServer, freePort, startRedisServer, stopRedisServer } from './redisServer.js';
import type { RedisServer } from './redisServer.js';

const CLI = join(process.cwd(), 'dist/cli.js');
const BINARY = findRedisServer();
if (BINARY === undefined && !process.env.CI) {
  console.warn('\n*** test/queue: NO redis-server FOUND: the queue tests are SKIPPED (install redis-server; under CI they fail) ***\n');
}
const describeRedis = BINARY === undefined && !process.env.CI ? describe.skip : describe;

/** Worker settings for a test: short locks, so a killed worker's job is taken up in about 3 s. */
const MAX_BYTES = 100_000;
const WORKER_ARGS = ['--concurrency', '2', '--lock-duration', '2000', '--stalled-interval', '1000', '--max-bytes', String(MAX_BYTES)];
const BIG_PAGE = 'zz-too-large.html';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Running {
  stderr: () => string;
  done: Promise<Run>;
}

/** Runs the built command; its stderr can be read while it runs. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): Running {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  // Decoded as a stream: a character split across two chunks stays whole.
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { stderr: () => stderr, done };
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return start(args, env).done;
}

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startWorkerProcess(url: string, name: string, queue: string): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue, '--name', name, ...WORKER_ARGS], {
    env: { ...process.env, SINMUN_TEST_JOB_DELAY_MS: '150' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exited };
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A folder of pages from the fixtures: each source.html, and an edited copy of every other one. */
function makePages(dir: string): void {
  const sources: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'source.html') sources.push(path);
    }
  };
  walk('fixtures');
  mkdirSync(join(dir, 'copies'), { recursive: true });
  sources.forEach((source, n) => {
    const name = relative('fixtures', source).replace(/\/source\.html$/, '').replaceAll('/', '-');
    copyFileSync(source, join(dir, `${name}.html`));
    if (n % 8 === 0) writeFileSync(join(dir, 'copies', `${name}-edited.html`), `${readFileSync(source, 'latin1')}\n<!-- copy ${n} -->\n`, 'latin1');
  });
  // Over the workers' --max-bytes: fails at once, with its reason.
  writeFileSync(join(dir, BIG_PAGE), `<html><body><p>${'가'.repeat(MAX_BYTES / 2)}</p></body></html>`);
}

/** The output's lines, each as its title and the start of its sha256: equal lines, short diffs. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${(JSON.parse(line) as { title?: string }).title ?? ''} ${createHash('sha256').update(line).digest('hex').slice(0, 16)}`);
}

describeRedis('the queue on a real redis-server', () => {
  let root: string;
  let pages: string;
  let direct: string[];
  let pageCount: number;
  const servers: RedisServer[] = [];
  const workers: WorkerProcess[] = [];

  async function newServer(): Promise<RedisServer> {
    if (BINARY === undefined) throw new Error('no redis-server binary found (CI needs one: .ci/run installs it)');
    const dir = mkdtempSync(join(root, 'redis-'));
    const server = await startRedisServer(BINARY, await freePort(), dir);
    servers.push(server);
    return server;
  }

  function worker(url: string, name: string, queue = 'sinmun'): WorkerProcess {
    const started = startWorkerProcess(url, name, queue);
    workers.push(started);
    return started;
  }

  async function counts(url: string, queue = 'sinmun'): Promise<Record<string, number>> {
    const bull = new Queue(queue, { connection: { url } });
    try {
      return await bull.getJobCounts('completed', 'failed', 'active', 'wait', 'delayed');
    } finally {
      await bull.close();
    }
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sinmun-queue-'));
    pages = join(root, 'pages');
    mkdirSync(pages);
    makePages(pages);
    const plain = await run(['--max-bytes', String(MAX_BYTES), pages]);
    direct = lines(plain.stdout);
    pageCount = direct.length + 1; // and the page over the limit
    expect(plain.stderr).toContain(BIG_PAGE);
  }, 30_000);

  afterAll(async () => {
    for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(servers.map((server) => stopRedisServer(server, 'SIGKILL')));
    rmSync(root, { recursive: true, force: true });
  });

  it('a worker killed mid-run: every page once, as one process prints them; enqueueing again adds nothing', async () => {
    expect(pageCount).toBeGreaterThanOrEqual(40);
    const server = await newServer();
    const enqueued = await run(['enqueue', '--redis', server.url, pages]);
    expect(enqueued.stderr).toBe(`sinmun: enqueue: ${pageCount} pages: ${pageCount} new, 0 already there\n`);
    expect(enqueued.code).toBe(0);

    const doomed = worker(server.url, 'doomed');
    const survivor = worker(server.url, 'survivor');
    const collected = run(['collect', '--redis', server.url]);
    const bull = new Queue('sinmun', { connection: { url: server.url } });
    try {
      // Some pages done, and the doomed worker in the middle of some.
      await until('the doomed worker to hold jobs after some are done', async () => {
        const { completed = 0 } = await bull.getJobCounts('completed');
        const active = await bull.getActive();
        return completed >= 8 && active.some((job) => job.processedBy === 'doomed');
      });
    } finally {
      await bull.close();
    }
    doomed.child.kill('SIGKILL');

    const result = await collected;
    expect(result.code).toBe(2);
    expect(lines(result.stdout)).toEqual(direct);
    expect(result.stderr).toContain(`collect: failed: ${join(pages, BIG_PAGE)}: The input is`);
    expect(result.stderr).toContain(`collect: ${direct.length} pages printed, 1 failed`);
    // The doomed worker's jobs came back through BullMQ's stalled-job check.
    expect(survivor.stderr()).toMatch(/stalled/);
    expect(await counts(server.url)).toMatchObject({ completed: direct.length, failed: 1, active: 0, wait: 0 });

    const again = await run(['enqueue', '--redis', server.url, pages]);
    expect(again.stderr).toBe(`sinmun: enqueue: ${pageCount} pages: 0 new, ${pageCount} already there\n`);
    const unreadable = await run(['enqueue', '--redis', server.url, join(root, 'nowhere.html')]);
    expect(unreadable).toMatchObject({ code: 2, stderr: `sinmun: ${join(root, 'nowhere.html')}: no such file\nsinmun: enqueue: 0 pages: 0 new, 0 already there; 1 could not be read\n` });
    const noWait = await run(['collect', '--redis', server.url, '--no-wait']);
    expect(lines(noWait.stdout)).toEqual(direct);

    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
  }, 45_000);

  it('Redis restarted mid-run: the workers reconnect and every page comes out once', async () => {
    const server = await newServer();
    const enqueued = await run(['enqueue', '--redis', server.url, '--queue', 'restart', pages]);
    expect(enqueued.code).toBe(0);
    const first = worker(server.url, 'one', 'restart');
    const second = worker(server.url, 'two', 'restart');
    await until('some pages done', async () => ((await counts(server.url, 'restart')).completed ?? 0) >= 8);
    const collecting = start(['collect', '--redis', server.url, '--queue', 'restart']);
    // Connected and waiting before Redis goes away (a command that cannot connect at its start exits 2).
    await until('collect to wait', async () => collecting.stderr().includes('collect: waiting for'));
    await stopRedisServer(server, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (BINARY === undefined) throw new Error('unreachable');
    const restarted = await startRedisServer(BINARY, server.port, server.dir);
    servers.push(restarted);

    const result = await collecting.done;
    expect(lines(result.stdout), result.stderr).toEqual(direct);
    expect(result.stderr).toContain(`collect: ${direct.length} pages printed, 1 failed`);
    expect(await counts(restarted.url, 'restart')).toMatchObject({ completed: direct.length, failed: 1, active: 0, wait: 0 });
    for (const { child } of [first, second]) child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await second.exited).toBe(0);
  }, 45_000);

  it('a WARC enqueued: collect prints what sinmun crawl.warc.gz prints, record for record', async () => {
    const server = await newServer();
    const sources = readdirSync(pages).filter((name) => name.endsWith('.html') && name !== BIG_PAGE).sort().slice(0, 6);
    const records = await recordBytes(
      sources.map((name, i) => response(`https://news.example/warc/${i}`, readFileSync(join(pages, name)), { 'Content-Type': 'text/html' })),
      true,
    );
    const warcFile = join(root, 'crawl.warc.gz');
    writeFileSync(warcFile, concatBytes(records));
    const plain = await run([warcFile]);
    expect(plain.code).toBe(0);
    const expected = lines(plain.stdout);
    expect(expected).toHaveLength(sources.length);
    expect((await run(['enqueue', '--redis', server.url, '--queue', 'warc', warcFile])).code).toBe(0);
    const one = worker(server.url, 'warc-one', 'warc');
    const result = await run(['collect', '--redis', server.url, '--queue', 'warc']);
    expect(lines(result.stdout), result.stderr).toEqual(expected);
    one.child.kill('SIGTERM');
    expect(await one.exited).toBe(0);
  }, 45_000);

  it('the library API: enqueue, a worker in this process, collect in order, clear', async () => {
    const url = process.env.SINMUN_TEST_REDIS_URL ?? (await newServer()).url;
    const queue = `api-${process.pid}`;
    const page = (name: string, text: string) => ({ name, url: `https://news.example.kr/${name}`, bytes: new TextEncoder().encode(`<html><body><h1>${text}</h1><p>${text} 본문입니다.</p></body></html>`) });
    const input = [page('b', '둘째'), page('a', '첫째'), page('big', 'x'.repeat(5000))];
    expect(await enqueuePages(url, input, { queue })).toEqual({ pages: 3, added: 3, existing: 0 });
    expect(await enqueuePages(url, input.slice(0, 1), { queue })).toEqual({ pages: 1, added: 0, existing: 1 });
    const worker = await startWorker(url, { queue, parse: { maxInputBytes: 2000 } });
    const collected = [];
    for await (const result of collectResults(url, { queue, pollMs: 50 })) collected.push(result);
    await worker.close();
    expect(collected.map((result) => [result.status, 'name' in result ? result.name : ''])).toEqual([
      ['completed', 'b'],
      ['completed', 'a'],
      ['failed', 'big'],
    ]);
    const [b] = collected;
    expect(b?.status === 'completed' && JSON.parse(b.json).title).toBe('둘째');
    await clearQueue(url, { queue });
    expect(await enqueuePages(url, [], { queue })).toEqual({ pages: 0, added: 0, existing: 0 });
    const after = [];
    for await (const result of collectResults(url, { queue, wait: false })) after.push(result);
    expect(after).toEqual([]);
  });

  it('a bad or missing --redis, or none listening: one line, exit 2; --help for each command', async () => {
    for (const command of ['enqueue', 'worker', 'collect']) {
      const missing = await run(command === 'enqueue' ? [command, pages] : [command]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(`sinmun: ${command}: --redis URL is required (see sinmun ${command} --help)\n`);
      const help = await run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: sinmun ${command} --redis URL`);
    }
    const bad = await run(['collect', '--redis', 'http://localhost:1']);
    expect(bad).toMatchObject({ code: 2, stderr: 'sinmun: collect: The Redis URL must start with redis:// or rediss://, got "http://localhost:1".\n' });
    const closed = await run(['worker', '--redis', `redis://127.0.0.1:${await freePort()}`]);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toMatch(/^sinmun: worker: cannot connect to Redis at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\n$/);
    const badQueue = await run(['enqueue', '--redis', 'redis://127.0.0.1:1', '--queue', 'a:b', pages]);
    expect(badQueue.stderr).toBe(`sinmun: enqueue: --queue must be letters, digits, '_', '.' or '-', got "a:b"\n`);
  });
});
