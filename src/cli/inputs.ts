/**
 * The CLI's inputs: listing files and folders as a crawl leaves them, and reading a file or a stream
 * with the byte limit enforced while reading. Used by the main command and by `sinmun enqueue`.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_INPUT_BYTES, SinmunError } from '../index.js';
import type { ParseOptions } from '../index.js';

/** A path that could not be read; the message is the short reason. */
export class ReadError extends Error {}

/**
 * One entry of the run, in output order. `file`: a regular file, read in chunks; `stream`: a FIFO or
 * device named on the command line, read as a stream; `stdin`: `-`. `error`: known unreadable when the
 * inputs were listed (printed in its place). `attempt`: 1 when a worker died on it once already.
 */
export interface Task {
  index: number;
  path: string;
  kind: 'file' | 'stream' | 'stdin' | 'warc';
  error?: string;
  attempt?: number;
}

/** Short reasons for the errors of reading a path. */
export const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  EAGAIN: 'not ready to read',
};

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined) return REASONS[code] ?? `cannot read (${code})`;
  return (error as Error).message;
}

export function typeOf(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isDirectory()) return 'folder';
  return 'unknown type';
}

export function limitOf(options: ParseOptions): number {
  return options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
}

/** Bytes read per call: a device or FIFO never gives more than this past the limit. */
export const CHUNK = 64 * 1024;

export function overLimit(max: number, size?: number): SinmunError {
  return new SinmunError(
    'input-too-large',
    size === undefined
      ? `The input is over the limit of ${max} bytes (option maxInputBytes); reading stopped there.`
      : `The input is ${size} bytes, over the limit of ${max} bytes (option maxInputBytes).`,
  );
}

export function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Reads a regular file in chunks, at most `max` + 1 bytes. Opened non-blocking and checked with fstat
 * on the open descriptor, so a path that became a FIFO or a device since it was listed is refused, not
 * waited on.
 */
export function readRegularFile(path: string, max: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ReadError(reasonOf(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ReadError(`not a regular file (${typeOf(stats)})`);
    if (stats.size > max) throw overLimit(max, stats.size);
    const cap = Math.floor(max) + 1;
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total < cap) {
      // The first read asks for the whole file (and one byte more, to see a file that grew).
      const chunk = new Uint8Array(Math.min(cap - total, total === 0 ? stats.size + 1 : CHUNK));
      let count: number;
      try {
        count = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw new ReadError(reasonOf(error));
      }
      if (count === 0) break;
      chunks.push(count === chunk.length ? chunk : chunk.subarray(0, count));
      total += count;
    }
    if (total > max) throw overLimit(max);
    return concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input, a FIFO, a device) until its end or one chunk past `max`. */
export async function readStream(source: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.length;
      // Leaving the loop destroys the stream: nothing more is read.
      if (total > max) throw overLimit(max);
    }
  } catch (error) {
    if (error instanceof SinmunError) throw error;
    throw new ReadError(reasonOf(error));
  }
  return concat(chunks, total);
}

export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Lists the run's entries in output order: each folder recursively, sorted, following symbolic links
 * as `find -L` does. Only regular files are read from a folder (by name: *.html, *.htm, and *.txt with
 * --text); an entry the walk cannot read becomes an entry with its reason, printed in its place:
 * a broken or looping symbolic link (a link back to a folder being walked, known by device and inode),
 * an unreadable folder, a FIFO, socket or device with a page's name. Nothing is opened here.
 */
/** The names of WARC files: `.warc`, `.warc.gz` (any case). */
export const WARC_NAME = /\.warc(?:\.gz)?$/i;

export function expand(paths: readonly string[], text: boolean): Task[] {
  const out: Task[] = [];
  const add = (path: string, kind: Task['kind'], error?: string): void => {
    out.push(error === undefined ? { index: out.length, path, kind } : { index: out.length, path, kind, error });
  };
  const pattern = text ? /\.(?:txt|html?)$/i : /\.html?$/i;
  // The folders from the top of the walk down to the current one.
  const ancestors = new Set<string>();
  const walk = (dir: string, stats: Stats): void => {
    const key = `${stats.dev}:${stats.ino}`;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      add(dir, 'file', reasonOf(error));
      return;
    }
    ancestors.add(key);
    for (const name of names) {
      const path = join(dir, name);
      let entry: Stats;
      try {
        entry = lstatSync(path);
      } catch (error) {
        add(path, 'file', reasonOf(error)); // gone since the folder was listed
        continue;
      }
      const link = entry.isSymbolicLink();
      if (link) {
        try {
          entry = statSync(path);
        } catch (error) {
          // Reported whatever its name: the walk cannot tell whether it led to a folder.
          add(path, 'file', isMissing(error) ? 'broken symbolic link' : reasonOf(error));
          continue;
        }
      }
      if (entry.isDirectory()) {
        if (ancestors.has(`${entry.dev}:${entry.ino}`)) add(path, 'file', link ? 'symbolic link loop' : 'folder loop');
        else walk(path, entry);
      } else if (!pattern.test(name)) {
        continue;
      } else if (entry.isFile()) {
        add(path, 'file');
      } else {
        add(path, 'file', `not a regular file (${typeOf(entry)})`);
      }
    }
    ancestors.delete(key);
  };
  for (const path of paths) {
    if (path === '-') {
      add(path, 'stdin');
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      let reason = reasonOf(error);
      try {
        if (isMissing(error) && lstatSync(path).isSymbolicLink()) reason = 'broken symbolic link';
      } catch {
        // not there at all
      }
      add(path, 'file', reason);
      continue;
    }
    if (stats.isDirectory()) walk(path, stats);
    // A WARC file named on the command line is read record by record (src/cli/warc.ts).
    else if (stats.isFile() && WARC_NAME.test(path)) add(path, 'warc');
    else if (stats.isFile()) add(path, 'file');
    // Named on the command line, a FIFO or a device is read as a stream (up to the limit).
    else if (stats.isFIFO() || stats.isCharacterDevice() || stats.isBlockDevice()) add(path, 'stream');
    else add(path, 'file', `not a regular file (${typeOf(stats)})`);
  }
  return out;
}

