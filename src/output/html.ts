/**
 * `toHtml`: the body of an Article as safe HTML — a fixed set of tags, `href`/`src` only `http(s)`,
 * every text and attribute escaped — to put in a page or a reader view without a sanitizer.
 */
import type { Article, ArticleImage, Paragraph } from '../model/article.js';

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** End with the article's images as `<figure><img><figcaption>` (default `false`). */
  images?: boolean;
}

/** The only tags {@link toHtml} writes. */
export const SAFE_HTML_TAGS: readonly string[] = ['p', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'a', 'img', 'figure', 'figcaption', 'strong', 'em'];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and for a quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** The URL when it is an absolute `http:` or `https:` address (as the URL parser reads it), else undefined. */
function safeUrl(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The paragraph's text with its links as `<a href>`; a link whose address is not http(s) stays text. */
function inlineHtml(paragraph: Paragraph): string {
  const { text } = paragraph;
  let out = '';
  let at = 0;
  for (const link of paragraph.links ?? []) {
    if (link.start < at || link.end > text.length || text.slice(link.start, link.end) !== link.text) continue;
    const href = safeUrl(link.href);
    if (href === undefined) continue;
    out += `${escapeHtml(text.slice(at, link.start))}<a href="${escapeHtml(href)}">${escapeHtml(link.text)}</a>`;
    at = link.end;
  }
  return out + escapeHtml(text.slice(at));
}

function figureHtml(image: ArticleImage): string {
  const src = safeUrl(image.src);
  if (src === undefined) return image.caption ? `<figure><figcaption>${escapeHtml(image.caption)}</figcaption></figure>` : '';
  const img = `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt ?? '')}">`;
  return `<figure>${img}${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''}</figure>`;
}

/**
 * The body of an Article as safe HTML: `<p>` paragraphs, `<h2>` subheadings, `<blockquote>` quotes,
 * `<ul><li>` or `<ol><li>` for list entries in a row, `<table><tr><td>` for tables, `<a href>` links. Only the tags of {@link SAFE_HTML_TAGS} are
 * written, with no attribute but `href` (on `a`), `src` and `alt` (on `img`); every address is an
 * absolute `http(s)` URL (a link to anything else stays plain text) and all text is escaped, so the
 * output has no script, style, event handler or `javascript:` URL whatever the page held.
 *
 * @param article - An Article from `parseArticle` or `parseArticleText`.
 * @param options - `images`: end with the article's images and captions as `<figure>`s.
 * @returns The HTML fragment, one block a line; `''` for an Article without a body.
 *
 * @example
 * ```ts
 * import { parseArticle, toHtml } from 'sinmun';
 *
 * toHtml(parseArticle('<article><h1>제목</h1><p>정부가 <a href="https://x.example/p">정책</a>을 발표했다. 업계는 환영했다.</p></article>'));
 * // '<p>정부가 <a href="https://x.example/p">정책</a>을 발표했다. 업계는 환영했다.</p>\n'
 * ```
 */
export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const lines: string[] = [];
  const paragraphs = article.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    const inline = inlineHtml(paragraph);
    if (paragraph.kind === 'table' && paragraph.rows) {
      lines.push(`<table>${paragraph.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`);
    } else if (paragraph.kind === 'list-item') {
      const list = paragraph.ordered ? 'ol' : 'ul';
      const sameAs = (other: Paragraph | undefined): boolean => other?.kind === 'list-item' && other.ordered === paragraph.ordered;
      if (!sameAs(paragraphs[i - 1])) lines.push(`<${list}>`);
      lines.push(`<li>${inline}</li>`);
      if (!sameAs(paragraphs[i + 1])) lines.push(`</${list}>`);
    } else if (paragraph.kind === 'heading') lines.push(`<h2>${inline}</h2>`);
    else if (paragraph.kind === 'quote') lines.push(`<blockquote><p>${inline}</p></blockquote>`);
    else lines.push(`<p>${inline}</p>`);
  }
  if (options.images) for (const image of article.images) lines.push(figureHtml(image));
  const html = lines.filter(Boolean);
  return html.length === 0 ? '' : `${html.join('\n')}\n`;
}
