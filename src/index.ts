/**
 * sinmun (신문): Korean news pages to typed Article objects.
 *
 * @packageDocumentation
 */
export { parseArticle } from './article/parseArticle.js';
export { parseArticleText } from './article/parseArticleText.js';
export { MAX_DECODED_BYTES, decodeHtml } from './decode/index.js';
export type { DecodeOptions, DecodedHtml } from './decode/index.js';
export { findDates } from './dates/findDates.js';
export type { DateMention, FindDatesOptions } from './dates/findDates.js';
export { extractEvents } from './events/extractEvents.js';
export { SAFE_HTML_TAGS, toHtml, toMarkdown } from './output/index.js';
export type { HtmlOptions, MarkdownOptions } from './output/index.js';
export { SinmunError } from './model/errors.js';
export type { SinmunErrorCode } from './model/errors.js';
export { DEFAULT_MAX_INPUT_BYTES } from './model/article.js';
export { stripRepeatedBlocks, NEAR_REPEAT_THRESHOLD, MIN_REPEAT_LENGTH } from './dedupe/repeats.js';
export type { RepeatOptions, RepeatResult, RepeatedBlock, RepeatReason } from './dedupe/repeats.js';
export type { SiteRule, SiteFamily, FamilyDetection } from './model/siteRule.js';
export type {
  Article,
  ArticleImage,
  ArticleSource,
  Author,
  Comment,
  DatedEvent,
  DateRange,
  NavLink,
  Navigation,
  Paragraph,
  ParagraphKind,
  ParagraphLink,
  PublishedAtSource,
  ExcerptSource,
  ParseOptions,
  Reactions,
  RemovalReason,
  RemovedBlock,
  Warning,
  WarningCode,
} from './model/article.js';
