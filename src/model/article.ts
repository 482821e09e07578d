/**
 * The `Article` model: what sinmun returns for a page. Everything here is plain JSON
 * (strings, numbers, arrays, plain objects): no class instances and no `Date` objects, so an
 * `Article` survives `JSON.stringify` / `JSON.parse` unchanged and can cross worker boundaries.
 *
 * Optional fields are *absent* (not `undefined`, not `null`) when the page does not give them.
 *
 * @module
 */
import type { SiteRule } from './siteRule.js';

/** What kind of block a body paragraph is. */
export type ParagraphKind = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'table';

/** One block of the article's body, in reading order. */
export interface Paragraph {
  /** The block's text, whitespace collapsed, NFC. */
  text: string;
  /**
   * `heading` for in-body subheadings, `quote` for block quotes, `list-item` for list entries,
   * `table` for a table of data inside the article (its cells in `rows`; `text` is the cells joined by spaces).
   */
  kind: ParagraphKind;
  /** A table's cells, row by row (`kind: 'table'` only). */
  rows?: string[][];
  /** `true` for an entry of a numbered list (`<ol>`; `kind: 'list-item'` only), absent otherwise. */
  ordered?: true;
  /**
   * The links inside the paragraph, in order (absent when none): `text.slice(start, end) === link.text`.
   * Only links that resolve to an `http:` or `https:` address are kept.
   */
  links?: ParagraphLink[];
}

/** A link inside a body paragraph. */
export interface ParagraphLink {
  /** The link's text as it is in the paragraph. */
  text: string;
  /** The absolute address: the `href` resolved against the page's URL (`options.url`, else its canonical URL). */
  href: string;
  /** Offset of the link's text in the paragraph's `text` (UTF-16 code units). */
  start: number;
  /** Offset just past it. */
  end: number;
}

/**
 * Where an Article's `publishedAt` comes from, in the order sources are tried:
 *
 * - `site-rule`: the element a site rule names for it;
 * - `jsonld`: `datePublished` of the page's JSON-LD article;
 * - `script-json`: the article in the page's script JSON (`__NEXT_DATA__` and the like);
 * - `meta`: a meta tag (`article:published_time`, …);
 * - `page`: a date line printed on the page (`입력 2023.08.03 10:12`), or a line of a text page;
 * - `neighbours`: **not stated by the page**: the day of its previous and next articles, when both
 *   links carry the same day (with the warning `date-inferred-from-navigation`).
 */
export type PublishedAtSource = 'site-rule' | 'jsonld' | 'script-json' | 'meta' | 'page' | 'neighbours';

/**
 * Where an Article's `excerpt` comes from: `meta` (`og:description`, `description`, …), `jsonld`
 * (JSON-LD `description`), `deck` (the subtitle printed under the headline), or `body` (no summary on
 * the page: the first sentences of the body).
 */
export type ExcerptSource = 'meta' | 'jsonld' | 'deck' | 'body';

/** A person credited with the article. */
export interface Author {
  /** The name as printed, without the role word (`홍길동`, not `홍길동 기자`). */
  name: string;
  /** The e-mail address printed next to the name, if any. */
  email?: string;
  /** The role word printed after the name: `기자`, `특파원`, `논설위원`, `객원기자`, `선임기자`, … */
  role?: string;
}

/** An image of the article, with the caption printed under it. */
export interface ArticleImage {
  /** The image address as written in the page (resolved against `options.url` when one is given). */
  src: string;
  /** The `alt` text, if not empty. */
  alt?: string;
  /** The caption (`figcaption`, `em.img_desc`, …), taken out of the body. */
  caption?: string;
}

/**
 * A span of calendar days in Korean time that a date expression refers to.
 * `start` and `end` are inclusive `YYYY-MM-DD` dates.
 */
export interface DateRange {
  start: string;
  end: string;
  precision: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
  /** `HH:mm` when the expression gives a clock time. */
  time?: string;
  /** `HH:mm`: the end of a range of clock times on one day (`오후 2~4시`). */
  endTime?: string;
}

