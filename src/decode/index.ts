import {
  TextDecoder as WhatwgDecoder,
  getBOMEncoding,
  normalizeEncoding,
} from '@exodus/bytes/encoding.js';
import type { Warning } from '../model/article.js';
import { SinmunError } from '../model/errors.js';
import { decodeUntilCut, incompleteUtf8Tail } from './truncated.js';

/** Options of {@link decodeHtml}. */
export interface DecodeOptions {
  /** The HTTP `Content-Type` header, e.g. `text/html; charset=euc-kr`. Its charset outranks `<meta>`. */
  contentType?: string;
}

/** The result of {@link decodeHtml}. */
export interface DecodedHtml {
  /** The page as a string, without a byte order mark. */
  html: string;
  /** The WHATWG name of the encoding used: `utf-8`, `euc-kr` (read as CP949), `utf-16le`, … */
  encoding: string;
  /** `charset-mismatch`, `charset-unsupported`, `decode-errors`, `empty-input`. */
  warnings: Warning[];
}

/** Labels seen on Korean pages that the WHATWG list lacks; all are CP949, which WHATWG calls `euc-kr`. */
const EXTRA_LABELS: Readonly<Record<string, string>> = {
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
  'x-windows-949': 'euc-kr',
  'ks_c_5601': 'euc-kr',
  'x-euc-kr': 'euc-kr',
};

/** How many bytes of the head are searched for `<meta charset>` (the HTML standard says 1024; Korean pages often put it later). */
const PRESCAN_BYTES = 4096;

/** Turns a charset label into a WHATWG encoding name, or `null` when unknown. */
export function encodingForLabel(label: string): string | null {
  const clean = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (clean === '') return null;
  return EXTRA_LABELS[clean] ?? normalizeEncoding(clean);
}

/** The charset parameter of a `Content-Type` value. */
function charsetOfContentType(contentType: string): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1];
}

/** The charset a page declares in its head (`<meta charset>` or `http-equiv="Content-Type"`). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  // Look only where the word "charset" is, and read the meta tag around it as ASCII.
  for (let at = indexOfCharset(bytes, 0, end); at !== -1; at = indexOfCharset(bytes, at + 7, end)) {
    const open = lastIndexOfByte(bytes, 0x3c, at, Math.max(0, at - 512)); // '<'
    if (open === -1) continue;
    const close = Math.min(end, at + 128);
    const tag = ascii(bytes, open, close);
    if (!/^<meta\b/i.test(tag)) continue;
    // Spaces after the quote belong to the quote's group, so a run of spaces is read one way only (linear).
    const value = /\bcharset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(tag.slice(0, (tag.indexOf('>') + 1 || tag.length)));
    if (value?.[1]) return value[1];
  }
  return undefined;
}

/** Index of the ASCII word "charset" (any case) in `bytes[from, end)`, or -1. */
function indexOfCharset(bytes: Uint8Array, from: number, end: number): number {
  const word = 'charset';
  outer: for (let i = from; i + word.length <= end; i++) {
    for (let k = 0; k < word.length; k++) {
      if (((bytes[i + k] as number) | 0x20) !== word.charCodeAt(k)) continue outer;
    }
    return i;
  }
  return -1;
}

function lastIndexOfByte(bytes: Uint8Array, byte: number, from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (bytes[i] === byte) return i;
  return -1;
}

/** Bytes as ASCII text; other bytes become '?'. */
function ascii(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    out += b < 0x80 ? String.fromCharCode(b) : '?';
  }
  return out;
}

/** Index of the first byte above 0x7F, or -1 when the bytes are ASCII. */
function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return i;
  return -1;
}

/** Decodes strictly; `null` when the bytes are not valid in that encoding. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new WhatwgDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeLoose(bytes: Uint8Array, encoding: string): string {
  return new WhatwgDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/**
 * The most bytes {@link decodeHtml} decodes into one string. The longest string that every current
 * JavaScript engine can hold is 2²⁸ − 16 UTF-16 code units (V8 on 32-bit systems; 2²⁹ − 24 on 64-bit,
 * 2³⁰ − 2 in Firefox), and no supported encoding gives more than one code unit per byte, so the
 * decoding of this many bytes always fits. Bytes past it are left out with an `input-truncated`
 * warning (only reachable with `maxInputBytes` raised past 256 MiB).
 */
