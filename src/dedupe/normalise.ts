/**
 * The text form blocks are compared in: NFKC (full-width letters and digits become half-width,
 * compatibility forms fold), one style of quote marks, whitespace removed. Two blocks that print the
 * same words in different typography compare equal.
 */

const DOUBLE_QUOTES = /[“”„‟″〃＂«»]/g;
const SINGLE_QUOTES = /[‘’‚‛′＇`´]/g;
const INVISIBLE = /[\s\u00a0\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\u00ad]+/g;

/**
 * Normalises a block for comparison.
 *
 * @example
 * ```ts
 * compareForm('“ＡＩ”  경쟁'); // '"AI"경쟁'
 * ```
 */
export function compareForm(text: string): string {
  return text.normalize('NFKC').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(INVISIBLE, '');
}
