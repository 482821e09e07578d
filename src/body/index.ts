import type { Element } from '../parse/dom.js';
import type { PageIndex } from '../parse/scan.js';
import { childrenOf, isElement } from '../parse/dom.js';
import type { ArticleImage } from '../model/article.js';
import { anyOf, ruleElements } from '../sites/index.js';
import type { RuleMatches, SiteFamily } from '../sites/index.js';
import { readBlocks } from './blocks.js';
import type { RawBlock } from './blocks.js';
import { rankContainers } from './score.js';
import { hasSentenceEnd } from './paragraphs.js';

export { readBlocks } from './blocks.js';
export type { RawBlock, BlockOptions } from './blocks.js';
export { refineBlocks, mergeAuthors, hasSentenceEnd } from './paragraphs.js';
export { rankContainers } from './score.js';
export { findEmbeddedArticle } from './embedded.js';
export type { EmbeddedArticle } from './embedded.js';

/** The article container of a page, its blocks and its images. */
export interface FoundBody {
  container: Element | undefined;
  blocks: RawBlock[];
  images: ArticleImage[];
  /** How the container was found. */
  via: 'site-rule' | 'generic' | 'embedded' | 'none';
}

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
    const { blocks, images } = readBlocks(container, options);
    if (blocks.some((block) => block.text.trim() !== '')) return { container, blocks, images, via: 'site-rule' };
  }
  const body = bodyElement(index);
  if (!body) return { container: undefined, blocks: [], images: [], via: 'none' };
  const [best] = rankContainers(body, 5, index.elementCount);
  if (!best) return { container: undefined, blocks: [], images: [], via: 'none' };
  const { blocks, images } = readBlocks(best.element, options);
  return { container: best.element, blocks, images, via: 'generic' };
}
