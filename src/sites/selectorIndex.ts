/**
 * Many selectors tested against every element of a page in one pass, the way browsers do it: each
 * selector is filed under the id, class or tag its rightmost part requires, and an element is only
 * tested against the selectors filed under its own id, classes and tag (plus the few that require
 * none). The compiled css-select matcher still decides.
 */
import { compileSelector } from '../helpers/dom.js';
import type { ElementList } from '../parse/scan.js';
import type { Element, Matcher } from '../helpers/dom.js';

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
  // Filed by id, class and tag name apart, so an element's own attribute strings are the lookup keys
  // (no `#id` / `.class` string is built per element).
  private readonly byId = new Map<string, Entry<T>[]>();
  private readonly byClass = new Map<string, Entry<T>[]>();
  private readonly byTag = new Map<string, Entry<T>[]>();
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
        const [map, name] = key.startsWith('#') ? [this.byId, key.slice(1)] : key.startsWith('.') ? [this.byClass, key.slice(1)] : [this.byTag, key];
        const list = map.get(name);
        if (list) list.push(entry);
        else map.set(name, [entry]);
      }
    }
  }

  /**
   * Values of the selectors that match `element`, whose `class` and `id` attributes are given (`''`
   * when absent); a value may come twice if two keys lead to it. `byClassName` keeps, per class
   * attribute already seen, the entries its class names lead to.
   */
  matching(element: Element, className: string, id: string, byClassName: Map<string, readonly Entry<T>[]> = new Map()): T[] {
    const found: T[] = [];
    if (id !== '') testEach(this.byId.get(id), element, found);
    if (className !== '') testEach(this.classEntries(className, byClassName), element, found);
    testEach(this.byTag.get(element.tagName), element, found);
    testEach(this.always, element, found);
    return found;
  }

  /** The entries the names of a class attribute lead to, in the order of the names. */
  private classEntries(className: string, byClassName: Map<string, readonly Entry<T>[]>): readonly Entry<T>[] {
    const known = byClassName.get(className);
    if (known) return known;
    const names = className.includes(' ') || className.includes('\t') || className.includes('\n') ? className.split(/\s+/) : [className];
    const entries = names.flatMap((name) => (name ? (this.byClass.get(name) ?? []) : []));
    byClassName.set(className, entries);
    return entries;
  }

  /** Calls `visit` for every element (in the order given) with the values matching it; `false` stops. */
  scan(list: ElementList, visit: (element: Element, values: T[]) => boolean | void): void {
    const byClassName = new Map<string, readonly Entry<T>[]>();
    const { elements, classNames, ids } = list;
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i] as Element;
      const values = this.matching(element, classNames[i] ?? '', ids[i] ?? '', byClassName);
      if (values.length > 0 && visit(element, values) === false) return;
    }
  }
}

/** Adds the values of the entries whose selector matches `element` to `found`. */
function testEach<T>(entries: readonly Entry<T>[] | undefined, element: Element, found: T[]): void {
  if (entries) for (const entry of entries) if (entry.matcher(element)) found.push(entry.value);
}
