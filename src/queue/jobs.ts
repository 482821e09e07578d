/**
 * What a page becomes in the queue: its job id, the key of its bytes, and the job's data.
 */
import { createHash } from 'node:crypto';

/** One page to enqueue. */
export interface QueuePage {
  /** How the page is named in reports (a file path, a WARC record). */
  name: string;
  /** The page's address, given to parseArticle (site rules, links). */
  url?: string;
  /** The HTTP Content-Type the bytes came with, given to parseArticle. */
  contentType?: string;
  /** The page as fetched. */
  bytes: Uint8Array;
  /**
   * What identifies the page besides its bytes, for its job id: default `url`, else `name`. The CLI
   * gives a file without a URL its absolute `file:` URL, so the same folder enqueued again (from any
   * working directory) gives the same jobs, and two files with the same bytes stay two pages.
   */
  identity?: string;
  /**
   * The WARC record the page came from. When given, the worker's line is
   * `{ url, warcRecordId, fetchedAt, article }`, the line `sinmun crawl.warc.gz` prints for it;
   * otherwise the bare Article, as `sinmun DIR` prints.
   */
  warcRecord?: { warcRecordId: string; fetchedAt: string };
}

/** The data of a page's job (JSON in Redis). The bytes are not in it: they are under `pageKey`. */
export interface PageJobData {
  /** The Redis key of the page's bytes. */
  pageKey: string;
  name: string;
  url?: string;
  contentType?: string;
  /** Its place in the enqueue order (INCR): `collect` writes in this order. */
  sequence: number;
  /** The WARC record it came from (see {@link QueuePage.warcRecord}). */
  warcRecord?: { warcRecordId: string; fetchedAt: string };
}

/** The name of every page job in BullMQ (jobs are told apart by id). */
export const PAGE_JOB_NAME = 'page';

/** The sha256 hex of a page's bytes: the key its bytes are stored under, once. */
export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The job id of a page: the sha256 hex of its identity (URL, else name), a NUL byte and its bytes.
 * The same page enqueued again has the same id, and BullMQ adds no second job for an id it has.
 */
export function jobIdOf(page: QueuePage): string {
  return createHash('sha256')
    .update(page.identity ?? page.url ?? page.name)
    .update(new Uint8Array([0]))
    .update(page.bytes)
    .digest('hex');
}
