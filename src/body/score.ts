/**
 * The generic body finder: scores every element by the sentence text under it and picks the
 * container of the article. Korean prose is recognised by its sentence endings (`다.`), so a menu of
 * short links or a list of headlines scores low even when it has much text.
 */
import { attr, childrenOf, isElement, isText } from '../helpers/dom.js';
import { NamesMemo } from '../helpers/names.js';
import type { Element, Node } from '../helpers/dom.js';
import { NEGATIVE_HINT, PARAGRAPH_TAGS, POSITIVE_HINT, SKIP_TAGS, countSentenceEnds } from './hints.js';
import { isHidden } from '../helpers/textReader.js';

export { isHidden } from '../helpers/textReader.js';

const EXIT = Symbol('exit');

/**
 * Text statistics of every element read, one row per element in document order, as columns of
 * numbers (typed arrays that double as they fill): no object per element for the collector to trace.
 */
class StatsTable {
  /** Characters of text, spaces excluded. */
  text: Float64Array;
  /** Characters of text inside links. */
  link: Float64Array;
  /** Content points from paragraphs under the element, shared out to three levels of ancestors. */
  points: Float64Array;
  /** All content points of the subtree, undecayed; subtrees with clutter names count less. */
  prose: Float64Array;
  /** Points of the element's own paragraphs: loose text in it and its paragraph children. */
  own: Float64Array;
  /** The element's class/id hint weight ({@link hintWeight}), read once. */
  weight: Float64Array;
  /** The row of the parent element, -1 for the root. */
  parent: Int32Array;
  /** Whether the element is a teaser box ({@link isTeaser}): 0 not yet known, 1 yes, 2 no. */
  teaser: Uint8Array;
  /** The element of each row. */
  readonly elements: Element[] = [];

  /** `capacity`: the rows expected (the page's element count), so the columns seldom grow. */
  constructor(capacity: number) {
    const size = Math.max(64, capacity);
    this.text = new Float64Array(size);
    this.link = new Float64Array(size);
    this.points = new Float64Array(size);
    this.prose = new Float64Array(size);
    this.own = new Float64Array(size);
    this.weight = new Float64Array(size);
    this.parent = new Int32Array(size);
    this.teaser = new Uint8Array(size);
  }

  /** Adds a row for `element` under the row `parent`; returns its number. */
  add(element: Element, weight: number, parent: number): number {
    const row = this.elements.length;
    if (row === this.text.length) this.grow();
    this.elements.push(element);
    this.weight[row] = weight;
    this.parent[row] = parent;
    return row;
  }

