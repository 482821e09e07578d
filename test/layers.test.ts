/**
 * The layers of src/, read from the import statements themselves (type-only imports and
 * re-exports included): a folder imports only from folders below it, so no two folders are in a
 * cycle, and no module is in a cycle with others of its own folder.
 *
 * The order, bottom to top (docs/architecture.md says what each layer holds):
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

export const LAYERS: readonly (readonly string[])[] = [
  ['model'], // types and SinmunError: imported by all, imports nothing of ours
  ['helpers'], // chars, the tree, the one text reader, class/id names, the one URL resolver
  ['decode'], // bytes to text
  ['parse'], // parse5 and the one walk over the page
  ['dates'], // Korean date expressions
  ['sites'], // site families and their rules
  ['events'], // dated events from sentences
  ['metadata'], // title, dates, bylines, excerpt
  ['dedupe'], // repeats and boilerplate
  ['body'], // the article container and its blocks
  ['comments', 'navigation'], // around the article; neither reads the other
  ['output'], // Markdown and HTML of an Article
  ['article'], // the stages in one list, and the entries that run it
  ['index.ts', 'fixtures'], // the package's core entries
  ['warc', 'queue'], // Node entries
  ['cli'], // the command line
];

const SRC = join(import.meta.dirname, '..', 'src');
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The src-relative path of each module's relative imports (`.js` written, `.ts` on disk). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(IMPORT)].map((match) => {
    const target = normalize(join(dirname(file), (match[1] ?? match[2]) as string)).replace(/\.js$/, '.ts');
    return relative(SRC, target);
  });
}

/** `body/score.ts` → `body`; `index.ts` → `index.ts`. */
const folderOf = (path: string): string => path.split('/')[0] as string;

function rankOf(folder: string): number {
  const rank = LAYERS.findIndex((layer) => layer.includes(folder));
  if (rank < 0) throw new Error(`src/${folder} is in no layer: add it to LAYERS (and to docs/architecture.md)`);
  return rank;
}

const graph = new Map(modules(SRC).map((file) => [relative(SRC, file), importsOf(file)] as const));

type Graph = ReadonlyMap<string, readonly string[]>;

/** Imports from a folder to one of its own layer or above. */
function upwardImports(graph: Graph): string[] {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from && rankOf(to) >= rankOf(from)) upward.push(`${file} → ${target}`);
    }
  }
  return upward;
}

/** Each import cycle met in a depth-first walk, as its path. */
function cyclesOf(graph: Graph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('layers', () => {
  it('reads the imports of every module (the reader finds them)', () => {
    expect(graph.size).toBeGreaterThan(80);
    // Forms the reader must see: a named import, a type-only import, a re-export.
    expect(graph.get('article/htmlStages.ts')).toContain('parse/scan.ts');
    expect(graph.get('parse/scan.ts')).toContain('model/page.ts');
    expect(graph.get('index.ts')).toContain('article/parseArticle.ts');
    for (const [file, targets] of graph) for (const target of targets) expect(graph.has(target), `${file} imports ${target}`).toBe(true);
  });

  it('every folder imports only from layers below it', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no module is in an import cycle', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('the checks find an upward import, a sibling import and a cycle in a made-up graph', () => {
    const made: Graph = new Map([
      ['parse/scan.ts', ['body/index.ts']],
      ['comments/index.ts', ['navigation/index.ts']],
      ['body/index.ts', ['body/score.ts']],
      ['body/score.ts', ['body/index.ts', 'model/page.ts']],
      ['model/page.ts', []],
      ['navigation/index.ts', []],
    ]);
    expect(upwardImports(made)).toEqual(['parse/scan.ts → body/index.ts', 'comments/index.ts → navigation/index.ts']);
    expect(cyclesOf(made)).toEqual(['body/index.ts → body/score.ts → body/index.ts']);
    expect(() => rankOf('nowhere')).toThrow(/in no layer/);
  });
});
