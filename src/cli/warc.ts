/**
 * `sinmun crawl.warc.gz`: one JSON line per HTML `response` record of a WARC file (sinmun/warc).
 * STUB: to be written (issue #18).
 */
import type { ParseOptions } from '../index.js';

/** Where `printWarc` writes: each result as one JSON line; each failed record as one stderr line. */
export interface WarcOutput {
  line(json: string): void;
  report(message: string): void;
}

/** Reads the WARC file at `path` record by record and prints each HTML response's result. */
export async function printWarc(path: string, _options: ParseOptions, output: WarcOutput): Promise<{ pages: number; failed: number }> {
  output.report(`${path}: WARC input is not implemented yet`);
  return { pages: 0, failed: 1 };
}
