/**
 * Many selectors tested against every element of a page in one pass, the way browsers do it: each
 * selector is filed under the id, class or tag its rightmost part requires, and an element is only
 * tested against the selectors filed under its own id, classes and tag (plus the few that require
 * none). The compiled css-select matcher still decides.
 */
import { attr, compileSelector } from '../parse/dom.js';
import type { Element, Matcher } from '../parse/dom.js';

/** A selector with the value it stands for. */
export interface IndexedSelector<T> {
  selector: string;
  value: T;
}

interface Entry<T> {
  matcher: Matcher;
  value: T;
}

/** Splits a selector list at top-level commas. */
function splitList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * `compound` without its `[…]` and `(…)` groups, each up to the first closing mark after it, as
 * `/\[[^\]]*\]|\([^)]*\)/g` removed them. A linear scan: an opening mark with no closing mark after it
 * is kept without a search (the regex searched to the end again from each such mark: quadratic).
 *
 * @example
 * ```ts
 * withoutBracketed('a.link[href*="news"]:not(.ad)'); // 'a.link:not'
 * ```
 */
export function withoutBracketed(compound: string): string {
  const lastSquare = compound.lastIndexOf(']');
  const lastRound = compound.lastIndexOf(')');
  let kept = '';
  let i = 0;
  while (i < compound.length) {
    const c = compound.charAt(i);
    if (c === '[' && lastSquare > i) i = compound.indexOf(']', i + 1) + 1;
    else if (c === '(' && lastRound > i) i = compound.indexOf(')', i + 1) + 1;
    else {
      kept += c;
      i++;
    }
  }
  return kept;
}

/** The key an element must have for the selector to match: `#id`, `.class`, a tag name, or `*`. */
export function keyOf(selector: string): string {
  // The rightmost compound: after the last combinator outside brackets and parentheses.
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charAt(i);
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) start = i + 1;
  }
  const compound = withoutBracketed(selector.slice(start));
  const id = /#([\w-]+)/.exec(compound);
  if (id) return `#${id[1]}`;
  const className = /\.([\w-]+)/.exec(compound);
  if (className) return `.${className[1]}`;
  const tag = /^([a-z][\w-]*)/i.exec(compound);
  return tag ? (tag[1] as string).toLowerCase() : '*';
}

/** Selectors filed by key. */
export class SelectorIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  private readonly always: Entry<T>[] = [];

  constructor(selectors: readonly IndexedSelector<T>[], compile: (selector: string) => Matcher = compileSelector) {
    for (const { selector, value } of selectors) {
      const matcher = compile(selector);
      const keys = new Set(splitList(selector).map(keyOf));
      const entry = { matcher, value };
      if (keys.has('*')) {
        this.always.push(entry);
        continue;
      }
      for (const key of keys) {
        const list = this.byKey.get(key);
        if (list) list.push(entry);
        else this.byKey.set(key, [entry]);
      }
    }
  }

  /** Values of the selectors that match `element` (a value may come twice if two keys lead to it). */
  matching(element: Element): T[] {
    const found: T[] = [];
    const test = (entries: Entry<T>[] | undefined): void => {
      if (entries) for (const entry of entries) if (entry.matcher(element)) found.push(entry.value);
    };
    const id = attr(element, 'id');
    if (id) test(this.byKey.get(`#${id}`));
    const className = attr(element, 'class');
    if (className) {
      for (const name of className.includes(' ') || className.includes('\t') || className.includes('\n') ? className.split(/\s+/) : [className]) {
        if (name) test(this.byKey.get(`.${name}`));
      }
    }
    test(this.byKey.get(element.tagName));
    test(this.always);
    return found;
  }

  /** Calls `visit` for every element (in the order given) with the values matching it; `false` stops. */
  scan(elements: readonly Element[], visit: (element: Element, values: T[]) => boolean | void): void {
    for (const element of elements) {
      const values = this.matching(element);
      if (values.length > 0 && visit(element, values) === false) return;
    }
  }
}
