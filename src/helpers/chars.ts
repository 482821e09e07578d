/**
 * Character classes as char-code tests, for the loops that read text one code at a time (sentence
 * splitting, whitespace collapsing) without making a string per character.
 */

const SPACE = 1;
const INVISIBLE = 2;

/** Flags per UTF-16 code (64 KiB): one array look-up instead of a chain of comparisons per character. */
const CHAR_FLAGS = new Uint8Array(0x10000);
// What `\s` matches: ECMAScript WhiteSpace and LineTerminator.
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CHAR_FLAGS[code] = SPACE;
for (let code = 0x2000; code <= 0x200a; code++) CHAR_FLAGS[code] = SPACE;
// Zero-width space, joiners and marks, bidirectional embeddings and isolates, word joiner, soft hyphen, byte-order mark.
for (const [from, to] of [[0xad, 0xad], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2060], [0x2066, 0x2069], [0xfeff, 0xfeff]] as const) {
  for (let code: number = from; code <= to; code++) CHAR_FLAGS[code] = (CHAR_FLAGS[code] as number) | INVISIBLE;
}

/**
 * Whether a UTF-16 code is one `\s` matches in a regular expression (ECMAScript WhiteSpace and
 * LineTerminator, the no-break space and the ideographic space included).
 *
 * @example
 * ```ts
 * isSpaceCode(' '.charCodeAt(0)); // true
 * isSpaceCode('\u3000'.charCodeAt(0)); // true
 * isSpaceCode('가'.charCodeAt(0)); // false
 * ```
 */
export function isSpaceCode(code: number): boolean {
  return ((CHAR_FLAGS[code] as number) & SPACE) !== 0;
}

/**
 * Whether a UTF-16 code is an invisible format character that text extraction removes: zero-width
 * space, joiners and word joiner, the byte-order mark, the soft hyphen and the bidirectional marks,
 * embeddings and isolates.
 *
 * @example
 * ```ts
 * isInvisibleCode(0x200b); // true: zero-width space
 * ```
 */
export function isInvisibleCode(code: number): boolean {
  return ((CHAR_FLAGS[code] as number) & INVISIBLE) !== 0;
}

/**
 * Whether a UTF-16 code is whitespace or an invisible format character: what
 * {@link isSpaceCode} or {@link isInvisibleCode} says, in one look-up.
 *
 * @example
 * ```ts
 * isSpaceOrInvisibleCode(0x200b); // true
 * ```
 */
export function isSpaceOrInvisibleCode(code: number): boolean {
  return (CHAR_FLAGS[code] as number) !== 0;
}

/**
 * An ASCII digit, a Hangul syllable, an ASCII letter: by char code, for scans that read codes.
 *
 * @example
 * ```ts
 * isDigitCode('7'.charCodeAt(0)); // true
 * isHangulCode('일'.charCodeAt(0)); // true
 * isLatinCode('v'.charCodeAt(0)); // true
 * ```
 */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
/** A precomposed Hangul syllable (가 … 힣). */
export const isHangulCode = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;
/** An ASCII letter. */
export const isLatinCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
