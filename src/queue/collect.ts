/**
 * `collectResults`: the queue's pages back, in enqueue order, each once, with its Article's JSON or
 * the reason it failed; `clearQueue`: everything sinmun and BullMQ keep in Redis for a queue, gone.
 */
import { Queue } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { SinmunError } from '../model/errors.js';
import { bullConnectionOf, keysOf, openRedis, queueNameOf } from './connection.js';
import type { QueueConnection, QueueName, SinmunKeys } from './connection.js';
import type { PageJobData } from './jobs.js';

/** Options of {@link collectResults}. */
export interface CollectOptions extends QueueName {
  /** Wait until no job is waiting, active or delayed (default true); false: give what is finished now. */
  wait?: boolean;
  /** How often to look while waiting, in ms (default 500). */
  pollMs?: number;
  /** Told, at each look while waiting, how many jobs are not finished. */
  onWaiting?: (unfinished: number) => void;
  /** Jobs read from Redis in one round (default 200). */
  batchSize?: number;
}

interface PageFields {
  jobId: string;
  sequence: number;
}

/** One page of the queue, as `collectResults` gives it. */
export type CollectedPage =
  | (PageFields & { status: 'completed'; name: string; url?: string; /** `JSON.stringify(article)`. */ json: string })
  | (PageFields & { status: 'failed'; name: string; url?: string; /** BullMQ's failedReason: the last error's message. */ reason: string })
  | (PageFields & { status: 'unfinished'; name: string; url?: string; /** Its BullMQ state: waiting, active, delayed… */ state: string })
  /** In the enqueue order but without a job (an enqueue that stopped half-way): enqueue it again. */
  | (PageFields & { status: 'missing' });

/** The BullMQ job states that are not finished. */
const UNFINISHED = ['wait', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

async function unfinishedCount(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts(...UNFINISHED);
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

async function waitForFinish(queue: Queue, pollMs: number, onWaiting: (unfinished: number) => void): Promise<void> {
  for (;;) {
    const unfinished = await unfinishedCount(queue);
    if (unfinished === 0) return;
    onWaiting(unfinished);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function pageOf(queue: Queue<PageJobData, string>, jobId: string, sequence: number): Promise<CollectedPage> {
  const job: Job<PageJobData, string> | undefined = await queue.getJob(jobId);
  if (job === undefined) return { status: 'missing', jobId, sequence };
  const fields = { jobId, sequence, name: job.data.name, ...(job.data.url !== undefined ? { url: job.data.url } : {}) };
  const state = await job.getState();
  if (state === 'completed') return { ...fields, status: 'completed', json: job.returnvalue };
  if (state === 'failed') return { ...fields, status: 'failed', reason: job.failedReason };
  return { ...fields, status: 'unfinished', state };
}

async function* orderedPages(redis: Redis, queue: Queue<PageJobData, string>, keys: SinmunKeys, batchSize: number): AsyncGenerator<CollectedPage> {
  for (let start = 0; ; start += batchSize) {
    const entries = await redis.zrange(keys.order, start, start + batchSize - 1, 'WITHSCORES');
    if (entries.length === 0) return;
    const round: Promise<CollectedPage>[] = [];
    for (let at = 0; at < entries.length; at += 2) round.push(pageOf(queue, entries[at]!, Number(entries[at + 1])));
    yield* await Promise.all(round);
  }
}

/**
 * The queue's pages in enqueue order, each once: finished (its Article's JSON), failed (with the
 * reason), and, with `wait: false`, not finished yet. By default it first waits until no job is
 * waiting, active or delayed (a retry to come counts as not finished), however long that takes:
 * start it while workers run, or after.
 *
 * @param connection - the Redis server (a URL or ioredis options)
 * @returns the pages, read from Redis in rounds (a large queue is not held in memory)
 * @example
 * ```ts
 * import { collectResults } from 'sinmun/queue';
 *
 * for await (const page of collectResults('redis://localhost:6379')) {
 *   if (page.status === 'completed') process.stdout.write(`${page.json}\n`);
 *   else if (page.status === 'failed') console.error(`${page.name}: ${page.reason}`);
 * }
 * ```
 */
export async function* collectResults(connection: QueueConnection, options: CollectOptions = {}): AsyncGenerator<CollectedPage> {
  const { queue: queueName, prefix } = queueNameOf(options);
  const keys = keysOf(options);
  const pollMs = options.pollMs ?? 500;
  const batchSize = options.batchSize ?? 200;
  if (!Number.isFinite(pollMs) || pollMs <= 0) throw new SinmunError('invalid-option', `pollMs must be a positive number, got ${String(pollMs)}.`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new SinmunError('invalid-option', `batchSize must be a whole number of at least 1, got ${String(batchSize)}.`);
  const redis = openRedis(connection);
  redis.on('error', () => undefined); // reconnects on its own
  const queue = new Queue<PageJobData, string>(queueName, { connection: bullConnectionOf(connection), prefix });
  queue.on('error', () => undefined);
  try {
    if (options.wait !== false) await waitForFinish(queue, pollMs, options.onWaiting ?? (() => undefined));
    yield* orderedPages(redis, queue, keys, batchSize);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** Options of {@link clearQueue}. */
export type ClearOptions = QueueName;

/**
 * Removes a queue from Redis: its jobs and results (BullMQ's `obliterate`), the stored pages, the
 * enqueue order. Refused while jobs are active (a worker runs them): close the workers first.
 *
 * @param connection - the Redis server (a URL or ioredis options)
 * @example
 * ```ts
 * import { clearQueue } from 'sinmun/queue';
 *
 * await clearQueue('redis://localhost:6379', { queue: 'crawl-2024-05' });
 * ```
 */
export async function clearQueue(connection: QueueConnection, options: ClearOptions = {}): Promise<void> {
  const { queue: queueName, prefix } = queueNameOf(options);
  const keys = keysOf(options);
  const redis = openRedis(connection);
  const queue = new Queue(queueName, { connection: bullConnectionOf(connection), prefix });
  try {
    await queue.obliterate();
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', keys.pattern, 'COUNT', 500);
      if (found.length > 0) await redis.unlink(...found);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
