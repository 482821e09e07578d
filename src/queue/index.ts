/**
 * `sinmun/queue`: many machines through a job queue on BullMQ over Redis (Node only; bullmq and
 * ioredis are optional peer dependencies). `enqueuePages` adds pages as jobs (each page once),
 * `startWorker` parses them on any number of machines, `collectResults` gives the results back in
 * enqueue order, `clearQueue` removes a finished crawl. See docs/crawls.md.
 *
 * @example
 * ```ts
 * import { collectResults, enqueuePages, startWorker } from 'sinmun/queue';
 *
 * const redis = 'redis://localhost:6379';
 * await enqueuePages(redis, [{ name: 'a.html', bytes: html }]);
 * const worker = await startWorker(redis);
 * for await (const page of collectResults(redis)) if (page.status === 'completed') console.log(page.json);
 * await worker.close();
 * ```
 */
export { enqueuePages } from './enqueue.js';
export type { EnqueueOptions, EnqueueSummary, EnqueuedPage } from './enqueue.js';
export { startWorker } from './worker.js';
export type { QueueWorker, StartWorkerOptions, WorkerEvent } from './worker.js';
export { clearQueue, collectResults } from './collect.js';
export type { ClearOptions, CollectOptions, CollectedPage } from './collect.js';
export { jobIdOf, contentHashOf } from './jobs.js';
export type { PageJobData, QueuePage } from './jobs.js';
export { DEFAULT_QUEUE, redisOptionsOf } from './connection.js';
export type { QueueConnection, QueueName } from './connection.js';
export { checkConnection } from './connection.js';
