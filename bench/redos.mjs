#!/usr/bin/env node
// ReDoS benchmark (issue: robustness): times every date and byline pattern of src/ (and the other
// patterns recheck calls vulnerable) on the worst input recheck finds, grown pump by pump, and on
// long adversarial strings. Prints one line per pattern; nothing is written. `node bench/redos.mjs`
// (no build needed: the src modules are bundled with esbuild into node_modules/.cache).
//
//   node bench/redos.mjs            date, byline and boilerplate-byline patterns, plus every vulnerable one
//   node bench/redos.mjs --all      every pattern of src/
//
// For a vulnerable pattern the attack is `prefix + pump × k + suffix` (recheck's), for k doubling
// until one match takes over 250 ms or the string passes 1 MB; "at cap" is the time at the longest
// input the library actually runs that pattern on, where it caps it (see docs/reliability.md).
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import ts from 'typescript';
import { check } from 'recheck';

const root = new URL('..', import.meta.url).pathname;
const all = process.argv.includes('--all');
const cache = join(root, 'node_modules/.cache/sinmun-redos');
mkdirSync(cache, { recursive: true });

// Which files hold date and byline patterns (always timed); the others are timed when vulnerable or with --all.
const DATE_AND_BYLINE = /^src\/(?:dates\/|metadata\/byline\.ts|dedupe\/boilerplate\.ts|text\/chrome\.ts)/;

