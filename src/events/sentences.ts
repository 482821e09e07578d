/**
 * Korean sentence splitting: a sentence ends at `.`, `?`, `!` or `…` followed by a space, a line
 * break or the end of the text — never inside quotes or brackets, and never at a decimal point
 * (`3.5%`) or in an abbreviation followed by a digit. Line breaks always end a sentence.
 */

import { isSpaceCode } from '../helpers/chars.js';

/** A sentence and its offsets in the text (UTF-16 units, end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Longest sentence before a cut is forced at a space. */
export const MAX_SENTENCE_LENGTH = 2000;

/** Opening brackets and quotes (char codes) and the closer each waits for. */
const CLOSER_OF: ReadonlyMap<number, number> = new Map(
  [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['(', ')'], ['[', ']'], ['《', '》'], ['〈', '〉']].map(([open, close]) => [
    (open as string).charCodeAt(0),
    (close as string).charCodeAt(0),
  ]),
);
const CLOSERS: ReadonlySet<number> = new Set(CLOSER_OF.values());

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const STRAIGHT_QUOTE = 0x22;
const FULL_STOP = 0x2e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const ELLIPSIS = 0x2026;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The codes the splitter acts on, by what they do; every other code is passed over with one look-up. */
const MARK = new Uint8Array(0x10000);
const IS_BREAK = 1;
const IS_BLANK = 2;
const IS_STRAIGHT_QUOTE = 3;
const IS_OPENER = 4;
const IS_CLOSER = 5;
const IS_END = 6;
MARK[NEWLINE] = IS_BREAK;
MARK[SPACE] = IS_BLANK;
MARK[TAB] = IS_BLANK;
MARK[STRAIGHT_QUOTE] = IS_STRAIGHT_QUOTE;
for (const code of CLOSER_OF.keys()) MARK[code] = IS_OPENER;
for (const code of CLOSERS) MARK[code] = IS_CLOSER;
for (const code of [FULL_STOP, QUESTION, EXCLAMATION, ELLIPSIS]) MARK[code] = IS_END;

/**
 * Splits a text into sentences with their offsets; `text.slice(s.start, s.end) === s.text`.
 * One pass over the character codes (no per-character strings): linear in the text.
 *
 * @example
 * ```ts
 * splitSentences('성장률은 3.5%였다. 그는 "좋다. 아주 좋다"고 말했다.').map((s) => s.text);
 * // ['성장률은 3.5%였다.', '그는 "좋다. 아주 좋다"고 말했다.']
 * ```
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const stack: number[] = [];
  const length = text.length;
  let straightQuote = false;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const mark = MARK[code];
    if (mark === 0) continue;
    if (mark === IS_BREAK) {
      stack.length = 0;
      straightQuote = false;
      push(i);
      continue;
    }
    // A run of text with no sentence end (a list, a hostile page) is cut at a space past this length.
    if (mark === IS_BLANK) {
      if (i - start > MAX_SENTENCE_LENGTH) {
        stack.length = 0;
        straightQuote = false;
        push(i);
      }
      continue;
    }
    if (mark === IS_STRAIGHT_QUOTE) {
      straightQuote = !straightQuote;
      continue;
    }
    if (mark === IS_OPENER) {
      if (stack.length < 16) stack.push(CLOSER_OF.get(code) as number);
      continue;
    }
    if (mark === IS_CLOSER) {
      const at = stack.lastIndexOf(code);
      if (at !== -1) stack.length = at;
      continue;
    }
    // A sentence end: outside quotes and brackets, not a decimal point, before a space or the end.
    if (stack.length === 0 && !straightQuote) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (code === FULL_STOP && isDigit(next)) continue; // 3.5
      if (code === FULL_STOP && i > 0 && isDigit(text.charCodeAt(i - 1)) && next !== SPACE && next !== -1) continue;
      if (next === -1 || isSpaceCode(next)) push(i + 1);
    }
  }
  push(length);
  return sentences;
}