  private grow(): void {
    const double = <A extends Float64Array | Int32Array | Uint8Array>(array: A): A => {
      const bigger = new (array.constructor as new (length: number) => A)(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.text = double(this.text);
    this.link = double(this.link);
    this.points = double(this.points);
    this.prose = double(this.prose);
    this.own = double(this.own);
    this.weight = double(this.weight);
    this.parent = double(this.parent);
    this.teaser = double(this.teaser);
  }
}

/** A candidate container and its final score. */
export interface Candidate {
  element: Element;
  score: number;
  /** All prose points of the subtree. */
  prose: number;
  text: number;
  linkDensity: number;
}

function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

/** Content points of a run of text (`length`: its non-space characters): length, sentence endings, commas. */
function pointsOf(text: string, length: number): number {
  if (length < 10) return 0;
  const sentences = countSentenceEnds(text);
  let commas = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) commas++;
  return Math.min(length, 1000) / 40 + sentences * 3 + Math.min(commas, 10) * 0.5;
}

/**
 * The class/id weight of an element: ×1.3 for a content word, ×0.4 for a clutter word, ×1.2 for
 * `article` and `main` with names, ×0.5 for a form. `memo` keeps the verdicts of the class/id pairs
 * already seen.
 */
function hintWeight(element: Element, memo: NamesMemo<number>): number {
  // A form holds comment boxes and search fields; pages wrapped whole in a form still have an inner container.
  const tagWeight = element.tagName === 'form' ? 0.5 : 1;
  const factor = memo.of(element);
  if (Number.isNaN(factor)) return tagWeight;
  return tagWeight * factor * (element.tagName === 'article' || element.tagName === 'main' ? 1.2 : 1);
}

/** The weight class/id words give, or NaN when there are none. */
function namesWeight(names: string): number {
  if (names.trim() === '') return NaN;
  let weight = 1;
  if (POSITIVE_HINT.test(names)) weight *= 1.3;
  if (NEGATIVE_HINT.test(names)) weight *= 0.4;
  return weight;
}

/**
 * Scores the elements under `root` and returns the candidates, best first (at most `limit`).
 * `expectedElements` (the page's element count) sizes the statistics table.
 * One iterative walk; every element's statistics are added up on the way back.
 *
 * @example
 * ```ts
 * const [best] = rankContainers(body);
 * ```
 */
export function rankContainers(root: Element, limit = 5, expectedElements = 256): Candidate[] {
  const weights = new NamesMemo(namesWeight);
  const table = new StatsTable(expectedElements);
  // The rows from the root to the element being read: a text's owner and the levels above it are
  // found here, so no element-to-row map is needed.
  const path: number[] = [];
  // Nodes to enter, and EXIT markers (followed by their element) to add up an element's statistics.
  const stack: (Node | typeof EXIT)[] = [root];
  let linkDepth = 0;
  // Boxes in runs of siblings of one tag and class: the items of lists ({@link markListItems}).
  const lists: ListMarks = { teaserBoxes: new Set<Element>(), items: new Set<Element>() };

  const share = (owner: Element, points: number): void => {
    if (points <= 0) return;
    let at = path.length - 1;
    while (at >= 0 && table.elements[path[at] as number] !== owner) at--;
    // Text in a paragraph element counts for the paragraph's container; loose text for its own parent.
    if (PARAGRAPH_TAGS.has(owner.tagName)) at--;
    for (let level = 0; level < 3 && at >= 0; level++, at--) {
      const row = path[at] as number;
      table.points[row] = (table.points[row] as number) + points / (level + 1);
      if (level === 0) table.own[row] = (table.own[row] as number) + points;
      // A teaser's summary counts for its own box, and a comment's text for its own item: not for the
      // list above them, which on a busy page holds far more text than the article.
      const element = table.elements[row] as Element;
      if ((lists.teaserBoxes.has(element) && isTeaser(table, path, at)) || (level > 0 && lists.items.has(element))) break;
    }
  };

  while (stack.length > 0) {
    let node = stack.pop() as Node | typeof EXIT;
    const exit = node === EXIT;
    if (exit) node = stack.pop() as Node;
    if (node === EXIT) continue;
    if (isText(node)) {
      // A text read is a child of the element at the end of the path (skipped elements are not entered).
      const parent = node.parentNode as Element;
      const row = path.length > 0 && table.elements[path[path.length - 1] as number] === parent ? (path[path.length - 1] as number) : -1;
      if (row === -1) continue;
      const length = countNonSpace(node.value);
      if (linkDepth === 0) {
        const points = pointsOf(node.value, length);
        table.prose[row] = (table.prose[row] as number) + points;
        // Shared before this text is counted, so that the boxes above are judged on what came before it.
        share(paragraphOwner(parent, root), points);
      }
      table.text[row] = (table.text[row] as number) + length;
      if (linkDepth > 0) table.link[row] = (table.link[row] as number) + length;
      continue;
    }
    if (!isElement(node)) continue;
    if (exit) {
      if (node.tagName === 'a') linkDepth--;
      const row = path.pop() as number;
      const up = table.parent[row] as number;
      if (up !== -1) {
        table.text[up] = (table.text[up] as number) + (table.text[row] as number);
        table.link[up] = (table.link[up] as number) + (table.link[row] as number);
        table.prose[up] = (table.prose[up] as number) + (table.prose[row] as number) * Math.min(1, table.weight[row] as number);
      }
      continue;
    }
    if (SKIP_TAGS.has(node.tagName) || isHidden(node)) continue;
    path.push(table.add(node, hintWeight(node, weights), path.length > 0 ? (path[path.length - 1] as number) : -1));
    if (node.tagName === 'a') linkDepth++;
    stack.push(node, EXIT);
    const kids = childrenOf(node);
    markListItems(kids, lists);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }

  const ranked: { candidate: Candidate; row: number }[] = [];
  for (let row = 0; row < table.elements.length; row++) {
    const element = table.elements[row] as Element;
    const points = table.points[row] as number;
    if (points <= 0 || PARAGRAPH_TAGS.has(element.tagName)) continue;
    // One teaser or one comment of a list is never the article: on a page that only lists articles
    // (a section front) the body is what else the page has, or nothing (`no-body`).
    if (table.teaser[row] === 1 || lists.items.has(element)) continue;
    const text = table.text[row] as number;
    const linkDensity = text === 0 ? 0 : (table.link[row] as number) / text;
    const score = points * (1 - linkDensity) * (table.weight[row] as number);
    ranked.push({ candidate: { element, score, prose: table.prose[row] as number, text, linkDensity }, row });
  }
  ranked.sort((a, b) => b.candidate.score - a.candidate.score);
  const candidates = ranked.slice(0, limit).map((r) => r.candidate);
  const best = ranked[0];
  if (best) {
    const widened = widen(best.candidate, best.row, table, root);
    if (widened !== best.candidate) candidates.unshift(widened);
  }
  return candidates.slice(0, limit);
}

/** Boxes of a page that are items of lists, marked as the walk enters their parents. */
interface ListMarks {
  /** Boxes in runs of {@link TEASER_RUN} or more siblings of one tag and class: may be teasers ({@link isTeaser}). */
  teaserBoxes: Set<Element>;
  /**
   * Boxes of several elements in runs of {@link ITEM_RUN} or more siblings of one tag and class,
   * the class not empty: a comment list's `<li class="comment">` with its name line, text and buttons.
   */
  items: Set<Element>;
}

/** Siblings of one tag and class that make a list whose boxes may be teasers: a headline list is seldom shorter. */
const TEASER_RUN = 4;
/**
 * Siblings of one tag and class that make a list whose items keep their text: ten comments or
 * more. An article in sections (`<div class="sec"><h3>…</h3><div class="txt">…</div></div>`) has
 * fewer; a thread too short to reach it is too short to outweigh the article.
 */
const ITEM_RUN = 10;

/**
 * Marks the list boxes among `kids` (one element's children): runs of consecutive element
 * siblings with the same tag and class attribute (text between them does not break a run). An
 * item's text stays with the item (see `share` in {@link rankContainers}). A box around a single
 * line of an article (`<div class="line"><div>…</div></div>`) is never an item: the lines of an
 * article share upwards.
 */
function markListItems(kids: readonly Node[], marks: ListMarks): void {
  let runStart = 0;
  let runLength = 0;
  let runTag = '';
  let runClass: string | undefined;
  const flush = (end: number): void => {
    if (runLength < TEASER_RUN) return;
    for (let i = runStart; i < end; i++) {
      const kid = kids[i] as Node;
      if (!isElement(kid)) continue;
      marks.teaserBoxes.add(kid);
      if (runLength >= ITEM_RUN && runClass && holdsSeveralElements(kid)) marks.items.add(kid);
    }
  };
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i] as Node;
    if (!isElement(kid)) continue;
    const className = attr(kid, 'class');
    if (runLength > 0 && kid.tagName === runTag && className === runClass) {
      runLength++;
      continue;
    }
    flush(i);
    runStart = i;
    runLength = 1;
    runTag = kid.tagName;
    runClass = className;
  }
  flush(kids.length);
}

