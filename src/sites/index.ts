/**
 * The site families we have rules for, in the order they are tried, and the code that recognises a
 * page's family and finds each rule's elements in one walk over the page.
 */
import { attr, compileSelector } from '../helpers/dom.js';
import type { Element, Matcher } from '../helpers/dom.js';
import type { ElementList, PageIndex } from '../parse/scan.js';
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
import { SelectorIndex } from './selectorIndex.js';

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
  const found = firstMatching(index, families);
  if (found !== undefined) return families[found];
  const generator = index.meta.get('generator')?.join(' ') ?? '';
  const scripts = index.dataScripts.join(' ').slice(0, 100_000);
  return families.find((family) => family.detect.generator && (family.detect.generator.test(generator) || family.detect.generator.test(scripts)));
}

// Marker indexes by family list. Building one compiles selectors: pure, so sharing it changes no output.
const markerIndexes = new WeakMap<readonly SiteFamily[], SelectorIndex<number>>();

/** Index of the first family whose marker matches some element (earliest family wins, not earliest element). */
function firstMatching(elements: ElementList, families: readonly SiteFamily[]): number | undefined {
  let index = markerIndexes.get(families);
  if (!index) {
    index = new SelectorIndex(families.flatMap((family, i) => (family.detect.markers ?? []).map((selector) => ({ selector, value: i }))), matcherFor);
    markerIndexes.set(families, index);
  }
  let best: number | undefined;
  index.scan(elements, (_, values) => {
    for (const value of values) if (best === undefined || value < best) best = value;
    return best !== 0;
  });
  return best;
}

/** The elements each field's selectors found: `[field][selectorIndex]` → elements in page order. */
export type RuleMatches = Partial<Record<SelectorField, Element[][]>>;

/**
 * Finds the elements of every selector of a family in one pass over the page's elements.
 *
 * @example
 * ```ts
 * const matches = matchRules(scanPage(document), gnuboard);
 * matches.body?.[0]?.[0]; // the #bo_v_con element
 * ```
 */
export function matchRules(elements: ElementList, family: SiteFamily): RuleMatches {
  const matches: RuleMatches = {};
  for (const field of SELECTOR_FIELDS) {
    const selectors = family[field];
    if (selectors) matches[field] = selectors.map(() => []);
  }
  let index = ruleIndexes.get(family);
  if (!index) {
    index = new SelectorIndex(
      SELECTOR_FIELDS.flatMap((field) => (family[field] ?? []).map((selector, position) => ({ selector, value: { field, position } }))),
      matcherFor,
    );
    ruleIndexes.set(family, index);
  }
  index.scan(elements, (element, values) => {
    const seen = new Set<string>();
    for (const { field, position } of values) {
      const key = `${field}:${position}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (matches[field] as Element[][])[position]?.push(element);
    }
  });
  return matches;
}

// Rule indexes by family. Building one compiles selectors: pure, so sharing it changes no output.
const ruleIndexes = new WeakMap<SiteFamily, SelectorIndex<{ field: SelectorField; position: number }>>();

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
