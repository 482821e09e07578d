#!/usr/bin/env node
// Scores sinmun (or Readability, with --engine readability) on a folder of real pages with
// *.gold.json answers (format: the corpus README). Usage:
//   npm run eval -- DIR [--min-f1 X] [--min-family-f1 X] [--min-page-f1 X] [--min-title X] [--min-date X] [--min-authors X]
//                      [--max-leaks N] [--no-site-rules] [--engine sinmun|readability] [--json] [--verbose]
// Exits 1 when a result is under a given threshold, 2 on a usage error.
import { parseArgs } from 'node:util';
import { evaluate, readabilityEngine, sinmunEngine } from './eval-core.mjs';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'min-f1': { type: 'string' },
      'min-family-f1': { type: 'string' },
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
} catch (error) {
  console.error(`eval: ${error.message}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1 || !['sinmun', 'readability'].includes(values.engine)) {
  console.error('usage: npm run eval -- DIR [--min-f1 X] [--min-family-f1 X] [--min-page-f1 X] [--min-title X] [--min-date X] [--min-authors X] [--max-leaks N] [--no-site-rules] [--engine sinmun|readability] [--json] [--verbose]');
  process.exit(2);
}

const engine = values.engine === 'readability' ? await readabilityEngine() : sinmunEngine({ siteRules: !values['no-site-rules'] });
const { rows, summary, families } = evaluate(positionals[0], engine);

if (values.json) {
  console.log(JSON.stringify({ rows, summary }, null, 2));
} else {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(['page'.padEnd(58), 'F1'.padStart(6), 'P'.padStart(6), 'R'.padStart(6), 'title', 'date', 'auth', 'cmts', 'leaks'].join(' '));
  for (const r of rows) {
    console.log(
      [r.page.padEnd(58), r.f1.toFixed(3).padStart(6), r.precision.toFixed(3).padStart(6), r.recall.toFixed(3).padStart(6),
        (r.title ? 'ok' : 'NO').padEnd(5), (r.date ? 'ok' : 'NO').padEnd(4), (r.authors ? 'ok' : 'NO').padEnd(4), (r.comments === undefined ? '-' : r.comments ? 'ok' : 'NO').padEnd(4), String(r.leaks)].join(' '),
    );
    if (values.verbose && (!r.title || !r.date || !r.authors || r.comments === false || r.leaks)) console.log('   ', JSON.stringify(r.detail));
  }
  if (Object.keys(families).length > 1) {
    console.log(`\n${'family'.padEnd(14)} pages  body F1  min F1  title   date  authors leaks`);
    for (const [family, f] of Object.entries(families)) {
      console.log(`${family.padEnd(14)} ${String(f.pages).padStart(5)}  ${f.f1.toFixed(3).padStart(7)}  ${f.minF1.toFixed(3).padStart(6)}  ${pct(f.title).padStart(6)} ${pct(f.date).padStart(6)}  ${pct(f.authors).padStart(6)} ${String(f.leaks).padStart(5)}`);
    }
  }
  console.log(
    `\n${values.engine}${values['no-site-rules'] ? ' (no site rules)' : ''}: ${summary.pages} pages, mean body F1 ${summary.f1.toFixed(3)} (min ${summary.minF1.toFixed(3)}), ` +
      `title ${pct(summary.title)}, publishedAt ${pct(summary.date)}, authors ${pct(summary.authors)}, ` +
      `${summary.comments === undefined ? '' : `comments ${pct(summary.comments)}, `}leaks ${summary.leaks}`,
  );
}

const failures = [];
const check = (name, actual, option, below = true) => {
  if (values[option] === undefined) return;
  const limit = Number(values[option]);
  if (below ? actual < limit : actual > limit) failures.push(`${name} ${actual.toFixed(3)} ${below ? '<' : '>'} ${limit}`);
};
check('mean F1', summary.f1, 'min-f1');
for (const [family, f] of Object.entries(families)) check(`${family} mean F1`, f.f1, 'min-family-f1');
check('lowest page F1', summary.minF1, 'min-page-f1');
check('title', summary.title, 'min-title');
check('publishedAt', summary.date, 'min-date');
check('authors', summary.authors, 'min-authors');
check('leaks', summary.leaks, 'max-leaks', false);
if (failures.length > 0) {
  console.error(`eval: under the thresholds: ${failures.join('; ')}`);
  process.exit(1);
}
