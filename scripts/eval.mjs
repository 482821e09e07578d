#!/usr/bin/env node
// Scores sinmun (or Readability, with --engine readability) on a folder of real pages with
// *.gold.json answers (format: the corpus README). Usage:
//   npm run eval -- DIR [--min-f1 X] [--min-page-f1 X] [--min-title X] [--min-date X] [--min-authors X]
//                      [--max-leaks N] [--no-site-rules] [--engine sinmun|readability] [--json]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import diff from 'fast-diff';
import { parseArticle } from '../dist/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'min-f1': { type: 'string' },
    'min-page-f1': { type: 'string' },
    'min-title': { type: 'string' },
    'min-date': { type: 'string' },
    'min-authors': { type: 'string' },
    'max-leaks': { type: 'string' },
    'no-site-rules': { type: 'boolean' },
    engine: { type: 'string', default: 'sinmun' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- DIR [--min-f1 X] [--no-site-rules] [--engine sinmun|readability]');
  process.exit(2);
}
const dir = positionals[0];

function goldFiles(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (name.endsWith('.gold.json')) out.push(path);
  }
  return out;
}

const norm = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Character F1 of two texts, common characters from fast-diff. */
export function charF1(predicted, gold) {
  const p = norm(predicted);
  const g = norm(gold);
  if (p.length === 0 && g.length === 0) return { f1: 1, precision: 1, recall: 1 };
  if (p.length === 0 || g.length === 0) return { f1: 0, precision: 0, recall: 0 };
  let common = 0;
  for (const [op, text] of diff(p, g)) if (op === 0) common += text.length;
  const precision = common / p.length;
  const recall = common / g.length;
  return { f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), precision, recall };
}

function instantMinute(value) {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 60000);
}

function sameDate(predicted, gold) {
  if (!gold) return !predicted;
  if (!predicted) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) {
    // A date-only answer matches the same Korean day.
    return predicted.slice(0, 10) === gold;
  }
  return instantMinute(predicted) === instantMinute(gold);
}

async function readabilityEngine() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (html) => {
    const { document } = parseHTML(html);
    const result = new Readability(document).parse();
    const text = result?.textContent ?? '';
    const paragraphs = text.split(/\n\s*\n|\n/).map((t) => t.trim()).filter(Boolean);
    return {
      title: result?.title ?? '',
      body: paragraphs.join('\n'),
      publishedAt: result?.publishedTime ?? undefined,
      authors: result?.byline ? [{ name: result.byline }] : [],
    };
  };
}

const engine =
  values.engine === 'readability'
    ? await readabilityEngine()
    : (html, bytes, gold) => {
        const article = parseArticle(bytes, { url: gold.url, siteRules: !values['no-site-rules'] });
        return { ...article, body: article.paragraphs.map((p) => p.text).join('\n') };
      };

const rows = [];
for (const goldPath of goldFiles(dir)) {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  const htmlPath = goldPath.replace(/\.gold\.json$/, '.html');
  const bytes = new Uint8Array(readFileSync(htmlPath));
  const html = new TextDecoder().decode(bytes);
  const result = engine(html, bytes, gold);
  const body = charF1(result.body, gold.body.join('\n'));
  const goldAuthors = new Set(gold.authors);
  const gotAuthors = new Set(result.authors.map((a) => a.name));
  const leaks = (gold.mustNotContain ?? []).filter((s) => norm(result.body).includes(norm(s)));
  rows.push({
    page: relative(dir, htmlPath),
    f1: body.f1,
    precision: body.precision,
    recall: body.recall,
    title: norm(result.title) === norm(gold.title),
    date: sameDate(result.publishedAt, gold.publishedAt),
    authors: goldAuthors.size === gotAuthors.size && [...goldAuthors].every((a) => gotAuthors.has(a)),
    leaks: leaks.length,
    detail: { title: result.title, publishedAt: result.publishedAt, authors: [...gotAuthors], leaks },
  });
}

const mean = (f) => (rows.length === 0 ? 0 : rows.reduce((s, r) => s + f(r), 0) / rows.length);
const summary = {
  pages: rows.length,
  f1: mean((r) => r.f1),
  minF1: Math.min(...rows.map((r) => r.f1)),
  title: mean((r) => (r.title ? 1 : 0)),
  date: mean((r) => (r.date ? 1 : 0)),
  authors: mean((r) => (r.authors ? 1 : 0)),
  leaks: rows.reduce((s, r) => s + r.leaks, 0),
};

if (values.json) {
  console.log(JSON.stringify({ rows, summary }, null, 2));
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(['page'.padEnd(58), 'F1'.padStart(6), 'P'.padStart(6), 'R'.padStart(6), 'title', 'date', 'auth', 'leaks'].join(' '));
  for (const r of rows) {
    console.log(
      [r.page.padEnd(58), r.f1.toFixed(3).padStart(6), r.precision.toFixed(3).padStart(6), r.recall.toFixed(3).padStart(6),
        (r.title ? 'ok' : 'NO').padEnd(5), (r.date ? 'ok' : 'NO').padEnd(4), (r.authors ? 'ok' : 'NO').padEnd(4), String(r.leaks)].join(' '),
    );
    if (values.verbose && (!r.title || !r.date || !r.authors || r.leaks)) console.log('   ', JSON.stringify(r.detail));
  }
  console.log(
    `\n${values.engine}${values['no-site-rules'] ? ' (no site rules)' : ''}: ${summary.pages} pages, mean body F1 ${summary.f1.toFixed(3)} (min ${summary.minF1.toFixed(3)}), ` +
      `title ${pct(summary.title)}, publishedAt ${pct(summary.date)}, authors ${pct(summary.authors)}, leaks ${summary.leaks}`,
  );
}

const failures = [];
const check = (name, actual, option, below = true) => {
  if (values[option] === undefined) return;
  const limit = Number(values[option]);
  if (below ? actual < limit : actual > limit) failures.push(`${name} ${actual.toFixed(3)} ${below ? '<' : '>'} ${limit}`);
};
check('mean F1', summary.f1, 'min-f1');
check('lowest page F1', summary.minF1, 'min-page-f1');
check('title', summary.title, 'min-title');
check('publishedAt', summary.date, 'min-date');
check('authors', summary.authors, 'min-authors');
check('leaks', summary.leaks, 'max-leaks', false);
if (failures.length > 0) {
  console.error(`eval: under the thresholds: ${failures.join('; ')}`);
  process.exit(1);
}
