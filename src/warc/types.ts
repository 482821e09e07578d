/**
 * The shapes `sinmun/warc` yields: one result per HTML `response` record (its page, its Article, or
 * why it could not be read), and the live counts of every record read.
 */
import type { Article, ParseOptions } from '../model/article.js';

/** What a WARC is read from: a Node stream (`fs.createReadStream`), a web `ReadableStream`, or any async iterable of bytes. */
export type WarcSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/** Where a result comes from: the record's WARC headers. */
export interface WarcRecordInfo {
  /** `WARC-Target-URI`; `''` when the record has none (or when it was never read: a cut archive). */
  url: string;
  /** `WARC-Record-ID` (`<urn:uuid:…>`); `''` when the record has none. */
  warcRecordId: string;
  /** `WARC-Date` as ISO 8601 in UTC (`2024-05-01T03:04:05.000Z`); `''` when missing or unreadable. */
  fetchedAt: string;
}

/**
 * Stable codes of a record that could not be read (new codes may be added):
 *
 * - `input-too-large`: the decoded payload is over `maxInputBytes` (read and thrown away past the limit).
 * - `warc-truncated`: the archive ends inside this record (a crawl cut short, a truncated gzip member).
 * - `warc-malformed`: not a WARC record (no `WARC/` version line, no `WARC-Type`); reading goes on.
 * - `unsupported-encoding`: an HTTP `Content-Encoding` other than gzip, deflate, br or identity.
 * - `warc-unreadable`: warcio or the source failed (an I/O error, a broken stream); reading ends.
 * - `parse-failed`: `parseArticle` threw on the page (it should not: a bug to report).
 */
export type WarcErrorCode = 'input-too-large' | 'warc-truncated' | 'warc-malformed' | 'unsupported-encoding' | 'warc-unreadable' | 'parse-failed';

/** Why a record gave no page. */
export interface WarcError {
  code: WarcErrorCode;
  message: string;
}

/** An HTML response record's payload, decoded from its transfer and content encodings (not from its charset). */
export interface WarcPage extends WarcRecordInfo {
  /** The HTTP `Content-Type` header of the response, as recorded; absent when it had none. */
  contentType?: string;
  /** The payload as the server meant it: de-chunked and decompressed, in its own charset. */
  bytes: Uint8Array;
}

/** A record that should have given a page (or a cut archive) and could not be read. */
export interface WarcFailure extends WarcRecordInfo {
  error: WarcError;
}

/** One result of {@link readWarcPages}. */
export type WarcPageResult = WarcPage | WarcFailure;

/** A page of the archive read into an Article. */
export interface WarcArticle extends WarcRecordInfo {
  article: Article;
}

/** One result of {@link parseWarc}. */
export type WarcArticleResult = WarcArticle | WarcFailure;

/** Records skipped, by kind. */
export interface WarcSkipped {
  /** `request` records. */
  request: number;
  /** `revisit` records (no payload of their own). */
  revisit: number;
  /** `response` records that are not HTML pages (by their Content-Type, or sniffed when they have none). */
  notHtml: number;
  /** Every other record: `warcinfo`, `metadata`, `resource`, `conversion`, `continuation`, unknown types. */
  other: number;
}

/**
 * Counts of the records read so far, updated as the results are consumed.
 * Always `records === pages + failed + skipped.request + skipped.revisit + skipped.notHtml + skipped.other`.
 */
export interface WarcCounts {
  /** Every record met, a cut one included. */
  records: number;
  /** Results with a page (an Article, for `parseWarc`). */
  pages: number;
  /** Results with an error. */
  failed: number;
  skipped: WarcSkipped;
}

/** The results of reading an archive, in record order, with the live {@link WarcCounts}. Read once. */
export interface WarcReading<Result> extends AsyncIterable<Result> {
  /** The counts so far; final once the iteration has ended. */
  readonly counts: Readonly<WarcCounts>;
}

/** Options of {@link readWarcPages}. */
export interface ReadWarcOptions {
  /** Largest decoded payload kept, in bytes (default 20 MiB, as `parseArticle`'s). */
  maxInputBytes?: number;
}

/** Options of {@link parseWarc}: those of `parseArticle`, less `url` and `contentType`, which each record gives. */
export type ParseWarcOptions = Omit<ParseOptions, 'url' | 'contentType'>;
