/**
 * Reading schema.org article data from `<script type="application/ld+json">` blocks:
 * `NewsArticle` and its kin, inside `@graph`, arrays or several blocks.
 */

/** The article fields JSON-LD can give, as plain strings. */
export interface JsonLdArticle {
  headline?: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  section?: string;
  keywords: string[];
  images: string[];
  language?: string;
  url?: string;
  articleBody?: string;
}

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'socialmediaposting', 'scholarlyarticle',
  'techarticle', 'report', 'liveblogposting', 'askpublicnewsarticle', 'satiricalarticle', 'discussionforumposting',
]);

/** Longest breadcrumb trail kept (real trails have two to five steps). */
const MAX_BREADCRUMBS = 12;

/** Most objects looked at in one page's JSON-LD: a guard against hostile pages. */
const MAX_NODES = 10_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: { [key: string]: Json }, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function typesOf(object: { [key: string]: Json }): string[] {
  const type = own(object, '@type');
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

/** Script text is not HTML-decoded by the parser; sites still write entities into JSON-LD strings. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : match;
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? match;
  });
}

/** A string from a string, a number, `{ name }`, `{ '@value' }` or the first of an array. */
function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return decodeEntities(value).trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = text(item);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(value)) return text(own(value, 'name') ?? own(value, '@value') ?? own(value, 'url'));
  return undefined;
}

function texts(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const t = isObject(item) ? text(own(item, 'name')) : text(item);
    if (t) out.push(t);
  }
  return out;
}

/** Author names, without the ones typed as an organisation (`{"@type": "Organization", "name": "한빛일보"}`). */
function personNames(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const people = list.filter((item) => {
    if (!isObject(item)) return true;
    const type = own(item, '@type');
    const types = (Array.isArray(type) ? type : [type]).map((t) => (typeof t === 'string' ? t.toLowerCase() : ''));
    return !types.some((t) => t === 'organization' || t === 'newsmediaorganization' || t === 'corporation');
  });
  return texts(people);
}

function imageUrls(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    const url = typeof item === 'string' ? item : isObject(item) ? text(own(item, 'url') ?? own(item, 'contentUrl')) : undefined;
    if (url) out.push(url);
  }
  return out;
}

/** Collects objects of article types from parsed JSON-LD values, breadth first, bounded. */
function articleObjects(roots: Json[]): { [key: string]: Json }[] {
  const found: { [key: string]: Json }[] = [];
  // Breadth first with a read position (no shift, no spread: arrays can hold millions of items).
  const queue: Json[] = [...roots];
  for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
    const value = queue[head] as Json;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && queue.length < MAX_NODES; i++) queue.push(value[i] as Json);
      continue;
    }
    if (!isObject(value)) continue;
    if (typesOf(value).some((t) => ARTICLE_TYPES.has(t))) found.push(value);
    const graph = own(value, '@graph');
    if (graph !== undefined) queue.push(graph);
    const main = own(value, 'mainEntity');
    if (main !== undefined) queue.push(main);
  }
  return found;
}

/**
 * Parses JSON-LD blocks and merges the article objects they hold (the first block that gives a
 * field wins). Blocks that are not valid JSON are counted in `invalid`.
 *
 * @example
 * ```ts
 * readJsonLd(['{"@type":"NewsArticle","headline":"제목","datePublished":"2023-08-03T10:12:00+09:00"}']).article.headline; // '제목'
 * ```
 */
export function readJsonLd(blocks: readonly string[]): { article: JsonLdArticle | undefined; invalid: number; breadcrumbs: string[] } {
  const roots: Json[] = [];
  let invalid = 0;
  for (const block of blocks) {
    const source = block.trim().replace(/^<!--|-->$/g, '').replace(/^\/\*[\s\S]*?\*\//, '');
    if (source === '') continue;
    try {
      roots.push(JSON.parse(source) as Json);
    } catch {
      // Sites often put raw newlines inside strings; JSON forbids them, browsers' schema readers forgive.
      try {
        roots.push(JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' ')) as Json);
      } catch {
        invalid++;
      }
    }
  }
  const objects = articleObjects(roots);
  const breadcrumbs = breadcrumbsOf(roots);
  if (objects.length === 0) return { article: undefined, invalid, breadcrumbs };

  const article: JsonLdArticle = { authors: [], keywords: [], images: [] };
  for (const object of objects) {
    article.headline ??= text(own(object, 'headline')) ?? text(own(object, 'name'));
    article.description ??= text(own(object, 'description')) ?? text(own(object, 'alternativeHeadline'));
    article.datePublished ??= text(own(object, 'datePublished')) ?? text(own(object, 'dateCreated'));
    article.dateModified ??= text(own(object, 'dateModified'));
    if (article.authors.length === 0) article.authors = personNames(own(object, 'author') ?? own(object, 'creator'));
    article.publisher ??= text(own(object, 'publisher')) ?? text(own(object, 'sourceOrganization'));
    article.section ??= text(own(object, 'articleSection'));
    if (article.keywords.length === 0) {
      const keywords = own(object, 'keywords');
      article.keywords =
        typeof keywords === 'string' ? keywords.split(/[,，]/).map((k) => k.trim()).filter(Boolean) : texts(keywords);
    }
    if (article.images.length === 0) article.images = imageUrls(own(object, 'image'));
    article.language ??= text(own(object, 'inLanguage'));
    const page = own(object, 'mainEntityOfPage');
    article.url ??= text(own(object, 'url')) ?? (isObject(page) ? text(own(page, '@id')) : text(page));
    article.articleBody ??= text(own(object, 'articleBody'));
  }
  return { article, invalid, breadcrumbs };
}

/** Names of the first `BreadcrumbList`, in position order. */
function breadcrumbsOf(roots: Json[]): string[] {
  const queue: Json[] = [...roots];
  for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
    const value = queue[head] as Json;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && queue.length < MAX_NODES; i++) queue.push(value[i] as Json);
      continue;
    }
    if (!isObject(value)) continue;
    if (typesOf(value).includes('breadcrumblist')) {
      const items = own(value, 'itemListElement');
      const list = Array.isArray(items) ? items.slice(0, MAX_NODES).filter(isObject) : [];
      return list
        .map((item) => ({ position: Number(own(item, 'position') ?? 0), name: text(own(item, 'name')) ?? (isObject(own(item, 'item')) ? text(own(own(item, 'item') as { [key: string]: Json }, 'name')) : undefined) }))
        .sort((a, b) => a.position - b.position)
        .map((item) => item.name)
        .filter((name): name is string => !!name && !/^(?:홈|home)$/i.test(name))
        .slice(0, MAX_BREADCRUMBS);
    }
    const graph = own(value, '@graph');
    if (graph !== undefined) queue.push(graph);
  }
  return [];
}
