#!/usr/bin/env node
// Regenerates fixtures/<family>/<slug>/expected.json from the built library (npm run build first;
// npm run fixtures:update does both). Prints which goldens changed: read their diffs before commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, parseArticle, parseArticleText } from '../dist/index.js';
import { fixturesRoot } from '../dist/fixtures.js';
import { readFixtureInput } from './fixture-input.mjs';

const root = fixturesRoot();
let changed = 0;
for (const { name, dir, source, notes } of readFixtureInput(root)) {
  const options = notes.options ?? {};
  const article = notes.mode === 'text' ? parseArticleText(decodeHtml(source).html, options) : parseArticle(source, options);
  const path = join(dir, 'expected.json');
  const next = `${JSON.stringify(article, null, 2)}\n`;
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (previous !== next) {
    writeFileSync(path, next);
    console.log(`${previous === '' ? 'new' : 'changed'}: ${name}`);
    changed++;
  }
}
console.log(changed === 0 ? 'All goldens up to date.' : `${changed} golden(s) written: read \`git diff fixtures\` before commit.`);
