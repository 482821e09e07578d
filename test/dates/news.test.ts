import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { NEWS_PHRASES_CONTEXT } from './news/phrases-context.js';
import { NEWS_PHRASES_FORMS } from './news/phrases-forms.js';
import type { NewsPhrase } from './news/types.js';

// The independent tables of issue #15, written by separate authors from docs/dates.md and the language,
// never from the implementation (test/dates/news/*.ts; each file's header lists its authors' readings).
const PHRASES: NewsPhrase[] = [...NEWS_PHRASES_FORMS, ...NEWS_PHRASES_CONTEXT];

describe('news date phrases (independent table)', () => {
  it('cover every category of issue #15 with enough cases', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(600);
    const count = (category: string): number => PHRASES.filter((c) => c.category === category).length;
    for (const category of ['time', 'range', 'compound', 'prefix', 'part', 'tense', 'rollover', 'leap', 'negative']) {
      expect(count(category), category).toBeGreaterThanOrEqual(20);
    }
  });

  it.each(PHRASES.map((c) => [c.category, c.text, c] as const))('%s: %s', (_, __, c) => {
    const found = findDates(c.text, { referenceDate: c.reference });
    expect(found.map((m) => ({ text: m.text, value: m.value }))).toEqual(c.mention === null ? [] : [{ text: c.mention, value: c.value }]);
    for (const m of found) expect(c.text.slice(m.start, m.end)).toBe(m.text);
  });
});
