/**
 * `sinmun enqueue|worker|collect --redis URL …`: the job queue on BullMQ over Redis (sinmun/queue,
 * docs/crawls.md). The queue module, and with it bullmq and ioredis (optional peer dependencies),
 * is loaded only when one of these commands runs: `sinmun page.html` works without them.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { DEFAULT_MAX_INPUT_BYTES, SinmunError } from '../index.js';
import type { ParseOptions } from '../index.js';
import type { QueuePage } from '../queue/index.js';
import { readWarcPages } from '../warc/index.js';
import { ReadError, expand, limitOf, readRegularFile } from './inputs.js';
import type { Task } from './inputs.js';

/** The queue's subcommands, the first word of the command line. */
export const QUEUE_COMMANDS = ['enqueue', 'worker', 'collect'] as const;

type QueueCommand = (typeof QUEUE_COMMANDS)[number];

/** Where a queue command writes: stdout (`write`, with EPIPE handled by the caller) and stderr lines. */
export interface CommandOutput {
  write(text: string): void;
  report(line: string): void;
}

const EXIT_OK = 0;
const EXIT_FAILED = 2;
const EXIT_INTERRUPTED = 130;

const COMMON_HELP = `  --redis URL            the Redis server: redis://[user:password@]host[:port][/db] (rediss:// for TLS)
  --queue NAME           the queue (default sinmun): separate crawls can share a server
  -h, --help             show this help`;

const USAGES: Record<QueueCommand, string> = {
  enqueue: `Usage: sinmun enqueue --redis URL [options] FILE|DIR|WARC...

Adds pages to the queue as jobs, each page once: its job id is the sha256 of its URL (a file's
own file: URL when it has none) and its bytes, so enqueueing the same pages again adds nothing.
A DIR is read as sinmun DIR reads it (*.html, *.htm, recursively); a *.warc or *.warc.gz file
gives one page per HTML response record. Each page's bytes are stored in Redis once. Says on
stderr how many pages were new and how many already there.

Options:
${COMMON_HELP}
  --max-bytes N          largest page accepted (default 20 MiB); larger ones are named and skipped
  --attempts N           times a page is tried before it fails (default 3; a page over the size
                         limit fails at once)

Exit codes: 0 every page is in the queue; 2 a bad option, Redis cannot be reached, or some path or
record could not be read (each named on stderr and skipped; the others are enqueued).`,
  worker: `Usage: sinmun worker --redis URL [options]

Parses the queue's pages until SIGTERM or SIGINT, then stops taking jobs, finishes the ones it
runs and exits (a second signal exits at once: its jobs go back to the queue when their locks
lapse). Start any number, on any number of machines. A page that cannot be parsed (over
--max-bytes) fails at once; other errors are retried with backoff.

Options:
${COMMON_HELP}
  --concurrency N        jobs run at once in this process (default 1; parsing uses one core:
                         for more cores, start more workers)
  --max-bytes N          largest page parsed (default 20 MiB)
  --no-site-rules        use only the generic extractor
  --lock-duration MS     a job's lock without renewal, after which a dead worker's job is taken
                         up again (default 30000)
  --stalled-interval MS  how often to look for such jobs (default 30000)
  --name NAME            this worker's name on its jobs (default host:pid)

Exit codes: 0 closed on a signal; 2 a bad option or Redis cannot be reached at the start
(later outages are waited through); 130 a second signal.`,
  collect: `Usage: sinmun collect --redis URL [options] > out.jsonl

Waits until no job of the queue is waiting, active or delayed, then prints each finished page's
Article once, in enqueue order: JSON Lines, each line what sinmun FILE prints for that page.
Names each failed page with its reason on stderr.

Options:
${COMMON_HELP}
  --no-wait              print what is finished now (says how many are not)
  --clear                then remove the queue from Redis: jobs, results, stored pages

Exit codes: 0 every page printed; 2 a bad option, Redis cannot be reached, or some page failed
(each named on stderr).`,
};

const COMMON_OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

const OPTIONS = {
  enqueue: { ...COMMON_OPTIONS, 'max-bytes': { type: 'string' }, attempts: { type: 'string' } },
  worker: {
    ...COMMON_OPTIONS,
    concurrency: { type: 'string' },
    'max-bytes': { type: 'string' },
    'no-site-rules': { type: 'boolean' },
    'lock-duration': { type: 'string' },
    'stalled-interval': { type: 'string' },
    name: { type: 'string' },
  },
  collect: { ...COMMON_OPTIONS, 'no-wait': { type: 'boolean' }, clear: { type: 'boolean' } },
} satisfies Record<QueueCommand, ParseArgsConfig['options']>;

type Values = Record<string, string | boolean | undefined>;

/** A bad command line: reported as one line, exit 2. */
class UsageError extends Error {}

