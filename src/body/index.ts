import type { Element } from '../helpers/dom.js';
import type { PageIndex } from '../parse/scan.js';
import { childrenOf, isElement } from '../helpers/dom.js';
import type { ArticleImage } from '../model/article.js';
import { anyOf, ruleElements } from '../sites/index.js';
import type { RuleMatches, SiteFamily } from '../sites/index.js';
import { isHeadlineList, readBlocks } from './blocks.js';
import { isInside } from '../helpers/dom.js';
import type { RawBlock } from '../model/page.js';
import { rankContainers } from './score.js';
import { hasSentenceEnd } from './paragraphs.js';

export { readBlocks } from './blocks.js';
export type { BlockOptions } from './blocks.js';
export { refineBlocks, mergeAuthors, hasSentenceEnd } from './paragraphs.js';
export { rankContainers } from './score.js';
export { findEmbeddedArticle } from './embedded.js';

/** The article container of a page, its blocks and its images. */
export interface FoundBody {
  container: Element | undefined;
  blocks: RawBlock[];
  images: ArticleImage[];
  /** How the container was found. */
  via: 'site-rule' | 'generic' | 'embedded' | 'none';
  /** Lists of other articles' headlines met in the container (or that the container is): related links, not body. */
  lists: Element[];
  /** Texts of reporter boxes inside the container, left out of the blocks: their bylines name the authors. */
  bylines?: string[];
}

/** Most headline lists taken from a page without an article. */
const MAX_PAGE_LISTS = 10;

/** The page's lists of headlines (`ul`/`ol` whose items start with links), outermost only: for a page with no article. */
function headlineListsOf(index: PageIndex): Element[] {
  const lists: Element[] = [];
  for (const element of index.elements) {
    if (lists.length >= MAX_PAGE_LISTS) break;
    if ((element.tagName === 'ul' || element.tagName === 'ol') && !lists.some((list) => isInside(element, list)) && isHeadlineList(element)) lists.push(element);
  }
  return lists;
}

/** Below this many characters of prose beside its headline lists, a container is a list page (a section front, search results). */
const MIN_PROSE_BESIDE_LISTS = 80;

/** Characters of the blocks that read as prose (have a Korean sentence ending): how much article there is. */
export function sentenceTextLength(blocks: readonly RawBlock[]): number {
  let total = 0;
  for (const block of blocks) if (hasSentenceEnd(block.text)) total += block.text.length;
  return total;
}

/** The page's `<body>` element. */
export function bodyElement(index: PageIndex): Element | undefined {
  const html = childrenOf(index.document).find((node): node is Element => isElement(node) && node.tagName === 'html');
  return html ? childrenOf(html).find((node): node is Element => isElement(node) && node.tagName === 'body') : undefined;
}

/**
 * Finds the article body: the site rule's container when the family has one and it holds text,
 * else the best-scoring container of the generic extractor.
 *
 * @example
 * ```ts
 * const { blocks, images } = findBody(scanPage(parseHtml(html)));
 * ```
 */
export function findBody(index: PageIndex, family?: SiteFamily, matches: RuleMatches = {}): FoundBody {
  const options = { drop: anyOf(family?.drop), caption: anyOf(family?.captions) };
  for (const container of ruleElements(matches, 'body')) {
    const { blocks, images, lists, bylines } = readBlocks(container, options);
    if (blocks.some((block) => block.text.trim() !== '')) return { container, blocks, images, via: 'site-rule', lists, bylines };
  }
  const body = bodyElement(index);
  if (!body) return { container: undefined, blocks: [], images: [], via: 'none', lists: [] };
  const [best] = rankContainers(body, 5, index.elementCount);
  if (!best) return { container: undefined, blocks: [], images: [], via: 'none', lists: headlineListsOf(index) };
  // A page that only lists articles (a section front, search results): its best box is the list, or
  // holds little but lists. No article then (`no-body`); the list's links are the page's related links.
  if ((best.element.tagName === 'ul' || best.element.tagName === 'ol') && isHeadlineList(best.element)) return { container: undefined, blocks: [], images: [], via: 'none', lists: [best.element] };
  const { blocks, images, lists, bylines } = readBlocks(best.element, options);
  if (lists.length > 0 && sentenceTextLength(blocks) < MIN_PROSE_BESIDE_LISTS) return { container: undefined, blocks: [], images: [], via: 'none', lists };
  return { container: best.element, blocks, images, via: 'generic', lists, bylines };
}