export const MAX_DECODED_BYTES = 2 ** 28 - 16;

/**
 * Decodes the bytes of an HTML page to a string.
 *
 * Order of evidence: a byte order mark, then the charset of `contentType`, then `<meta charset>` /
 * `http-equiv` in the first 4 KiB, then sniffing (UTF-8 if the bytes are valid UTF-8, else CP949).
 * When the declared charset does not fit the bytes — a page that says `euc-kr` but is valid UTF-8,
 * as real Naver and board pages do — the bytes win and a `charset-mismatch` warning says so.
 * EUC-KR is always read as CP949 (the WHATWG `euc-kr` decoder), so extension syllables such as
 * 똠, 뷁 and 햏 come out right. Invalid bytes become U+FFFD with a `decode-errors` warning.
 *
 * Cut pages (a crawler's or a WARC record's size limit) decode as the whole page would: an
 * incomplete last character — a valid start of a UTF-8 sequence, or a CP949 lead byte — is left
 * out of the choice of charset and becomes one U+FFFD (with `decode-errors`). Bytes whose only
 * non-ASCII byte is such a last character hold no evidence and are read in the declared charset
 * (UTF-8 when none).
 *
 * Bytes past {@link MAX_DECODED_BYTES} (256 MiB, the longest string an engine surely holds) are
 * left out with an `input-truncated` warning, and what is read is decoded as a cut page.
 *
 * @param input - The raw page: a `Uint8Array` (a Node `Buffer` is one). Anything else — a string,
 *   an `ArrayBuffer`, a `DataView`, an array of numbers, `null` — throws `SinmunError` with code
 *   `invalid-input`; wrap an `ArrayBuffer` as `new Uint8Array(buffer)`.
 * @param options - `contentType`: the HTTP header the bytes came with, a string. Options that are
 *   not an object, or a `contentType` that is not a string, throw `SinmunError` with code `invalid-option`.
 * @returns The page text, the encoding used and warnings. Never throws for the bytes' content.
 * @throws {@link SinmunError} `invalid-input` or `invalid-option` for a wrong argument (above).
 *
 * @example
 * ```ts
 * const { html, encoding } = decodeHtml(new Uint8Array(await response.arrayBuffer()), {
 *   contentType: response.headers.get('content-type') ?? undefined,
 * });
 * // encoding === 'euc-kr' for a CP949 page
 * ```
 */
