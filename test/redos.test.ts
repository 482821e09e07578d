/**
 * ReDoS: every regular expression of src/ goes through recheck (hybrid automaton/fuzz checker).
 *
 * The expressions are collected three ways, so none is missed:
 * 1. regex literals, read from the TypeScript syntax tree of every src/**\/*.ts file (exact source and flags);
 * 2. `new RegExp(…)` values, recorded by a wrapper around the `RegExp` constructor while the modules
 *    load and while every fixture is parsed (patterns built per call, from tables or site names);
 * 3. RegExp values reachable from the modules' exports (BOILERPLATE_RULES, PARSERS, hints, …).
 *
 * Each must be `safe`, or be listed in KNOWN_VULNERABLE with why it cannot be exploited (the input it
 * runs on is bounded) or that it is a reported issue. The list is checked both ways: an entry that no
 * longer matches a vulnerable expression fails too, so it is removed when the pattern is fixed.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check } from 'recheck';
import type { Diagnostics } from 'recheck';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

interface Found {
  source: string;
  flags: string;
  /** `src/file.ts:line` of the literal or of the `new RegExp` call. */
  where: Set<string>;
}

/**
 * Expressions recheck calls vulnerable that are accepted or reported. `file` and `includes` pick the
 * expression (its source contains `includes`); `bounded` says why it cannot blow up where it runs, or
 * `reported` names the input that makes it slow (docs/reliability.md, "ReDoS"). Empty: the patterns
 * once listed here were rewritten, and recheck calls every pattern of src/ safe.
 */
const KNOWN_VULNERABLE: readonly { file: string; includes: string; bounded?: string; reported?: string }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const found = new Map<string, Found>();
function add(source: string, flags: string, where: string): void {
  const key = `/${source}/${flags}`;
  const entry = found.get(key) ?? { source, flags, where: new Set<string>() };
  entry.where.add(where);
  found.set(key, entry);
}

/** `new RegExp` call sites in src, as `src/file.ts:line`. */
const constructorSites: string[] = [];

function scanLiterals(): void {
  for (const file of sourceFiles(SRC)) {
    const name = relative(ROOT, file);
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const line = (): number => tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf('/');
        add(text.slice(1, slash), text.slice(slash + 1), `${name}:${line()}`);
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(tree) === 'RegExp') constructorSites.push(`${name}:${line()}`);
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
}

/** RegExp values under an export: the value itself, arrays and plain objects (tables of rules). */
function collectValues(value: unknown, where: string, seen: Set<unknown>, depth = 0): void {
  if (value instanceof RegExp) {
    add(value.source, value.flags, where);
    return;
  }
  if (depth > 6 || value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const items = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Array.isArray(value) ? value : Object.values(value);
  for (const item of items) collectValues(item, where, seen, depth + 1);
}

/** The src file and line of the caller of a `new RegExp`, from a stack trace. */
function callerOf(stack: string): string {
  for (const line of stack.split('\n').slice(2)) {
    const match = /\/(src\/[^:)]+\.ts):(\d+)/.exec(line);
    if (match) return `${match[1]}:${match[2]}`;
  }
  return 'runtime';
}

const results = new Map<string, Diagnostics>();

/** Distinct patterns kept per `new RegExp` call site. */
const PER_SITE = 3;

/** recheck parameters without wall-clock limits: the fuzzer's budgets are step counts, so verdicts do not depend on load. */
const DETERMINISTIC = { timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null, recallTimeout: -1 } as const;

