/**
 * Throughput of the job queue (sinmun enqueue | worker | collect, docs/crawls.md): pages per second
 * with 1, 2 and 4 worker processes on this machine, against a direct parseArticle loop over the same
 * pages and against `sinmun --jobs N DIR` (threads on one machine). Starts its own redis-server on a
 * free port (no persistence) and stops it at the end.
 *
 *   npm run build --silent && node bench/queue.mjs [COPIES]     (COPIES of each fixture, default 10)
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { parseArticle } from '../dist/index.js';
import { collectResults, enqueuePages } from '../dist/queue.js';

const COPIES = Number(process.argv[2] ?? 10);
const WORKER_COUNTS = [1, 2, 4];
const CLI = join(process.cwd(), 'dist/cli.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function fixtureSources(dir = 'fixtures', out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fixtureSources(path, out);
    else if (entry.name === 'source.html') out.push(path);
  }
  return out;
}

/** COPIES of each fixture, each copy made distinct by a comment (distinct job ids). */
function makePages(dir) {
  const pages = [];
  fixtureSources().forEach((source, n) => {
    const bytes = readFileSync(source);
    for (let copy = 0; copy < COPIES; copy++) {
      const name = join(dir, `p${String(n).padStart(3, '0')}-${copy}.html`);
      if (copy === 0) copyFileSync(source, name);
      else writeFileSync(name, Buffer.concat([bytes, Buffer.from(`\n<!-- copy ${copy} -->\n`)]));
      pages.push({ name, bytes: readFileSync(name) });
    }
  });
  return pages;
}

async function waitForRedis(url) {
  const { Redis } = await import('ioredis');
  for (let tries = 0; tries < 200; tries++) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      client.disconnect();
    }
  }
  throw new Error('redis-server did not start');
}

function startWorkers(url, queue, count) {
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--queue', queue, '--concurrency', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
      return new Promise((resolve, reject) => {
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
          stderr += chunk;
          if (stderr.includes('running on queue')) resolve(child);
        });
        child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
      });
    }),
  );
}

async function untilFinished(url, queue, total) {
  const bull = new Queue(queue, { connection: { url } });
  try {
    for (;;) {
      const { completed, failed } = await bull.getJobCounts('completed', 'failed');
      if (completed + failed >= total) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await bull.close();
  }
}

function timeCli(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (result.status !== 0) throw new Error(`sinmun ${args.join(' ')} exited ${result.status}`);
  return performance.now() - start;
}

const root = mkdtempSync(join(tmpdir(), 'sinmun-bench-queue-'));
const pagesDir = join(root, 'pages');
mkdirSync(pagesDir);
const pages = makePages(pagesDir);
const port = await freePort();
const url = `redis://127.0.0.1:${port}`;
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', root], { stdio: 'ignore' });
try {
  await waitForRedis(url);
  console.log(`sinmun queue bench: ${pages.length} pages (${COPIES} copies of each fixture), ${availableParallelism()} cores (os.availableParallelism()), Node ${process.version}`);

  // Direct: one parseArticle loop in this process (after a warm-up pass).
  for (const page of pages.slice(0, 100)) parseArticle(page.bytes);
  let start = performance.now();
  for (const page of pages) JSON.stringify(parseArticle(page.bytes));
  const directMs = performance.now() - start;
  const directPerPage = directMs / pages.length;
  console.log(`direct parseArticle + JSON.stringify, 1 thread: ${(pages.length / (directMs / 1000)).toFixed(0)} pages/s (${directPerPage.toFixed(2)} ms/page)`);

  for (const jobs of WORKER_COUNTS) {
    const ms = timeCli(['--jobs', String(jobs), pagesDir]);
    console.log(`sinmun --jobs ${jobs} DIR (whole command, one machine): ${(pages.length / (ms / 1000)).toFixed(0)} pages/s`);
  }

  for (const count of WORKER_COUNTS) {
    const queue = `bench-${count}`;
    const workers = await startWorkers(url, queue, count);
    start = performance.now();
    const summary = await enqueuePages(url, pages, { queue });
    const enqueueMs = performance.now() - start;
    await untilFinished(url, queue, summary.added);
    const runMs = performance.now() - start;
    const collectStart = performance.now();
    let lines = 0;
    for await (const page of collectResults(url, { queue })) if (page.status === 'completed') lines++;
    const collectMs = performance.now() - collectStart;
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.on('exit', resolve))));
    const perPage = runMs / pages.length;
    const overhead = count === 1 ? `; queue overhead ${(perPage - directPerPage).toFixed(2)} ms/page over direct` : '';
    console.log(
      `${count} worker process${count > 1 ? 'es' : ''} (concurrency 2): ${(pages.length / (runMs / 1000)).toFixed(0)} pages/s ` +
        `(enqueue ${(enqueueMs / 1000).toFixed(2)} s, enqueue-to-done ${(runMs / 1000).toFixed(2)} s, collect ${lines} lines ${(collectMs / 1000).toFixed(2)} s${overhead})`,
    );
  }
} finally {
  redis.kill('SIGTERM');
  rmSync(root, { recursive: true, force: true });
}
