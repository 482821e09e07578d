import { parse } from 'parse5';
import type { Document } from './dom.js';

export * from './dom.js';

/**
 * Parses an HTML page with parse5 (the WHATWG algorithm browsers use), so broken markup is
 * repaired exactly as a browser would repair it. Never throws on any string.
 *
 * @param html - The page.
 * @returns parse5's default tree.
 *
 * @example
 * ```ts
 * const document = parseHtml('<p>안녕하세요</p>');
 * ```
 */
export function parseHtml(html: string): Document {
  return parse(html, { scriptingEnabled: false });
}
