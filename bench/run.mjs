#!/usr/bin/env node
// npm run bench [-- DIR]: the speed of sinmun on every fixture page (and the pages of DIR), beside
// parse5.parse alone (our floor), @mozilla/readability over linkedom and over jsdom, and each stage of
// our pipeline; then memory per page, scaling from 10 KB to 10 MB, the batch CLI on two cores, and the
// repeats and dates benchmarks. Writes docs/performance.md.
//
// A plain harness rather than tinybench or mitata: the targets are medians of per-page ratios between
// engines on the same page, which a plain loop (warm-up, then the median of timed runs) gives directly.
import { execFileSync, spawn as spawnAsync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'parse5';
import { median, time } from './timing.mjs';

const root = new URL('..', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/sinmun-bench');
mkdirSync(cache, { recursive: true });
await build({ entryPoints: [join(root, 'bench/stages.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(cache, 'stages.mjs'), packages: 'external', logLevel: 'error' });
const { prepareStages, parseArticle } = await import(join(cache, 'stages.mjs'));
const { decodeHtml } = await import('../dist/index.js');


function pagesIn(dir, pattern) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

const extra = process.argv[2];
const sets = [['fixtures', pagesIn(join(root, 'fixtures'), /^source\.html$/)]];
if (extra) sets.push([extra, pagesIn(extra, /\.html?$/)]);

// Peers, loaded lazily (devDependencies).
const { Readability } = await import('@mozilla/readability');
const { parseHTML } = await import('linkedom');
const { JSDOM, VirtualConsole } = await import('jsdom');
const quiet = new VirtualConsole();
const readabilityLinkedom = (html) => new Readability(parseHTML(html).document).parse();
const readabilityJsdom = (html) => new Readability(new JSDOM(html, { virtualConsole: quiet }).window.document).parse();

const report = [];
const summaries = [];
for (const [name, files] of sets) {
  const rows = [];
  const stageTotals = {};
  let bytesTotal = 0;
  let sinmunTotal = 0;
  // sinmun beside parse5 in a process of their own (bench/engines.mjs); the peers here.
  const engineRows = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/engines.mjs'), ...files], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(readFileSync(file));
    const html = decodeHtml(bytes).html;
    const row = { page: file.replace(`${root}`, '').replace(`${extra ?? '\u0000'}/`, ''), kb: bytes.length / 1024 };
    row.parse5 = engineRows[i].parse5;
    row.sinmun = engineRows[i].sinmun;
    row.sinmunBytes = engineRows[i].sinmunBytes;
    row.linkedom = time(() => readabilityLinkedom(html), { warm: 1, runs: 5 });
    row.jsdom = time(() => readabilityJsdom(html), { warm: 1, runs: 3 });
    for (const [stage, fn] of Object.entries(prepareStages(bytes))) stageTotals[stage] = (stageTotals[stage] ?? 0) + time(fn, { warm: 1, runs: 5 });
    bytesTotal += bytes.length;
    sinmunTotal += row.sinmunBytes;
    rows.push(row);
  }
  const summary = {
    name,
    pages: rows.length,
    vsParse5: median(rows.map((r) => r.sinmun / r.parse5)),
    vsParse5Bytes: median(rows.map((r) => r.sinmunBytes / r.parse5)),
    linkedomSpeedup: median(rows.map((r) => r.linkedom / r.sinmun)),
    jsdomSpeedup: median(rows.map((r) => r.jsdom / r.sinmun)),
    pagesPerSecond: rows.length / (sinmunTotal / 1000),
    mbPerSecond: bytesTotal / 1048576 / (sinmunTotal / 1000),
    stageTotals,
  };
  summaries.push(summary);
  report.push({ name, rows });
}

// Memory: the live heap at the pipeline's fullest points, as multiples of the input's size (its
// bytes). From a string (the caller's, so not counted): the tree, the page scan, the body, the
// metadata, the comments and the events all held at once, as parseArticle holds them before it
// returns. From bytes, the decoded text is ours too, and it is held until parsing ends: the figure
// is the larger of (decoded text + tree) and the string figure. Beside them, parse5's own tree. One
// child process per page; each figure holds five copies at once (after full collections) and
// divides by five, so the heap's own noise of a few hundred KB does not swamp a page of 100 KB.
function memory(files) {
  const script = `
    import { readFileSync } from 'node:fs';
    const { pipelineOfText, parsedBytes } = await import(${JSON.stringify(join(cache, 'stages.mjs'))});
    const { parse } = await import('parse5');
    const { decodeHtml } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
    const COPIES = 5;
    const settle = () => { for (let i = 0; i < 4; i++) globalThis.gc(); return process.memoryUsage().heapUsed; };
    const bytes = new Uint8Array(readFileSync(process.argv[1]));
    const html = decodeHtml(bytes).html;
    const perCopy = (make) => {
      make(); make();
      const before = settle();
      const held = Array.from({ length: COPIES }, make);
      const after = settle();
      if (held.length !== COPIES) throw new Error('nothing held');
      return Math.max(0, after - before) / COPIES / bytes.length;
    };
    const tree = perCopy(() => parse(html));
    const fromText = perCopy(() => pipelineOfText(html));
    const fromBytes = Math.max(fromText, perCopy(() => parsedBytes(bytes)));
    console.log(JSON.stringify({ tree, fromText, fromBytes }));`;
  return files.map((file) => {
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script, file], { encoding: 'utf8', cwd: root });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout);
  });
}
const memoryRatios = memory(extra ? pagesIn(extra, /\.html?$/) : sets[0][1]);

// Scaling: generated pages from 10 KB to 10 MB, in a process of their own (bench/scaling.mjs).
const scaling = JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(root, 'bench/scaling.mjs')], { encoding: 'utf8', maxBuffer: 1 << 24 }));