function holdsSeveralElements(element: Element): boolean {
  let count = 0;
  for (const kid of childrenOf(element)) if (isElement(kid) && ++count > 1) return true;
  return false;
}

/** Link characters that make a headline: a teaser's title, not a reporter's name or a `더보기` link. */
const HEADLINE_LINK_CHARS = 8;

/**
 * Whether the element of the row at `path[at]` is a teaser box (`<div class="item"><h3><a>title</a>
 * </h3><p>summary</p><span>date</span></div>`, `<li><a>title</a><p>summary</p></li>`): the text
 * read in it before its first prose was mostly one linked headline or more. Decided at its first prose and kept for the
 * rest of the box. A list of hundreds of teasers has far more prose than the article beside it, so
 * their points stop at their own boxes. An article's paragraphs, with a link here and there, are
 * mostly plain text and go on sharing.
 */
function isTeaser(table: StatsTable, path: readonly number[], at: number): boolean {
  const row = path[at] as number;
  const state = table.teaser[row] as number;
  if (state !== 0) return state === 1;
  // What the box has read so far: its finished children (added up in its row) and the elements
  // still open below it on the path (`<div class="txt"><a>title</a><p>` under a thumbnail link).
  let link = 0;
  let text = 0;
  for (let k = at; k < path.length; k++) {
    link += table.link[path[k] as number] as number;
    text += table.text[path[k] as number] as number;
  }
  const teaser = link >= HEADLINE_LINK_CHARS && link * 2 >= text;
  table.teaser[row] = teaser ? 1 : 2;
  return teaser;
}

/** Share of the best container's prose an ancestor's own paragraphs must reach to replace it. */
const WIDEN_SHARE = 0.25;
/** How many levels above the best container are looked at. */
const WIDEN_LEVELS = 4;

