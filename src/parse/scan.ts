/**
 * One walk over the parsed page that gathers what the metadata stages read: `<title>`, `<meta>`
 * tags, JSON-LD blocks, the page language, the canonical link, script texts that carry article JSON,
 * headings, and the page's visible text as lines (for date lines and bylines).
 */
import type { MetaTags } from '../model/page.js';
import { BLOCK_TAGS, NON_TEXT_TAGS, attr, childrenOf, collapseSpace, isElement, isText, ownText } from '../helpers/dom.js';
import { NamesMemo } from '../helpers/names.js';
import type { Document, Element, Node } from '../helpers/dom.js';
import { DATA_SCRIPT_HINT } from './compact.js';

/** A line of visible text and the element it was found in. */
export interface TextLine {
  text: string;
  element: Element;
}

/** Every element of the page in document order, with its `class` and `id` attributes (`''` when absent) at the same position. */
export interface ElementList {
  elements: Element[];
  classNames: string[];
  ids: string[];
}

/** What one walk over the page found. */
export interface PageIndex extends ElementList {
  document: Document;
  title: string | undefined;
  meta: MetaTags;
  jsonLd: string[];
  /** Texts of other `<script>` elements that hold JSON data (`Fusion.globalContent`, `__NEXT_DATA__`, …). */
  dataScripts: string[];
  language: string | undefined;
  canonical: string | undefined;
  /** `h1`–`h3` and title-like elements, in page order, with their text. */
  headings: TextLine[];
  /** Deck-like elements (`.subtitle`, `.sub_tit`, `.deck`), in page order, with their text lines. */
  decks: TextLine[];
  /**
   * Elements whose class or id names an area later stages read (comments, breadcrumbs, tag lists),
   * in page order: those stages filter this list instead of walking the page again.
   */
  named: Element[];
  /** Visible text lines of at most {@link MAX_LINE_LENGTH} characters, at most {@link MAX_LINES}. */
  lines: TextLine[];
  /** Count of elements: a size measure for limits. */
  elementCount: number;
  /** Every element in document order (head included), so later stages iterate instead of walking. */
  elements: Element[];
  /** The `class` attribute of each element of {@link elements}, `''` when it has none. */
  classNames: string[];
  /** The `id` attribute of each element of {@link elements}, `''` when it has none. */
  ids: string[];
}

export const MAX_LINE_LENGTH = 300;
export const MAX_LINES = 20_000;
const MAX_HEADINGS = 200;
const EXIT = Symbol('exit');
const MAX_NAMED = 5000;
/** Names of areas read by the comment and navigation stages (each stage tests its own pattern). */
const AREA_HINT = /comment|cmt|reply|replies|bo_vc|fdb|feedback|disqus|reple|breadcrumb|location|navi|path|bread|tag|keyword|hash/i;

const DECK_CLASS = /(?:^|[\s_-])(?:sub_?title|subtitle|sub_?tit|subtit|deck|dek|sub_?head(?:line)?|sub-head(?:line)?|lead_?title|mid_?title)(?:$|[\s_-])/i;
const TITLE_CLASS = /(?:^|[\s_-])(?:tit|title|headline|subject|head_tit)(?:$|[\s_-]|le)/i;

/** What an element's class and id say it may be: bits of {@link NAMED_TITLE}, {@link NAMED_DECK}, {@link NAMED_AREA}. */
function namedAs(names: string): number {
  if (names === '') return 0;
  return (TITLE_CLASS.test(names) ? NAMED_TITLE : 0) | (DECK_CLASS.test(names) ? NAMED_DECK : 0) | (AREA_HINT.test(names) ? NAMED_AREA : 0);
}
const NAMED_TITLE = 1;
const NAMED_DECK = 2;
const NAMED_AREA = 4;

/**
 * Walks the page once (iteratively, so deep nesting cannot overflow the stack) and indexes it.
 *
 * @example
 * ```ts
 * const index = scanPage(parseHtml(html));
 * index.meta.get('og:title'); // ['제목']
 * ```
 */