// Batch CLI: the measuring folder (or the fixtures) repeated 20 times, one job and two.
const crawl = mkdtempSync(join(tmpdir(), 'sinmun-crawl-'));
const source = extra ?? join(root, 'fixtures');
for (let i = 0; i < 20; i++) cpSync(source, join(crawl, `copy${i}`), { recursive: true });
// The processor time the finished children used (Linux: /proc/self/stat's cutime + cstime, in clock
// ticks of 1/100 s), or undefined where that cannot be read.
const childCpuSeconds = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
};
const cliCpu = { 1: [], 2: [] };
const cliTime = (jobs) => {
  const cpuBefore = childCpuSeconds();
  const start = performance.now();
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), '--jobs', String(jobs), crawl], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const cpuAfter = childCpuSeconds();
  if (cpuBefore !== undefined && cpuAfter !== undefined) cliCpu[jobs].push((cpuAfter - cpuBefore) / (ms / 1000));
  return ms;
};
/** Milliseconds until node processes with these argument lists, started together, have all ended. */
const timeAtOnce = async (argLists, options) => {
  const start = performance.now();
  const children = argLists.map((args) => spawnAsync(process.execPath, args, options));
  await Promise.all(children.map((child) => new Promise((resolve) => child.on('exit', resolve))));
  return performance.now() - start;
};
// The same pages split in two halves, one single-job process per half, both at once: what two
// separate processes make of two cores, beside what --jobs 2 makes of them in one.
const halves = [0, 1].map((half) => Array.from({ length: 10 }, (_, i) => join(crawl, `copy${half * 10 + i}`)));
const splitTime = () => timeAtOnce(halves.map((dirs) => [join(root, 'dist/cli.js'), ...dirs]), { stdio: ['ignore', 'ignore', 'inherit'] });
cliTime(1);
cliCpu[1].length = 0;
// Taking turns, so that a busy moment of the machine falls on each way of running alike.
const cliSamples = { one: [], two: [], split: [] };
for (let round = 0; round < 3; round++) {
  cliSamples.one.push(cliTime(1));
  cliSamples.two.push(cliTime(2));
  cliSamples.split.push(await splitTime());
}
const oneJob = median(cliSamples.one);
const twoJobs = median(cliSamples.two);
const splitRun = median(cliSamples.split);
const coresBusy = (jobs) => (cliCpu[jobs].length > 0 ? median(cliCpu[jobs]) : undefined);
const cliPages = pagesIn(crawl, /\.html?$/).length;
// What two cores give on this machine for this kind of work: parse5.parse alone over the measuring
// pages in a loop, in one process and in two at once. Parsing is bound by memory as much as by the
// processor; where two cores share a memory bus (or a host), two parsers get less than 2×, and no
// program built on the parser can beat that ceiling.
const ceilingScript = `
  import { readFileSync } from 'node:fs';
  const { parse } = await import('parse5');
  const pages = JSON.parse(process.argv[1]).map((file) => readFileSync(file, 'utf8'));
  for (let round = 0; round < 30; round++) for (const page of pages) parse(page);`;
