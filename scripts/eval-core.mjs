// The scoring of `npm run eval` (format and rules: the corpus README), shared by scripts/eval.mjs
// and scripts/quality-report.mjs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import diff from 'fast-diff';
import { decodeHtml, parseArticle } from '../dist/index.js';

/**
 * The pages of `folder` with their answers: `*.gold.json` beside `*.html` (the corpus format), and
 * fixture folders (`source.html` with `fixture.json`): there the answer is the fixture's hand-made
 * `gold.json` when it has one, else its reviewed `expected.json` (title, publishedAt, author names,
 * paragraphs) with `fixture.json`'s `mustNotContain`. Text fixtures (`source.txt`) are not pages.
 */
export function goldFiles(folder) {
  const out = [];
  const names = readdirSync(folder).sort();
  if (names.includes('source.html')) {
    const notes = names.includes('fixture.json') ? JSON.parse(readFileSync(join(folder, 'fixture.json'), 'utf8')) : {};
    if (names.includes('gold.json')) return [{ gold: JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')), html: join(folder, 'source.html'), options: notes.options }];
    if (!names.includes('expected.json')) return [];
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
    const gold = {
      url: notes.options?.url ?? expected.url,
      title: expected.title,
      publishedAt: expected.publishedAt ?? null,
      authors: expected.authors.map((a) => a.name),
      body: expected.paragraphs.map((p) => p.text),
      mustNotContain: notes.mustNotContain ?? [],
      comments: expected.comments.length,
    };
    return [{ gold, html: join(folder, 'source.html'), options: notes.options }];
  }
  for (const name of names) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (name.endsWith('.gold.json')) {
      out.push({ gold: JSON.parse(readFileSync(path, 'utf8')), html: path.replace(/\.gold\.json$/, '.html') });
    }
  }
  return out;
}

const norm = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Character F1 of two texts (whitespace collapsed, NFC), common characters from fast-diff. */
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

/** `publishedAt` equal to the minute as an instant; a date-only answer matches the same Korean day. */
export function sameDate(predicted, gold) {
  if (!gold) return !predicted;
  if (!predicted) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) return predicted.slice(0, 10) === gold;
  const p = Date.parse(predicted);
  const g = Date.parse(gold);
  return !Number.isNaN(p) && Math.floor(p / 60000) === Math.floor(g / 60000);
}

/** sinmun as an eval engine. */
export function sinmunEngine({ siteRules = true } = {}) {
  return (bytes, gold, options = {}) => {
    const article = parseArticle(bytes, { ...options, url: gold.url ?? options.url, siteRules });
    // null: the comments load by script (the gold's null), as the warning says.
    const byScript = article.comments.length === 0 && article.source.warnings.some((w) => w.code === 'comments-not-in-html');
    return {
      title: article.title,
      body: article.paragraphs.map((p) => p.text).join('\n'),
      publishedAt: article.publishedAt,
      authors: article.authors.map((a) => a.name),
      comments: byScript ? null : article.comments.length,
    };
  };
}

/** @mozilla/readability over linkedom as an eval engine (devDependencies). */
export async function readabilityEngine() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (bytes) => {
    // Decoded by our decoder (CP949 pages, wrong <meta charset>): Readability is scored on its extraction, not on decoding.
    const { document } = parseHTML(decodeHtml(bytes).html);
    const result = new Readability(document).parse();
    const paragraphs = (result?.textContent ?? '').split('\n').map((t) => t.trim()).filter(Boolean);
    return { title: result?.title ?? '', body: paragraphs.join('\n'), publishedAt: result?.publishedTime ?? undefined, authors: result?.byline ? [result.byline] : [] };
  };
}

/** Scores an engine on every page of `dir` that has a gold answer. */
export function evaluate(dir, engine) {
  const rows = [];
  for (const { gold, html: htmlPath, options } of goldFiles(dir)) {
    const result = engine(new Uint8Array(readFileSync(htmlPath)), gold, options);
    const body = charF1(result.body, gold.body.join('\n'));
    const goldAuthors = new Set(gold.authors);
    const gotAuthors = new Set(result.authors);
    const leaks = (gold.mustNotContain ?? []).filter((s) => norm(result.body).includes(norm(s)));
    const page = relative(dir, htmlPath);
    rows.push({
      page,
      family: page.split(/[\\/]/)[0],
      f1: body.f1,
      precision: body.precision,
      recall: body.recall,
      title: norm(result.title) === norm(gold.title),
      date: sameDate(result.publishedAt, gold.publishedAt),
      authors: goldAuthors.size === gotAuthors.size && [...goldAuthors].every((a) => gotAuthors.has(a)),
      leaks: leaks.length,
      // Comments: the count in the HTML (null, loaded by script, counts as none there); unscored
      // where the gold or the engine says nothing (Readability reads no comments).
      comments: gold.comments === undefined || result.comments === undefined ? undefined : (gold.comments ?? 0) === (result.comments ?? 0),
      detail: { title: result.title, publishedAt: result.publishedAt, authors: [...gotAuthors], comments: result.comments, leaks },
    });
  }
  const summary = summarise(rows);
  const families = {};
  for (const family of [...new Set(rows.map((r) => r.family))]) families[family] = summarise(rows.filter((r) => r.family === family));
  return { rows, summary, families };
}

function summarise(rows) {
  const mean = (f) => (rows.length === 0 ? 0 : rows.reduce((s, r) => s + f(r), 0) / rows.length);
  return {
    pages: rows.length,
    f1: mean((r) => r.f1),
    minF1: rows.length === 0 ? 0 : Math.min(...rows.map((r) => r.f1)),
    title: mean((r) => (r.title ? 1 : 0)),
    date: mean((r) => (r.date ? 1 : 0)),
    authors: mean((r) => (r.authors ? 1 : 0)),
    leaks: rows.reduce((s, r) => s + r.leaks, 0),
    comments: (() => {
      const scored = rows.filter((r) => r.comments !== undefined);
      return scored.length === 0 ? undefined : scored.filter((r) => r.comments).length / scored.length;
    })(),
  };
}
