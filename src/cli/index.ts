#!/usr/bin/env node
/**
 * The `sinmun` command: `sinmun page.html` prints the page's Article as JSON; `sinmun --jobs 4 DIR`
 * reads a whole crawl on worker threads and prints JSON Lines in input order.
 * The only part of the package that uses Node's own modules.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { decodeHtml, parseArticle, parseArticleText, SinmunError } from '../index.js';
import type { Article, ParseOptions, SiteRule } from '../index.js';

const USAGE = `Usage: sinmun [options] FILE|DIR...

Reads Korean news pages and prints each one's Article as JSON: one object for one file,
JSON Lines (in input order) for several files or a folder. FILE may be - for standard input;
a DIR is read recursively (*.html, *.htm; *.txt with --text).

Options:
  --text                 read the input as plain visible text, not HTML
  --pretty               indent the JSON (one file only)
  --url URL              the page's address (site rules, links)
  --reference-date DATE  date for relative dates when the page has none (YYYY-MM-DD)
  --content-type VALUE   the HTTP Content-Type the bytes came with
  --max-bytes N          largest input accepted (default 20 MiB)
  --no-site-rules        use only the generic extractor
  --rules FILE           site rules of your own (a JSON rule or array of rules, see docs/sites.md),
                         tried before the built-in ones
  -j, --jobs N           parse on N threads: this one and N-1 workers (default 1; 0 = one per core)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 all pages read; 1 some input was not an HTML page (an image, a PDF, JSON, plain text:
named on stderr, its empty Article printed); 2 a bad option, or some file could not be read (named
on stderr).`;

class UsageError extends Error {}

interface Task {
  index: number;
  path: string;
}

interface Outcome {
  index: number;
  json?: string;
  error?: string;
  /** The page was read but is not HTML: what it looks like. */
  notHtml?: string;
}

interface WorkerSetup {
  options: ParseOptions;
  text: boolean;
  pretty: boolean;
}

function fail(message: string): never {
  process.stderr.write(`sinmun: ${message}\n`);
  process.exit(2);
}

function readSource(file: string): Uint8Array {
  try {
    return file === '-' ? new Uint8Array(readFileSync(0)) : new Uint8Array(readFileSync(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

/** Parses one file; throws UsageError or SinmunError for a page that cannot be read. */
function processFile(path: string, setup: WorkerSetup): Article {
  const bytes = readSource(path);
  const { options } = setup;
  return setup.text
    ? parseArticleText(decodeHtml(bytes, options.contentType ? { contentType: options.contentType } : {}).html, options)
    : parseArticle(bytes, options);
}

function outcomeOf(task: Task, setup: WorkerSetup): Outcome {
  try {
    const article = processFile(task.path, setup);
    const outcome: Outcome = { index: task.index, json: JSON.stringify(article, null, setup.pretty ? 2 : undefined) };
    const notHtml = article.source.warnings.find((w) => w.code === 'not-html');
    if (notHtml) outcome.notHtml = `${task.path}: ${notHtml.message}`;
    return outcome;
  } catch (error) {
    if (error instanceof UsageError || error instanceof SinmunError) return { index: task.index, error: `${task.path}: ${error.message}` };
    return { index: task.index, error: `${task.path}: unexpected error: ${(error as Error).message}` };
  }
}

/** Expands folders into their pages, sorted, so output order is stable. */
function expand(paths: readonly string[], text: boolean): string[] {
  const out: string[] = [];
  const pattern = text ? /\.(?:txt|html?)$/i : /\.html?$/i;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = path !== '-' && statSync(path).isDirectory();
    } catch {
      // not there: reported when it is read
    }
    if (isDirectory) walk(path);
    else out.push(path);
  }
  return out;
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

/**
 * N jobs: the main thread (whose code is already loaded and warm) and N − 1 worker threads. The main
 * thread parses a page per turn of the event loop, so it still hands pages to the workers between
 * its own; each worker keeps {@link IN_FLIGHT} pages queued so it never waits for the main thread.
 */
async function runParallel(tasks: Task[], jobs: number, setup: WorkerSetup, emit: (outcome: Outcome) => void): Promise<void> {
  const workers: Worker[] = [];
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    let finished = 0;
    const settle = (outcome: Outcome): void => {
      emit(outcome);
      if (++finished === tasks.length) resolve();
    };
    const feed = (worker: Worker): void => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
    };
    for (let i = 0; i < Math.min(jobs - 1, tasks.length); i++) {
      // A larger young generation: parsing makes many short-lived objects, and workers start with a small one.
      const worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      workers.push(worker);
      worker.on('message', (outcome: Outcome) => {
        settle(outcome);
        feed(worker);
      });
      worker.on('error', reject);
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
    const ownTurn = (): void => {
      if (next >= tasks.length) return;
      settle(outcomeOf(tasks[next++] as Task, setup));
      setImmediate(ownTurn);
    };
    setImmediate(ownTurn);
  });
  await Promise.all(workers.map((worker) => worker.terminate()));
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        text: { type: 'boolean' },
        pretty: { type: 'boolean' },
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
    fail(`${(error as Error).message.split('\n')[0]} (see sinmun --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
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

  const files = expand(positionals, values.text === true);
  const setup: WorkerSetup = { options, text: values.text === true, pretty: values.pretty === true && files.length === 1 };
  const tasks = files.map((path, index) => ({ index, path }));
  const show = progress(tasks.length);
  let failed = 0;
  let notHtml = 0;
  let done = 0;
  // Outcomes may arrive out of order: hold them until every earlier page is printed.
  const held = new Map<number, Outcome>();
  let printed = 0;
  const emit = (outcome: Outcome): void => {
    held.set(outcome.index, outcome);
    show(++done);
    for (let ready = held.get(printed); ready; ready = held.get(printed)) {
      held.delete(printed++);
      if (ready.json !== undefined) {
        process.stdout.write(`${ready.json}\n`);
        if (ready.notHtml !== undefined) {
          notHtml++;
          process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}sinmun: ${ready.notHtml}\n`);
        }
      } else {
        failed++;
        process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}sinmun: ${ready.error}\n`);
      }
    }
  };

  if (jobs <= 1 || tasks.length < 2 || tasks.some((task) => task.path === '-')) {
    for (const task of tasks) emit(outcomeOf(task, setup));
  } else {
    await runParallel(tasks, jobs, setup, emit);
  }
  if (failed > 0) process.exitCode = 2;
  else if (notHtml > 0) process.exitCode = 1;
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

declare const __SINMUN_VERSION__: string;
const VERSION = typeof __SINMUN_VERSION__ === 'string' ? __SINMUN_VERSION__ : '0.0.0';

if (isMainThread) {
  main(process.argv.slice(2)).catch((error: unknown) => fail((error as Error).message));
} else {
  // A worker: parse each file it is sent; the main thread ends it when all pages are done.
  const setup = workerData as WorkerSetup;
  parentPort?.on('message', (task: Task) => {
    parentPort?.postMessage(outcomeOf(task, setup));
  });
}
