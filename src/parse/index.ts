import { parse } from 'parse5';
import { compactOpenElements, compactTreeAdapterFor } from './compact.js';
import type { Document } from '../helpers/dom.js';


/**
 * Parses an HTML page with parse5 (the WHATWG algorithm browsers use), so broken markup is
 * repaired exactly as a browser would repair it. Never throws on any string.
 *
 * The tree is parse5's default tree, built through {@link compactTreeAdapterFor}: about half the size,
 * because it holds no text of scripts without data or of styles (no stage reads them) and no list
 * with room to spare.
 *
 * @param html - The page.
 * @returns parse5's default tree, compacted.
 *
 * @example
 * ```ts
 * const document = parseHtml('<p>안녕하세요</p>');
 * ```
 */
export function parseHtml(html: string): Document {
  // Scripting on, as in the browsers readers use: `<noscript>` is raw text then, so its fallback
  // (`자바스크립트를 켜세요`) never becomes elements of the body, even from `<head>`.
  const document = parse(html, { scriptingEnabled: true, treeAdapter: compactTreeAdapterFor(html) });
  compactOpenElements(document);
  return document;
}