export function decodeHtml(input: Uint8Array, options: DecodeOptions = {}): DecodedHtml {
  checkBytes(input);
  const contentType = checkedContentType(options);
  const warnings: Warning[] = [];
  if (input.length === 0) {
    return { html: '', encoding: 'utf-8', warnings: [{ code: 'empty-input', message: 'The input has no bytes.' }] };
  }
  let bytes = input;
  if (bytes.length > MAX_DECODED_BYTES) {
    // Past what a string can hold: the first bytes are read as a cut page (its last character may be cut).
    warnings.push({ code: 'input-truncated', message: `The input has ${bytes.length} bytes, more than one JavaScript string can hold; only the first ${MAX_DECODED_BYTES} were read.` });
    bytes = bytes.subarray(0, MAX_DECODED_BYTES);
  }

  const bom = getBOMEncoding(bytes);
  if (bom !== null) {
    const bomLength = bom === 'utf-8' ? 3 : 2;
    return finish(decodeLoose(bytes.subarray(bomLength), bom), bom, warnings);
  }

  const label = (contentType && charsetOfContentType(contentType)) || declaredCharset(bytes);
  let declared: string | null = null;
  if (label !== undefined) {
    declared = encodingForLabel(label);
    if (declared === null) {
      warnings.push({ code: 'charset-unsupported', message: `Unknown charset "${label}"; the encoding was sniffed from the bytes.` });
    } else if (declared === 'utf-16le' || declared === 'utf-16be') {
      declared = 'utf-8'; // A page that reached us as bytes without a BOM is not UTF-16 (HTML standard).
    }
  }

  // The bytes are UTF-8 when their complete characters are valid UTF-8 and include a non-ASCII one;
  // an incomplete last character (a cut page) is left out of that test and becomes one U+FFFD.
  const nonAscii = firstNonAscii(bytes);
  const tail = incompleteUtf8Tail(bytes);
  const complete = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
  const cutMark = tail === 0 ? '' : '\uFFFD';
  const utf8Text = nonAscii !== -1 && nonAscii < complete.length ? decodeStrict(complete, 'utf-8') : null;
  const asUtf8 = utf8Text === null ? null : utf8Text + cutMark;
  if (declared !== null && declared !== 'utf-8') {
    if (asUtf8 !== null) {
      warnings.push({
        code: 'charset-mismatch',
        message: `The page declares ${declared} but its bytes are valid UTF-8; read as UTF-8.`,
      });
      return finish(asUtf8, 'utf-8', warnings);
    }
    return finish(decodeLoose(bytes, declared), declared, warnings);
  }

  if (asUtf8 !== null || nonAscii === -1) return finish(asUtf8 ?? decodeLoose(bytes, 'utf-8'), 'utf-8', warnings);

  // Not valid UTF-8: a CP949 page (declared as UTF-8, or undeclared) is the usual case on Korean sites.
  // Each reading is scored without the U+FFFD of its incomplete last character, if any.
  const asCp949 = decodeUntilCut(bytes, 'euc-kr');
  const asLooseUtf8 = decodeLoose(complete, 'utf-8');
  if (countReplacements(asCp949.text) < countReplacements(asLooseUtf8)) {
    if (declared === 'utf-8') {
      warnings.push({
        code: 'charset-mismatch',
        message: 'The page declares UTF-8 but its bytes are CP949 (EUC-KR); read as CP949.',
      });
    }
    return finish(asCp949.cut ? `${asCp949.text}\uFFFD` : asCp949.text, 'euc-kr', warnings);
  }
  return finish(asLooseUtf8 + cutMark, 'utf-8', warnings);
}

/** Throws `invalid-input` unless `bytes` is a `Uint8Array` (or a subclass such as `Buffer`). */
function checkBytes(bytes: unknown): asserts bytes is Uint8Array {
  if (bytes instanceof Uint8Array) return;
  const hint =
    bytes instanceof ArrayBuffer ? '; wrap it: new Uint8Array(buffer)'
      : typeof bytes === 'string' ? '; a string is text already (parseArticle takes it as it is)'
        : ArrayBuffer.isView(bytes) ? '; pass new Uint8Array(view.buffer, view.byteOffset, view.byteLength)'
          : '';
  throw new SinmunError('invalid-input', `decodeHtml takes the page as a Uint8Array, got ${describe(bytes)}${hint}.`);
}

/** The `contentType` option, checked; throws `invalid-option` for options of the wrong type. */
function checkedContentType(options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new SinmunError('invalid-option', `decodeHtml's options must be an object, got ${describe(options)}.`);
  }
  const contentType = (options as { contentType?: unknown }).contentType;
  if (contentType !== undefined && typeof contentType !== 'string') {
    throw new SinmunError('invalid-option', `Option "contentType" must be a string, got ${describe(contentType)}.`);
  }
  return contentType;
}

/** What a wrong argument is, for an error message: `null`, `a number`, `an ArrayBuffer`, `an array`, … */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `a ${typeof value}`;
  let name: unknown;
  try {
    name = Object.getPrototypeOf(value)?.constructor?.name;
  } catch {
    name = undefined; // a hostile proxy
  }
  if (typeof name !== 'string' || name === '' || name === 'Object') return 'an object';
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`; // a Uint8Array, an ArrayBuffer
}

function finish(html: string, encoding: string, warnings: Warning[]): DecodedHtml {
  const bad = countReplacements(html);
  if (bad > 0) {
    warnings.push({
      code: 'decode-errors',
      message: `${bad} byte sequence${bad === 1 ? ' is' : 's are'} invalid in ${encoding} and became U+FFFD.`,
    });
  }
  return { html, encoding, warnings };
}