function wholeNumber(values: Values, name: string, min: number): number | undefined {
  const text = values[name];
  if (typeof text !== 'string') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

function maxBytesOf(values: Values): number {
  const text = values['max-bytes'];
  if (typeof text !== 'string') return DEFAULT_MAX_INPUT_BYTES;
  const max = Number(text);
  if (!Number.isFinite(max) || max <= 0) throw new UsageError(`--max-bytes must be a positive number, got "${text}"`);
  return max;
}

type QueueModule = typeof import('../queue/index.js');

/** The queue module; its imports of bullmq and ioredis fail when they are not installed. */
async function loadQueue(): Promise<QueueModule> {
  try {
    return await import('../queue/index.js');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new UsageError('the queue needs bullmq and ioredis: npm install bullmq ioredis');
    }
    throw error;
  }
}

interface ReadCounts {
  unreadable: number;
}

/** A WARC file's HTML pages; a record that cannot be read is named and skipped. */
async function* warcPagesOf(task: Task, max: number, report: (line: string) => void, counts: ReadCounts): AsyncGenerator<QueuePage> {
  try {
    for await (const record of readWarcPages(createReadStream(task.path), { maxInputBytes: max })) {
      const name = `${task.path}: ${record.url}`;
      if ('error' in record) {
        report(`${name} (${record.warcRecordId}): ${record.error.message}`);
        counts.unreadable++;
        continue;
      }
      const page: QueuePage = { name, url: record.url, bytes: record.bytes, warcRecord: { warcRecordId: record.warcRecordId, fetchedAt: record.fetchedAt } };
      if (record.contentType !== undefined) page.contentType = record.contentType;
      yield page;
    }
  } catch (error) {
    report(`${task.path}: ${(error as Error).message}`);
    counts.unreadable++;
  }
}

/**
 * The pages of the command line, in the order `sinmun FILE|DIR...` prints them: what cannot be read
 * is named on stderr and skipped. A file's identity is its absolute file: URL; it is parsed with no URL,
 * as `sinmun DIR` parses it.
 */
async function* pagesOf(paths: readonly string[], max: number, report: (line: string) => void, counts: ReadCounts): AsyncGenerator<QueuePage> {
  for (const task of expand(paths, false)) {
    if (task.error !== undefined) {
      report(`${task.path}: ${task.error}`);
      counts.unreadable++;
    } else if (task.kind === 'warc') {
      yield* warcPagesOf(task, max, report, counts);
    } else if (task.kind !== 'file') {
      report(`${task.kind === 'stdin' ? 'standard input' : task.path}: enqueue reads files, folders and WARC files only`);
      counts.unreadable++;
    } else {
      let bytes: Uint8Array;
      try {
        bytes = readRegularFile(task.path, max);
      } catch (error) {
        if (!(error instanceof ReadError || error instanceof SinmunError)) throw error;
        report(`${task.path}: ${error.message}`);
        counts.unreadable++;
        continue;
      }
      yield { name: task.path, bytes, identity: pathToFileURL(resolve(task.path)).href };
    }
  }
}

async function enqueueCommand(queue: QueueModule, redis: string, values: Values, paths: string[], output: CommandOutput): Promise<number> {
  if (paths.length === 0) throw new UsageError('enqueue: no input file (see sinmun enqueue --help)');
  const max = maxBytesOf(values);
  const attempts = wholeNumber(values, 'attempts', 1);
  const counts: ReadCounts = { unreadable: 0 };
  const summary = await queue.enqueuePages(redis, pagesOf(paths, limitOf({ maxInputBytes: max }), output.report, counts), {
    queue: values.queue as string | undefined,
    ...(attempts !== undefined ? { attempts } : {}),
  });
  const skipped = counts.unreadable > 0 ? `; ${counts.unreadable} could not be read` : '';
  output.report(`enqueue: ${summary.pages} pages: ${summary.added} new, ${summary.existing} already there${skipped}`);
  return counts.unreadable > 0 ? EXIT_FAILED : EXIT_OK;
}

/** Test only: SINMUN_TEST_JOB_DELAY_MS makes each job wait that long before parsing (test/queue). */
function testDelay(): (() => Promise<void>) | undefined {
  const ms = Number(process.env.SINMUN_TEST_JOB_DELAY_MS);
  if (!(ms > 0)) return undefined;
  return () => new Promise((done) => setTimeout(done, ms));
}

/** Reports Redis errors at most once every few seconds: an outage gives one line per retry otherwise. */
function throttled(report: (line: string) => void, everyMs: number): (line: string) => void {
  let last = 0;
  return (line) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    report(line);
  };
}

