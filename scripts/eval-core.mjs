// The scoring of `npm run eval` (format and rules: the corpus README), shared by scripts/eval.mjs
// and scripts/quality-report.mjs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import diff from 'fast-diff';
import { parseArticle } from '../dist/index.js';

export function goldFiles(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (name.endsWith('.gold.json')) out.push(path);
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
  return (bytes, gold) => {
    const article = parseArticle(bytes, { url: gold.url, siteRules });
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
    const { document } = parseHTML(new TextDecoder().decode(bytes));
    const result = new Readability(document).parse();
    const paragraphs = (result?.textContent ?? '').split('\n').map((t) => t.trim()).filter(Boolean);
    return { title: result?.title ?? '', body: paragraphs.join('\n'), publishedAt: result?.publishedTime ?? undefined, authors: result?.byline ? [result.byline] : [] };
  };
}

/** Scores an engine on every page of `dir` that has a gold answer. */
export function evaluate(dir, engine) {
  const rows = [];
  for (const goldPath of goldFiles(dir)) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const htmlPath = goldPath.replace(/\.gold\.json$/, '.html');
    const result = engine(new Uint8Array(readFileSync(htmlPath)), gold);
    const body = charF1(result.body, gold.body.join('\n'));
    const goldAuthors = new Set(gold.authors);
    const gotAuthors = new Set(result.authors);
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
      // Comments: the count in the HTML (null, loaded by script, counts as none there); unscored
      // where the gold or the engine says nothing (Readability reads no comments).
      comments: gold.comments === undefined || result.comments === undefined ? undefined : (gold.comments ?? 0) === (result.comments ?? 0),
      detail: { title: result.title, publishedAt: result.publishedAt, authors: [...gotAuthors], comments: result.comments, leaks },
    });
  }
  const mean = (f) => (rows.length === 0 ? 0 : rows.reduce((s, r) => s + f(r), 0) / rows.length);
  const summary = {
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
  return { rows, summary };
}