const ceilingPages = JSON.stringify(extra ? pagesIn(extra, /\.html?$/) : sets[0][1]);
const parallelParse = (copies) => timeAtOnce(Array.from({ length: copies }, () => ['--input-type=module', '-e', ceilingScript, ceilingPages]), { stdio: 'ignore', cwd: root });
const oneParser = median([await parallelParse(1), await parallelParse(1), await parallelParse(1)]);
const twoParsers = median([await parallelParse(2), await parallelParse(2), await parallelParse(2)]);
const machineCeiling = (2 * oneParser) / twoParsers;
// The floor on the CLI's own run: parse5.parse alone (read, decode, parse; no extraction) over the
// same crawl, in one process, and in two at once, each over one half, as the split run above.
// Each process warms up as a worker does, so this is the most a program built on parse5 can gain
// from a second core on a run of this length.
const floorScript = `
  import { readFileSync, readdirSync } from 'node:fs';
  import { join } from 'node:path';
  const { parse } = await import('parse5');
  const decoder = new TextDecoder();
  for (const dir of process.argv.slice(1)) for (const name of readdirSync(dir, { recursive: true }).sort()) {
    if (/\\.html?$/.test(name)) parse(decoder.decode(readFileSync(join(dir, name))));
  }`;
const floorRun = (dirLists) => timeAtOnce(dirLists.map((dirs) => ['--input-type=module', '-e', floorScript, ...dirs]), { stdio: 'ignore', cwd: root });
const floorSamples = { one: [], split: [] };
for (let round = 0; round < 3; round++) {
  floorSamples.one.push(await floorRun([[...halves[0], ...halves[1]]]));
  floorSamples.split.push(await floorRun(halves));
}
const floorOne = median(floorSamples.one);
const floorSplit = median(floorSamples.split);
rmSync(crawl, { recursive: true, force: true });

const extraBench = (script) => execFileSync(process.execPath, [join(root, script)], { encoding: 'utf8' }).trim();
const repeats = extraBench('bench/repeats.mjs');
const dates = extraBench('bench/dates.mjs');
// WARC input: parseWarc over a 100 MB gzipped WARC of the fixtures (bench/warc.mjs; `node bench/warc.mjs` alone for 1 GB).
const warc = JSON.parse(execFileSync(process.execPath, [join(root, 'bench/warc.mjs'), '--size', '100', '--json'], { encoding: 'utf8' }));
const warcLine = `parseWarc over a ${warc.fileMb.toFixed(0)} MB gzipped WARC (${warc.records} records, the fixture pages repeated): ${warc.pagesPerSecond.toFixed(0)} pages/s (${warc.mbPerSecond.toFixed(1)} MB/s of archive); resident memory ${warc.rssAt1000Mb?.toFixed(0) ?? 'n/a'} MB after the first 1,000 pages, peak ${warc.peakRssMb.toFixed(0)} MB.`;
console.log(warcLine);
// The job queue: 1, 2 and 4 worker processes over Redis against a direct loop (bench/queue.mjs; needs redis-server).
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const queueLines = hasRedis ? extraBench('bench/queue.mjs').split('\n') : ['(no redis-server on this machine: the queue was not measured)'];
for (const line of queueLines) console.log(line);

