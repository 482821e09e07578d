import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/index.js';
import { PASSAGES, PHRASES } from './cases.js';

// The hand-computed table (docs/dates.md conventions), written apart from the implementation.
describe('date phrases', () => {
  it('cover every category with enough cases', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(250);
    expect(PASSAGES.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(PHRASES.map((c) => c.category));
    for (const category of ['absolute', 'partial', 'relative', 'period', 'range', 'weekday', 'time', 'negative']) expect(categories).toContain(category);
  });

  it.each(PHRASES.map((c) => [c.category, c.text, c] as const))('%s: %s', (_, __, c) => {
    const found = findDates(c.text, { referenceDate: c.reference });
    if (c.mention === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found.map((m) => m.mention)).toEqual([c.mention]);
    expect(found[0]?.date).toEqual(c.value);
    expect(c.text.slice(found[0]!.start, found[0]!.end)).toBe(c.mention);
  });
});

describe('date passages', () => {
  it.each(PASSAGES.map((p) => [p.text.slice(0, 40), p] as const))('%s…', (_, p) => {
    const found = findDates(p.text, { referenceDate: p.reference });
    expect(found.map((m) => ({ text: m.mention, value: m.date }))).toEqual(p.mentions);
    for (const m of found) expect(p.text.slice(m.start, m.end)).toBe(m.mention);
  });
});