beforeAll(async () => {
  scanLiterals();
  // Record every RegExp built with the constructor while the modules load and while pages are parsed.
  const Original = globalThis.RegExp;
  const constructed: { source: string; flags: string; where: string }[] = [];
  const recorder = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === recorder ? target : newTarget) as RegExp;
      constructed.push({ source: made.source, flags: made.flags, where: callerOf(new Error().stack ?? '') });
      return made;
    },
  });
  vi.resetModules();
  globalThis.RegExp = recorder;
  try {
    // The CLI runs when imported: its literals are read from the syntax tree only.
    for (const file of sourceFiles(SRC).filter((path) => !path.includes(`${join('src', 'cli')}`))) {
      const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      collectValues(module, relative(ROOT, file), new Set());
    }
    const { parseArticle, parseArticleText, decodeHtml } = (await import(/* @vite-ignore */ join(SRC, 'index.ts'))) as typeof import('../src/index.js');
    const { listFixtures, loadFixture } = (await import(/* @vite-ignore */ join(SRC, 'fixtures', 'index.ts'))) as typeof import('../src/fixtures/index.js');
    for (const name of listFixtures()) {
      const fixture = loadFixture(name);
      if (fixture.mode === 'text') parseArticleText(decodeHtml(fixture.source).html, fixture.options);
      else parseArticle(fixture.source, fixture.options);
    }
  } finally {
    globalThis.RegExp = Original;
  }
  // Patterns built per call (a site-name alternation per page) differ only in their words: a few of each site do.
  const perSite = new Map<string, Set<string>>();
  for (const made of constructed) {
    if (made.where === 'runtime') continue;
    const seen = perSite.get(made.where) ?? new Set<string>();
    perSite.set(made.where, seen);
    if (seen.size >= PER_SITE && !seen.has(made.source)) continue;
    seen.add(made.source);
    add(made.source, made.flags, made.where);
  }

  // Two at a time, with recheck's time-based limits off (count-based instead), so a loaded machine
  // gives the same verdicts as an idle one.
  // Verdicts are cached by recheck version and pattern (node_modules/.cache), so only new or changed
  // patterns are checked again; a fresh clone checks all of them once (about a minute on two cores).
  const cache = readCache();
  const entries = [...found.entries()];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const [key, { source, flags }] = entries[next++] as [string, Found];
      const cached = cache.get(key);
      if (cached) {
        results.set(key, cached);
        continue;
      }
      const started = performance.now();
      const diagnostics = await check(source, flags.replace(/[dgyv]/g, ''), DETERMINISTIC);
      timings.push([performance.now() - started, key]);
      results.set(key, diagnostics);
      cache.set(key, diagnostics);
    }
  };
  await Promise.all([worker(), worker()]);
  writeCache(cache);
}, 600_000);

const timings: [number, string][] = [];
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'sinmun-redos');
const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
const CACHE_FILE = join(CACHE_DIR, `verdicts-${RECHECK_VERSION}.json`);

function readCache(): Map<string, Diagnostics> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, Diagnostics>));
  } catch {
    return new Map();
  }
}

function writeCache(cache: Map<string, Diagnostics>): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify(Object.fromEntries(cache)));
  } catch {
    // A read-only node_modules only costs time on the next run.
  }
}

function known(entry: Found): (typeof KNOWN_VULNERABLE)[number] | undefined {
  return KNOWN_VULNERABLE.find((k) => entry.source.includes(k.includes) && [...entry.where].some((w) => w.startsWith(`${k.file}:`)));
}

function describeAttack(diagnostics: Diagnostics): string {
  if (diagnostics.status === 'vulnerable') return `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}`;
  if (diagnostics.status === 'unknown') return `unknown (${diagnostics.error.kind})`;
  return 'safe';
}

describe('regular expressions of src/', () => {
  it('are all found: literals, constructed patterns and exported tables', () => {
    const sites = new Set([...found.values()].flatMap((f) => [...f.where]));
    // Every `new RegExp(` call site in src built at least one recorded expression.
    const missing = constructorSites.filter((site) => ![...sites].some((s) => s.startsWith(site.split(':')[0] as string)));
    expect(missing).toEqual([]);
    expect(found.size).toBeGreaterThan(150);
    const slowest = timings.sort((a, b) => b[0] - a[0]).slice(0, 5).map(([ms, key]) => `${Math.round(ms)} ms ${key.slice(0, 80)}`);
    console.log(`redos: ${found.size} distinct expressions (${constructorSites.length} new RegExp call sites), ${timings.length} checked now, the rest cached${slowest.length ? `; slowest:\n${slowest.join('\n')}` : ''}`);
  });

  it('are safe (recheck), or listed with the bound that makes them harmless', () => {
    const unsafe: string[] = [];
    const accepted: string[] = [];
    for (const [key, entry] of found) {
      const diagnostics = results.get(key) as Diagnostics;
      if (diagnostics.status === 'safe') continue;
      const listed = known(entry);
      const line = `${[...entry.where].join(', ')}: ${key.length > 160 ? `${key.slice(0, 160)}…` : key} — ${describeAttack(diagnostics)}`;
      if (!listed) unsafe.push(line);
      else accepted.push(`${line}\n    ${listed.bounded ? `bounded: ${listed.bounded}` : `REPORTED: ${listed.reported}`}`);
    }
    if (accepted.length > 0) console.log(`redos: ${accepted.length} vulnerable expressions are listed:\n${accepted.join('\n')}`);
    expect(unsafe, 'vulnerable regular expressions: make them linear, or bound their input and list them in KNOWN_VULNERABLE').toEqual([]);
  });

  it('has no stale KNOWN_VULNERABLE entry', () => {
    const stale = KNOWN_VULNERABLE.filter((entry) => ![...found.entries()].some(([key, f]) => known(f) === entry && results.get(key)?.status !== 'safe'));
    expect(stale.map((entry) => `${entry.file} ${entry.includes}`), 'no longer vulnerable (or gone): remove from KNOWN_VULNERABLE').toEqual([]);
  });
});
