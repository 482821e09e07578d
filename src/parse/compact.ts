/**
 * A tree adapter for parse5 that builds parse5's default tree (the same node shapes and types) and
 * keeps it small: parse5's own tree is about 9× the input's size on the corpus, this one about 5×.
 *
 * Where the size went, and what is done about it:
 * - Scripts and styles are most of a page's characters, and parse5 cuts each out of the input
 *   string; on a page with any character beyond Latin-1 (every Korean page) V8 stores those pieces
 *   with two bytes a character, a line at a time, as chains of concatenations. No stage reads them
 *   but the few scripts that carry data: the tree keeps the text of `<script>` elements that hold
 *   JSON or name a data object ({@link isDataScript}) and drops the text of other scripts and of
 *   `<style>` elements when they close.
 * - Each list the parser pushes onto keeps room for 17 entries: attribute lists are cut to their
 *   length when their element is made, child lists when their element is closed, and a first child
 *   gets a list of one.
 */
import { defaultTreeAdapter } from 'parse5';
import type { DefaultTreeAdapterMap, Token, TreeAdapter } from 'parse5';
import { attr, ownText } from '../helpers/dom.js';
import type { ChildNode, Element, ParentNode } from '../helpers/dom.js';

/** Script sources that hold an article's data, besides JSON-typed scripts. */
export const DATA_SCRIPT_HINT = /globalContent|__NEXT_DATA__|__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|contentHtml|articleBody/;

/**
 * Does a `<script>` with this `type` attribute and source carry data the pipeline reads (JSON-LD,
 * `__NEXT_DATA__`, `Fusion.globalContent` and the like)?
 *
 * @example
 * ```ts
 * isDataScript('application/ld+json', '{"@type":"NewsArticle"}'); // true
 * isDataScript('', 'window.dataLayer = [];');                       // false
 * ```
 */
export function isDataScript(type: string, source: string): boolean {
  return type.toLowerCase().includes('json') || DATA_SCRIPT_HINT.test(source);
}

function isDataScriptElement(script: Element, hints: boolean): boolean {
  const type = attr(script, 'type') ?? '';
  return hints ? isDataScript(type, ownText(script)) : type.toLowerCase().includes('json');
}

/**
 * Closes an element: drops the text no stage reads and cuts its child list to its length.
 * `hints`: whether the page's source names a data object at all; when it does not, no script's text
 * can, and a script without a JSON type is dropped unread (reading it would make V8 join the pieces
 * parse5 built it from, only to throw them away).
 */
function closeElement(element: Element, hints: boolean): void {
  const tag = element.tagName;
  if (tag === 'style' || (tag === 'script' && !isDataScriptElement(element, hints))) {
    element.childNodes = [];
  } else if (element.childNodes.length > 1) {
    element.childNodes = element.childNodes.slice();
  }
}

/**
 * parse5's default tree adapter, compacting as the parser goes: an element's attribute list when it
 * is made, its children when it is closed. (Should the parser add a child to a closed element, as
 * it may in broken markup, the tree stays right, only that list is not cut.)
 *
 * @example
 * ```ts
 * const document = parse(html, { treeAdapter: compactTreeAdapter });
 * compactOpenElements(document);
 * ```
 */
export const compactTreeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  createElement(tagName: string, namespaceURI, attrs: Token.Attribute[]): Element {
    // A copy of its length. The parser may also hand one list to several elements (a formatting
    // element it re-opens): each gets its own.
    return { nodeName: tagName, tagName, attrs: attrs.length > 0 ? attrs.slice() : attrs, namespaceURI, childNodes: [], parentNode: null };
  },
  appendChild(parent: ParentNode, node: ChildNode): void {
    // A first child gets a list of one; most elements have no more.
    if (parent.childNodes.length === 0) parent.childNodes = [node];
    else parent.childNodes.push(node);
    node.parentNode = parent;
  },
  onItemPop(element: Element): void {
    closeElement(element, true);
  },
};

/** {@link compactTreeAdapter} for a page whose source names no data object: scripts without a JSON type are dropped unread. */
const compactTreeAdapterWithoutHints: TreeAdapter<DefaultTreeAdapterMap> = {
  ...compactTreeAdapter,
  onItemPop(element: Element): void {
    closeElement(element, false);
  },
};

/**
 * The compact adapter for a page: scripts are read for {@link DATA_SCRIPT_HINT} only when the page's
 * source has one of its names somewhere (one search of the source, instead of joining every script's pieces).
 *
 * @example
 * ```ts
 * const document = parse(html, { treeAdapter: compactTreeAdapterFor(html) });
 * compactOpenElements(document);
 * ```
 */
export function compactTreeAdapterFor(html: string): TreeAdapter<DefaultTreeAdapterMap> {
  return DATA_SCRIPT_HINT.test(html) ? compactTreeAdapter : compactTreeAdapterWithoutHints;
}

/**
 * Closes what the parser left open at the end of the input: those elements lie on the path of
 * last children from the document down.
 *
 * @example
 * ```ts
 * const document = parse(html, { treeAdapter: compactTreeAdapter });
 * compactOpenElements(document);
 * ```
 */
export function compactOpenElements(document: ParentNode): void {
  for (let node: ParentNode | undefined = document; node; ) {
    const last: ChildNode | undefined = node.childNodes[node.childNodes.length - 1];
    // Reads every open script: at the end of the input they are few.
    if ('tagName' in node) closeElement(node, true);
    node = last && 'childNodes' in last ? last : undefined;
  }
}
