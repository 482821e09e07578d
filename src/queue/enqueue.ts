/**
 * `enqueuePages`: pages into the queue, each once. The bytes go to a content-hash key (SET NX, so a
 * page's bytes are copied into Redis once however often it is enqueued); the BullMQ job holds that
 * key, the page's name, URL and Content-Type, and a sequence number for the output order.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { SinmunError } from '../model/errors.js';
import { bullConnectionOf, keysOf, openRedis, queueNameOf } from './connection.js';
import type { QueueConnection, QueueName, SinmunKeys } from './connection.js';
import { PAGE_JOB_NAME, contentHashOf, jobIdOf } from './jobs.js';
import type { PageJobData, QueuePage } from './jobs.js';

/** Options of {@link enqueuePages}. */
export interface EnqueueOptions extends QueueName {
  /** Times a page is tried before it fails, for errors other than a SinmunError (default 3). */
  attempts?: number;
  /** The first wait before a retry, in ms, doubled at each further one (default 1000). */
  backoffMs?: number;
  /** Pages sent to Redis in one round (default 100). */
  batchSize?: number;
  /** Told of each page once it is in the queue. */
  onPage?: (page: EnqueuedPage) => void;
}

/** One page in the queue. */
export interface EnqueuedPage {
  name: string;
  jobId: string;
  sequence: number;
  /** False when the page was in the queue already (same identity and bytes). */
  added: boolean;
}

/** What {@link enqueuePages} did. */
export interface EnqueueSummary {
  /** Pages given. */
  pages: number;
  /** Of them, new jobs. */
  added: number;
  /** Of them, already in the queue (enqueued before, finished or not). */
  existing: number;
}

interface Settings {
  attempts: number;
  backoffMs: number;
  batchSize: number;
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new SinmunError('invalid-option', `${name} must be a whole number of at least 1, got ${String(value)}.`);
  return value;
}

function settingsOf(options: EnqueueOptions): Settings {
  const backoffMs = options.backoffMs ?? 1000;
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new SinmunError('invalid-option', `backoffMs must be a number of at least 0, got ${String(backoffMs)}.`);
  return {
    attempts: positiveInteger(options.attempts, 3, 'attempts'),
    backoffMs,
    batchSize: positiveInteger(options.batchSize, 100, 'batchSize'),
  };
}

function checkPage(page: QueuePage): void {
  if (page === null || typeof page !== 'object' || typeof page.name !== 'string' || !(page.bytes instanceof Uint8Array)) {
    throw new SinmunError('invalid-option', 'Each page must be { name: string, bytes: Uint8Array, url?, contentType? }.');
  }
}

/** Pages in rounds of `size`. */
async function* batchesOf(pages: AsyncIterable<QueuePage> | Iterable<QueuePage>, size: number): AsyncGenerator<QueuePage[]> {
  let batch: QueuePage[] = [];
  for await (const page of pages) {
    checkPage(page);
    batch.push(page);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * One round: which jobs are known (ZSCORE in the order set), sequence numbers for the others (INCRBY),
 * their place in the order (ZADD NX: of two enqueuers racing on a page, one wins), the bytes (SET NX),
 * then the jobs (BullMQ adds nothing for a job id it has, so a job lost by a crashed enqueuer is added
 * again by the next one).
 */
async function enqueueBatch(redis: Redis, queue: Queue, keys: SinmunKeys, pages: QueuePage[], settings: Settings): Promise<EnqueuedPage[]> {
  const ids = pages.map(jobIdOf);
  const pageKeys = pages.map((page) => keys.page(contentHashOf(page.bytes)));
  const known = await redis.pipeline(ids.map((id) => ['zscore', keys.order, id])).exec();
  const fresh = ids.flatMap((id, at) => (known?.[at]?.[1] === null ? [at] : []));
  const sequences = new Map<number, number>();
  for (const [at] of ids.entries()) {
    const score = known?.[at]?.[1];
    if (typeof score === 'string') sequences.set(at, Number(score));
  }
  const added = new Set<number>();
  if (fresh.length > 0) {
    const last = await redis.incrby(keys.sequence, fresh.length);
    const first = last - fresh.length + 1;
    const zadds = await redis.pipeline(fresh.map((at, n) => ['zadd', keys.order, 'NX', String(first + n), ids[at]!])).exec();
    const raced: number[] = [];
    fresh.forEach((at, n) => {
      if (zadds?.[n]?.[1] === 1) {
        added.add(at);
        sequences.set(at, first + n);
      } else raced.push(at);
    });
    if (raced.length > 0) {
      const scores = await redis.pipeline(raced.map((at) => ['zscore', keys.order, ids[at]!])).exec();
      raced.forEach((at, n) => sequences.set(at, Number(scores?.[n]?.[1])));
    }
  }
  const stores = redis.pipeline();
  pages.forEach((page, at) => stores.set(pageKeys[at]!, Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength), 'NX'));
  await stores.exec();
  await queue.addBulk(
    pages.map((page, at) => {
      const data: PageJobData = { pageKey: pageKeys[at]!, name: page.name, sequence: sequences.get(at)! };
      if (page.url !== undefined) data.url = page.url;
      if (page.contentType !== undefined) data.contentType = page.contentType;
      if (page.warcRecord !== undefined) data.warcRecord = { warcRecordId: page.warcRecord.warcRecordId, fetchedAt: page.warcRecord.fetchedAt };
      return {
        name: PAGE_JOB_NAME,
        data,
        opts: { jobId: ids[at]!, attempts: settings.attempts, backoff: { type: 'exponential', delay: settings.backoffMs } },
      };
    }),
  );
  return pages.map((page, at) => ({ name: page.name, jobId: ids[at]!, sequence: sequences.get(at)!, added: added.has(at) }));
}

/**
 * Adds pages to the queue as BullMQ jobs, each page once: a page already there (same identity and
 * bytes, so the same job id) is counted in `existing` and left as it is, finished or not.
 * Jobs are kept after they finish (for `collectResults`) until {@link clearQueue}.
 *
 * @param connection - the Redis server (a URL or ioredis options)
 * @param pages - the pages, in the order `collectResults` gives them back
 * @returns how many pages were given, how many were new and how many already there
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { enqueuePages } from 'sinmun/queue';
 *
 * const summary = await enqueuePages('redis://localhost:6379', [
 *   { name: 'a.html', url: 'https://news.example.kr/a', bytes: readFileSync('a.html') },
 * ]);
 * console.log(`${summary.added} new, ${summary.existing} already there`);
 * ```
 */
export async function enqueuePages(
  connection: QueueConnection,
  pages: AsyncIterable<QueuePage> | Iterable<QueuePage>,
  options: EnqueueOptions = {},
): Promise<EnqueueSummary> {
  const settings = settingsOf(options);
  const { queue: queueName, prefix } = queueNameOf(options);
  const keys = keysOf(options);
  const redis = openRedis(connection);
  const queue = new Queue<PageJobData>(queueName, { connection: bullConnectionOf(connection), prefix });
  const summary: EnqueueSummary = { pages: 0, added: 0, existing: 0 };
  try {
    for await (const batch of batchesOf(pages, settings.batchSize)) {
      for (const page of await enqueueBatch(redis, queue, keys, batch, settings)) {
        summary.pages++;
        if (page.added) summary.added++;
        else summary.existing++;
        options.onPage?.(page);
      }
    }
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return summary;
}
