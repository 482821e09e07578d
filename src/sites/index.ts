/**
 * The site families we have rules for, in the order they are tried, and the code that recognises a
 * page's family and finds each rule's elements in one walk over the page.
 */
import { attr, childrenOf, compileSelector, isElement } from '../parse/dom.js';
import type { Document, Element, Matcher, Node } from '../parse/dom.js';
import type { PageIndex } from '../parse/scan.js';
import { naver, naverLegacy } from './naver.js';
import { daum } from './daum.js';
import { chosun } from './chosun.js';
import { joongang } from './joongang.js';
import { donga } from './donga.js';
import { hankyoreh } from './hankyoreh.js';
import { kyunghyang } from './kyunghyang.js';
import { yonhap } from './yonhap.js';
import { mk } from './mk.js';
import { hankyung } from './hankyung.js';
import { hankookilbo } from './hankookilbo.js';
import { sbs } from './sbs.js';
import { zdnet } from './zdnet.js';
import { newsis } from './newsis.js';
import { ndsoft } from './ndsoft.js';
import { ppomppu } from './ppomppu.js';
import { xe } from './xe.js';
import { gnuboard } from './gnuboard.js';
import type { SiteFamily } from './types.js';

export type { SiteFamily, FamilyDetection } from './types.js';

/** Every family, most specific first: outlet families before the CMS families many outlets share. */
export const SITE_FAMILIES: readonly SiteFamily[] = [
  // Outlets and portals, recognised by host or by their own markup.
  naver, naverLegacy, daum, chosun, joongang, donga, hankyoreh, kyunghyang, yonhap, mk, hankyung, hankookilbo, sbs, zdnet, newsis, ppomppu,
  // CMS and board software shared by many sites: after the outlets, which may run on them.
  ndsoft, xe, gnuboard,
];

/** The selector-list fields of a family. */
export const SELECTOR_FIELDS = [
  'title', 'subtitle', 'published', 'modified', 'body', 'drop', 'captions', 'authors', 'publisherName',
  'section', 'tags', 'comments', 'navigation', 'related',
] as const satisfies readonly (keyof SiteFamily)[];
export type SelectorField = (typeof SELECTOR_FIELDS)[number];

// Compiled selectors, by selector text. Compiling is pure, so sharing the results changes no output.
const compiled = new Map<string, Matcher>();
function matcherFor(selector: string): Matcher {
  let matcher = compiled.get(selector);
  if (!matcher) {
    matcher = compileSelector(selector);
    compiled.set(selector, matcher);
  }
  return matcher;
}

/** One matcher that is true when any of the selectors matches. */
export function anyOf(selectors: readonly string[] | undefined): Matcher | undefined {
  if (!selectors || selectors.length === 0) return undefined;
  const matchers = selectors.map(matcherFor);
  return (element) => matchers.some((m) => m(element));
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase();
}

function hostMatches(host: string, hosts: readonly string[]): boolean {
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Recognises the page's family: by the host of `url` (or the page's canonical / `og:url`), then by
 * markup only that family prints, then by its generator signature. `undefined` for other pages.
 *
 * @example
 * ```ts
 * detectFamily(scanPage(parseHtml(html)), 'https://n.news.naver.com/article/016/0002194334')?.name; // 'naver'
 * ```
 */
export function detectFamily(index: PageIndex, url: string | undefined, families: readonly SiteFamily[] = SITE_FAMILIES): SiteFamily | undefined {
  const hosts = [hostOf(url), hostOf(index.canonical), hostOf(index.meta.get('og:url')?.[0])].filter((h): h is string => !!h);
  for (const family of families) {
    const familyHosts = family.detect.hosts;
    if (familyHosts && hosts.some((host) => hostMatches(host, familyHosts))) return family;
  }
  const markers = families.map((family) => anyOf(family.detect.markers));
  const found = firstMatching(index.document, markers);
  if (found !== undefined) return families[found];
  const generator = index.meta.get('generator')?.join(' ') ?? '';
  const scripts = index.dataScripts.join(' ').slice(0, 100_000);
  return families.find((family) => family.detect.generator && (family.detect.generator.test(generator) || family.detect.generator.test(scripts)));
}

/** Index of the first matcher that matches some element (earliest matcher wins, not earliest element). */
function firstMatching(document: Document, matchers: (Matcher | undefined)[]): number | undefined {
  let best: number | undefined;
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node)) {
      const limit = best ?? matchers.length;
      for (let i = 0; i < limit; i++) {
        if (matchers[i]?.(node)) {
          best = i;
          break;
        }
      }
      if (best === 0) return 0;
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return best;
}

/** The elements each field's selectors found: `[field][selectorIndex]` → elements in page order. */
export type RuleMatches = Partial<Record<SelectorField, Element[][]>>;

/**
 * Finds the elements of every selector of a family in one walk over the page.
 *
 * @example
 * ```ts
 * const matches = matchRules(document, gnuboard);
 * matches.body?.[0]?.[0]; // the #bo_v_con element
 * ```
 */
export function matchRules(document: Document, family: SiteFamily): RuleMatches {
  const tests: { field: SelectorField; index: number; matcher: Matcher }[] = [];
  const matches: RuleMatches = {};
  for (const field of SELECTOR_FIELDS) {
    const selectors = family[field];
    if (!selectors) continue;
    matches[field] = selectors.map(() => []);
    selectors.forEach((selector, index) => tests.push({ field, index, matcher: matcherFor(selector) }));
  }
  if (tests.length === 0) return matches;
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node)) {
      for (const test of tests) {
        if (test.matcher(node)) (matches[test.field] as Element[][])[test.index]?.push(node);
      }
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return matches;
}

/** The elements of a field, best selector first. */
export function ruleElements(matches: RuleMatches, field: SelectorField): Element[] {
  return (matches[field] ?? []).flat();
}

/** An element's date value: `datetime`, `data-date-time`, `content`, else its text. */
export function dateValueOf(element: Element, text: string): string {
  return (
    attr(element, 'datetime') ?? attr(element, 'data-date-time') ?? attr(element, 'data-modify-date-time') ?? attr(element, 'content') ?? text
  );
}
