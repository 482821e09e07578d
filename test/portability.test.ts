import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core runs anywhere', () => {
  // Only the Node-only entries may use Node's own modules: the CLI, WARC input, the queue and the
  // fixtures entry. The core (everything else) imports none, and nothing of the core imports them.
  const NODE_ONLY = { has: (file: string): boolean => /^(?:cli|warc|queue)\//.test(file) || file === 'fixtures/index.ts' };

  it('imports nothing from node: outside the CLI and the fixtures entry', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !NODE_ONLY.has(relative(SRC, file)))
      .filter((file) => /from\s+['"](?:node:|fs['"]|path['"]|url['"]|os['"]|buffer['"])/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('uses no Buffer or process in the core', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !NODE_ONLY.has(relative(SRC, file)))
      .filter((file) => /\b(?:Buffer|process)\./.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('no core module imports a Node-only entry (cli, warc, queue) or warcio, bullmq, ioredis', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !NODE_ONLY.has(relative(SRC, file)))
      .filter((file) => /from\s+['"](?:\.\.\/(?:cli|warc|queue)\/|warcio|bullmq|ioredis)/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('keeps node: imports out of the built main entry', () => {
    const built = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.js'), 'utf8');
    expect(built).not.toMatch(/from ['"]node:/);
  });
});
