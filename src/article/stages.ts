/**
 * The pipeline in one list. Each stage is a pure function from the page state to the fields it
 * adds and the warnings it raises (state.ts); `runStages` runs a list in order. `parseArticle` runs
 * {@link STAGES}, `parseArticleText` runs {@link TEXT_STAGES}; both end in {@link ARTICLE_STAGES}.
 * The benchmark times each stage by iterating the same lists.
 */
import type { Stage } from './state.js';
import {
  bodyStage, commentsStage, decodeStage, embeddedStage, imagesStage, linksStage, metadataStage, navigationStage, parseStage, scanStage, siteRulesStage,
} from './htmlStages.js';
import { authorsStage, eventsStage, excerptStage, missingPartsStage, neighboursDateStage, refineStage, tagsStage } from './articleStages.js';
import { textChromeStage, textDecodeStage, textLinesStage } from './textStages.js';

/** The stages every page ends with, once its blocks, header and chrome are read. */
export const ARTICLE_STAGES: readonly Stage[] = [excerptStage, authorsStage, tagsStage, neighboursDateStage, missingPartsStage, eventsStage];

/**
 * The stages of an HTML page, in order:
 * decode › parse › scan › site rules › body › embedded article › metadata › repeats › comments ›
 * navigation › images › links, then {@link ARTICLE_STAGES} (excerpt › authors › tags ›
 * neighbours date › missing parts › events). Each stage's `why` says why it runs there.
 */
export const STAGES: readonly Stage[] = [
  decodeStage,
  parseStage,
  scanStage,
  siteRulesStage,
  bodyStage,
  embeddedStage,
  metadataStage,
  refineStage,
  commentsStage,
  navigationStage,
  imagesStage,
  linksStage,
  ...ARTICLE_STAGES,
];

/** The stages of a page's visible text: decode › text lines › repeats › text chrome, then {@link ARTICLE_STAGES}. */
export const TEXT_STAGES: readonly Stage[] = [textDecodeStage, textLinesStage, refineStage, textChromeStage, ...ARTICLE_STAGES];
