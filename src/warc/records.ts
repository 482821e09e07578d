/**
 * What a WARC record is, from its headers alone (warcio parses them): where it comes from, and
 * whether it may be a page. Pure functions of the headers; no payload is read here.
 */
import type { WARCRecord } from 'warcio';
import type { WarcRecordInfo, WarcSkipped } from './types.js';

/**
 * Media types read as pages (the HTTP Content-Type before any parameter, lower-cased).
 *
 * @example
 * ```ts
 * HTML_MEDIA_TYPES.has('application/xhtml+xml'); // true
 * ```
 */
export const HTML_MEDIA_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/**
 * What to do with a record: read it as a page; read it and sniff it (a response without a
 * Content-Type); skip it, counted under a kind; or report it as malformed.
 */
export type RecordVerdict =
  | { action: 'page'; contentType: string }
  | { action: 'sniff' }
  | { action: 'skip'; kind: keyof WarcSkipped }
  | { action: 'malformed'; reason: string };

/** `20240501030405` (ARC and WARC 0.x dates) as ISO 8601. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** `WARC-Date` as ISO 8601 in UTC; `''` when missing or unreadable. */
export function isoDate(warcDate: string | null | undefined): string {
  if (!warcDate) return '';
  const compact = COMPACT_DATE.exec(warcDate.trim());
  const text = compact ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}Z` : warcDate.trim();
  const time = Date.parse(text);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/** The record's URL, id and date. */
export function recordInfo(record: WARCRecord): WarcRecordInfo {
  return {
    url: record.warcTargetURI ?? '',
    warcRecordId: record.warcHeader('WARC-Record-ID') ?? '',
    fetchedAt: isoDate(record.warcDate),
  };
}

/** Info for a result no record header is known for (an archive cut inside a record's headers). */
export const UNKNOWN_RECORD: WarcRecordInfo = { url: '', warcRecordId: '', fetchedAt: '' };

/** The media type of a Content-Type value: `text/html; charset=euc-kr` → `text/html`. */
export function mediaTypeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * Whether an HTTP Content-Type value names an HTML page ({@link HTML_MEDIA_TYPES}).
 *
 * @example
 * ```ts
 * isHtmlContentType('text/html; charset=euc-kr'); // true
 * isHtmlContentType('image/jpeg'); // false
 * ```
 */
export function isHtmlContentType(contentType: string): boolean {
  return HTML_MEDIA_TYPES.has(mediaTypeOf(contentType));
}

/** The response's HTTP `Content-Type`, when it has a non-empty one. */
export function httpContentType(record: WARCRecord): string | undefined {
  const value = record.httpHeaders?.headers.get('Content-Type')?.trim();
  return value ? value : undefined;
}

/** What to do with a record, from its WARC and HTTP headers. */
export function verdictOf(record: WARCRecord): RecordVerdict {
  if (!record.warcHeaders.statusline.startsWith('WARC/')) {
    return { action: 'malformed', reason: `not a WARC record: it starts with "${record.warcHeaders.statusline.slice(0, 40)}"` };
  }
  const type = record.warcType;
  if (!type) return { action: 'malformed', reason: 'the record has no WARC-Type' };
  if (type === 'request' || type === 'revisit') return { action: 'skip', kind: type };
  if (type !== 'response') return { action: 'skip', kind: 'other' };
  // A response that is not an HTTP message (Heritrix's `dns:` records are `text/dns`).
  const blockType = record.warcContentType;
  if (blockType && !mediaTypeOf(blockType).startsWith('application/http')) return { action: 'skip', kind: 'notHtml' };
  const contentType = httpContentType(record);
  if (contentType === undefined) return { action: 'sniff' };
  return isHtmlContentType(contentType) ? { action: 'page', contentType } : { action: 'skip', kind: 'notHtml' };
}