// Where the library caps the input a pattern runs on (characters); see docs/reliability.md.
const CAPS = [
  { file: 'src/dedupe/boilerplate.ts', includes: '칼럼니스트|편집위원', cap: 60 },
  { file: 'src/dedupe/boilerplate.ts', includes: '통신원|에디터|앵커', cap: 120 },
  { file: 'src/dedupe/boilerplate.ts', includes: '받아보세요', cap: 200 },
  { file: 'src/metadata/byline.ts', includes: '', cap: 200 },
  { file: 'src/dates/datetime.ts', includes: '', cap: 300 },
];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// 1. Regex literals of every src file, from the syntax tree.
const patterns = new Map();
function add(source, flags, where) {
  const key = `/${source}/${flags}`;
  const entry = patterns.get(key) ?? { source, flags, where: new Set() };
  entry.where.add(where);
  patterns.set(key, entry);
}
for (const file of sourceFiles(join(root, 'src'))) {
  const name = relative(root, file);
  const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(tree);
      const slash = text.lastIndexOf('/');
      add(text.slice(1, slash), text.slice(slash + 1), `${name}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
}

// 2. Patterns built with `new RegExp`: one bundle of every module (source maps on, so a stack trace
//    names the src file and line), imported with the constructor recorded.
const entry = join(cache, 'entry.ts');
const modules = sourceFiles(join(root, 'src')).filter((f) => !f.includes('/src/cli/'));
writeFileSync(entry, modules.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join('\n'));
const bundle = join(cache, 'all.mjs');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, packages: 'external', logLevel: 'error', sourcemap: 'inline' });
process.setSourceMapsEnabled(true);
const Original = globalThis.RegExp;
globalThis.RegExp = new Proxy(Original, {
  construct(target, args) {
    const made = Reflect.construct(target, args);
    const caller = (new Error().stack ?? '').split('\n').slice(2).map((line) => /(src\/[^:)]+\.ts):(\d+)/.exec(line)).find(Boolean);
    if (caller) add(made.source, made.flags, `${caller[1]}:${caller[2]}`);
    return made;
  },
});
let bundled;
try {
  bundled = await import(`${bundle}?${Date.now()}`);
} finally {
  globalThis.RegExp = Original;
}

const capOf = (entry) => CAPS.find((c) => [...entry.where].some((w) => w.startsWith(c.file)) && entry.source.includes(c.includes))?.cap;

function timeOnce(regex, input) {
  const copy = new Original(regex.source, regex.flags.replace(/[gy]/g, ''));
  const start = performance.now();
  copy.exec(input);
  return performance.now() - start;
}
const fmt = (ms) => (ms < 1 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`);

/** Length of the adversarial runs safe patterns are timed on. */
const RUN_LENGTH = 100_000;

/** Long strings that date and byline patterns chew on. */
const GENERIC = ['1', ' ', '\t', '가', '2023년 ', '8월 3일 ', '2023.08.03 ', '홍길동 기자 ', '홍길동·', '기자', 'a.', '-', '(', '[서울=', '#태그 ', '오후 3:'];

// The verdicts test/redos.test.ts caches (same parameters: no wall-clock limits, so the same verdict on any machine).
const DETERMINISTIC = { timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null, recallTimeout: -1 };
const recheckVersion = JSON.parse(readFileSync(join(root, 'node_modules/recheck/package.json'), 'utf8')).version;
const verdictFile = join(cache, `verdicts-${recheckVersion}.json`);
let verdicts = {};
try {
  verdicts = JSON.parse(readFileSync(verdictFile, 'utf8'));
} catch {
  // first run: every pattern is checked (about a minute)
}

const rows = [];
for (const [key, entry] of patterns) {
  const regex = new Original(entry.source, entry.flags);
  const diagnostics = verdicts[key] ?? (await check(entry.source, entry.flags.replace(/[dgyv]/g, ''), DETERMINISTIC));
  verdicts[key] = diagnostics;
  const dateOrByline = [...entry.where].some((w) => DATE_AND_BYLINE.test(w));
  if (!all && !dateOrByline && diagnostics.status === 'safe') continue;
  const where = [...entry.where].join(', ');
  const cap = capOf(entry);
  if (diagnostics.status === 'vulnerable') {
    const { pumps, suffix } = diagnostics.attack;
    const make = (k) => pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + suffix;
    const curve = [];
    let worst = 0;
    // Exponential patterns grow one pump at a time (a doubling step could take hours).
    const step = diagnostics.complexity.type === 'exponential' ? (k) => k + 1 : (k) => k * 2;
    for (let k = 1; k <= 1 << 20; k = step(k)) {
      const input = make(k);
      if (input.length > 1_000_000) break;
      const ms = timeOnce(regex, input);
      curve.push(`${input.length}:${fmt(ms)}`);
      worst = Math.max(worst, ms);
      if (ms > 250) break;
    }
    let atCap = '';
    if (cap !== undefined) {
      // At the cap: recheck's attack cut to length, and each generic run cut to length with a failing end.
      let k = 1;
      while (make(k + 1).length <= cap) k++;
      const candidates = [make(k).slice(0, cap), ...GENERIC.map((unit) => `${unit.repeat(cap).slice(0, cap - 1)}!`)];
      let worst = { ms: 0, input: '' };
      for (const input of candidates) {
        const ms = Math.min(...[0, 1, 2].map(() => timeOnce(regex, input)));
        if (ms > worst.ms) worst = { ms, input };
      }
      atCap = ` | at cap ${cap}: ${fmt(worst.ms)} on ${JSON.stringify(worst.input.length > 24 ? `${worst.input.slice(0, 12)}…${worst.input.slice(-6)}` : worst.input)}`;
    }
    rows.push(`VULNERABLE ${diagnostics.complexity.summary.padEnd(24)} ${where}\n  ${key.slice(0, 140)}\n  attack ${diagnostics.attack.pattern.slice(0, 120)}\n  length:time ${curve.join('  ')}${atCap}`);
  } else {
    // Safe (or unknown): the worst of the long generic strings, 100,000 characters each.
    let worst = { ms: 0, what: '' };
    for (const unit of GENERIC) {
      const input = unit.repeat(Math.ceil(RUN_LENGTH / unit.length));
      const ms = timeOnce(regex, input);
      if (ms > worst.ms) worst = { ms, what: JSON.stringify(unit) };
    }
    rows.push(`${diagnostics.status.padEnd(10)} ${(diagnostics.complexity?.summary ?? diagnostics.error?.kind ?? '').padEnd(24)} ${where}\n  ${key.slice(0, 140)}\n  worst of ${RUN_LENGTH.toLocaleString('en')}-character runs: ${fmt(worst.ms)} on ${worst.what}`);
  }
}
writeFileSync(verdictFile, JSON.stringify(verdicts));

// findNameRoles tries the anchored NAME_ROLE along a byline (the unanchored pattern was quadratic): the
// same runs, plus recheck's old attack on the unanchored pattern.
const { findNameRoles } = Object.values(bundled).find((module) => typeof module.findNameRoles === 'function');
let worstScan = { ms: 0, what: '' };
for (const unit of [...GENERIC, '영제,특']) {
  const input = unit.repeat(Math.ceil(RUN_LENGTH / unit.length));
  const start = performance.now();
  findNameRoles(input);
  const ms = performance.now() - start;
  if (ms > worstScan.ms) worstScan = { ms, what: JSON.stringify(unit) };
}
rows.push(`scan       ${'findNameRoles'.padEnd(24)} src/metadata/byline.ts\n  worst of ${RUN_LENGTH.toLocaleString('en')}-character runs: ${fmt(worstScan.ms)} on ${worstScan.what}`);

console.log(`${rows.length - 1} patterns (${patterns.size} in src/)${all ? '' : '; --all for every pattern'}, and the byline scan\n`);
console.log(rows.join('\n'));
