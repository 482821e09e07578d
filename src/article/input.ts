import { DEFAULT_MAX_INPUT_BYTES } from '../model/article.js';
import type { ParseOptions, Warning } from '../model/article.js';
import { SinmunError } from '../model/errors.js';
import { decodeHtml } from '../decode/index.js';
import { sniffBytes, sniffText } from '../decode/sniff.js';
import type { NotHtml } from '../decode/sniff.js';
import { referenceDay } from '../dates/findDates.js';
import { SITE_FAMILIES } from '../sites/index.js';
import type { SiteFamily } from '../sites/index.js';
import { checkSiteRules } from '../sites/userRules.js';

/** The options every entry point accepts, checked. */
export interface CheckedOptions extends Omit<ParseOptions, 'siteRules'> {
  maxInputBytes: number;
  /** Family lists to try in order: the user's rules (checked), then the built-in ones; none when `siteRules` is `false`. */
  families: readonly (readonly SiteFamily[])[];
}

const OPTION_TYPES: Readonly<Record<Exclude<keyof ParseOptions, 'siteRules'>, 'string' | 'number' | 'boolean'>> = {
  url: 'string',
  referenceDate: 'string',
  maxInputBytes: 'number',
  contentType: 'string',
};

/** Checks the options object; throws `SinmunError('invalid-option')` naming the bad option. */
export function checkOptions(options: unknown): CheckedOptions {
  if (options === undefined || options === null) return { maxInputBytes: DEFAULT_MAX_INPUT_BYTES, families: [SITE_FAMILIES] };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new SinmunError('invalid-option', `Options must be an object, got ${describe(options)}.`);
  }
  const record = options as Record<string, unknown>;
  for (const [key, type] of Object.entries(OPTION_TYPES)) {
    const value = record[key];
    if (value !== undefined && typeof value !== type) {
      throw new SinmunError('invalid-option', `Option "${key}" must be a ${type}, got ${describe(value)}.`);
    }
  }
  const max = record.maxInputBytes as number | undefined;
  if (max !== undefined && !(max > 0)) {
    throw new SinmunError('invalid-option', `Option "maxInputBytes" must be a positive number, got ${max}.`);
  }
  referenceDay(record.referenceDate as string | undefined); // throws invalid-option for an unreadable date
  const { siteRules, ...rest } = record as ParseOptions;
  return { ...rest, maxInputBytes: max ?? DEFAULT_MAX_INPUT_BYTES, families: familiesOf(siteRules) };
}

/**
 * The family lists `siteRules` asks for, tried in order: the built-in list (`true`, the default),
 * none (`false`), or the user's rules and then the built-in ones.
 */
function familiesOf(siteRules: unknown): readonly (readonly SiteFamily[])[] {
  if (siteRules === undefined || siteRules === true) return [SITE_FAMILIES];
  if (siteRules === false) return [];
  if (Array.isArray(siteRules)) return siteRules.length === 0 ? [SITE_FAMILIES] : [checkSiteRules(siteRules), SITE_FAMILIES];
  throw new SinmunError('invalid-option', `Option "siteRules" must be true, false or an array of site rules, got ${describe(siteRules)}.`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}

/**
 * UTF-8 length of a string without encoding it, as `TextEncoder` would encode it: a lone surrogate
 * becomes U+FFFD, three bytes.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate, which is encoded as U+FFFD (3 bytes)
  }
  return bytes;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The string with every lone surrogate replaced by U+FFFD, as a browser's decoder would have it: every
 * string of an Article is then well-formed (encodable as UTF-8 and as JSON for any consumer).
 */
export function wellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  return typeof native === 'function' ? native.call(text) : text.replace(LONE_SURROGATE, '\ufffd');
}

/** The page as text, with the encoding used and decoding warnings. */
export interface PageText {
  text: string;
  encoding: string;
  warnings: Warning[];
  /** Set when the input was recognised as something other than a page (its text is then `''`). */
  notHtml?: NotHtml;
}

function notHtmlPage(found: NotHtml, encoding: string, warnings: Warning[] = []): PageText {
  const hint = found.what === 'plain text' ? ' (parseArticleText reads plain text)' : '';
  return {
    text: '',
    encoding,
    warnings: [...warnings, { code: 'not-html', message: `The input is not an HTML page: it looks like ${found.what}${hint}. Nothing was extracted.` }],
    notHtml: found,
  };
}

/**
 * Checks the input's type and size and decodes bytes. Throws `SinmunError` with code
 * `invalid-input` or `input-too-large`; never throws for bad content.
 */
export function readInput(input: unknown, options: CheckedOptions, acceptBytes: boolean, sniff = false): PageText {
  if (typeof input === 'string') {
    // A UTF-16 unit is at most 3 UTF-8 bytes: count only when the limit could be passed.
    if (input.length > options.maxInputBytes || (input.length * 3 > options.maxInputBytes && utf8Length(input) > options.maxInputBytes)) {
      throw tooLarge(utf8Length(input), options.maxInputBytes);
    }
    const warnings: Warning[] = input.trim() === '' ? [{ code: 'empty-input', message: 'The input is empty.' }] : [];
    const text = wellFormed(input);
    const found = sniff ? sniffText(text) : undefined;
    return found ? notHtmlPage(found, 'utf-16', warnings) : { text, encoding: 'utf-16', warnings };
  }
  if (acceptBytes && input instanceof Uint8Array) {
    if (input.byteLength > options.maxInputBytes) throw tooLarge(input.byteLength, options.maxInputBytes);
    const binary = sniff ? sniffBytes(input) : undefined;
    if (binary) return notHtmlPage(binary, 'binary');
    const decoded = decodeHtml(input, options.contentType ? { contentType: options.contentType } : {});
    const found = sniff ? sniffText(decoded.html) : undefined;
    return found ? notHtmlPage(found, decoded.encoding, decoded.warnings) : { text: decoded.html, encoding: decoded.encoding, warnings: decoded.warnings };
  }
  const expected = acceptBytes ? 'a string or a Uint8Array' : 'a string';
  throw new SinmunError('invalid-input', `The input must be ${expected}, got ${describe(input)}.`);
}

function tooLarge(size: number, max: number): SinmunError {
  return new SinmunError('input-too-large', `The input is ${size} bytes, over the limit of ${max} bytes (option maxInputBytes).`);
}
