#!/usr/bin/env node
// Fetches the tree-construction tests of html5lib-tests (the public HTML parser test suite) into
// `.cache/html5lib-tests/tree-construction/` (git-ignored, never committed), for the fuzz run in
// test/parse/html5lib.test.ts.
//
// The suite is not on the npm registry by itself; the npm package html5-parser@0.1.1 ships a
// snapshot of it (49 tree-construction files, 1,448 `#data` inputs). The tarball comes through npm
// (so the registry and proxy settings of this machine apply) and is checked against the sha512
// pinned below before anything is unpacked.
//
//   node scripts/fetch-html5lib-tests.mjs [--force]
//
// Exit 0: the files are there (fetched now or before). Exit 1: they could not be had (no network).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'html5-parser@0.1.1';
const INTEGRITY = 'sha512-E9eAoZbLz0OgwfpUWiljQjg6+YAOm2L5R1KSP6yPYK1wdCtk/x5rF+17G6BX96SwgT+yisH8WsWX3Qh4pN6H5A==';
const INSIDE = 'package/test/html5lib-tests/tree-construction';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TREE_CONSTRUCTION = join(root, '.cache', 'html5lib-tests', 'tree-construction');

function have() {
  return existsSync(TREE_CONSTRUCTION) && readdirSync(TREE_CONSTRUCTION).some((name) => name.endsWith('.dat'));
}

function fetchSuite() {
  const work = mkdtempSync(join(tmpdir(), 'sinmun-html5lib-'));
  try {
    const out = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const [{ filename }] = JSON.parse(out);
    const tarball = join(work, filename);
    const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (digest !== INTEGRITY) throw new Error(`${PACKAGE}: the tarball's sha512 is ${digest}, not the pinned ${INTEGRITY}`);
    rmSync(TREE_CONSTRUCTION, { recursive: true, force: true });
    mkdirSync(TREE_CONSTRUCTION, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', TREE_CONSTRUCTION, '--strip-components=4', '--wildcards', `${INSIDE}/*.dat`, '--warning=no-unknown-keyword'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--force') || !have()) fetchSuite();
    const files = readdirSync(TREE_CONSTRUCTION).filter((name) => name.endsWith('.dat'));
    console.log(`html5lib-tests: ${files.length} tree-construction files in ${TREE_CONSTRUCTION}`);
  } catch (error) {
    console.error(`html5lib-tests: could not fetch ${PACKAGE}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}
