#!/usr/bin/env node
// Regenerates fixtures/<family>/<slug>/expected.json from the built library (npm run
// fixtures:update builds first). Prints which goldens changed: read their diffs before commit.
// With names (`npm run fixtures:update -- naver/current-1`), only those fixtures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, parseArticle, parseArticleText } from '../dist/index.js';
import { fixtureDir, listFixtures, readFixturePage } from '../dist/fixtures.js';

const only = process.argv.slice(2);
let changed = 0;
for (const name of listFixtures()) {
  if (only.length > 0 && !only.some((prefix) => name.startsWith(prefix))) continue;
  const page = readFixturePage(name);
  const article = page.mode === 'text' ? parseArticleText(decodeHtml(page.source).html, page.options) : parseArticle(page.source, page.options);
  const path = join(fixtureDir(name), 'expected.json');
  const next = `${JSON.stringify(article, null, 2)}\n`;
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (previous !== next) {
    writeFileSync(path, next);
    console.log(`${previous === '' ? 'new' : 'changed'}: ${name}`);
    changed++;
  }
}
console.log(changed === 0 ? 'All goldens up to date.' : `${changed} golden(s) written: read \`git diff fixtures\` before commit.`);
