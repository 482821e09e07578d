#!/usr/bin/env node
// parseArticle beside parse5.parse, page by page, for bench/run.mjs: the files are the arguments,
// the rows are printed as JSON. In a process of its own that loads only sinmun and parse5 (a
// crawler's process), so the peers' modules and pages in the main bench process do not weigh on
// either engine's garbage collection. The engines take turns on each page, in an order that turns
// round, so a busy moment of the machine falls on all of them alike. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { decodeHtml, parseArticle } from '../dist/index.js';
import { timeInTurns } from './timing.mjs';

const WARM = 3;
const RUNS = 15;

const pages = process.argv.slice(2).map((file) => {
  const bytes = new Uint8Array(readFileSync(file));
  return { file, bytes, html: decodeHtml(bytes).html };
});
// The whole set twice first, so that no page is timed while V8 still compiles the pipeline.
for (let pass = 0; pass < 2; pass++) {
  for (const { bytes, html } of pages) {
    parse(html);
    parseArticle(html);
    parseArticle(bytes);
  }
}

const rows = pages.map(({ file, bytes, html }) => ({
  file,
  ...timeInTurns({ parse5: () => parse(html), sinmun: () => parseArticle(html), sinmunBytes: () => parseArticle(bytes) }, { warm: WARM, runs: RUNS }),
}));
console.log(JSON.stringify(rows));
