/**
 * `sinmun crawl.warc.gz`: one JSON line per HTML `response` record of a WARC file (sinmun/warc), in
 * record order; each record that could not be read named on stderr; the counts on stderr at the end.
 */
import { createReadStream } from 'node:fs';
import { parseWarc } from '../warc/index.js';
import type { ParseWarcOptions, WarcCounts, WarcFailure } from '../warc/index.js';
import type { ParseOptions } from '../index.js';

/** Where `printWarc` writes: each result as one JSON line; each failed record as one stderr line. */
export interface WarcOutput {
  line(json: string): void;
  report(message: string): void;
}

/** Bytes read from the file per chunk. */
const READ_CHUNK = 1024 * 1024;

/** The stderr line of a record that could not be read. */
export function failureLine(path: string, failure: WarcFailure): string {
  const id = failure.warcRecordId || '(no record id)';
  const url = failure.url || '(no URL)';
  return `${path}: record ${id} ${url}: ${failure.error.message} (${failure.error.code})`;
}

/** The stderr line of the counts at the end. */
export function countsLine(path: string, counts: Readonly<WarcCounts>): string {
  const { request, revisit, notHtml, other } = counts.skipped;
  return `${path}: ${counts.records} records: ${counts.pages} pages, ${counts.failed} failed; skipped ${request} requests, ${revisit} revisits, ${notHtml} not HTML, ${other} other`;
}

/** The options for every page: the command's, less `url` and `contentType`, which each record gives. */
function warcOptions(options: ParseOptions): ParseWarcOptions {
  const { url: _url, contentType: _contentType, ...rest } = options;
  return rest;
}

/** Reads the WARC file at `path` record by record and prints each HTML response's result. */
export async function printWarc(path: string, options: ParseOptions, output: WarcOutput): Promise<{ pages: number; failed: number }> {
  const results = parseWarc(createReadStream(path, { highWaterMark: READ_CHUNK }), warcOptions(options));
  for await (const result of results) {
    if ('article' in result) output.line(JSON.stringify({ url: result.url, warcRecordId: result.warcRecordId, fetchedAt: result.fetchedAt, article: result.article }));
    else output.report(failureLine(path, result));
  }
  output.report(countsLine(path, results.counts));
  return { pages: results.counts.pages, failed: results.counts.failed };
}
