/**
 * Shapes of the independent date tables in this folder (written from the language and docs/dates.md,
 * never from the implementation; every expectation computed by hand).
 */
import type { DateRange } from '../../../src/model/article.js';

/** One sentence with exactly one date mention (or none) and its expected value. */
export interface NewsPhrase {
  /** Category: time, range, compound, prefix, part, tense, rollover, leap, weekday, relative, anchored, absolute, negative. */
  category: string;
  /** Reference date, `YYYY-MM-DD` (the article's publication day). */
  reference: string;
  /** A natural Korean news sentence. */
  text: string;
  /** The exact substring of `text` that is the mention, or null when the sentence holds no date mention. */
  mention: string | null;
  /** The expected value, or null for negative cases. */
  value: DateRange | null;
}

/** A passage of 2–6 sentences with every date mention in it, in text order. */
export interface NewsPassage {
  reference: string;
  text: string;
  mentions: { text: string; value: DateRange }[];
}

/** A sentence (or two) with its expected events: each dated mention and the subject of its clause. */
export interface NewsEventCase {
  reference: string;
  text: string;
  /** In text order. `subject: null` when the clause has no subject marked by 이/가/은/는. */
  events: { mention: string; subject: string | null; date: DateRange }[];
}
