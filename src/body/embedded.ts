/**
 * Articles that exist only inside a script's JSON: pages whose server render failed or that build
 * the article in the browser. Two shapes are read, both general to the CMSes that produce them:
 *
 * - Arc XP "ANS" documents (`Fusion.globalContent = {…}`): `content_elements` of type text, header,
 *   list, quote and image, with `headlines`, `subheadlines`, `first_publish_date`, `credits`.
 * - Article objects of JS apps (Next.js query caches, `__INITIAL_STATE__`, …) that keep the body as an
 *   HTML string (`contentHtml`, `articleBody`, `content`, …); the metadata is read from the same object by
 *   key names (tables below).
 */
import { parseHtml } from '../parse/index.js';
import { childrenOf, isElement } from '../helpers/dom.js';
import type { Element } from '../helpers/dom.js';
import type { ArticleImage } from '../model/article.js';
import { readBlocks } from './blocks.js';
import type { EmbeddedArticle, RawBlock } from '../model/page.js';
import { countSentenceEnds } from './hints.js';


/** Where JSON values start in a script: after these assignments and calls. */
const JSON_START = /(?:globalContent|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|__NUXT_DATA__|__data|\.push)\s*(?:=|\()\s*(?=[{[])/g;

/** Object keys that hold the article body as an HTML string. */
export const HTML_BODY_KEYS = ['contentHtml', 'articleBody', 'bodyHtml', 'body', 'content', 'html', 'articleContent', 'text'] as const;

/** Key names of metadata fields in app JSON, by field (compared case-insensitively). */
export const EMBEDDED_KEYS = {
  headline: ['headline', 'title', 'articleTitle', 'newsTitle'],
  subtitle: ['subTitle', 'subtitle', 'subheadline', 'subHeadline', 'deck'],
  published: ['firstPublishDate', 'first_publish_date', 'publishedAt', 'publishDate', 'datePublished', 'deployDt', 'regDt', 'registDate', 'createDate', 'pubDate', 'display_date'],
  modified: ['last_updated_date', 'lastUpdatedDate', 'modifiedAt', 'dateModified', 'updateDate', 'updatedAt', 'reDeployDt', 'modDt', 'modifyDate'],
  author: ['writerDisplay', 'byline', 'reporterName', 'writerName', 'authorName', 'author'],
  section: ['sectionName', 'section', 'categoryName'],
} as const;

const MAX_JSON_NODES = 200_000;
const MAX_SCRIPT_LENGTH = 5_000_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** The end (exclusive) of the JSON object or array that starts at `start`, by bracket matching. */
function balancedEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** Every JSON value a script assigns or passes at the known places, parsed. */
function jsonValuesIn(script: string): Json[] {
  if (script.length > MAX_SCRIPT_LENGTH) return [];
  const values: Json[] = [];
  const starts: number[] = [];
  const trimmed = script.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) starts.push(script.length - trimmed.length);
  JSON_START.lastIndex = 0;
  for (let match = JSON_START.exec(script); match !== null && starts.length < 50; match = JSON_START.exec(script)) {
    starts.push(match.index + match[0].length);
  }
  for (const start of starts) {
    const end = balancedEnd(script, start);
    if (end === undefined) continue;
    try {
      values.push(JSON.parse(script.slice(start, end)) as Json);
    } catch {
      // Not JSON (a JS object literal): skipped.
    }
  }
  return values;
}

function stringOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value)) return stringOf(own(value, 'basic') ?? own(value, 'name'));
  return undefined;
}

