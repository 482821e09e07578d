/**
 * `startWorker`: a BullMQ worker that parses the queue's pages. A page whose parse throws a
 * SinmunError (over the size limit, a bad option) fails at once with that reason (BullMQ's
 * UnrecoverableError); any other error is retried as the job's `attempts` and `backoff` say.
 * A worker that dies loses its locks: after `lockDuration` another worker's stalled-job check puts
 * its jobs back in the queue.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { parseArticle } from '../article/parseArticle.js';
import { SinmunError } from '../model/errors.js';
import type { ParseOptions } from '../model/article.js';
import { bullConnectionOf, openRedis, queueNameOf } from './connection.js';
import type { QueueConnection, QueueName } from './connection.js';
import type { PageJobData } from './jobs.js';

/** Options of {@link startWorker}. */
export interface StartWorkerOptions extends QueueName {
  /** Jobs this worker runs at once (default 1). Parsing uses one core: for more cores, start more workers. */
  concurrency?: number;
  /** Parse options for every page (its `url` and `contentType` come from the job). */
  parse?: Omit<ParseOptions, 'url' | 'contentType'>;
  /** How long a job stays locked to this worker without a renewal, in ms (BullMQ's `lockDuration`, default 30 000). */
  lockDuration?: number;
  /** How often this worker looks for stalled jobs (locks of dead workers), in ms (BullMQ's `stalledInterval`, default 30 000). */
  stalledInterval?: number;
  /** A name for this worker, stored on the jobs it runs (default: host name and process id). */
  name?: string;
  /** Called before each page is parsed (for logs, rate limits, tests); may wait. */
  beforeParse?: (page: PageJobData) => void | Promise<void>;
  /** Told of each job that finished here and each failure (a retry to come, or final). */
  onEvent?: (event: WorkerEvent) => void;
}

/** What a worker reports. */
export type WorkerEvent =
  | { kind: 'completed'; name: string; jobId: string }
  | { kind: 'failed'; name: string; jobId: string; reason: string; final: boolean }
  | { kind: 'stalled'; jobId: string }
  | { kind: 'error'; message: string };

/** A running worker. */
export interface QueueWorker {
  /** The name stored on its jobs. */
  readonly name: string;
  /**
   * Stops taking jobs, waits for the ones it is running to finish, and disconnects. With `force`,
   * does not wait: the running jobs' locks lapse and other workers take them up again.
   */
  close(force?: boolean): Promise<void>;
}

function checkMs(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new SinmunError('invalid-option', `${name} must be a whole number of milliseconds, got ${String(value)}.`);
  }
}

/**
 * Parses one job's page; returns the line `collect` prints: the Article's JSON, or for a page of a
 * WARC record `{ url, warcRecordId, fetchedAt, article }` (what `sinmun crawl.warc.gz` prints).
 */
export function parseJobPage(bytes: Uint8Array, data: PageJobData, parse: StartWorkerOptions['parse']): string {
  const options: ParseOptions = { ...parse };
  if (data.url !== undefined) options.url = data.url;
  if (data.contentType !== undefined) options.contentType = data.contentType;
  try {
    const article = parseArticle(bytes, options);
    if (data.warcRecord === undefined) return JSON.stringify(article);
    return JSON.stringify({ url: data.url ?? '', warcRecordId: data.warcRecord.warcRecordId, fetchedAt: data.warcRecord.fetchedAt, article });
  } catch (error) {
    // The same bytes and options give the same error every time: no retry.
    if (error instanceof SinmunError) throw new UnrecoverableError(error.message);
    throw error;
  }
}

/**
 * Starts a worker on the queue: it runs until `close()`. Any number of workers, on any number of
 * machines, can share one queue; each job runs on one of them at a time.
 *
 * @param connection - the Redis server (a URL or ioredis options)
 * @returns the running worker
 * @example
 * ```ts
 * import { startWorker } from 'sinmun/queue';
 *
 * const worker = await startWorker('redis://localhost:6379', { concurrency: 2, parse: { siteRules: false } });
 * process.once('SIGTERM', () => void worker.close());
 * ```
 */
export async function startWorker(connection: QueueConnection, options: StartWorkerOptions = {}): Promise<QueueWorker> {
  const { queue: queueName, prefix } = queueNameOf(options);
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new SinmunError('invalid-option', `concurrency must be a whole number of at least 1, got ${String(concurrency)}.`);
  checkMs(options.lockDuration, 'lockDuration');
  checkMs(options.stalledInterval, 'stalledInterval');
  // A bad parse option fails here, not on every page.
  parseArticle('<p></p>', { ...options.parse });
  const redis = openRedis(connection);
  redis.on('error', () => undefined); // reconnects on its own; BullMQ's clients report errors
  const tell = options.onEvent ?? (() => undefined);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const processor = async (job: Job<PageJobData, string>): Promise<string> => {
    await options.beforeParse?.(job.data);
    const bytes = await redis.getBuffer(job.data.pageKey);
    if (bytes === null) throw new UnrecoverableError(`the page's bytes are gone from Redis (${job.data.pageKey})`);
    return parseJobPage(bytes, job.data, options.parse);
  };
  const worker = new Worker<PageJobData, string>(queueName, processor, {
    connection: bullConnectionOf(connection),
    prefix,
    concurrency,
    name,
    ...(options.lockDuration !== undefined ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval !== undefined ? { stalledInterval: options.stalledInterval } : {}),
  });
  worker.on('completed', (job) => tell({ kind: 'completed', name: job.data.name, jobId: String(job.id) }));
  worker.on('failed', (job, error) => {
    if (job === undefined) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    tell({ kind: 'failed', name: job.data.name, jobId: String(job.id), reason: error.message, final });
  });
  worker.on('stalled', (jobId) => tell({ kind: 'stalled', jobId }));
  worker.on('error', (error) => tell({ kind: 'error', message: error.message }));
  await worker.waitUntilReady();
  let closing: Promise<void> | undefined;
  return {
    name,
    close(force = false) {
      closing ??= worker.close(force).finally(() => redis.disconnect());
      return closing;
    },
  };
}
