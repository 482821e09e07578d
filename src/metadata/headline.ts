/**
 * The headline as the page shows it, for pages whose markup does not say which text it is: small
 * sites whose `<title>` is only the site's name and whose headline is a `<font size="4"><b>`, a bold
 * table cell, a `<div class="subject">` or a `<strong>` just above the article, with the deck under
 * it. Read from the visible lines above the body, by how prominent each one is printed.
 */
import type { Element, Node } from '../helpers/dom.js';
import { attr } from '../helpers/dom.js';
import type { TextLine } from '../parse/scan.js';
import { KOREAN_DATE_TIME_PATTERN } from '../dates/datetime.js';
import { findNameRoles } from './byline.js';
import { HEADLINE_CHROME, HEADLINE_CLASS, DECK_CLASS_NAME } from './vocabulary.js';

/** A headline (and its deck) read from how the page prints it. */
export interface ShownHeadline {
  text: string;
  /** How prominent the line is printed (see {@link prominence}); 3 or more to be a headline. */
  score: number;
  element: Element;
  deck?: string;
}

/** Lines above the body looked at: a headline sits just above its article, menus and banners farther up. */
const LINES_LOOKED_AT = 30;
/** Lowest prominence of a headline: a bold line alone (2) is not enough, bold and large is. */
const MIN_HEADLINE_SCORE = 3;
const MIN_LENGTH = 6;
const MAX_LENGTH = 160;
const MAX_DECK_LENGTH = 250;
/** How many ancestors of a line's element are read for its markup (`td > font > b > text`). */
const MAX_DEPTH = 5;

const BLOCK_STOP = new Set(['table', 'tbody', 'tr', 'ul', 'ol', 'body', 'html', 'form', 'article', 'section', 'main']);

/** `font-size` in a style attribute, in CSS pixels; keywords by the CSS table (`large` = 18px). */
function styleFontPixels(style: string): number | undefined {
  const match = /font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem|%)?|font-size\s*:\s*(x+-large|large|larger)/i.exec(style);
  if (!match) return undefined;
  if (match[3]) return match[3].toLowerCase() === 'larger' || match[3].toLowerCase() === 'large' ? 18 : 24;
  const value = Number(match[1]);
  switch ((match[2] ?? 'px').toLowerCase()) {
    case 'pt':
      return (value * 4) / 3;
    case 'em':
    case 'rem':
      return value * 16;
    case '%':
      return (value / 100) * 16;
    default:
      return value;
  }
}

/** `<font size>`: 1–7, or relative to the default 3 (`+2` is 5). */
function fontSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*([+-]?)(\d)\s*$/.exec(value);
  if (!match) return undefined;
  const n = Number(match[2]);
  return match[1] === '+' ? 3 + n : match[1] === '-' ? 3 - n : n;
}

/**
 * How prominent the markup around a line makes it: a heading tag, a headline class, a large font,
 * bold. Points for each, from the line's own element up to its block (a table cell, a div).
 *
 * @example
 * ```ts
 * // <td><font size="4"><b>제목</b></font></td>: bold (2) and size 4 (3)
 * prominence(b); // 5
 * ```
 */
export function prominence(element: Element): number {
  let score = 0;
  let bold = false;
  let large = false;
  let named = false;
  let node: Node | null = element;
  for (let depth = 0; depth < MAX_DEPTH && node && 'tagName' in node; depth++) {
    const el: Element = node;
    const tag = el.tagName;
    if (BLOCK_STOP.has(tag)) break;
    if (tag === 'h1' || tag === 'h2') score = Math.max(score, 6);
    else if (tag === 'h3') score = Math.max(score, 5);
    else if (tag === 'h4') score = Math.max(score, 3);
    if (tag === 'b' || tag === 'strong') bold = true;
    if (tag === 'big') large = true;
    if (tag === 'font' && (fontSize(attr(el, 'size')) ?? 0) >= 4) large = true;
    const style = attr(el, 'style');
    if (style) {
      if (/font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i.test(style)) bold = true;
      if ((styleFontPixels(style) ?? 0) >= 16) large = true;
    }
    const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    if (HEADLINE_CLASS.test(names) && !DECK_CLASS_NAME.test(names)) named = true;
    // A block element ends the markup that belongs to this line.
    if (tag === 'td' || tag === 'th' || tag === 'div' || tag === 'p' || tag === 'li' || tag === 'dd' || tag === 'dt' || tag.startsWith('h')) break;
    node = el.parentNode;
  }
  return score + (bold ? 2 : 0) + (large ? 3 : 0) + (named ? 4 : 0);
}

