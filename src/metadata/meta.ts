import type { MetaTags } from '../model/page.js';

export type { MetaTags };

/** Meta keys read for each field, in order of trust. */
export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'title', 'dc.title', 'headline', 'nate:title'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  published: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
    'dc.date.issued', 'dc.date', 'date', 'article.published', 'published_time', 'sailthru.date',
    'parsely-pub-date', 'article:published', 'dable:published_time', 'nate:published_time',
  ],
  modified: ['article:modified_time', 'og:updated_time', 'datemodified', 'article.updated', 'dc.date.modified', 'lastmod', 'last-modified'],
  author: ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author'],
  /**
   * A recommendation widget's author meta: it holds whatever the widget shows (a wire's name, `YONHAP`),
   * so it is read last, after every byline, and only when it names a person.
   */
  widgetAuthor: ['dable:author'],
  publisher: ['og:site_name', 'article:publisher', 'publisher', 'application-name', 'dc.publisher', 'twitter:site'],
  section: ['article:section', 'section', 'dable:item_category', 'category', 'parsely-section'],
  tags: ['article:tag', 'news_keywords', 'keywords'],
  image: ['og:image', 'twitter:image', 'image'],
  url: ['og:url', 'twitter:url'],
  language: ['og:locale', 'content-language', 'language', 'dc.language'],
} as const;

/** The first value among `keys`, or `undefined`. */
export function firstMeta(meta: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) {
      const trimmed = value.trim();
      if (trimmed) return trimmed;
    }
  }
  return undefined;
}

/** Every value among `keys`, in order, without empty ones. */
export function allMeta(meta: MetaTags, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const value of meta.get(key) ?? []) if (value.trim()) out.push(value.trim());
  return out;
}
