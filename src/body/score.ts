/**
 * The generic body finder: scores every element by the sentence text under it and picks the
 * container of the article. Korean prose is recognised by its sentence endings (`다.`), so a menu of
 * short links or a list of headlines scores low even when it has much text.
 */
import { attr, childrenOf, isElement, isText } from '../parse/dom.js';
import type { Element, Node } from '../parse/dom.js';
import { NEGATIVE_HINT, PARAGRAPH_TAGS, POSITIVE_HINT, SENTENCE_END, SKIP_TAGS } from './hints.js';
import { isHidden } from '../parse/visible.js';

export { isHidden } from '../parse/visible.js';

const EXIT = Symbol('exit');

/** Text statistics of one element's subtree. */
interface Stats {
  /** Characters of text, spaces excluded. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Content points from paragraphs under the element, shared out to three levels of ancestors. */
  points: number;
  /** All content points of the subtree, undecayed; subtrees with clutter names count less. */
  prose: number;
  /** Points of the element's own paragraphs: loose text in it and its paragraph children. */
  own: number;
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

/** Content points of a run of text: length, sentence endings, commas. */
function pointsOf(text: string): number {
  const length = countNonSpace(text);
  if (length < 10) return 0;
  SENTENCE_END.lastIndex = 0;
  const sentences = text.match(SENTENCE_END)?.length ?? 0;
  let commas = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) commas++;
  return Math.min(length, 1000) / 40 + sentences * 3 + Math.min(commas, 10) * 0.5;
}

function hintWeight(element: Element): number {
  // A form holds comment boxes and search fields; pages wrapped whole in a form still have an inner container.
  const tagWeight = element.tagName === 'form' ? 0.5 : 1;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  if (names.trim() === '') return tagWeight;
  let weight = tagWeight;
  if (POSITIVE_HINT.test(names)) weight *= 1.3;
  if (NEGATIVE_HINT.test(names)) weight *= 0.4;
  if (element.tagName === 'article' || element.tagName === 'main') weight *= 1.2;
  return weight;
}

/**
 * Scores the elements under `root` and returns the candidates, best first (at most `limit`).
 * One iterative walk; every element's statistics are added up on the way back.
 *
 * @example
 * ```ts
 * const [best] = rankContainers(body);
 * ```
 */
export function rankContainers(root: Element, limit = 5): Candidate[] {
  const stats = new Map<Element, Stats>();
  const order: Element[] = [];
  // Nodes to enter, and EXIT markers (followed by their element) to add up an element's statistics.
  const stack: (Node | typeof EXIT)[] = [root];
  let linkDepth = 0;

  const share = (owner: Element, points: number): void => {
    // Text in a paragraph element counts for the paragraph's container; loose text for its own parent.
    let target: Element | undefined = PARAGRAPH_TAGS.has(owner.tagName) ? (owner.parentNode as Element) : owner;
    for (let level = 0; level < 3 && target && isElement(target); level++) {
      const s = stats.get(target);
      if (s) s.points += points / (level + 1);
      if (s && level === 0) s.own += points;
      target = target.parentNode as Element | undefined;
    }
  };

  while (stack.length > 0) {
    let node = stack.pop() as Node | typeof EXIT;
    const exit = node === EXIT;
    if (exit) node = stack.pop() as Node;
    if (node === EXIT) continue;
    if (isText(node)) {
      const parent = node.parentNode as Element;
      const s = stats.get(parent);
      if (!s) continue;
      const length = countNonSpace(node.value);
      s.text += length;
      if (linkDepth > 0) s.link += length;
      else {
        const points = pointsOf(node.value);
        s.prose += points;
        share(paragraphOwner(parent, root), points);
      }
      continue;
    }
    if (!isElement(node)) continue;
    if (exit) {
      if (node.tagName === 'a') linkDepth--;
      const s = stats.get(node) as Stats;
      const parent = node.parentNode as Element | undefined;
      const ps = parent ? stats.get(parent) : undefined;
      if (ps) {
        ps.text += s.text;
        ps.link += s.link;
        ps.prose += s.prose * Math.min(1, hintWeight(node));
      }
      continue;
    }
    if (SKIP_TAGS.has(node.tagName) || isHidden(node)) continue;
    stats.set(node, { text: 0, link: 0, points: 0, prose: 0, own: 0 });
    order.push(node);
    if (node.tagName === 'a') linkDepth++;
    stack.push(node, EXIT);
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }

  const candidates: Candidate[] = [];
  for (const element of order) {
    const s = stats.get(element) as Stats;
    if (s.points <= 0 || PARAGRAPH_TAGS.has(element.tagName)) continue;
    const linkDensity = s.text === 0 ? 0 : s.link / s.text;
    const score = s.points * (1 - linkDensity) * hintWeight(element);
    candidates.push({ element, score, prose: s.prose, text: s.text, linkDensity });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best) {
    const widened = widen(best, stats, root);
    if (widened !== best) candidates.unshift(widened);
  }
  return candidates.slice(0, limit);
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
function widen(best: Candidate, stats: Map<Element, Stats>, root: Element): Candidate {
  let current = best;
  let parent = best.element.parentNode as Element | undefined;
  for (let level = 0; level < WIDEN_LEVELS && parent && parent !== root && isElement(parent); level++) {
    const s = stats.get(parent);
    if (!s) break;
    const linkDensity = s.text === 0 ? 0 : s.link / s.text;
    if (linkDensity > 0.3 || hintWeight(parent) < 1) break;
    if (s.own >= best.prose * WIDEN_SHARE) {
      current = { element: parent, score: best.score, prose: s.prose, text: s.text, linkDensity };
    }
    parent = parent.parentNode as Element | undefined;
  }
  return current;
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
