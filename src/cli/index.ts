#!/usr/bin/env node
/**
 * The `sinmun` command: `sinmun page.html` prints the page's Article as JSON; `sinmun --jobs 4 DIR`
 * reads a whole crawl on worker threads and prints JSON Lines in input order.
 * The only part of the package that uses Node's own modules.
 *
 * Over real crawl folders (docs/reliability.md, "The CLI over real crawl folders"): what a folder walk
 * cannot read (broken or looping links, FIFOs, sockets, devices, unreadable folders, files gone by the
 * time they are read) is named on stderr and skipped; input is read in chunks and reading stops one
 * byte past the limit; a closed stdout ends the run quietly; a worker that dies is replaced and its
 * page retried once; SIGINT ends the run between whole lines.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { decodeHtml, parseArticle, parseArticleText, SinmunError, toHtml, toMarkdown } from '../index.js';
import type { Article, ParseOptions, SiteRule } from '../index.js';
import { CHUNK, ReadError, expand, limitOf, readRegularFile, readStream } from './inputs.js';
import type { Task } from './inputs.js';
import { QUEUE_COMMANDS, runQueueCommand } from './queue.js';
import { printWarc } from './warc.js';

const USAGE = `Usage: sinmun [options] FILE|DIR...

Reads Korean news pages and prints each one's Article as JSON: one object for one file,
JSON Lines (in input order) for several files or a folder. FILE may be - for standard input,
or a FIFO or device (read as a stream); a DIR is read recursively (*.html, *.htm; *.txt with
--text), following symbolic links, reading regular files only. A FILE ending in .warc or
.warc.gz is read as a WARC archive: one JSON line { url, warcRecordId, fetchedAt, article } per
HTML response record (--url and --content-type do not apply; each record has its own).

  sinmun enqueue|worker|collect --redis URL ...   the job queue over Redis (sinmun enqueue --help)

Options:
  --text                 read the input as plain visible text, not HTML
  --pretty               indent the JSON (one page only: an error with several)
  --format FORMAT        json (default), markdown (headline, deck and body), html (the body as safe
                         HTML) or text (the body); formats other than json take one page
  --url URL              the page's address (site rules, links)
  --reference-date DATE  date for relative dates when the page has none (YYYY-MM-DD)
  --content-type VALUE   the HTTP Content-Type the bytes came with
  --max-bytes N          largest input accepted (default 20 MiB); reading stops past it
  --no-site-rules        use only the generic extractor
  --rules FILE           site rules of your own (a JSON rule or array of rules, see docs/sites.md),
                         tried before the built-in ones
  -j, --jobs N           parse on N threads: this one and N-1 workers (default 1; 0 = one per core)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 all pages read; 1 some input was not an HTML page (an image, a PDF, JSON, plain
text, an empty file: named on stderr, its empty Article printed); 2 a bad option, some path could
not be read (a missing or unreadable file or folder, a broken or looping symbolic link, a FIFO, socket or device in a
folder, an input over --max-bytes: each named on stderr, skipped, the others still printed), a
worker died on a page, or the output could not be written; 130 interrupted (SIGINT; every line
printed is whole); 141 the reader of the output went away (EPIPE, as for a command killed by SIGPIPE).`;

interface Outcome {
  index: number;
  /** Its lines are written already (a WARC's records). */
  printed?: boolean;
  json?: string;
  error?: string;
  /** The page was read but is not HTML: what it looks like. */
  notHtml?: string;
}

