/**
 * Reader comments printed in the page, as data apart from the body. Site rules name the comment area;
 * without one, areas are found by their names (`#comments`, `.cmt_list`, `#bo_vc`) or by a heading
 * (`댓글`, `독자의견`). Entries are the repeated elements of the area; their author, date, text and
 * votes are read by the names of their parts. Masked names (`김홍*`) are kept as shown.
 */
import type { Comment, Warning } from '../model/article.js';
import { attr, childrenOf, isElement, isInside, NON_TEXT_TAGS, ownText } from '../helpers/dom.js';
import type { Element, Node } from '../helpers/dom.js';
import { isHidden, visibleText as sharedVisibleText } from '../helpers/textReader.js';
import { readDateTime } from '../dates/datetime.js';
import { AUTHOR_HINT, COMMENT_AREA, COMMENT_HEADING, COMMENT_ITEM, CONTROL_TEXT, DATE_HINT, DISLIKE_HINT, EMPTY_NOTICE, LIKE_HINT, NAME_TAGS, NOT_AN_AUTHOR, PLACEHOLDER, TEXT_HINT } from './hints.js';

export { EMPTY_NOTICE } from './hints.js';

const MAX_COMMENTS = 2000;
const MAX_COMMENT_LENGTH = 5000;

const names = (element: Element): string => `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;

/** Visible text of a subtree, buttons and `skip` subtrees left out. */
function visibleText(root: Element, skip?: (element: Element) => boolean): string {
  return sharedVisibleText(root, (element) => element.tagName === 'button' || (skip?.(element) ?? false));
}

function descendants(root: Element, test: (element: Element) => boolean, stopAt?: (element: Element) => boolean): Element[] {
  // Document order, iteratively (no shift, no spread: areas can be huge).
  const found: Element[] = [];
  const stack: Node[] = [];
  const kids = childrenOf(root);
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node) || NON_TEXT_TAGS.has(node.tagName)) continue;
    if (test(node)) found.push(node);
    if (stopAt?.(node)) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return found;
}

/** A text that is a date and nothing more (`2024.05.14 10:00`, `24-05-14 10:00`). */
function isDateOnly(text: string): boolean {
  return text.length >= 6 && text.length <= 24 && /^[\d\s.:/\-년월일시분오전후()]+$/.test(text) && readDateTime(text) !== undefined;
}

function firstNumber(text: string): number | undefined {
  const match = /\d[\d,]*/.exec(text);
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

/** Comment entries of an area: elements named like comments, else the largest group of like siblings. */
function entriesOf(area: Element): Element[] {
  const named = descendants(
    area,
    (e) => !WRAPPER_TAGS.has(e.tagName) && (COMMENT_ITEM.test(attr(e, 'id') ?? '') || COMMENT_ITEM.test(attr(e, 'class') ?? '')),
  ).filter(hasOwnText);
  if (named.length > 0) return named;
  // No names: the biggest group of siblings with the same tag (li, article, div) holding text,
  // outside forms (the box for writing a comment: its labels and buttons are no comments).
  let best: Element[] = [];
  const stack: Element[] = [area];
  while (stack.length > 0) {
    const parent = stack.pop() as Element;
    const groups = new Map<string, Element[]>();
    for (const kid of childrenOf(parent)) {
      if (!isElement(kid) || NON_TEXT_TAGS.has(kid.tagName) || kid.tagName === 'form') continue;
      stack.push(kid);
      if (!['li', 'article', 'div', 'dl', 'tr'].includes(kid.tagName) || !hasOwnText(kid)) continue;
      const key = `${kid.tagName}.${(attr(kid, 'class') ?? '').split(/\s+/)[0]}`;
      const group = groups.get(key) ?? [];
      group.push(kid);
      groups.set(key, group);
    }
    for (const group of groups.values()) if (group.length > best.length) best = group;
  }
  return best;
}

/** Elements that wrap entries or are parts of one, never an entry themselves. */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'span', 'section', 'form', 'a', 'b', 'strong', 'em', 'i', 'p', 'textarea', 'header', 'footer']);


function hasOwnText(element: Element): boolean {
  return visibleText(element).length > 0;
}

/** `depth-2` (WordPress, counted from 1), `indent1` (XE), `level-1`, `re`/`reply` (one level). */
function depthClass(element: Element): number | undefined {
  const className = attr(element, 'class') ?? '';
  const counted = /(?:^|\s)depth-(\d)(?:$|\s)/.exec(className);
  if (counted) return Math.max(0, Number(counted[1]) - 1);
  const indent = /(?:^|\s)(?:indent|level|depth)_?(\d)(?:$|\s)/.exec(className);
  if (indent) return Number(indent[1]);
  return /(?:^|\s)(?:re|reply|child|children|answer)(?:$|\s)/.test(className) ? 1 : undefined;
}

function marginDepth(entry: Element): number {
  const margin = /margin-left\s*:\s*(\d+)px/i.exec(attr(entry, 'style') ?? '');
  return margin ? Number(margin[1]) : 0;
}

/**
 * Reads one comment entry. `entries` is the set of all entries (so text of nested replies is not
 * read into their parent).
 */
function readEntry(entry: Element, entries: ReadonlySet<Element>, depth: number): Comment | undefined {
  const notNested = (e: Element): boolean => entries.has(e) && e !== entry;
  const parts = descendants(entry, () => true, notNested).filter((e) => !isHidden(e) && !notNested(e));
  // The innermost named part wins (`cite.fn` inside `.comment-author-info`, which also holds the date).
  const authorElement = parts
    .filter((e) => AUTHOR_HINT.test(names(e)) && visibleText(e, notNested).length > 0 && visibleText(e, notNested).length <= 40)
    .sort((a, b) => visibleText(a, notNested).length - visibleText(b, notNested).length)[0];
  const timeElement =
    parts.find((e) => e.tagName === 'time') ??
    parts.find((e) => DATE_HINT.test(names(e))) ??
    parts.find((e) => isDateOnly(visibleText(e, notNested)));
  const textElement = parts.find((e) => TEXT_HINT.test(names(e)) && visibleText(e, notNested).length > 0);
  const authorOrUnnamed = authorElement ?? unnamedAuthor(entry, parts, timeElement, textElement, notNested);
  const used = new Set([authorOrUnnamed, timeElement].filter(Boolean));
  let text = textElement ? visibleText(textElement, notNested) : '';
  if (!text) {
    // No part named as text: the longest block of the entry that is not author, date or a button row.
    const blocks = parts.filter((e) => ['p', 'div', 'dd', 'span'].includes(e.tagName) && !used.has(e) && !LIKE_HINT.test(names(e)));
    for (const block of blocks) {
      const candidate = visibleText(block, (e) => notNested(e) || used.has(e));
      if (candidate.length > text.length) text = candidate;
    }
    // Text written loose in the entry (`<li><b>시민A</b> 찬성합니다 <a>답글</a></li>`): the entry's
    // text without its author, date, nested comments and buttons. Only beside an author or a date:
    // loose text alone in a box by a comment area is as often a count (`댓글 1`) or a notice.
    if (used.size > 0 && ownText(entry).trim().length > text.length) {
      text = visibleText(entry, (e) => notNested(e) || used.has(e) || isButton(e, notNested));
    }
  }
  text = text.slice(0, MAX_COMMENT_LENGTH);
  if (!text || EMPTY_NOTICE.test(text) || PLACEHOLDER.test(text) || CONTROL_TEXT.test(text)) return undefined;
  const author = authorOrUnnamed ? visibleText(authorOrUnnamed, notNested) : undefined;
  const when = timeElement ? attr(timeElement, 'datetime') ?? visibleText(timeElement, notNested) : undefined;
  const reading = when ? readDateTime(when) : undefined;
  const likes = parts.find((e) => LIKE_HINT.test(names(e)) && !DISLIKE_HINT.test(names(e)) && firstNumber(visibleText(e)) !== undefined);
  const dislikes = parts.find((e) => DISLIKE_HINT.test(names(e)) && firstNumber(visibleText(e)) !== undefined);
  const id = attr(entry, 'id') ?? attr(entry, 'data-comment-id') ?? attr(entry, 'data-id');
  // Keys in the model's order: author, text, date, likes, dislikes, depth, id.
  const comment: Comment = author ? { author, text, depth } : { text, depth };
  if (reading && 'iso' in reading) comment.date = reading.iso;
  if (likes) comment.likes = firstNumber(visibleText(likes)) as number;
  if (dislikes) comment.dislikes = firstNumber(visibleText(dislikes)) as number;
  const ordered: Comment = { ...(comment.author ? { author: comment.author } : {}), text, ...(comment.date ? { date: comment.date } : {}), ...(comment.likes !== undefined ? { likes: comment.likes } : {}), ...(comment.dislikes !== undefined ? { dislikes: comment.dislikes } : {}), depth };
  if (id) ordered.id = id;
  return ordered;
}

/**
 * The author of a comment whose parts have no author-like name (`<li><strong>김철수</strong>
 * <span>2024.05.14 09:30</span><p>…</p></li>`): the first part, before the date or the text, that
 * holds no other element and a short text (at most 20 characters) with no sentence end, no date,
 * no number alone and no button word (`답글`, `신고`, `추천 3`), and that another part with text
 * follows.
 */
function unnamedAuthor(entry: Element, parts: readonly Element[], timeElement: Element | undefined, textElement: Element | undefined, notNested: (e: Element) => boolean): Element | undefined {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Element;
    if (part === timeElement || part === textElement) return undefined;
    if (!NAME_TAGS.has(part.tagName) || childrenOf(part).some(isElement) || isVotePart(part)) continue;
    const text = visibleText(part, notNested);
    if (text.length === 0) continue;
    if (text.length > 20 || /[.?!]$/.test(text) || /^[\d\s.,:/()-]+$/.test(text) || isDateOnly(text) || NOT_AN_AUTHOR.test(text)) return undefined;
    // A short comment alone in its entry is the text, not a name: the name needs a text after it.
    const later = ownText(entry).trim() !== '' || parts.slice(i + 1).some((other) => other !== timeElement && visibleText(other, notNested).length > 0);
    return later ? part : undefined;
  }
  return undefined;
}

/** A part named like a vote count (`good`, `recommend`, `bad`, `nogood` …). */
function isVotePart(element: Element): boolean {
  const named = names(element);
  return LIKE_HINT.test(named) || DISLIKE_HINT.test(named);
}

/** A button of a comment (`<button>`, a link or part named like a vote, a link reading `답글` or `신고`). */
function isButton(element: Element, notNested: (e: Element) => boolean): boolean {
  if (element.tagName === 'button' || isVotePart(element)) return true;
  return element.tagName === 'a' && NOT_AN_AUTHOR.test(visibleText(element, notNested));
}

/** Areas of comments: the site rule's, else by name or by a `댓글` heading. Never in or around the article. */
function commentAreas(page: CommentSources, ruleAreas: readonly Element[], article: Element | undefined): Element[] {
  if (ruleAreas.length > 0) return [...ruleAreas];
  const apart = (element: Element): boolean => !article || (!isInside(element, article) && !isInside(article, element));
  const areas = page.named.filter((element) => element.tagName !== 'form' && COMMENT_AREA.test(names(element)) && apart(element));
  for (const heading of page.headings) {
    const parent = heading.element.parentNode;
    if (/^h[2-4]$/.test(heading.element.tagName) && COMMENT_HEADING.test(heading.text) && parent && isElement(parent as Node) && apart(parent as Element)) {
      areas.push(parent as Element);
    }
  }
  return areas;
}

/** What the page scan noted for this stage: elements with area-like names, and the headings. */
export interface CommentSources {
  named: readonly Element[];
  headings: readonly { text: string; element: Element }[];
}

/** The reader comments of a page and what was noticed on the way. */
export interface FoundComments {
  comments: Comment[];
  /** The page also prints a "no comments" notice. */
  emptyNotice: boolean;
  /** A comment area held more than {@link MAX_COMMENTS} comments; the rest were not read. */
  truncated: boolean;
  /** The areas read, to keep out of other stages. */
  areas: Element[];
}

/**
 * Reads the reader comments of a page.
 *
 * @param page - The page scan's named elements and headings.
 * @param ruleAreas - Comment areas named by a site rule, if any.
 * @param article - The article container, never read for comments.
 *
 * @example
 * ```ts
 * readComments(scanPage(document), [], container).comments[0]; // { author: '김홍*', text: '이게 나라냐!!', date: '2023-08-03T15:12:00+09:00', depth: 0, id: 'c_1235' }
 * ```
 */
export function readComments(page: CommentSources, ruleAreas: readonly Element[], article: Element | undefined): FoundComments {
  const comments: Comment[] = [];
  let emptyNotice = false;
  let truncated = false;
  const areas = [...new Set(commentAreas(page, ruleAreas, article))].filter((area, i, all) => !all.some((other, j) => j !== i && other !== area && isInside(area, other)));
  for (const area of areas) {
    if (EMPTY_NOTICE.test(visibleText(area))) emptyNotice = true;
    const entries = entriesOf(area);
    const set = new Set(entries);
    const margins = entries.map(marginDepth).filter((m) => m > 0);
    const unit = margins.length > 0 ? Math.min(...margins) : 0;
    const read = new Map<Element, Comment>();
    for (const entry of entries) {
      if (read.size >= MAX_COMMENTS) {
        truncated = true;
        break;
      }
      const comment = readEntry(entry, set, 0);
      if (comment) read.set(entry, comment);
    }
    for (const [entry, comment] of read) {
      // Depth: a depth or indent class on the entry or the wrapper it sits in (WordPress depth-2,
      // XE indent1), else its margin (Gnuboard: 50px a level), else how many comments hold it.
      let nesting = 0;
      let named: number | undefined;
      for (let p: Element | undefined = entry; p && p !== area; p = p.parentNode as Element | undefined) {
        if (p !== entry && read.has(p)) nesting++;
        if (named === undefined && (p === entry || set.has(p))) named = depthClass(p);
      }
      const byMargin = unit > 0 ? Math.round(marginDepth(entry) / unit) : 0;
      comment.depth = named ?? Math.max(nesting, byMargin);
      comments.push(comment);
    }
  }
  return { comments, emptyNotice, truncated, areas };
}

/** The warnings of a comment reading. */
export function commentWarnings(found: FoundComments, byScript: boolean, warnings: Warning[]): void {
  if (found.comments.length === 0 && byScript) {
    warnings.push({ code: 'comments-not-in-html', message: 'This site loads its comments by script; the HTML has none.' });
  }
  if (found.comments.length > 0 && found.emptyNotice) {
    warnings.push({ code: 'comments-and-empty-notice', message: `The page lists ${found.comments.length} comment(s) and also says it has none; the comments were kept.` });
  }
  if (found.truncated) {
    warnings.push({ code: 'comments-truncated', message: `A comment area holds more than ${MAX_COMMENTS} comments; the first ${MAX_COMMENTS} were read.` });
  }
}