/** A line that is a date line, a byline or page chrome, never a headline. */
function isNotHeadline(text: string): boolean {
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return true;
  if (!/[가-힣A-Za-z]{2}/.test(text)) return true;
  if (HEADLINE_CHROME.test(text)) return true;
  const date = KOREAN_DATE_TIME_PATTERN.exec(text);
  if (date && date[0].length >= text.length / 3) return true;
  const byline = findNameRoles(text)[0];
  return byline !== undefined && text.length < 40;
}

function insideLink(element: Element): boolean {
  let node: Node | null = element;
  for (let depth = 0; depth < MAX_DEPTH && node && 'tagName' in node; depth++) {
    if (node.tagName === 'a' && attr(node, 'href') !== undefined) return true;
    node = node.parentNode;
  }
  return false;
}

/**
 * The most prominent short line just above the article body, and the deck under it: the headline of
 * a page whose markup names none. `undefined` when no line above the body is printed as a headline.
 *
 * @param linesBeforeBody - The visible lines above the article container, in page order.
 *
 * @example
 * ```ts
 * // <td><font size="4"><b>장터에 지붕 씌운다</b></font></td> … <td class="news_text">…
 * shownHeadline(linesBefore(index.lines, body.container))?.text; // '장터에 지붕 씌운다'
 * ```
 */
export function shownHeadline(linesBeforeBody: readonly TextLine[]): ShownHeadline | undefined {
  const lines = linesBeforeBody.slice(-LINES_LOOKED_AT);
  let best: { line: TextLine; score: number; at: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (isNotHeadline(line.text)) continue;
    const score = prominence(line.element);
    // Menu and list links are printed bold too; a headline that is a link must say so by its tag or name.
    if (score < MIN_HEADLINE_SCORE || (insideLink(line.element) && score < 5)) continue;
    // The most prominent line wins; among equals, the upper one (the deck is printed under the headline).
    if (!best || score > best.score) best = { line, score, at: i };
  }
  if (!best) return undefined;
  const found: ShownHeadline = { text: best.line.text.normalize('NFC'), score: best.score, element: best.line.element };
  const deck = deckAfter(lines, best.at, best.score);
  if (deck) found.deck = deck;
  return found;
}

/** The deck: the next line or two under the headline, printed less prominently but still set apart. */
function deckAfter(lines: readonly TextLine[], at: number, headlineScore: number): string | undefined {
  const parts: string[] = [];
  for (let i = at + 1; i < lines.length && i <= at + 3; i++) {
    const line = lines[i] as TextLine;
    const text = line.text;
    if (text.length > MAX_DECK_LENGTH || KOREAN_DATE_TIME_PATTERN.test(text) || findNameRoles(text).length > 0 || HEADLINE_CHROME.test(text)) break;
    const score = prominence(line.element);
    const marked = /^[-–―ㅡ▶·]\s?\S/.test(text) || DECK_CLASS_NAME.test(`${attr(line.element, 'class') ?? ''} ${attr(line.element, 'id') ?? ''}`);
    if ((score < 2 && !marked && !greyOrColoured(line.element)) || score >= headlineScore) break;
    if (text.length < 8) break;
    parts.push(text);
  }
  return parts.length > 0 ? parts.join('\n').normalize('NFC') : undefined;
}

/** A line printed in a colour of its own (`<font color>`, `style="color:…"`): how small sites set a deck apart. */
function greyOrColoured(element: Element): boolean {
  let node: Node | null = element;
  for (let depth = 0; depth < MAX_DEPTH && node && 'tagName' in node; depth++) {
    const el: Element = node;
    if (el.tagName === 'font' && attr(el, 'color') !== undefined) return true;
    if (/(?:^|;|\s)color\s*:/i.test(attr(el, 'style') ?? '')) return true;
    if (BLOCK_STOP.has(el.tagName)) break;
    node = el.parentNode;
  }
  return false;
}
