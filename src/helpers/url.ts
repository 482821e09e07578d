/**
 * The one URL resolver: every address the library outputs (page URL, body links, images,
 * previous/next and related links) is resolved here, so all of them follow the same rules.
 */

/** What {@link resolveUrl} does with an address it cannot make absolute (relative, with no base). */
export interface ResolveUrlOptions {
  /** `'drop'` (the default) gives `undefined`; `'keep'` gives the address as written, trimmed. */
  unresolved?: 'drop' | 'keep';
}

/**
 * Resolves `href` against `base` (WHATWG URL rules, as a browser follows a link). Gives the absolute
 * `http:`/`https:` URL, or `undefined` for any other scheme (`javascript:`, `mailto:`, `tel:`,
 * `data:`, …) and for an empty address.
 *
 * @example
 * ```ts
 * resolveUrl('/news/2', 'https://news.example.kr/news/1');          // 'https://news.example.kr/news/2'
 * resolveUrl('javascript:void(0)', 'https://news.example.kr/');      // undefined
 * resolveUrl('view.php?no=2', undefined, { unresolved: 'keep' });    // 'view.php?no=2'
 * ```
 */
export function resolveUrl(href: string | undefined, base: string | undefined, options?: ResolveUrlOptions): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return options?.unresolved === 'keep' && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