async function workerCommand(queue: QueueModule, redis: string, values: Values, output: CommandOutput): Promise<number> {
  const parse: Omit<ParseOptions, 'url' | 'contentType'> = { maxInputBytes: maxBytesOf(values) };
  if (values['no-site-rules']) parse.siteRules = false;
  const concurrency = wholeNumber(values, 'concurrency', 1) ?? 1;
  const lockDuration = wholeNumber(values, 'lock-duration', 1);
  const stalledInterval = wholeNumber(values, 'stalled-interval', 1);
  const delay = testDelay();
  const connectionError = throttled(output.report, 5000);
  const worker = await queue.startWorker(redis, {
    queue: values.queue as string | undefined,
    concurrency,
    parse,
    ...(lockDuration !== undefined ? { lockDuration } : {}),
    ...(stalledInterval !== undefined ? { stalledInterval } : {}),
    ...(typeof values.name === 'string' ? { name: values.name } : {}),
    ...(delay !== undefined ? { beforeParse: delay } : {}),
    onEvent: (event) => {
      if (event.kind === 'failed') output.report(`worker: ${event.name}: ${event.reason}${event.final ? '' : ' (will retry)'}`);
      else if (event.kind === 'stalled') output.report(`worker: job ${event.jobId} stalled (its worker died?); back in the queue`);
      else if (event.kind === 'error') connectionError(`worker: ${event.message} (retrying)`);
    },
  });
  output.report(`worker ${worker.name}: running on queue ${(values.queue as string | undefined) ?? queue.DEFAULT_QUEUE} (concurrency ${concurrency})`);
  return new Promise<number>((done) => {
    let signalled = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (signalled) {
        output.report(`worker: ${signal} again: exiting now; its jobs go back to the queue when their locks lapse`);
        process.exit(EXIT_INTERRUPTED);
      }
      signalled = true;
      output.report(`worker: ${signal}: finishing the jobs it runs, then exiting`);
      worker.close().then(
        () => done(EXIT_OK),
        (error: unknown) => {
          output.report(`worker: closing: ${(error as Error).message}`);
          done(EXIT_FAILED);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

async function collectCommand(queue: QueueModule, redis: string, values: Values, output: CommandOutput): Promise<number> {
  const wait = values['no-wait'] !== true;
  const waiting = throttled(output.report, 10_000);
  let written = 0;
  let unfinished = 0;
  const failed: string[] = [];
  for await (const page of queue.collectResults(redis, {
    queue: values.queue as string | undefined,
    wait,
    onWaiting: (count) => waiting(`collect: waiting for ${count} unfinished jobs`),
  })) {
    if (page.status === 'completed') {
      output.write(`${page.json}\n`);
      written++;
    } else if (page.status === 'failed') {
      failed.push(`${page.name}: ${page.reason}`);
    } else if (page.status === 'missing') {
      failed.push(`job ${page.jobId} (page ${page.sequence} of the enqueue order) is gone from Redis: enqueue its page again`);
    } else {
      unfinished++;
    }
  }
  for (const line of failed) output.report(`collect: failed: ${line}`);
  const notYet = unfinished > 0 ? `, ${unfinished} not finished yet` : '';
  output.report(`collect: ${written} pages printed, ${failed.length} failed${notYet}`);
  if (values.clear === true) {
    if (unfinished > 0) output.report('collect: queue not cleared: some jobs are not finished');
    else {
      await queue.clearQueue(redis, { queue: values.queue as string | undefined });
      output.report('collect: queue cleared');
    }
  }
  return failed.length > 0 ? EXIT_FAILED : EXIT_OK;
}

/** Runs one queue subcommand with its arguments; resolves to the exit code. */
export async function runQueueCommand(command: QueueCommand, args: string[], output: CommandOutput): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: command === 'enqueue', options: OPTIONS[command] });
    } catch (error) {
      throw new UsageError(`${command}: ${(error as Error).message.split('\n')[0]} (see sinmun ${command} --help)`);
    }
    const values = parsed.values as Values;
    if (values.help) {
      output.write(`${USAGES[command]}\n`);
      return EXIT_OK;
    }
    const redis = values.redis;
    if (typeof redis !== 'string' || redis === '') throw new UsageError(`${command}: --redis URL is required (see sinmun ${command} --help)`);
    const name = values.queue;
    if (typeof name === 'string' && !/^[A-Za-z0-9_.-]+$/.test(name)) throw new UsageError(`${command}: --queue must be letters, digits, '_', '.' or '-', got "${name}"`);
    const queue = await loadQueue();
    try {
      queue.redisOptionsOf(redis);
      await queue.checkConnection(redis);
    } catch (error) {
      throw new UsageError(`${command}: ${(error as Error).message}`);
    }
    if (command === 'enqueue') return await enqueueCommand(queue, redis, values, parsed.positionals, output);
    if (command === 'worker') return await workerCommand(queue, redis, values, output);
    return await collectCommand(queue, redis, values, output);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SinmunError) {
      output.report(error.message);
      return EXIT_FAILED;
    }
    output.report(`${command}: ${(error as Error).message}`);
    return EXIT_FAILED;
  }
}
