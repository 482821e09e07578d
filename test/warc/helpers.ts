/**
 * Test WARCs written with warcio's own writer (WARCSerializer), gzipped (one member per record) or not.
 */
import { Readable } from 'node:stream';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { WARCRecordOpts } from 'warcio';

/** One record to write: warcio's options and its block (payload after the HTTP headers). */
export interface RecordSpec {
  opts: WARCRecordOpts;
  payload?: Uint8Array;
}

export const DATE = '2024-05-01T03:04:05Z';

export function response(url: string, payload: Uint8Array, httpHeaders: Record<string, string>): RecordSpec {
  return { opts: { url, type: 'response', date: DATE, httpHeaders }, payload };
}

/** The bytes of each record, serialized by warcio. */
export async function recordBytes(specs: readonly RecordSpec[], gzip: boolean): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const spec of specs) {
    const record = spec.opts.type === 'warcinfo'
      ? WARCRecord.createWARCInfo(spec.opts, { software: 'sinmun tests', format: 'WARC File Format 1.0' })
      : WARCRecord.create(spec.opts, spec.payload ? [spec.payload] : undefined);
    out.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** A Node stream of the bytes in small chunks, as a file would give them. */
export function streamOf(bytes: Uint8Array, chunkSize = 4096): Readable {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  return Readable.from(chunks);
}

export async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** HTTP/1.1 chunked transfer coding of the bytes. */
export function chunked(bytes: Uint8Array, size = 1000): Uint8Array {
  const parts: Uint8Array[] = [];
  const ascii = (text: string) => new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = bytes.subarray(at, at + size);
    parts.push(ascii(`${chunk.length.toString(16)}\r\n`), chunk, ascii('\r\n'));
  }
  parts.push(ascii('0\r\n\r\n'));
  return concat(parts);
}