/**
 * Climbs from the best container to an ancestor with paragraphs of its own: the best-scoring
 * element may be a box inside the article (a quoted statement, a boxed sidebar of the story) whose
 * paragraphs outnumber the article's loose `<br>` text around it.
 */
function widen(best: Candidate, bestRow: number, table: StatsTable, root: Element): Candidate {
  const joined = joinSiblings(best, bestRow, table, root);
  if (joined) return joined;
  let current = best;
  let parent = best.element.parentNode as Element | undefined;
  let row = table.parent[bestRow] as number;
  for (let level = 0; level < WIDEN_LEVELS && row !== -1 && parent && parent !== root && isElement(parent); level++) {
    const text = table.text[row] as number;
    const linkDensity = text === 0 ? 0 : (table.link[row] as number) / text;
    if (linkDensity > 0.3 || (table.weight[row] as number) < 1) break;
    if ((table.own[row] as number) >= best.prose * WIDEN_SHARE) {
      current = { element: parent, score: best.score, prose: table.prose[row] as number, text, linkDensity };
    }
    parent = parent.parentNode as Element | undefined;
    row = table.parent[row] as number;
  }
  return current;
}

/** Boxes an editor splits an article into; table cells and list items are a layout's columns and a list's items. */
const JOINED_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article']);

/** Share of the best box's prose its like siblings must hold together for their parent to be the article. */
const SIBLING_SHARE = 0.2;

/** The tag and attribute names (and class) of an element: the boxes an editor prints one article in look alike. */
function signature(element: Element): string {
  return `${element.tagName}|${element.attrs.map((a) => (a.name === 'class' ? `class=${a.value}` : a.name)).sort().join(' ')}`;
}

/**
 * An article printed in several like boxes with photos between them (`<div dmcf-ptype="general">`, a
 * figure, another such div): the parent of the run, when the other boxes of the run hold a fair share
 * of prose. The run is the best box and the like boxes next to it, passing over figures and small boxes
 * (a caption, an ad); a larger box of another kind ends it, so a comment list beside the article never joins.
 */
function joinSiblings(best: Candidate, bestRow: number, table: StatsTable, root: Element): Candidate | undefined {
  const parentRow = table.parent[bestRow] as number;
  const parent = best.element.parentNode as Element | undefined;
  if (parentRow === -1 || !parent || parent === root || !isElement(parent) || !JOINED_TAGS.has(best.element.tagName)) return undefined;
  const rows = new Map<Element, number>();
  for (let row = parentRow + 1; row < table.elements.length; row++) {
    if ((table.parent[row] as number) === parentRow) rows.set(table.elements[row] as Element, row);
    else if ((table.parent[row] as number) < parentRow) break;
  }
  const kids = childrenOf(parent).filter(isElement);
  const at = kids.indexOf(best.element);
  const kind = signature(best.element);
  let prose = 0;
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < kids.length; i += step) {
      const row = rows.get(kids[i] as Element);
      if (row === undefined) continue;
      const rowProse = table.prose[row] as number;
      if (rowProse <= 0) continue;
      const text = table.text[row] as number;
      const linkDensity = text === 0 ? 0 : (table.link[row] as number) / text;
      const like = signature(kids[i] as Element) === kind && linkDensity <= 0.3 && (table.weight[row] as number) >= 1 && table.teaser[row] !== 1;
      if (like) prose += rowProse;
      // A photo with its caption, a small box between the parts: passed over. Anything larger ends the run.
      else if ((kids[i] as Element).tagName !== 'figure' && rowProse >= best.prose * SIBLING_SHARE) break;
    }
  }
  if (prose < best.prose * SIBLING_SHARE) return undefined;
  const text = table.text[parentRow] as number;
  const linkDensity = text === 0 ? 0 : (table.link[parentRow] as number) / text;
  return { element: parent, score: best.score, prose: table.prose[parentRow] as number, text, linkDensity };
}

/** The nearest ancestor that is a paragraph element, else the text's own parent. Stops at `root`. */
function paragraphOwner(parent: Element, root: Element): Element {
  for (let e: Element | undefined = parent; e && e !== root; e = e.parentNode as Element | undefined) {
    if (PARAGRAPH_TAGS.has(e.tagName)) return e;
    if (!INLINE_TAGS.has(e.tagName)) return e;
  }
  return parent;
}

const INLINE_TAGS: ReadonlySet<string> = new Set([
  'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'small', 'big', 'sub', 'sup', 'mark', 'cite', 'q', 'abbr', 'time', 'a', 's', 'del', 'ins',
]);