/** What the command prints of each Article (`--format`). */
const FORMATS = ['json', 'markdown', 'html', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface WorkerSetup {
  options: ParseOptions;
  text: boolean;
  pretty: boolean;
  format: Format;
}

/** The Article as the command prints it: JSON (one line, or indented), Markdown, safe HTML or the body text. */
function formatArticle(article: Article, setup: WorkerSetup): string {
  if (setup.format === 'markdown') return toMarkdown(article, { title: true }).replace(/\n$/, '');
  if (setup.format === 'html') return toHtml(article).replace(/\n$/, '');
  if (setup.format === 'text') return article.body;
  return JSON.stringify(article, null, setup.pretty ? 2 : undefined);
}

/** Exit codes (USAGE, docs/reliability.md). */
const EXIT_FAILED = 2;
const EXIT_INTERRUPTED = 130;
const EXIT_OUTPUT_CLOSED = 141;

function fail(message: string): never {
  process.stderr.write(`sinmun: ${message}\n`);
  process.exit(EXIT_FAILED);
}

function nameOf(task: Task): string {
  return task.kind === 'stdin' ? 'standard input' : task.path;
}

/** Parses one page's bytes; throws SinmunError for a page over the limit. */
function parseBytes(bytes: Uint8Array, setup: WorkerSetup): Article {
  const { options } = setup;
  return setup.text
    ? parseArticleText(decodeHtml(bytes, options.contentType ? { contentType: options.contentType } : {}).html, options)
    : parseArticle(bytes, options);
}

function errorOutcome(task: Task, error: unknown): Outcome {
  if (error instanceof ReadError || error instanceof SinmunError) return { index: task.index, error: `${nameOf(task)}: ${error.message}` };
  return { index: task.index, error: `${nameOf(task)}: unexpected error: ${(error as Error).message}` };
}

function articleOutcome(task: Task, bytes: Uint8Array, setup: WorkerSetup): Outcome {
  try {
    const article = parseBytes(bytes, setup);
    const outcome: Outcome = { index: task.index, json: formatArticle(article, setup) };
    const notHtml = article.source.warnings.find((w) => w.code === 'not-html');
    if (notHtml) outcome.notHtml = `${nameOf(task)}: ${notHtml.message}`;
    else if (bytes.length === 0) outcome.notHtml = `${nameOf(task)}: empty file (0 bytes)`;
    return outcome;
  } catch (error) {
    return errorOutcome(task, error);
  }
}

/** The outcome of a regular file (any thread). */
function outcomeOf(task: Task, setup: WorkerSetup): Outcome {
  if (task.error !== undefined) return { index: task.index, error: `${nameOf(task)}: ${task.error}` };
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(task.path, limitOf(setup.options));
  } catch (error) {
    return errorOutcome(task, error);
  }
  return articleOutcome(task, bytes, setup);
}

/** The outcome of standard input or a FIFO or device named on the command line (main thread). */
async function streamOutcomeOf(task: Task, setup: WorkerSetup): Promise<Outcome> {
  const max = limitOf(setup.options);
  let bytes: Uint8Array;
  try {
    const source =
      task.kind === 'stdin'
        ? process.stdin
        : // `end` is inclusive: at most max + 1 bytes are read from a device such as /dev/zero.
          createReadStream(task.path, { end: Math.floor(max), highWaterMark: Math.min(CHUNK, Math.floor(max) + 1) });
    bytes = await readStream(source, max);
  } catch (error) {
    return errorOutcome(task, error);
  }
  return articleOutcome(task, bytes, setup);
}

