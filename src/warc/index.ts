/**
 * `sinmun/warc`: Articles from WARC archives (Node only), read record by record with webrecorder's
 * warcio: gzipped or not, streamed, one record held at a time. See docs/crawls.md, "WARC archives".
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { parseWarc } from 'sinmun/warc';
 *
 * for await (const result of parseWarc(createReadStream('crawl.warc.gz'))) {
 *   if ('article' in result) console.log(result.url, result.article.title);
 * }
 * ```
 *
 * @packageDocumentation
 */
export { parseWarc } from './parseWarc.js';
export { readWarcPages } from './readWarcPages.js';
export { HTML_MEDIA_TYPES, isHtmlContentType } from './records.js';
export type {
  ParseWarcOptions,
  ReadWarcOptions,
  WarcArticle,
  WarcArticleResult,
  WarcCounts,
  WarcError,
  WarcErrorCode,
  WarcFailure,
  WarcPage,
  WarcPageResult,
  WarcReading,
  WarcRecordInfo,
  WarcSkipped,
  WarcSource,
} from './types.js';
