/**
 * Reading one record's payload with the size limit kept while reading, and the record's end.
 *
 * warcio decodes the payload itself (`record.contentReader`: HTTP `Transfer-Encoding: chunked`, and
 * `Content-Encoding` gzip or deflate through pako, falling back to the bytes as they are when they
 * do not inflate: a crawler that stored the decoded body but kept the header). It has no brotli:
 * for `br`, warcio de-chunks and Node's zlib decompresses, with its output capped at the limit.
 *
 * Every record is read to its end here, never left to warcio's `skipFully`, which waits forever for
 * the rest of a record cut short by the end of the archive; a record whose raw reader still expects
 * bytes once the source has ended is a truncated one.
 */
import { brotliDecompressSync } from 'node:zlib';
import { AsyncIterReader, LimitReader } from 'warcio';
import type { WARCRecord } from 'warcio';

/** How one record's payload was read. */
export type Payload =
  | { kind: 'complete'; bytes: Uint8Array }
  /** Over the limit: read and thrown away from there; `readBytes` is how many were read before stopping. */
  | { kind: 'too-large'; readBytes: number }
  /** The archive ended inside the record. */
  | { kind: 'truncated'; missingBytes: number }
  | { kind: 'unsupported-encoding'; encoding: string };

/** Content-Encoding values warcio's pako reader inflates (or passes through: `identity`). */
const PAKO_ENCODINGS: ReadonlySet<string> = new Set(['gzip', 'x-gzip', 'deflate', 'identity']);

/** The record's raw payload reader (after the HTTP headers), which knows how many bytes are still due. */
function rawReaderOf(record: WARCRecord): LimitReader | undefined {
  const raw = record.reader;
  return raw instanceof LimitReader ? raw : undefined;
}

/** Reads what is left of the record's raw payload, keeping nothing; returns the bytes still due after the source ended. */
export async function finishRecord(record: WARCRecord, raw: LimitReader | undefined = rawReaderOf(record)): Promise<number> {
  if (raw === undefined) return 0;
  for await (const chunk of raw) void chunk;
  return Math.max(0, raw.limit);
}

/** Chunks joined into one array. */
function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Collects chunks up to `max` bytes; past it, stops (the caller reads the rest away). */
async function collectUpTo(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): Promise<{ bytes: Uint8Array } | { readBytes: number }> {
  const kept: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > max) return { readBytes: total };
    kept.push(chunk);
  }
  return { bytes: joined(kept, total) };
}

/**
 * A brotli body (warcio cannot inflate it): de-chunked by warcio, decompressed by zlib with its output
 * capped one byte past the limit. Bytes that are not brotli are kept as they are, as warcio does for gzip.
 */
async function brotliBody(raw: LimitReader, chunked: boolean, max: number): Promise<{ bytes: Uint8Array } | { readBytes: number }> {
  const compressed = await collectUpTo(new AsyncIterReader(raw, null, chunked), max);
  if (!('bytes' in compressed)) return compressed;
  try {
    const bytes = new Uint8Array(brotliDecompressSync(compressed.bytes, { maxOutputLength: max + 1 }));
    return bytes.length > max ? { readBytes: bytes.length } : { bytes };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return { readBytes: max + 1 };
    return compressed;
  }
}

/** The record's Content-Encoding, lower-cased; `''` when none. */
function contentEncodingOf(record: WARCRecord): string {
  return (record.httpHeaders?.headers.get('Content-Encoding') ?? '').trim().toLowerCase();
}

/**
 * Reads the record's decoded payload, keeping at most `max` bytes, then the rest of the record.
 * Never holds more than `max` bytes of it (plus one chunk) whatever the record's size.
 */
export async function readPayload(record: WARCRecord, max: number): Promise<Payload> {
  const raw = rawReaderOf(record);
  const encoding = contentEncodingOf(record);
  if (encoding !== '' && encoding !== 'br' && !PAKO_ENCODINGS.has(encoding)) {
    const missing = await finishRecord(record, raw);
    return missing > 0 ? { kind: 'truncated', missingBytes: missing } : { kind: 'unsupported-encoding', encoding };
  }
  const chunked = (record.httpHeaders?.headers.get('Transfer-Encoding') ?? '').trim().toLowerCase() === 'chunked';
  const body =
    encoding === 'br' && raw !== undefined ? await brotliBody(raw, chunked, max) : await collectUpTo(record.contentReader, max);
  const missing = await finishRecord(record, raw);
  if (missing > 0) return { kind: 'truncated', missingBytes: missing };
  return 'bytes' in body ? { kind: 'complete', bytes: body.bytes } : { kind: 'too-large', readBytes: body.readBytes };
}
