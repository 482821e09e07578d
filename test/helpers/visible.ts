/**
 * The test's own reading of a page's visible text, independent of the library: parse5's tree,
 * every text node outside `script`, `style`, `template` and `noscript` (comments are not text
 * nodes), in document order. Paragraphs are compared with it after whitespace normalisation.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

const NOT_VISIBLE = new Set(['script', 'style', 'template', 'noscript']);

/** The values of the page's visible text nodes, in document order. Iterative: deep pages do not overflow. */
export function visibleTextNodes(html: string): string[] {
  const document = parse(html, { scriptingEnabled: true });
  const out: string[] = [];
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterTypes.TextNode).value);
      continue;
    }
    if ('tagName' in node && NOT_VISIBLE.has(node.tagName)) continue;
    // A <template>'s content is a separate fragment, not among childNodes; skipped above anyway.
    const kids = 'childNodes' in node ? node.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return out;
}

/**
 * Whitespace normalisation for comparing: canonical decomposition (so NFC output and NFD input
 * compare equal, and a syllable split over two text nodes still matches), then every whitespace and
 * invisible format character (zero-width, bidi controls, BOM, soft hyphen) removed.
 */
export function squeeze(text: string): string {
  return text.normalize('NFD').replace(/[\s\u00a0\u00ad\u180e\u200b-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]+/g, '');
}

/** How a paragraph was found in the page's text. */
export type Provenance = 'substring' | 'pieces' | 'invented';

/**
 * Is `paragraph` made of the page's visible text?
 *
 * - `substring`: it occurs in the concatenated visible text (after {@link squeeze}).
 * - `pieces`: it is the page's text nodes in order with whole nodes left out between them (the end
 *   of one node, whole nodes, the start of one node): what the body reader gives when it skips a
 *   hidden or clutter element inside a paragraph, or cuts a dateline off its start.
 * - `invented`: neither: text that is not the page's.
 */
export function provenance(paragraph: string, nodes: readonly string[], joined = squeeze(nodes.join(''))): Provenance {
  const p = squeeze(paragraph);
  if (p === '' || joined.includes(p)) return 'substring';
  const parts = nodes.map(squeeze).filter((n) => n !== '');
  const memo = new Set<string>();
  // Can p[pos:] be completed with whole nodes after `after`, the last possibly cut short?
  const rest = (pos: number, after: number): boolean => {
    if (pos === p.length) return true;
    const key = `${pos}:${after}`;
    if (memo.has(key)) return false;
    memo.add(key);
    for (let j = after + 1; j < parts.length; j++) {
      const part = parts[j] as string;
      if (p.startsWith(part, pos) && rest(pos + part.length, j)) return true;
      if (part.startsWith(p.slice(pos))) return true;
    }
    return false;
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part.includes(p)) return 'substring';
    // The end of node i starts the paragraph.
    for (let k = 1; k <= Math.min(part.length, p.length); k++) {
      const tail = part.slice(part.length - k);
      if (p.startsWith(tail) && rest(tail.length, i)) return 'pieces';
    }
  }
  return 'invented';
}
