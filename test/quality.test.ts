// The generic reader (site rules off) on every fixture page, scored as `npm run eval` scores it:
// against the page's hand-made gold.json where it has one, else its reviewed expected.json.
// Beside it, @mozilla/readability over linkedom on the same decoded page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import diff from 'fast-diff';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseArticle } from '../src/index.js';
import { fixtureDir, listFixtures, readFixturePage } from '../src/fixtures/index.js';

const norm = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function charF1(predicted: string, gold: string): number {
  const p = norm(predicted);
  const g = norm(gold);
  if (p === '' || g === '') return p === g ? 1 : 0;
  let common = 0;
  for (const [op, text] of diff(p, g)) if (op === 0) common += text.length;
  return (2 * common) / (p.length + g.length);
}

interface Gold {
  title: string;
  publishedAt: string | null;
  body: string[];
  mustNotContain: string[];
}

function goldOf(name: string): Gold | undefined {
  const page = readFixturePage(name);
  if (page.mode !== 'html') return undefined;
  const goldPath = join(fixtureDir(name), 'gold.json');
  if (existsSync(goldPath)) return JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const expected = page.expected;
  if (!expected) return undefined;
  return { title: expected.title, publishedAt: expected.publishedAt ?? null, body: expected.paragraphs.map((p) => p.text), mustNotContain: page.mustNotContain };
}

const sameMinute = (a: string | undefined, b: string | null): boolean => {
  if (!b) return !a;
  if (!a) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(b)) return a.slice(0, 10) === b;
  return Math.floor(Date.parse(a) / 60000) === Math.floor(Date.parse(b) / 60000);
};

const rows = listFixtures().flatMap((name) => {
  const gold = goldOf(name);
  return gold ? [{ name, gold, page: readFixturePage(name) }] : [];
});

describe('the generic reader (siteRules: false) on every fixture', () => {
  const scored = rows.map(({ name, gold, page }) => {
    const article = parseArticle(page.source, { ...page.options, siteRules: false });
    const { document } = parseHTML(decodeHtml(page.source).html);
    const readability = new Readability(document as unknown as Document).parse();
    const readabilityBody = (readability?.textContent ?? '').split('\n').map((t) => t.trim()).filter(Boolean).join('\n');
    return {
      name,
      family: name.split('/')[0] as string,
      f1: charF1(article.paragraphs.map((p) => p.text).join('\n'), gold.body.join('\n')),
      readabilityF1: charF1(readabilityBody, gold.body.join('\n')),
      title: norm(article.title) === norm(gold.title),
      date: sameMinute(article.publishedAt, gold.publishedAt),
      leaks: gold.mustNotContain.filter((text) => norm(article.body).includes(norm(text))),
    };
  });

  it('covers the pages', () => {
    expect(scored.length).toBeGreaterThanOrEqual(50);
  });

  it.each(scored.map((row) => [row.name, row]))('%s: never below Readability, headline and date right, no chrome', (_, row) => {
    expect(row.f1, `body F1 of ${row.name} (Readability ${row.readabilityF1.toFixed(3)})`).toBeGreaterThanOrEqual(row.readabilityF1);
    expect(row.f1, `body F1 of ${row.name}`).toBeGreaterThanOrEqual(0.95);
    expect(row.title, `title of ${row.name}`).toBe(true);
    expect(row.date, `publishedAt of ${row.name}`).toBe(true);
    expect(row.leaks, `chrome in the body of ${row.name}`).toEqual([]);
  });

  it('gives a mean body F1 of at least 0.97 for every family', () => {
    const families = [...new Set(scored.map((row) => row.family))];
    for (const family of families) {
      const mine = scored.filter((row) => row.family === family);
      const mean = mine.reduce((sum, row) => sum + row.f1, 0) / mine.length;
      expect(mean, family).toBeGreaterThanOrEqual(0.97);
    }
  });
});
