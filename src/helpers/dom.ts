/**
 * Small, allocation-light helpers over parse5's default tree, and the css-select adapter that lets
 * site rules query that tree directly (no conversion to another DOM).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { compile } from 'css-select';
import type { Options } from 'css-select';
import { isSpaceOrInvisibleCode } from './chars.js';

type Adapter<N, E extends N> = NonNullable<Options<N, E>['adapter']>;

export type Node = DefaultTreeAdapterTypes.Node;
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;
export type Document = DefaultTreeAdapterTypes.Document;

/**
 * Elements whose content is never text of the page: scripts and styles; what a browser with scripting
 * and plugins does not show (`noscript`, `noembed`, `noframes`, the fallback inside `iframe`, `object`,
 * `embed`, `video`, `audio`, `canvas`); raw-text elements whose "text" is markup (`xmp`, `plaintext`);
 * `template` content; form fields; the head.
 */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'select', 'option', 'textarea', 'head', 'title', 'video', 'audio',
]);

/** Elements that start a new line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'center', 'html', 'br', 'img', 'button', 'label',
]);

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function childrenOf(node: Node): ChildNode[] {
  if ('content' in node && node.nodeName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

/**
 * The text of a node's own text children, joined (no descent): the source of a `<script>`, the
 * text of a `<title>`.
 *
 * @example
 * ```ts
 * ownText(script); // 'window.__NEXT_DATA__ = {…}'
 * ```
 */
export function ownText(node: Node): string {
  let text = '';
  for (const kid of childrenOf(node)) if (isText(kid)) text += kid.value;
  return text;
}

export function attr(element: Element, name: string): string | undefined {
  const attrs = element.attrs;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i] as { name: string; value: string };
    if (a.name === name) return a.value;
  }
  return undefined;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseSpace(text: string): string {
  // Most lines of a page differ from their collapsed form only at the ends (the markup's line
  // breaks and indentation): one pass finds that and cuts them off; the rest take the expressions.
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceOrInvisibleCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrInvisibleCode(text.charCodeAt(end - 1))) end--;
  if (isCollapsed(text, start, end)) return start === 0 && end === text.length ? text : text.slice(start, end);
  // Zero-width and direction marks, soft hyphens: removed, so 정\u200b부 stays one word.
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
  return visible.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whether `text` from `start` to `end` (which are no whitespace) has no run of spaces and no other whitespace or invisible mark. */
function isCollapsed(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // A space between two other characters; the stretch ends on one, so i + 1 < end here.
    if (code === 0x20) {
      if (isSpaceOrInvisibleCode(text.charCodeAt(i + 1))) return false;
    } else if (isSpaceOrInvisibleCode(code)) return false;
  }
  return true;
}

const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** Plain text of a node: text nodes joined, script/style and the like skipped, blocks on their own lines. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node | string;
    if (typeof current === 'string') {
      parts.push(current);
      continue;
    }
    if (isText(current)) {
      parts.push(current.value);
      continue;
    }
    if (isElement(current)) {
      if (NON_TEXT_TAGS.has(current.tagName)) continue;
      if (BLOCK_TAGS.has(current.tagName)) parts.push('\n');
    }
    const kids = childrenOf(current);
    if (isElement(current) && BLOCK_TAGS.has(current.tagName)) (stack as (Node | string)[]).push('\n');
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return parts.join('');
}

/** Text of a node on one line: {@link textOf} with all whitespace collapsed. */
export function lineOf(node: Node): string {
  return collapseSpace(textOf(node));
}

/** css-select adapter over parse5's default tree adapter nodes. */
export const parse5Adapter: Adapter<Node, Element> = {
  isTag: (node): node is Element => isElement(node),
  getAttributeValue: (element, name) => attr(element, name),
  getChildren: (node) => childrenOf(node),
  getName: (element) => element.tagName,
  getParent: (node) => (node as ChildNode).parentNode ?? null,
  getSiblings: (node) => {
    const parent = (node as ChildNode).parentNode;
    return parent ? childrenOf(parent) : [node];
  },
  prevElementSibling: (node) => {
    const parent = (node as ChildNode).parentNode;
    if (!parent) return null;
    const kids = childrenOf(parent);
    let previous: Element | null = null;
    for (const kid of kids) {
      if (kid === node) return previous;
      if (isElement(kid)) previous = kid;
    }
    return null;
  },
  getText: (node) => textOf(node),
  hasAttrib: (element, name) => attr(element, name) !== undefined,
  removeSubsets: (nodes) => {
    const set = new Set(nodes);
    return nodes.filter((node) => {
      for (let p = (node as ChildNode).parentNode; p; p = (p as ChildNode).parentNode ?? null) {
        if (set.has(p)) return false;
      }
      return true;
    });
  },
};

/** A compiled selector: a predicate over elements. */
export type Matcher = (element: Element) => boolean;

/**
 * Compiles a CSS selector for parse5 elements. Throws on a selector that does not parse
 * (site tables are checked for that by a test).
 */
export function compileSelector(selector: string): Matcher {
  const query = compile<Node, Element>(selector, { adapter: parse5Adapter, cacheResults: false });
  return (element) => query(element);
}

/** Every element under `root` (root included) matching `matcher`, in document order. Iterative. */
export function selectAll(root: Node, matcher: Matcher): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node) && matcher(node)) found.push(node);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return found;
}

/** The first element under `root` matching `matcher`, or `undefined`. */
export function selectOne(root: Node, matcher: Matcher): Element | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node) && matcher(node)) return node;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return undefined;
}

/**
 * A test of whether a node lies inside any of `areas` (an area counts as inside itself). It
 * remembers the verdict of every ancestor it climbs through, so testing all the lines of a page
 * costs one climb per element, not one per line and area.
 *
 * @example
 * ```ts
 * const inArticleOrComments = insideAny([article, ...commentAreas]);
 * lines.filter((line) => !inArticleOrComments(line.element));
 * ```
 */
export function insideAny(areas: readonly (Node | undefined)[]): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  for (const area of areas) if (area) known.set(area, true);
  return (node) => {
    const climbed: Node[] = [];
    let verdict = false;
    for (let p: Node | null = node; p; p = (p as ChildNode).parentNode ?? null) {
      const seen = known.get(p);
      if (seen !== undefined) {
        verdict = seen;
        break;
      }
      climbed.push(p);
    }
    for (const passed of climbed) known.set(passed, verdict);
    return verdict;
  };
}

/** Is `node` inside (or equal to) `ancestor`? */
export function isInside(node: Node, ancestor: Node): boolean {
  for (let p: Node | null = node; p; p = (p as ChildNode).parentNode ?? null) {
    if (p === ancestor) return true;
  }
  return false;
}
