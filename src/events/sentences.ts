/**
 * Korean sentence splitting: a sentence ends at `.`, `?`, `!` or `…` followed by a space, a line
 * break or the end of the text — never inside quotes or brackets, and never at a decimal point
 * (`3.5%`) or in an abbreviation followed by a digit. Line breaks always end a sentence.
 */

/** A sentence and its offsets in the text (UTF-16 units, end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Longest sentence before a cut is forced at a space. */
export const MAX_SENTENCE_LENGTH = 2000;

const OPENERS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '(': ')', '[': ']', '《': '》', '〈': '〉' };
const CLOSERS = new Set(Object.values(OPENERS));

/**
 * Splits a text into sentences with their offsets; `text.slice(s.start, s.end) === s.text`.
 *
 * @example
 * ```ts
 * splitSentences('성장률은 3.5%였다. 그는 "좋다. 아주 좋다"고 말했다.').map((s) => s.text);
 * // ['성장률은 3.5%였다.', '그는 "좋다. 아주 좋다"고 말했다.']
 * ```
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const stack: string[] = [];
  let straightQuote = false;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      stack.length = 0;
      straightQuote = false;
      push(i);
      continue;
    }
    // A run of text with no sentence end (a list, a hostile page) is cut at a space past this length.
    if (i - start > MAX_SENTENCE_LENGTH && (ch === ' ' || ch === '\t')) {
      stack.length = 0;
      straightQuote = false;
      push(i);
      continue;
    }
    if (ch === '"') {
      straightQuote = !straightQuote;
      continue;
    }
    const closer = OPENERS[ch];
    if (closer) {
      if (stack.length < 16) stack.push(closer);
      continue;
    }
    if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at !== -1) stack.length = at;
      continue;
    }
    if ((ch === '.' || ch === '?' || ch === '!' || ch === '…') && stack.length === 0 && !straightQuote) {
      const next = text.charAt(i + 1);
      if (ch === '.' && /\d/.test(next)) continue; // 3.5
      if (ch === '.' && /\d/.test(text.charAt(i - 1)) && next !== ' ' && next !== '') continue;
      if (next === '' || /\s/.test(next)) push(i + 1);
    }
  }
  push(text.length);
  return sentences;
}
