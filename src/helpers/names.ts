/**
 * Class and id names: what later stages read of an element's `class` and `id`, worked out once per
 * distinct pair.
 */
import { attr } from './dom.js';
import type { Element } from './dom.js';

/**
 * A value worked out from an element's class and id (`"class id"`, or `''` when it has neither),
 * kept per distinct pair: a page repeats a few hundred names over thousands of elements, so the
 * patterns that read names run once per name, and the lookups use the attribute strings themselves.
 *
 * @example
 * ```ts
 * const isComment = new NamesMemo((names) => /comment/i.test(names));
 * isComment.of(element); // the test runs once per distinct class/id pair
 * ```
 */
export class NamesMemo<T> {
  private readonly byClass = new Map<string, Map<string, T>>();
  private unnamed: { value: T } | undefined;

  constructor(private readonly compute: (names: string) => T) {}

  /** The value for an element. */
  of(element: Element): T {
    return this.get(attr(element, 'class') ?? '', attr(element, 'id') ?? '');
  }

  /** The value for an element's `class` and `id` attributes (`''` when absent). */
  get(className: string, id: string): T {
    // Most elements have neither: no look-up for them.
    if (className === '' && id === '') {
      if (this.unnamed === undefined) this.unnamed = { value: this.compute('') };
      return this.unnamed.value;
    }
    let byId = this.byClass.get(className);
    if (byId === undefined) {
      byId = new Map();
      this.byClass.set(className, byId);
    }
    if (byId.has(id)) return byId.get(id) as T;
    const value = this.compute(className === '' && id === '' ? '' : `${className} ${id}`);
    byId.set(id, value);
    return value;
  }
}
