/**
 * Articles from a WARC archive: {@link readWarcPages}' pages, each read with `parseArticle` with the
 * record's URL and HTTP Content-Type (which outranks a `<meta charset>`, as a browser has it).
 */
import { parseArticle } from '../article/parseArticle.js';
import { checkOptions } from '../article/input.js';
import type { ParseOptions } from '../model/article.js';
import { checkReadOptions, checkSource, emptyCounts, pageResults, withCounts } from './readWarcPages.js';
import type { ParseWarcOptions, WarcArticleResult, WarcCounts, WarcPage, WarcPageResult, WarcReading, WarcSource } from './types.js';

/** The options a page is read with: the caller's, with the record's URL and Content-Type (never the caller's). */
export function pageOptions(page: WarcPage, options: ParseWarcOptions): ParseOptions {
  const { url: _url, contentType: _contentType, ...rest } = options as ParseOptions;
  const pageOptions: ParseOptions = { ...rest };
  if (page.url !== '') pageOptions.url = page.url;
  if (page.contentType !== undefined) pageOptions.contentType = page.contentType;
  return pageOptions;
}

/** One page result read into an Article (a failure passes through). */
export function articleResult(result: WarcPageResult, options: ParseWarcOptions): WarcArticleResult {
  if ('error' in result) return result;
  const { bytes, contentType: _contentType, ...info } = result;
  try {
    return { ...info, article: parseArticle(bytes, pageOptions(result, options)) };
  } catch (error) {
    return { ...info, error: { code: 'parse-failed', message: `parseArticle failed on the page: ${(error as Error).message}` } };
  }
}

async function* articleResults(pages: AsyncIterable<WarcPageResult>, options: ParseWarcOptions, counts: WarcCounts): AsyncGenerator<WarcArticleResult, void, undefined> {
  for await (const page of pages) {
    const result = articleResult(page, options);
    if ('error' in result && !('error' in page)) {
      counts.pages--;
      counts.failed++;
    }
    yield result;
  }
}

/**
 * Reads a WARC archive (gzipped or not) record by record and yields an Article for each HTML
 * `response` record, read with the record's `WARC-Target-URI` as `url` and its HTTP `Content-Type`
 * as `contentType`, or an error for a record that could not be read. Requests, revisits, non-HTML
 * responses and the other record types are skipped and counted in `counts` (see
 * {@link readWarcPages}, which this is built on, for what is a page and what fails).
 *
 * @param source - The archive's bytes: a Node stream, a web `ReadableStream` or an async iterable.
 * @param options - `parseArticle`'s options for every page (`maxInputBytes` also caps each payload read).
 * @returns `{ url, warcRecordId, fetchedAt, article }` or `{ url, warcRecordId, fetchedAt, error }` per page, in record order, with `counts`.
 * @throws `SinmunError('invalid-input')` for a source that is not a stream, `SinmunError('invalid-option')` for bad options.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { parseWarc } from 'sinmun/warc';
 *
 * const results = parseWarc(createReadStream('crawl.warc.gz'));
 * for await (const result of results) {
 *   if ('article' in result) console.log(result.fetchedAt, result.url, result.article.title);
 *   else console.error(result.url, result.error.code, result.error.message);
 * }
 * console.log(results.counts.pages, results.counts.skipped);
 * ```
 */
export function parseWarc(source: WarcSource, options: ParseWarcOptions = {}): WarcReading<WarcArticleResult> {
  const checked = checkSource(source);
  checkOptions(options);
  const max = checkReadOptions({ maxInputBytes: options.maxInputBytes });
  const counts = emptyCounts();
  return withCounts(articleResults(pageResults(checked, max, counts), options, counts), counts);
}