function firstKey(object: JsonObject, keys: readonly string[]): string | undefined {
  const lower = new Map(Object.keys(object).map((k) => [k.toLowerCase(), k]));
  for (const key of keys) {
    const real = lower.get(key.toLowerCase());
    const value = real === undefined ? undefined : stringOf(object[real]);
    if (value) return value;
  }
  return undefined;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An Arc ANS document as HTML, so it goes through the same block reader as a page. */
function ansToHtml(elements: Json[]): string {
  const parts: string[] = [];
  for (const element of elements) {
    if (!isObject(element)) continue;
    const type = own(element, 'type');
    const content = typeof own(element, 'content') === 'string' ? (own(element, 'content') as string) : '';
    if (type === 'text') parts.push(`<p>${content}</p>`);
    else if (type === 'header') parts.push(`<h3>${content}</h3>`);
    else if (type === 'quote' || type === 'blockquote') {
      const items = own(element, 'content_elements');
      parts.push(`<blockquote>${Array.isArray(items) ? ansToHtml(items) : content}</blockquote>`);
    } else if (type === 'list') {
      const items = own(element, 'items');
      if (Array.isArray(items)) parts.push(`<ul>${items.map((item) => (isObject(item) ? `<li>${stringOf(own(item, 'content')) ?? ''}</li>` : '')).join('')}</ul>`);
    } else if (type === 'image') {
      const url = stringOf(own(element, 'url'));
      const caption = stringOf(own(element, 'caption'));
      if (url) parts.push(`<figure><img src="${escapeHtml(url).replace(/"/g, '&quot;')}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`);
    }
  }
  return parts.join('\n');
}

function bodyOf(html: string): Element | undefined {
  const document = parseHtml(`<!doctype html><html><body>${html.replace(/\$\$[A-Z0-9_]+\$\$/g, '')}</body></html>`);
  const root = childrenOf(document).find((n): n is Element => isElement(n) && n.tagName === 'html');
  return root ? childrenOf(root).find((n): n is Element => isElement(n) && n.tagName === 'body') : undefined;
}

function fromHtml(html: string, object: JsonObject, ans: boolean): EmbeddedArticle | undefined {
  const body = bodyOf(html);
  if (!body) return undefined;
  const { blocks, images } = readBlocks(body);
  const textLength = blocks.reduce((sum, block) => sum + (countSentenceEnds(block.text) > 0 ? block.text.length : 0), 0);
  if (textLength === 0) return undefined;
  const article: EmbeddedArticle = { blocks, images, authors: [], textLength };
  const headline = ans ? stringOf(own(object, 'headlines')) : firstKey(object, EMBEDDED_KEYS.headline);
  const subtitle = ans ? stringOf(own(object, 'subheadlines')) : firstKey(object, EMBEDDED_KEYS.subtitle);
  const published = firstKey(object, EMBEDDED_KEYS.published);
  const modified = firstKey(object, EMBEDDED_KEYS.modified);
  const section = ans ? stringOf(own(isObject(own(object, 'taxonomy')) ? (own(object, 'taxonomy') as JsonObject) : {}, 'primary_section')) : firstKey(object, EMBEDDED_KEYS.section);
  if (headline) article.headline = headline;
  if (subtitle) article.subtitle = subtitle.slice(0, 1000).replace(/<br\s*\/?>/gi, '\n').replace(/<[^<>]*>/g, '').trim();
  if (published) article.published = published;
  if (modified) article.modified = modified;
  if (section) article.section = section;
  if (ans) {
    const credits = own(object, 'credits');
    const by = isObject(credits) ? own(credits, 'by') : undefined;
    if (Array.isArray(by)) {
      for (const person of by) {
        if (!isObject(person)) continue;
        // `additional_properties.original.byline` is the name as printed (`권상은 기자`); `name` may be in western order.
        const properties = own(person, 'additional_properties');
        const original = isObject(properties) ? own(properties, 'original') : undefined;
        const byline = isObject(original) ? stringOf(own(original, 'byline')) : undefined;
        const email = isObject(original) ? stringOf(own(original, 'email')) : undefined;
        const name = byline ?? stringOf(own(person, 'name'));
        if (name) article.authors.push(email ? `${name} ${email}` : name);
      }
    }
  } else {
    const author = firstKey(object, EMBEDDED_KEYS.author);
    if (author) article.authors.push(author);
  }
  return article;
}

/**
 * Finds an article kept in script JSON. Returns the candidate with the most sentence text, or
 * `undefined` when the scripts hold none.
 *
 * @param scripts - Script texts that may carry article JSON (`PageIndex.dataScripts`).
 *
 * @example
 * ```ts
 * const embedded = findEmbeddedArticle(scanPage(parseHtml(html)).dataScripts);
 * embedded?.blocks.map((b) => b.text);
 * ```
 */
export function findEmbeddedArticle(scripts: readonly string[]): EmbeddedArticle | undefined {
  let best: EmbeddedArticle | undefined;
  let budget = MAX_JSON_NODES;
  for (const script of scripts) {
    for (const value of jsonValuesIn(script)) {
      const stack: Json[] = [value];
      while (stack.length > 0 && budget-- > 0) {
        const node = stack.pop() as Json;
        if (Array.isArray(node)) {
          for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
          continue;
        }
        if (!isObject(node)) continue;
        let candidate: EmbeddedArticle | undefined;
        const elements = own(node, 'content_elements');
        if (Array.isArray(elements) && (own(node, 'headlines') !== undefined || own(node, 'type') === 'story')) {
          candidate = fromHtml(ansToHtml(elements), node, true);
        } else {
          for (const key of HTML_BODY_KEYS) {
            const html = own(node, key);
            if (typeof html === 'string' && html.length >= 200 && /<(?:p|br|div)\b/i.test(html) && countSentenceEnds(html) >= 2) {
              candidate = fromHtml(html, node, false);
              if (candidate) break;
            }
          }
        }
        if (candidate && (!best || candidate.textLength > best.textLength)) best = candidate;
        if (candidate) continue; // an article's own children are not other articles
        for (const key of Object.keys(node)) {
          const child = node[key];
          if (typeof child === 'object' && child !== null) stack.push(child);
        }
      }
    }
  }
  return best;
}