/** A sentence of the body and the date it is about. */
export interface DatedEvent {
  /** The resolved date. */
  date: DateRange;
  /** The date expression as written (`지난해 11월`). */
  mention: string;
  /** Offset of the mention in the text it was found in (`body` for an Article's events; UTF-16 units), as in `DateMention`. */
  start: number;
  /** End offset (exclusive) of the mention. */
  end: number;
  /** The whole sentence that holds the mention. */
  sentence: string;
  /** Offset of the sentence in the same text. */
  sentenceStart: number;
  /** End offset (exclusive) of the sentence. */
  sentenceEnd: number;
  /** The actor of the clause (the noun marked by 이/가/은/는), when there is one. */
  subject?: string;
}

/** A reader comment. */
export interface Comment {
  /** The commenter's name as shown; masked names (`김홍*`) are kept as they are. */
  author?: string;
  text: string;
  /** When the comment was written, in the same form as `Article.publishedAt`. */
  date?: string;
  likes?: number;
  dislikes?: number;
  /** 0 for a top-level comment, 1 for a reply, and so on. */
  depth: number;
  /** The comment's id in the page, if it has one. */
  id?: string;
}

/** A link to another article. */
export interface NavLink {
  title: string;
  url?: string;
  /** The date printed beside the link, as `YYYY-MM-DD` (or a full Korean-time ISO date-time). */
  date?: string;
}

/** Links around the article: its neighbours in a list, related articles, the breadcrumb trail. */
export interface Navigation {
  previous?: NavLink;
  next?: NavLink;
  related: NavLink[];
  breadcrumbs: string[];
}

/** Counts the page shows for the article. */
export interface Reactions {
  /** 추천 / 좋아요. */
  recommend?: number;
  /** 비추천 / 싫어요. */
  notRecommend?: number;
  /** 조회 / 조회수. */
  views?: number;
  /** The comment count the page prints (`댓글 3`), which may differ from `comments.length`. */
  commentCount?: number;
}

/** Why a block was taken out of the body. */
export type RemovalReason =
  | 'repeated'
  | 'near-repeated'
  | 'repeated-run'
  | 'title-echo'
  | 'subtitle-echo'
  | 'boilerplate';

/** A block taken out of the body, kept so that nothing is silently lost. */
export interface RemovedBlock {
  text: string;
  reason: RemovalReason | (string & {});
  /** For repeats: the index in `Article.paragraphs` of the paragraph this block repeats. */
  duplicateOf?: number;
}

/** A problem met while reading the page. `code` is stable; `message` is for people. */
export interface Warning {
  code: WarningCode;
  message: string;
}

/**
 * Stable warning codes. New codes may be added in minor versions; existing codes never change meaning.
 *
 * - `empty-input`: the input has no characters (or no bytes).
 * - `charset-mismatch`: the page declares one charset but its bytes are another (the bytes win).
 * - `charset-unsupported`: the declared charset is unknown; the bytes were decoded by sniffing.
 * - `decode-errors`: some bytes are invalid in the chosen encoding and became U+FFFD.
 * - `not-html`: the input is not an HTML page (an image, a PDF, an archive, an executable, JSON, plain
 *   text): the Article is empty (`no-title`, `no-body` and `no-date` are not added).
 * - `input-too-complex`: the page is past an internal limit of the engine (millions of unclosed
 *   elements); the Article is empty.
 * - `input-truncated`: the bytes are more than one string can hold (over 256 MiB, with
 *   `maxInputBytes` raised); only the first 268,435,440 bytes were read.
 * - `jsonld-invalid`: a JSON-LD block could not be read and was skipped.
 * - `no-title`, `no-body`, `no-date`: the field could not be found.
 * - `date-invalid`: a date on the page is impossible (`2023-02-30`) and was ignored.
 * - `comments-not-in-html`: the site loads its comments by script, so the list is empty.
 * - `comments-and-empty-notice`: the page lists comments and also says it has none.
 * - `comments-truncated`: a comment area holds more than 2,000 comments; the first 2,000 were read.
 * - `date-inferred-from-navigation`: `publishedAt` was taken from the dates of the previous/next links.
 * - `no-reference-date`: relative dates in the text could not be resolved.
 */
