/**
 * Types shared by the stages that read a page: what one stage finds and a later one reads. They
 * live here, below every stage, so that no stage imports another for a type.
 */
import type { ArticleImage, ParagraphKind } from './article.js';

/** `<meta>` tags of a page: every value, in page order, by lower-cased `property`, `name`, `itemprop` or `http-equiv`. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** A block of body text as found in the page, before boilerplate and repeats are taken out. */
export interface RawBlock {
  text: string;
  kind: ParagraphKind;
  /** Share of the block's characters inside links. */
  linkDensity: number;
  /** The block is a heading-like lead line (bold-only or a heading element). */
  emphasised: boolean;
  /** The links inside the block, in order: their text (collapsed, NFC) and `href` as written. */
  links?: BlockLink[];
  /** A data table's cells, row by row (`kind: 'table'`). */
  rows?: string[][];
  /** A list entry of a numbered list (`<ol><li>`). */
  ordered?: true;
}

/** A link inside a block, before it is placed in the final paragraph text. */
export interface BlockLink {
  text: string;
  href: string;
}

/** What an embedded article gives. */
export interface EmbeddedArticle {
  blocks: RawBlock[];
  images: ArticleImage[];
  headline?: string;
  subtitle?: string;
  published?: string;
  modified?: string;
  authors: string[];
  section?: string;
  /** Characters of sentence text in the blocks: how much article there is. */
  textLength: number;
}