// The report.
const f = (x, digits = 2) => x.toFixed(digits);
const lines = [
  '# Performance',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench${extra ? ' -- DIR' : ''}\` on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  'Each time is the median of timed runs after warm-up; ratios are medians over pages of the per-page ratio.',
  'The harness is a plain loop (bench/run.mjs): the targets are per-page ratios between engines, which it gives directly.',
  '',
  '## sinmun beside parse5 and Readability',
  '',
  '| pages | n | parseArticle ÷ parse5.parse (string) | (bytes, with decoding) | Readability + linkedom ÷ sinmun | Readability + jsdom ÷ sinmun | pages/s | MB/s |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...summaries.map((s) => `| ${s.name} | ${s.pages} | ${f(s.vsParse5)}× | ${f(s.vsParse5Bytes)}× | ${f(s.linkedomSpeedup, 1)}× faster | ${f(s.jsdomSpeedup, 1)}× faster | ${f(s.pagesPerSecond, 0)} | ${f(s.mbPerSecond, 1)} |`),
  '',
  'Targets: parseArticle ≤ 1.8× parse5.parse on the same input; ≥ 2× faster than Readability over linkedom; ≥ 10× faster than Readability over jsdom.',
  '',
  '## Stages (sum over pages, × parse5 in our pipeline)',
  '',
  `| stage | ${summaries.map((s) => s.name).join(' | ')} |`,
  `| --- | ${summaries.map(() => '---').join(' | ')} |`,
  ...Object.keys(summaries[0].stageTotals).map((stage) => `| ${stage} | ${summaries.map((s) => `${f(s.stageTotals[stage])} ms (${f(s.stageTotals[stage] / s.stageTotals.parse)}×)`).join(' | ')} |`),
  '',
  '## Memory',
  '',
  `Live heap at the pipeline's fullest point, after full collections (five copies held per measurement), as a multiple of the input's size, over the ${memoryRatios.length} pages of ${extra ? 'the measuring folder' : 'the fixtures'}. From a string (the tree, page scan, body, metadata, comments and events held at once): median ${f(median(memoryRatios.map((m) => m.fromText)), 1)}×, largest ${f(Math.max(...memoryRatios.map((m) => m.fromText)), 1)}×. From bytes (the decoded text is ours too, held until parsing ends): median ${f(median(memoryRatios.map((m) => m.fromBytes)), 1)}×, largest ${f(Math.max(...memoryRatios.map((m) => m.fromBytes)), 1)}×. parse5's own tree alone, for comparison: median ${f(median(memoryRatios.map((m) => m.tree)), 1)}×, largest ${f(Math.max(...memoryRatios.map((m) => m.tree)), 1)}×. Target: ≤ 8×.`,
  '',
  '## Scaling (generated pages of realistic markup)',
  '',
  'The `news` page has a bounded article (up to 30 paragraphs) and grows, as real pages do, by reader comments and lists of headlines; the `prose` page is the worst case for the text stages, with 40% of the page in one article body. Sizes are bytes of UTF-8, the file as a crawler holds it (1 KB = 1,024 bytes); the Korean text takes about 1.5–2 bytes a character.',
  '',
  'Each time is per call, from batches of calls over about 10 MiB of input for every size (the 10 KB page a thousand times, the 10 MB page once), timed whole, so that every size carries its share of the garbage collections its pages cause; the median of five batches.',
  '',
  "| page | input | parseArticle | parse5.parse | ratio | × the previous size's time (10× the input) | parse5: × the previous size's |",
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...scaling.map((s, i) => {
    const first = i === 0 || scaling[i - 1].kind !== s.kind;
    return `| ${s.kind} | ${s.bytes < 1048576 ? `${(s.bytes / 1024).toFixed(0)} KB` : `${(s.bytes / 1048576).toFixed(1)} MB`} (${(s.size / 1000).toFixed(0)} K chars) | ${f(s.ms, 1)} ms | ${f(s.parse5Ms, 1)} ms | ${f(s.ms / s.parse5Ms)}× | ${first ? '' : `${f(s.ms / scaling[i - 1].ms, 1)}×`} | ${first ? '' : `${f(s.parse5Ms / scaling[i - 1].parse5Ms, 1)}×`} |`;
  }),
  '',
  'Targets: 10× the input in ≤ 12× the time; the 10 MB page (with `maxInputBytes` raised) in under 3 s.',
  '',
  '## Batch CLI',
  '',
  `\`sinmun --jobs N DIR > out.jsonl\` on ${cliPages} pages (${extra ? 'the measuring folder' : 'the fixtures'} repeated 20 times): one job ${f(oneJob / 1000, 2)} s, two jobs ${f(twoJobs / 1000, 2)} s: **${f(oneJob / twoJobs)}×** the one-job throughput on ${cpus().length} cores. Target: ≥ 1.6× on 2 cores.`,
  '',
  ...(coresBusy(1) === undefined
    ? []
    : [`Cores kept busy (processor time ÷ wall time): one job ${f(coresBusy(1), 2)}, two jobs ${f(coresBusy(2), 2)}. One job is more than one thread: V8 collects garbage and compiles on helper threads beside it.`, '']),
  `The same pages in two halves, one single-job \`sinmun\` process per half, both at once: ${f(splitRun / 1000, 2)} s, **${f(oneJob / splitRun)}×** the one-job throughput (\`--jobs 2\`, in one process: ${f(oneJob / twoJobs)}×).`,
  '',
  `The machine's own ceiling for this work: parse5.parse alone over the same pages, in two processes at once, reaches ${f(machineCeiling)}× the throughput of one process (one ${f(oneParser / 1000, 2)} s, two at once ${f(twoParsers / 1000, 2)} s). \`--jobs 2\` reaches ${f((oneJob / twoJobs / machineCeiling) * 100, 0)}% of that ceiling.`,
  '',
  `The floor on this very run: parse5.parse alone (reading, decoding and parsing each page, no extraction) over the same ${cliPages} pages takes ${f(floorOne / 1000, 2)} s in one process and ${f(floorSplit / 1000, 2)} s in two processes at once, each over one half: **${f(floorOne / floorSplit)}×**. Each process warms up as a worker does; no program built on parse5 gains more from the second core on a run this short.`,
  '',
  '## WARC input',
  '',
  warcLine,
  'Records are read one at a time, so the peak stays where it is after the first pages whatever the archive\'s size (docs/crawls.md, "WARC archives").',
  '',
  '## The job queue',
  '',
  ...queueLines.map((line) => `- ${line}`),
  '',
  'On one machine `--jobs` costs less than the queue (no Redis round trips); the queue is for many machines (docs/crawls.md).',
  '',
  '## Repeats and dates',
  '',
  `- ${repeats}`,
  `- ${dates}`,
  '',
  '## Per page',
  '',
  ...report.flatMap(({ name, rows }) => [
    `### ${name}`,
    '',
    '| page | KB | parse5 ms | sinmun ms | ratio | linkedom ms | jsdom ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.page} | ${f(r.kb, 0)} | ${f(r.parse5)} | ${f(r.sinmun)} | ${f(r.sinmun / r.parse5)} | ${f(r.linkedom)} | ${f(r.jsdom)} |`),
    '',
  ]),
];
// The hand-written reading of the numbers (bench/notes.md) goes before the per-page tables.
const notes = readFileSync(join(root, 'bench/notes.md'), 'utf8').trimEnd();
lines.splice(lines.indexOf('## Per page'), 0, notes, '');
writeFileSync(join(root, 'docs/performance.md'), `${lines.join('\n')}\n`);
console.log(lines.slice(0, 40).join('\n'));