/** A progress bar on stderr when it is a terminal. */
function progress(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < 2) return () => undefined;
  let last = -1;
  return (done) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    if (filled === last && done !== total) return;
    last = filled;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} pages${done === total ? '\n' : ''}`);
  };
}

/** Pages a worker holds at once: while it parses one, the next is already waiting in its queue. */
const IN_FLIGHT = 2;

/** Workers that died before they were ready: after this many, the main thread reads the rest alone. */
const MAX_START_FAILURES = 3;

/** Every worker alive, so SIGINT can stop them. */
const liveWorkers = new Set<Worker>();

interface WorkerState {
  worker: Worker;
  /** The pages sent to it, in the order it reads them: the first is the one it is parsing. */
  held: Task[];
  ready: boolean;
  error?: Error;
}

function deathReason(error: Error | undefined, code: number): string {
  if (error === undefined) return `exit code ${code}`;
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') return 'out of memory';
  return `uncaught ${error.name}: ${error.message.split('\n')[0]}`;
}

/**
 * N jobs: the main thread (whose code is already loaded and warm) and N − 1 worker threads. The main
 * thread parses a page per turn of the event loop, so it still hands pages to the workers between
 * its own; each worker keeps {@link IN_FLIGHT} pages queued so it never waits for the main thread.
 *
 * A worker that dies (out of memory under its resourceLimits, an uncaught error, an exit) is named on
 * stderr with the page it was parsing; that page is retried once, first in a fresh worker, and skipped
 * if that one dies too. The pages queued behind it go back to the queue. `onDeath` is told of each.
 */
async function runParallel(
  tasks: readonly Task[],
  jobs: number,
  setup: WorkerSetup,
  emit: (outcome: Outcome) => void,
  onDeath: (line: string) => void,
): Promise<void> {
  const total = tasks.length;
  if (total === 0) return;
  const wanted = Math.min(jobs - 1, total);
  const live = new Map<Worker, WorkerState>();
  const retries: Task[] = [];
  const requeued: Task[] = [];
  let next = 0;
  let finished = 0;
  let startFailures = 0;
  const endings: Promise<number>[] = [];
  await new Promise<void>((resolve) => {
    const take = (): Task | undefined => requeued.shift() ?? (next < total ? tasks[next++] : undefined);
    const settle = (outcome: Outcome): void => {
      emit(outcome);
      if (++finished !== total) return;
      for (const worker of live.keys()) endings.push(worker.terminate());
      live.clear();
      resolve();
    };
    const feed = (state: WorkerState): void => {
      while (state.held.length < IN_FLIGHT) {
        const task = take();
        if (task === undefined) return;
        state.held.push(task);
        state.worker.postMessage(task);
      }
    };
    const spawn = (): void => {
      // A larger young generation: parsing makes many short-lived objects, and workers start with a small one.
      const worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      const state: WorkerState = { worker, held: [], ready: false };
      live.set(worker, state);
      liveWorkers.add(worker);
      worker.on('message', (message: Outcome | { ready: true }) => {
        if ('ready' in message) {
          state.ready = true;
          return;
        }
        const at = state.held.findIndex((task) => task.index === message.index);
        if (at >= 0) state.held.splice(at, 1);
        settle(message);
        if (live.get(worker) === state) feed(state);
      });
      worker.on('error', (error) => {
        state.error = error;
      });
      worker.on('exit', (code) => {
        liveWorkers.delete(worker);
        if (live.get(worker) !== state) return; // ended by us
        live.delete(worker);
        died(state, code);
      });
      // A page that killed a worker goes first to a fresh one.
      const retry = retries.shift();
      if (retry !== undefined) {
        state.held.push(retry);
        worker.postMessage(retry);
      }
      feed(state);
    };
    const died = (state: WorkerState, code: number): void => {
      const reason = deathReason(state.error, code);
      if (!state.ready) {
        // It never started: no page is to blame.
        startFailures++;
        onDeath(`a worker could not start (${reason})${startFailures >= MAX_START_FAILURES ? '; going on without workers' : ''}`);
        for (const task of state.held.reverse()) (task.attempt ? retries : requeued).unshift(task);
      } else {
        const [culprit, ...rest] = state.held;
        requeued.unshift(...rest);
        if (culprit !== undefined && !culprit.attempt) {
          onDeath(`${culprit.path}: worker died (${reason}); retrying in a fresh worker`);
          retries.push({ ...culprit, attempt: 1 });
        } else if (culprit !== undefined) {
          onDeath(`${culprit.path}: worker died (${reason}); skipped`);
          settle({ index: culprit.index });
        }
      }
      if (finished === total) return;
      if (startFailures >= MAX_START_FAILURES) {
        // No fresh worker to retry in: a page that killed one is skipped, not risked on this thread.
        for (const task of retries.splice(0)) {
          onDeath(`${task.path}: skipped (no fresh worker to retry in)`);
          settle({ index: task.index });
        }
      } else {
        while (live.size < wanted && (retries.length > 0 || requeued.length > 0 || next < total)) spawn();
      }
      schedule();
    };
    let scheduled = false;
    const ownTurn = (): void => {
      scheduled = false;
      const task = take();
      if (task === undefined) return;
      settle(outcomeOf(task, setup));
      schedule();
    };
    const schedule = (): void => {
      if (scheduled || finished === total) return;
      scheduled = true;
      setImmediate(ownTurn);
    };
    for (let i = 0; i < wanted; i++) spawn();
    schedule();
  });
  await Promise.all(endings);
}

/** Hands JSON to stdout unless it was closed: a closed or full stdout ends the run (handlers in main). */
let outputClosed = false;

function writeOutput(text: string): void {
  if (!outputClosed) process.stdout.write(text);
}

function watchOutput(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (outputClosed) return;
    outputClosed = true;
    for (const worker of liveWorkers) void worker.terminate();
    // The reader went away (`sinmun DIR | head -1`): end quietly, as a command killed by SIGPIPE would.
    if (error.code === 'EPIPE') process.exit(EXIT_OUTPUT_CLOSED);
    process.stderr.write(`sinmun: cannot write output: ${error.code ?? error.message}\n`);
    process.exit(EXIT_FAILED);
  });
  // Nowhere left to report a failure of stderr itself.
  process.stderr.on('error', () => undefined);
}

/** SIGINT in the main command: stop the workers and exit 130 (the queue commands handle it themselves). */
function watchInterrupt(): void {
  process.on('SIGINT', () => {
    // Lines are written whole (stdout to a file or pipe is synchronous), and this runs between them.
    for (const worker of liveWorkers) void worker.terminate();
    process.exit(EXIT_INTERRUPTED);
  });
}

async function main(argv: string[]): Promise<void> {
  watchOutput();
  const command = argv[0];
  if (command !== undefined && (QUEUE_COMMANDS as readonly string[]).includes(command)) {
    // `sinmun enqueue|worker|collect`: the Redis job queue (src/cli/queue.ts).
    process.exitCode = await runQueueCommand(command as (typeof QUEUE_COMMANDS)[number], argv.slice(1), { write: writeOutput, report: (line) => process.stderr.write(`sinmun: ${line}\n`) });
    return;
  }
  watchInterrupt();
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'boolean' },
        pretty: { type: 'boolean' },
        format: { type: 'string' },
        url: { type: 'string' },
        'reference-date': { type: 'string' },
        'content-type': { type: 'string' },
        'max-bytes': { type: 'string' },
        'no-site-rules': { type: 'boolean' },
        rules: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    fail(`${argumentProblem(error as Error & { code?: string })} (see sinmun --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    writeOutput(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    writeOutput(`${VERSION}\n`);
    return;
  }
  if (positionals.length === 0) fail('no input file (see sinmun --help)');

  const options: ParseOptions = {};
  if (values.url !== undefined) options.url = values.url;
  if (values['reference-date'] !== undefined) options.referenceDate = values['reference-date'];
  if (values['content-type'] !== undefined) options.contentType = values['content-type'];
  if (values['no-site-rules']) options.siteRules = false;
  if (values.rules !== undefined) {
    if (values['no-site-rules']) fail('--rules and --no-site-rules cannot be used together');
    options.siteRules = readRules(values.rules);
  }
  if (values['max-bytes'] !== undefined) {
    const max = Number(values['max-bytes']);
    if (!Number.isFinite(max) || max <= 0) fail(`--max-bytes must be a positive number, got "${values['max-bytes']}"`);
    options.maxInputBytes = max;
  }
  let jobs = 1;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 0) fail(`--jobs must be a whole number, got "${values.jobs}"`);
    if (jobs === 0) jobs = availableParallelism();
  }

  const tasks = expand(positionals, values.text === true);
  if (values.pretty && (tasks.length !== 1 || tasks[0]?.kind === 'warc')) {
    fail(`--pretty indents one Article; these inputs give ${tasks[0]?.kind === 'warc' ? 'a WARC file\'s records' : `${tasks.length} pages`}, printed as JSON Lines (one object a line), which cannot be indented (pipe them to jq for that)`);
  }
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) fail(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  if (format !== 'json' && (tasks.length !== 1 || tasks[0]?.kind === 'warc')) {
    fail(`--format ${format} prints one page; these inputs give ${tasks[0]?.kind === 'warc' ? 'a WARC file\'s records' : `${tasks.length} pages`} (use --format json for JSON Lines)`);
  }
  if (values.pretty && format !== 'json') fail('--pretty is for --format json');
  const setup: WorkerSetup = { options, text: values.text === true, pretty: values.pretty === true, format };
  const show = progress(tasks.length);
  let failed = 0;
  let notHtml = 0;
  let done = 0;
  const report = (line: string): void => {
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}sinmun: ${line}\n`);
  };
  // Outcomes may arrive out of order: hold them until every earlier page is printed.
  const held = new Map<number, Outcome>();
  let printed = 0;
  const emit = (outcome: Outcome): void => {
    held.set(outcome.index, outcome);
    show(++done);
    for (let ready = held.get(printed); ready; ready = held.get(printed)) {
      held.delete(printed++);
      if (ready.printed) continue;
      if (ready.json !== undefined) {
        writeOutput(`${ready.json}\n`);
        if (ready.notHtml !== undefined) {
          notHtml++;
          report(ready.notHtml);
        }
      } else {
        failed++;
        // A page skipped after a worker died has been reported already.
        if (ready.error !== undefined) report(ready.error);
      }
    }
  };

  const readable = tasks.filter((task) => task.error === undefined);
  if (jobs <= 1 || readable.length < 2 || readable.some((task) => task.kind !== 'file')) {
    for (const task of tasks) {
      if (task.kind === 'warc' && task.error === undefined) {
        // A WARC prints one line per HTML response record, in record order (src/cli/warc.ts).
        const { failed: warcFailed } = await printWarc(task.path, setup.options, { line: (json) => writeOutput(`${json}\n`), report });
        failed += warcFailed;
        emit({ index: task.index, printed: true });
        continue;
      }
      emit(task.kind === 'file' ? outcomeOf(task, setup) : await streamOutcomeOf(task, setup));
      // A turn of the event loop between pages: SIGINT and a closed stdout are seen at once.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } else {
    for (const task of tasks) if (task.error !== undefined) emit(outcomeOf(task, setup));
    await runParallel(readable, jobs, setup, emit, (line) => {
      failed++;
      report(line);
    });
  }
  if (failed > 0) process.exitCode = EXIT_FAILED;
  else if (notHtml > 0) process.exitCode = 1;
}

/**
 * One short line of our own for a command-line mistake that node:util's parseArgs reports (its
 * messages are long and name its own syntax): an unknown option, a missing value, a value given to a
 * flag.
 */
function argumentProblem(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? /(--[\w-]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /(--[\w-]+)/.exec(error.message)?.[1] ?? option ?? 'an option';
    return /argument missing/.test(error.message) ? `option ${long} needs a value` : `option ${long} takes no value`;
  }
  return (error.message.split('\n')[0] ?? '').replace(/\.$/, '');
}

/** Reads `--rules FILE` (one rule or an array) and checks it at once, so a bad rule stops the run before any page. */
function readRules(file: string): SiteRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    fail(`--rules ${file}: ${reason}`);
  }
  const rules = (Array.isArray(parsed) ? parsed : [parsed]) as SiteRule[];
  try {
    parseArticle('<p></p>', { siteRules: rules });
  } catch (error) {
    fail(`--rules ${file}: ${(error as Error).message}`);
  }
  return rules;
}

/**
 * Test only (test/cli-crawl.test.ts): with SINMUN_TEST_CRASH_ON=TEXT, a worker given a page whose
 * path contains TEXT dies on it, as a page that exhausts its memory would: SINMUN_TEST_CRASH_HOW
 * `exit` (default; process.exit(1)), `throw` (an uncaught error), `oom` (allocates until the heap
 * limit ends the worker) or `hang` (blocks for a minute, for SIGINT); SINMUN_TEST_CRASH_ONCE=1 spares
 * the retry. The main thread never does this.
 */
function testCrash(task: Task): void {
  const on = process.env.SINMUN_TEST_CRASH_ON;
  if (!on || !task.path.includes(on) || (process.env.SINMUN_TEST_CRASH_ONCE && task.attempt)) return;
  const how = process.env.SINMUN_TEST_CRASH_HOW ?? 'exit';
  if (how === 'throw') throw new Error(`test crash on ${task.path}`);
  if (how === 'hang') {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    return;
  }
  if (how === 'oom') {
    const hog: number[][] = [];
    for (;;) hog.push(new Array<number>(100_000).fill(hog.length + 0.5));
  }
  process.exit(1);
}

declare const __SINMUN_VERSION__: string;
const VERSION = typeof __SINMUN_VERSION__ === 'string' ? __SINMUN_VERSION__ : '0.0.0';

if (isMainThread) {
  main(process.argv.slice(2)).catch((error: unknown) => fail((error as Error).message));
} else {
  // A worker: parse each file it is sent; the main thread ends it when all pages are done.
  const setup = workerData as WorkerSetup;
  parentPort?.on('message', (task: Task) => {
    testCrash(task);
    parentPort?.postMessage(outcomeOf(task, setup));
  });
  parentPort?.postMessage({ ready: true });
}
