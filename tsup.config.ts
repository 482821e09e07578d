import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', fixtures: 'src/fixtures/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    // No clean here: with several configs, one's clean (its DTS step runs it too) would delete the others' output;
    // the build script empties dist first.
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    shims: true,
    removeNodeProtocol: false,
    // Only the fixtures entry uses Node modules; the core must stay free of them (a test checks).
    external: [/^node:/],
  },
  {
    // Node-only entries around the core: WARC input (warcio) and the job queue (bullmq, an optional peer).
    entry: { warc: 'src/warc/index.ts', queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    removeNodeProtocol: false,
    external: ['warcio', 'bullmq', 'ioredis', /^node:/],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    // One file: the command is whole on its own (its lazy imports of the queue and WARC code inlined).
    splitting: false,
    platform: 'node',
    target: 'node20',
    removeNodeProtocol: false,
    sourcemap: false,
    define: { __SINMUN_VERSION__: JSON.stringify(version) },
  },
]);
