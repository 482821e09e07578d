// SinmunError is recognised by instanceof across copies of the class: the ESM and CommonJS builds
// and the Node entries, which bundle their own copy of the core.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('SinmunError across builds', () => {
  it('a SinmunError from sinmun/warc (ESM) is an instance of the main entry\'s class, ESM and CommonJS', async () => {
    // The built entries; paths in variables, so type checking needs no dist/.
    const dist = (name: string): string => new URL(`../dist/${name}`, import.meta.url).pathname;
    const esm = (await import(dist('index.js'))) as typeof import('../src/index.js');
    const cjs = require(dist('index.cjs')) as typeof esm;
    const warc = (await import(dist('warc.js'))) as typeof import('../src/warc/index.js');
    let thrown: unknown;
    try {
      warc.parseWarc(42 as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof esm.SinmunError).toBe(true);
    expect(thrown instanceof cjs.SinmunError).toBe(true);
    expect((thrown as { code: string }).code).toBe('invalid-input');
    expect(new Error('plain') instanceof esm.SinmunError).toBe(false);
    expect(new TypeError('plain') instanceof cjs.SinmunError).toBe(false);
  });
});