export type WarningCode =
  | 'empty-input'
  | 'charset-mismatch'
  | 'charset-unsupported'
  | 'decode-errors'
  | 'not-html'
  | 'input-too-complex'
  | 'input-truncated'
  | 'jsonld-invalid'
  | 'no-title'
  | 'no-body'
  | 'no-date'
  | 'date-invalid'
  | 'comments-not-in-html'
  | 'comments-and-empty-notice'
  | 'comments-truncated'
  | 'date-inferred-from-navigation'
  | 'no-reference-date';

/** Where the article came from and how it was read. */
export interface ArticleSource {
  /** The encoding the bytes were decoded with (`utf-8`, `euc-kr`, …); `utf-16` for string input. */
  encoding: string;
  /** The site family whose rules were used (`naver`, `gnuboard`, …), or `generic`, or `text` for plain text. */
  family: string;
  /** Everything that went wrong or was guessed, in the order it happened. */
  warnings: Warning[];
}

/** A news article read from a page. See `docs/article.md` for every field. */
export interface Article {
  /** The headline, without the site name (` - 조선일보`, ` | 한국일보`). Empty when none was found. */
  title: string;
  /** The deck (부제) printed under the headline. */
  subtitle?: string;
  /** The body blocks in reading order, without captions, bylines, boilerplate or repeats. */
  paragraphs: Paragraph[];
  /** The paragraph texts joined by a blank line (`\n\n`). */
  body: string;
  /**
   * First publication, ISO 8601 in Korean time (`2023-08-03T10:12:00+09:00`) or `YYYY-MM-DD`. The form
   * is its precision: a date-time was stated to the minute or second, a bare `YYYY-MM-DD` only to the
   * day (or, with `publishedAtSource: 'neighbours'`, inferred: see there).
   */
  publishedAt?: string;
  /** How `publishedAt` was found (present exactly when it is); see {@link PublishedAtSource}. */
  publishedAtSource?: PublishedAtSource;
  /**
   * A short summary: the page's own (meta or JSON-LD description, the deck), cleaned of site names
   * and datelines and at most 300 characters, else the body's first sentences. Absent when the page
   * has neither.
   */
  excerpt?: string;
  /** Where `excerpt` comes from (present exactly when it is). */
  excerptSource?: ExcerptSource;
  /** Last modification, in the same form. */
  modifiedAt?: string;
  authors: Author[];
  /** The outlet's name (`조선일보`); for portals, the originating outlet. */
  publisher?: string;
  /** The section (`정치`, `경제`, …). */
  section?: string;
  /** The canonical address of the article. */
  url?: string;
  /** The page's language (`ko`). */
  language?: string;
  tags: string[];
  images: ArticleImage[];
  /** Dated sentences of the body. */
  events: DatedEvent[];
  /** Reader comments printed in the page. */
  comments: Comment[];
  navigation: Navigation;
  reactions: Reactions;
  /** Blocks taken out of the body (repeats, boilerplate), with the reason. */
  removed: RemovedBlock[];
  source: ArticleSource;
}

/** Options of `parseArticle` and `parseArticleText`. */
export interface ParseOptions {
  /** The page's address; used to resolve relative links and to pick site rules. */
  url?: string;
  /**
   * The date to resolve relative dates against when the page has none of its own,
   * as `YYYY-MM-DD` or an ISO date-time.
   */
  referenceDate?: string;
  /** Largest input accepted, in bytes (UTF-8 bytes for strings). Default 20 MiB. */
  maxInputBytes?: number;
  /** The HTTP `Content-Type` header the bytes came with; its charset outranks `<meta charset>`. */
  contentType?: string;
  /**
   * Site rules: `true` (default) uses the built-in rules, `false` only the generic reader, and an
   * array of {@link SiteRule}s is tried before the built-in ones (checked at call time: a bad field
   * throws `SinmunError('invalid-option')` naming it). See docs/sites.md, "Add your outlet".
   */
  siteRules?: boolean | readonly SiteRule[];
}

/** Default of `ParseOptions.maxInputBytes`: 20 MiB. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;
