/**
 * `toMarkdown`: the body of an Article as CommonMark, links kept, Markdown's own characters escaped
 * so that the text of the output, read by any CommonMark parser, is the Article's `body`.
 */
import type { Article, Paragraph } from '../model/article.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Start with the headline as `# title` and the deck under it (default `false`: the body only). */
  title?: boolean;
  /** End with the article's images, `![alt](src)` and the caption under each (default `false`). */
  images?: boolean;
}

/**
 * Characters with a meaning anywhere in a line: emphasis, code, links, HTML, entities, a heading's
 * closing `#`s, GFM tables and strikethrough.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~#]/g;

/**
 * Escapes text for a Markdown line: a backslash before each inline special character, and before
 * whatever would open a block at the line's start (`#`, `>`, `+`, `-`, `=`, a list number's `.`/`)`).
 *
 * @example
 * ```ts
 * escapeMarkdown('1. *중요* [속보] 3 < 5');
 * // '1\\. \\*중요\\* \\[속보\\] 3 \\< 5'
 * ```
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE_SPECIAL, '\\$&');
  // Block openers at the start: `# `, `> `, `- `, `+ `, `= ` (a setext underline), `1. `, `1) `.
  return inline.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A URL as a link destination: in angle brackets, so parentheses and spaces in it are safe. */
function destination(href: string): string {
  return `<${href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** The paragraph's text with its links as `[text](<href>)`, everything else escaped. */
function inlineMarkdown(paragraph: Paragraph): string {
  const { text } = paragraph;
  // Escape piece by piece so that a link's brackets are ours, not escaped text.
  const pieces: string[] = [];
  let at = 0;
  let first = true;
  for (const link of paragraph.links ?? []) {
    if (link.start < at || link.end > text.length || text.slice(link.start, link.end) !== link.text) continue;
    pieces.push(escapePiece(text.slice(at, link.start), first));
    pieces.push(`[${escapePiece(link.text, false)}](${destination(link.href)})`);
    first = false;
    at = link.end;
  }
  pieces.push(escapePiece(text.slice(at), first));
  return pieces.join('');
}

/** Escapes a piece of a line; block openers only matter at the line's start. */
function escapePiece(piece: string, atLineStart: boolean): string {
  return atLineStart ? escapeMarkdown(piece) : piece.replace(INLINE_SPECIAL, '\\$&');
}

/** A table as a GFM pipe table, its first row as the header (CommonMark itself has no tables). */
function tableMarkdown(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => escapePiece(row[i] ?? '', false)).join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

function blockMarkdown(paragraph: Paragraph, number: number): string {
  if (paragraph.kind === 'table' && paragraph.rows && paragraph.rows.length > 0) return tableMarkdown(paragraph.rows);
  const inline = inlineMarkdown(paragraph);
  switch (paragraph.kind) {
    case 'heading':
      return `## ${inline}`;
    case 'quote':
      return `> ${inline}`;
    case 'list-item':
      return paragraph.ordered ? `${number}. ${inline}` : `- ${inline}`;
    default:
      return inline;
  }
}

/**
 * The body of an Article as Markdown (CommonMark): paragraphs separated by a blank line, in-body
 * subheadings as `##`, block quotes as `>`, list entries as `-` or `1.` (one list for entries in a row),
 * links as `[text](<href>)`, tables as GFM pipe tables (first row as header). Markdown's own
 * characters in the text are escaped, so a CommonMark parser reads back exactly the text of `body`
 * (tables aside: they are GFM, not CommonMark).
 *
 * @param article - An Article from `parseArticle` or `parseArticleText`.
 * @param options - `title` (start with `# headline` and the deck), `images` (end with the images).
 * @returns The Markdown, ending with a newline; `''` for an Article without a body (and no title asked).
 *
 * @example
 * ```ts
 * import { parseArticle, toMarkdown } from 'sinmun';
 *
 * toMarkdown(parseArticle('<article><h1>제목</h1><p>정부가 <a href="https://x.example/p">정책</a>을 발표했다. 업계는 환영했다.</p></article>'));
 * // '정부가 [정책](<https://x.example/p>)을 발표했다. 업계는 환영했다.\n'
 * ```
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  if (options.title && article.title !== '') {
    parts.push(`# ${escapeMarkdown(article.title)}`);
    for (const line of (article.subtitle ?? '').split('\n').filter(Boolean)) parts.push(`*${escapePiece(line, false)}*`);
  }
  const paragraphs = article.paragraphs;
  let number = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph;
    const previous = paragraphs[i - 1];
    // List entries in a row, of one kind of list, make one list (a single newline between them).
    const sameList = paragraph.kind === 'list-item' && previous?.kind === 'list-item' && previous.ordered === paragraph.ordered;
    number = sameList ? number + 1 : 1;
    const block = blockMarkdown(paragraph, number);
    if (sameList && parts.length > 0) parts[parts.length - 1] += `\n${block}`;
    else parts.push(block);
  }
  if (options.images) {
    for (const image of article.images) {
      parts.push(`![${escapePiece(image.alt ?? '', false)}](${destination(image.src)})`);
      if (image.caption) parts.push(`*${escapePiece(image.caption, false)}*`);
    }
  }
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}
