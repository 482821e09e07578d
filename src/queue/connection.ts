/**
 * Where the queue lives: a Redis URL checked and turned into connection options, the names of the
 * Redis keys sinmun keeps beside BullMQ's own, and a short connection check that fails at once.
 */
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';
import { SinmunError } from '../model/errors.js';

/**
 * A Redis server: a URL (`redis://[user:password@]host[:port][/db]`, `rediss://` for TLS) or ioredis
 * connection options (`{ host, port, password, db, tls, … }`).
 */
export type QueueConnection = string | RedisOptions;

/** The queue's name and key prefix, shared by every command that uses one queue. */
export interface QueueName {
  /** The BullMQ queue name (default `sinmun`): separate crawls can share one Redis server. */
  queue?: string;
  /** BullMQ's key prefix (default `bull`). */
  prefix?: string;
}

export const DEFAULT_QUEUE = 'sinmun';
export const DEFAULT_PREFIX = 'bull';

/** The Redis keys sinmun keeps for one queue, beside BullMQ's `<prefix>:<queue>:*` keys. */
export interface SinmunKeys {
  /** A string: the last enqueue sequence number (INCR). */
  sequence: string;
  /** A sorted set: every job id, scored by its sequence number (the order `collect` writes in). */
  order: string;
  /** The key of one page's bytes, by the sha256 of its content (SET NX: stored once). */
  page(contentHash: string): string;
  /** A SCAN pattern matching all of them. */
  pattern: string;
}

/** Checks a queue name: BullMQ refuses `:` in it; empty means nothing. */
export function queueNameOf(name: QueueName): { queue: string; prefix: string } {
  const queue = name.queue ?? DEFAULT_QUEUE;
  const prefix = name.prefix ?? DEFAULT_PREFIX;
  if (typeof queue !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(queue)) {
    throw new SinmunError('invalid-option', `The queue name must be letters, digits, '_', '.' or '-', got ${JSON.stringify(queue)}.`);
  }
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9_.{}-]+$/.test(prefix)) {
    throw new SinmunError('invalid-option', `The key prefix must be letters, digits, '_', '.', '{', '}' or '-', got ${JSON.stringify(prefix)}.`);
  }
  return { queue, prefix };
}

export function keysOf(name: QueueName): SinmunKeys {
  const { queue, prefix } = queueNameOf(name);
  const base = `${prefix}:${queue}:sinmun`;
  return {
    sequence: `${base}:sequence`,
    order: `${base}:order`,
    page: (contentHash) => `${base}:page:${contentHash}`,
    pattern: `${base}:*`,
  };
}

/**
 * Turns a Redis URL into ioredis options; throws `SinmunError('invalid-option')` for anything else.
 *
 * @example
 * ```ts
 * redisOptionsOf('redis://:secret@10.0.0.5:6380/2'); // { host: '10.0.0.5', port: 6380, password: 'secret', db: 2 }
 * ```
 */
export function redisOptionsOf(connection: QueueConnection): RedisOptions {
  if (typeof connection !== 'string') {
    if (connection === null || typeof connection !== 'object') {
      throw new SinmunError('invalid-option', 'The Redis connection must be a redis:// URL or ioredis options.');
    }
    return { ...connection };
  }
  let url: URL;
  try {
    url = new URL(connection);
  } catch {
    throw new SinmunError('invalid-option', `The Redis URL must look like redis://host:port, got ${JSON.stringify(connection)}.`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new SinmunError('invalid-option', `The Redis URL must start with redis:// or rediss://, got ${JSON.stringify(connection)}.`);
  }
  const options: RedisOptions = { host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: 6379 };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username !== '') options.username = decodeURIComponent(url.username);
  if (url.password !== '') options.password = decodeURIComponent(url.password);
  const db = url.pathname.replace(/^\//, '');
  if (db !== '') {
    if (!/^\d+$/.test(db)) throw new SinmunError('invalid-option', `The Redis URL's database must be a number, got ${JSON.stringify(db)}.`);
    options.db = Number(db);
  }
  if (url.protocol === 'rediss:') options.tls = {};
  return options;
}

/**
 * A client for sinmun's own keys. `maxRetriesPerRequest: null`: a command waits through a Redis
 * restart instead of failing (as BullMQ needs for its workers).
 */
export function openRedis(connection: QueueConnection): Redis {
  return new Redis({ ...redisOptionsOf(connection), maxRetriesPerRequest: null });
}

/**
 * Connects once, without retrying, and says why it could not: a run that cannot reach Redis at
 * its start stops at once rather than waiting for it forever (once started, the queue's clients
 * wait through a Redis restart).
 *
 * @example
 * ```ts
 * await checkConnection('redis://localhost:6379'); // throws "cannot connect to Redis at localhost:6379 (ECONNREFUSED)"
 * ```
 */
export async function checkConnection(connection: QueueConnection): Promise<void> {
  const client = new Redis({ ...redisOptionsOf(connection), lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  // The socket's error (ECONNREFUSED, ENOTFOUND) says more than connect()'s "Connection is closed".
  let socketError: NodeJS.ErrnoException | undefined;
  client.on('error', (error: NodeJS.ErrnoException) => {
    socketError ??= error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const options = redisOptionsOf(connection);
    const cause = socketError ?? (error as NodeJS.ErrnoException);
    throw new Error(`cannot connect to Redis at ${options.host ?? '127.0.0.1'}:${options.port ?? 6379} (${cause.code ?? cause.message})`);
  } finally {
    client.disconnect();
  }
}

/** BullMQ's connection options for one of its queues or workers (it sets maxRetriesPerRequest for workers). */
export function bullConnectionOf(connection: QueueConnection): ConnectionOptions {
  // ioredis's options, which BullMQ passes to ioredis (its own type for them is looser).
  return { ...redisOptionsOf(connection), maxRetriesPerRequest: null } as ConnectionOptions;
}
