/**
 * Site rules a user passes as `ParseOptions.siteRules`: checked field by field when `parseArticle`
 * is called, so a typo fails at once with the field's name instead of silently matching nothing.
 */
import { SinmunError } from '../model/errors.js';
import { compileSelector } from '../helpers/dom.js';
import type { SiteFamily, SiteRule } from './types.js';

/** The selector-list fields of a rule (the same as `SELECTOR_FIELDS` in `index.ts`, which imports this module's users). */
const SELECTOR_LIST_FIELDS = [
  'title', 'subtitle', 'published', 'modified', 'body', 'drop', 'captions', 'authors', 'publisherName',
  'section', 'tags', 'comments', 'navigation', 'related',
] as const;

const OTHER_FIELDS = new Set(['name', 'source', 'detect', 'publisher', 'commentsByScript']);
const DETECT_FIELDS = new Set(['hosts', 'markers', 'generator']);
const SELECTOR_SET = new Set<string>(SELECTOR_LIST_FIELDS);

/** Longest generator pattern accepted: a guard against pathological patterns, not a style rule. */
const MAX_PATTERN_LENGTH = 500;

// Checked rule lists, by their content (so a list changed between calls is checked again): a crawler
// passes the same rules for every page, and the same families keep their compiled selector indexes.
const checked = new Map<string, readonly SiteFamily[]>();
const MAX_CHECKED = 64;

function fingerprint(rules: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(rules, (_, value: unknown) =>
      value instanceof RegExp ? `/${value.source}/${value.flags}` : typeof value === 'function' ? '[function]' : value);
  } catch {
    return undefined; // a cycle or a BigInt: checkRule reports what is wrong
  }
}

function fail(field: string, problem: string): never {
  throw new SinmunError('invalid-option', `Option "siteRules": ${field} ${problem}.`);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof RegExp) return 'a RegExp';
  return typeof value;
}

function checkSelectors(value: unknown, field: string): readonly string[] {
  if (!Array.isArray(value)) fail(field, `must be an array of CSS selectors, got ${kindOf(value)}`);
  value.forEach((selector: unknown, i) => {
    if (typeof selector !== 'string' || selector.trim() === '') fail(`${field}[${i}]`, `must be a non-empty CSS selector string, got ${kindOf(selector)}`);
    try {
      compileSelector(selector);
    } catch (error) {
      fail(`${field}[${i}]`, `is not a CSS selector css-select can read (${JSON.stringify(selector)}: ${(error as Error).message})`);
    }
  });
  return value as string[];
}

function checkHosts(value: unknown, field: string): readonly string[] {
  if (!Array.isArray(value)) fail(field, `must be an array of host names, got ${kindOf(value)}`);
  return value.map((host: unknown, i) => {
    if (typeof host !== 'string' || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host.trim())) {
      fail(`${field}[${i}]`, `must be a host name like "news.example.kr" (no scheme or path), got ${JSON.stringify(host)}`);
    }
    return host.trim().toLowerCase();
  });
}

function checkGenerator(value: unknown, field: string): RegExp {
  if (value instanceof RegExp) return value;
  if (typeof value !== 'string' || value === '') fail(field, `must be a RegExp or a non-empty pattern string, got ${kindOf(value)}`);
  if (value.length > MAX_PATTERN_LENGTH) fail(field, `is longer than ${MAX_PATTERN_LENGTH} characters`);
  try {
    return new RegExp(value, 'i');
  } catch (error) {
    return fail(field, `is not a valid regular expression (${(error as Error).message})`);
  }
}

function checkRule(rule: unknown, at: string, names: Set<string>): SiteFamily {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) fail(at, `must be a rule object, got ${kindOf(rule)}`);
  const record = rule as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!SELECTOR_SET.has(key) && !OTHER_FIELDS.has(key)) fail(`${at}.${key}`, 'is not a rule field (see the SiteRule type)');
  }
  const { name, source, publisher, commentsByScript, detect } = record;
  if (typeof name !== 'string' || !/^[a-z0-9][\w.-]*$/i.test(name)) fail(`${at}.name`, `must be an id of letters, digits, "-", "_" or ".", got ${JSON.stringify(name)}`);
  if (names.has(name)) fail(`${at}.name`, `"${name}" is used by two rules`);
  names.add(name);
  if (source !== undefined && typeof source !== 'string') fail(`${at}.source`, `must be a string, got ${kindOf(source)}`);
  if (publisher !== undefined && (typeof publisher !== 'string' || publisher.trim() === '')) fail(`${at}.publisher`, `must be a non-empty string, got ${kindOf(publisher)}`);
  if (commentsByScript !== undefined && typeof commentsByScript !== 'boolean') fail(`${at}.commentsByScript`, `must be a boolean, got ${kindOf(commentsByScript)}`);

  if (typeof detect !== 'object' || detect === null || Array.isArray(detect)) fail(`${at}.detect`, `must be an object with hosts, markers or generator, got ${kindOf(detect)}`);
  const detection = detect as Record<string, unknown>;
  for (const key of Object.keys(detection)) {
    if (!DETECT_FIELDS.has(key)) fail(`${at}.detect.${key}`, 'is not a detection field (hosts, markers, generator)');
  }
  const family: SiteFamily = { name, source: (source as string | undefined) ?? 'user rule', detect: {} };
  if (detection.hosts !== undefined) family.detect.hosts = checkHosts(detection.hosts, `${at}.detect.hosts`);
  if (detection.markers !== undefined) family.detect.markers = checkSelectors(detection.markers, `${at}.detect.markers`);
  if (detection.generator !== undefined) family.detect.generator = checkGenerator(detection.generator, `${at}.detect.generator`);
  if (!family.detect.hosts?.length && !family.detect.markers?.length && !family.detect.generator) {
    fail(`${at}.detect`, 'needs at least one of hosts, markers or generator, or the rule never applies');
  }
  if (publisher !== undefined) family.publisher = (publisher as string).trim();
  if (commentsByScript !== undefined) family.commentsByScript = commentsByScript as boolean;
  for (const field of SELECTOR_LIST_FIELDS) {
    if (record[field] !== undefined) family[field] = checkSelectors(record[field], `${at}.${field}`);
  }
  return family;
}

/**
 * Checks a user's rule array and returns it as families, in the user's order. Throws
 * `SinmunError('invalid-option')` naming the first bad field (`siteRules[1].body[0] is not a CSS selector …`).
 *
 * @example
 * ```ts
 * checkSiteRules([{ name: 'weekly', detect: { hosts: ['weekly.example.kr'] }, body: ['td.view_text'] }])[0]?.name; // 'weekly'
 * checkSiteRules([{ name: 'weekly', detect: {}, body: ['td.view_text'] }]); // throws: siteRules[0].detect needs at least one …
 * ```
 */
export function checkSiteRules(rules: readonly unknown[]): readonly SiteFamily[] {
  const key = fingerprint(rules);
  const known = key === undefined ? undefined : checked.get(key);
  if (known) return known;
  const names = new Set<string>();
  const families = rules.map((rule, i) => checkRule(rule, `siteRules[${i}]`, names));
  if (key !== undefined) {
    if (checked.size >= MAX_CHECKED) checked.delete(checked.keys().next().value as string);
    checked.set(key, families);
  }
  return families;
}