export function scanPage(document: Document): PageIndex {
  const meta = new Map<string, string[]>();
  const jsonLd: string[] = [];
  const dataScripts: string[] = [];
  const headings: TextLine[] = [];
  const decks: TextLine[] = [];
  const named: Element[] = [];
  const elements: Element[] = [];
  const classNames: string[] = [];
  const ids: string[] = [];
  const lines: TextLine[] = [];
  let title: string | undefined;
  let language: string | undefined;
  let canonical: string | undefined;
  let elementCount = 0;
  const namesMemo = new NamesMemo(namedAs);

  let line = '';
  let lineElement: Element | undefined;
  const flush = (): void => {
    if (line !== '' && lines.length < MAX_LINES) {
      const text = collapseSpace(line);
      if (text !== '' && text.length <= MAX_LINE_LENGTH && lineElement) lines.push({ text, element: lineElement });
    }
    line = '';
    lineElement = undefined;
  };

  // The stack holds nodes to enter and, for block elements, an EXIT marker after their children.
  const stack: (Node | typeof EXIT)[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node | typeof EXIT;
    if (node === EXIT) {
      flush();
      continue;
    }
    if (isText(node)) {
      if (line.length <= MAX_LINE_LENGTH * 2) {
        line += node.value;
        lineElement ??= node.parentNode as Element;
      }
      continue;
    }
    if (!isElement(node)) {
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
      continue;
    }
    elementCount++;
    elements.push(node);
    let className = '';
    let id = '';
    const attrs = node.attrs;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i] as { name: string; value: string };
      if (a.name === 'class') className = a.value;
      else if (a.name === 'id') id = a.value;
    }
    classNames.push(className);
    ids.push(id);
    const tag = node.tagName;
    switch (tag) {
      case 'html':
        language = attr(node, 'lang') ?? attr(node, 'xml:lang');
        break;
      case 'title':
        if (title === undefined && node.parentNode && (node.parentNode as Element).tagName !== 'svg') {
          title = collapseSpace(ownText(node));
        }
        continue;
      case 'meta': {
        const key = attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemprop') ?? attr(node, 'http-equiv');
        const content = attr(node, 'content') ?? attr(node, 'datetime');
        if (key !== undefined && content !== undefined) {
          const list = meta.get(key.toLowerCase().trim());
          if (list) list.push(content);
          else meta.set(key.toLowerCase().trim(), [content]);
        }
        continue;
      }
      case 'link':
        if (canonical === undefined && /\bcanonical\b/i.test(attr(node, 'rel') ?? '')) canonical = attr(node, 'href');
        continue;
      case 'script': {
        const type = (attr(node, 'type') ?? '').toLowerCase();
        const source = ownText(node);
        if (type.includes('ld+json')) jsonLd.push(source);
        // The tree holds the text of these scripts only (see compact.ts).
        else if ((type.includes('json') && source.length > 1000) || DATA_SCRIPT_HINT.test(source)) dataScripts.push(source);
        continue;
      }
    }
    // The head's children (meta, link, script) are read above; its text is not the page's.
    if (NON_TEXT_TAGS.has(tag) && tag !== 'head') continue;
    const block = BLOCK_TAGS.has(tag) || tag === 'head';
    if (block) flush();
    const namedFor = namesMemo.get(className, id);
    if (headings.length < MAX_HEADINGS && (tag === 'h1' || tag === 'h2' || tag === 'h3' || namedFor & NAMED_TITLE)) {
      const text = collapseSpace(shallowText(node));
      if (text !== '' && text.length <= MAX_LINE_LENGTH) headings.push({ text, element: node });
    }
    if (decks.length < MAX_HEADINGS && namedFor & NAMED_DECK) {
      const text = shallowText(node, '\n').split('\n').map(collapseSpace).filter(Boolean).join('\n');
      if (text !== '' && text.length <= MAX_LINE_LENGTH) decks.push({ text, element: node });
    }
    // Areas later stages read: noted here so that no stage walks the page again to find them.
    if (named.length < MAX_NAMED && namedFor & NAMED_AREA) named.push(node);
    if (block) stack.push(EXIT);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  flush();
  return { document, title, meta, jsonLd, dataScripts, language, canonical, headings, decks, named, lines, elementCount, elements, classNames, ids };
}

/** Text of an element's subtree, bounded: headings are short, so stop early on big containers. */
function shallowText(element: Element, blockSeparator = ' '): string {
  let out = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && out.length <= MAX_LINE_LENGTH) {
    const node = stack.pop() as Node;
    if (isText(node)) out += node.value;
    else if (isElement(node) && NON_TEXT_TAGS.has(node.tagName)) continue;
    else {
      if (isElement(node) && node !== element && BLOCK_TAGS.has(node.tagName)) out += blockSeparator;
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    }
  }
  return out;
}
