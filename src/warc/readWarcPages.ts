/**
 * The HTML pages of a WARC archive, record by record, with warcio's streaming parser: one record is
 * held at a time (its payload up to the size limit), whatever the archive's size.
 */
import { WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { DEFAULT_MAX_INPUT_BYTES } from '../model/article.js';
import { SinmunError } from '../model/errors.js';
import { sniffBytes } from '../decode/sniff.js';
import { finishRecord, readPayload } from './payload.js';
import type { Payload } from './payload.js';
import { UNKNOWN_RECORD, recordInfo, verdictOf } from './records.js';
import type {
  ReadWarcOptions,
  WarcCounts,
  WarcErrorCode,
  WarcFailure,
  WarcPageResult,
  WarcReading,
  WarcRecordInfo,
  WarcSource,
} from './types.js';

/** Counts before the first record. */
export function emptyCounts(): WarcCounts {
  return { records: 0, pages: 0, failed: 0, skipped: { request: 0, revisit: 0, notHtml: 0, other: 0 } };
}

/** Checks that the source can be read as a stream of bytes; throws `SinmunError('invalid-input')`. */
export function checkSource(source: unknown): WarcSource {
  const readable = typeof source === 'object' && source !== null;
  if (readable && (Symbol.asyncIterator in source || typeof (source as { getReader?: unknown }).getReader === 'function')) return source as WarcSource;
  const what = source === null ? 'null' : typeof source === 'object' ? (source.constructor?.name ?? 'an object') : typeof source;
  throw new SinmunError('invalid-input', `A WARC source must be a stream or an async iterable of bytes, got ${what}.`);
}

/** Checks `maxInputBytes`; throws `SinmunError('invalid-option')`. */
export function checkReadOptions(options: unknown): number {
  if (options === undefined || options === null) return DEFAULT_MAX_INPUT_BYTES;
  if (typeof options !== 'object' || Array.isArray(options)) throw new SinmunError('invalid-option', 'WARC options must be an object.');
  const max = (options as ReadWarcOptions).maxInputBytes;
  if (max === undefined) return DEFAULT_MAX_INPUT_BYTES;
  if (typeof max !== 'number' || !(max > 0)) throw new SinmunError('invalid-option', `Option "maxInputBytes" must be a positive number, got ${String(max)}.`);
  return max;
}

function failure(info: WarcRecordInfo, code: WarcErrorCode, message: string): WarcFailure {
  return { ...info, error: { code, message } };
}

function truncatedFailure(info: WarcRecordInfo, detail: string): WarcFailure {
  return failure(info, 'warc-truncated', `The archive ends inside this record (${detail}): it was cut short.`);
}

/** The failure a payload that was not read whole stands for. */
function payloadFailure(info: WarcRecordInfo, payload: Exclude<Payload, { kind: 'complete' }>, max: number): WarcFailure {
  switch (payload.kind) {
    case 'too-large':
      return failure(info, 'input-too-large', `The payload is over the limit of ${max} bytes (option maxInputBytes); it was read past and skipped.`);
    case 'truncated':
      return truncatedFailure(info, `${payload.missingBytes} bytes of it missing`);
    case 'unsupported-encoding':
      return failure(info, 'unsupported-encoding', `The HTTP Content-Encoding "${payload.encoding}" cannot be decoded (gzip, deflate, br and identity can).`);
  }
}

/** Whether warcio's reader stopped inside a gzip member: the archive's last member is cut. */
function endsInsideGzipMember(parser: WARCParser): boolean {
  const reader = parser._reader;
  // `lastValue`: bytes were given to the inflater (an empty source gave none).
  return Boolean(reader.compressed && reader.inflator && reader.lastValue !== null && !reader.inflator.ended);
}

/** What one record gives: a result to yield (or none: skipped), and whether reading must stop. */
interface RecordOutcome {
  result?: WarcPageResult;
  skipped?: keyof WarcCounts['skipped'];
  stop: boolean;
}

async function outcomeOf(record: WARCRecord, max: number): Promise<RecordOutcome> {
  const info = recordInfo(record);
  const verdict = verdictOf(record);
  if (verdict.action === 'skip' || verdict.action === 'malformed') {
    const missing = await finishRecord(record);
    if (missing > 0) return { result: truncatedFailure(info, `${missing} bytes of it missing`), stop: true };
    if (verdict.action === 'malformed') return { result: failure(info, 'warc-malformed', `The record is malformed: ${verdict.reason}.`), stop: false };
    return { skipped: verdict.kind, stop: false };
  }
  const payload = await readPayload(record, max);
  if (payload.kind !== 'complete') return { result: payloadFailure(info, payload, max), stop: payload.kind === 'truncated' };
  if (verdict.action === 'sniff') {
    // No Content-Type: an image, a PDF, an archive … (by their bytes) is not a page.
    if (sniffBytes(payload.bytes) !== undefined) return { skipped: 'notHtml', stop: false };
    return { result: { ...info, bytes: payload.bytes }, stop: false };
  }
  return { result: { ...info, contentType: verdict.contentType, bytes: payload.bytes }, stop: false };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The results of an archive, counting into `counts` as they are consumed. Stops after a truncated
 * record (the source has ended) and after an error thrown by warcio or the source (its position
 * in the archive is then unknown).
 */
export async function* pageResults(source: WarcSource, max: number, counts: WarcCounts): AsyncGenerator<WarcPageResult, void, undefined> {
  const parser = new WARCParser(source);
  for (;;) {
    let record: WARCRecord | null = null;
    let outcome: RecordOutcome;
    try {
      record = await parser.parse();
      if (record === null) break;
      counts.records++;
      outcome = await outcomeOf(record, max);
    } catch (error) {
      if (record === null) counts.records++;
      counts.failed++;
      yield failure(record === null ? UNKNOWN_RECORD : recordInfo(record), 'warc-unreadable', `The archive could not be read on: ${messageOf(error)}.`);
      return;
    }
    if (outcome.skipped !== undefined) counts.skipped[outcome.skipped]++;
    else if (outcome.result !== undefined && 'error' in outcome.result) counts.failed++;
    else counts.pages++;
    if (outcome.result !== undefined) yield outcome.result;
    if (outcome.stop) return;
  }
  if (endsInsideGzipMember(parser)) {
    // The cut member's records never came out of the inflater whole: one result for them.
    counts.records++;
    counts.failed++;
    yield truncatedFailure(UNKNOWN_RECORD, 'its last gzip member is cut');
  }
}

/** Attaches the live counts to the results. */
export function withCounts<Result>(results: AsyncGenerator<Result, void, undefined>, counts: WarcCounts): WarcReading<Result> & AsyncGenerator<Result, void, undefined> {
  return Object.assign(results, { counts: counts as Readonly<WarcCounts> });
}

/**
 * Reads a WARC archive (gzipped or not) record by record and yields the payload of each HTML
 * `response` record, de-chunked and decompressed (HTTP `Transfer-Encoding` and `Content-Encoding`),
 * with its URL, record id, date and HTTP `Content-Type`; or, for a record that could not be read,
 * an error (`input-too-large`, `warc-truncated`, …, see {@link WarcErrorCode}). Requests, revisits,
 * non-HTML responses and the other record types are skipped and counted in `counts`.
 *
 * A response is a page when its HTTP Content-Type is `text/html` or `application/xhtml+xml`; one
 * with no Content-Type is a page unless its bytes are recognisably something else (an image, a PDF,
 * an archive: the signatures `parseArticle` sniffs). Records are read one at a time; a payload over
 * `maxInputBytes` is read past in chunks, never held.
 *
 * @param source - The archive's bytes: a Node stream, a web `ReadableStream` or an async iterable.
 * @param options - `maxInputBytes`: the largest decoded payload kept (default 20 MiB).
 * @returns The results in record order, with `counts`; read it once.
 * @throws `SinmunError('invalid-input')` for a source that is not a stream, `SinmunError('invalid-option')` for a bad limit.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readWarcPages } from 'sinmun/warc';
 *
 * const pages = readWarcPages(createReadStream('crawl.warc.gz'));
 * for await (const page of pages) {
 *   if ('bytes' in page) console.log(page.url, page.contentType, page.bytes.length);
 *   else console.error(page.warcRecordId, page.error.code);
 * }
 * console.log(pages.counts); // { records, pages, failed, skipped: { request, revisit, notHtml, other } }
 * ```
 */
export function readWarcPages(source: WarcSource, options?: ReadWarcOptions): WarcReading<WarcPageResult> {
  const checked = checkSource(source);
  const max = checkReadOptions(options);
  const counts = emptyCounts();
  return withCounts(pageResults(checked, max, counts), counts);
}
