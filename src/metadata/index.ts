/**
 * Article metadata from every source a page has, in one documented order:
 *
 *   site rule  ›  JSON-LD  ›  meta tags  ›  the visible page
 *
 * A site rule comes first because it is written for that family's markup and knows where the
 * family's other sources lie (Chosun's `article:published_time` is the draft time). JSON-LD is
 * structured and usually exact; meta tags are often decorated (site names in titles); visible text
 * is read last, with the Korean patterns of date lines and bylines.
 */
import type { Author, PublishedAtSource, Warning } from '../model/article.js';
import { NON_TEXT_TAGS, childrenOf, collapseSpace, isElement, isText, lineOf, textOf } from '../helpers/dom.js';
import type { Element, Node } from '../helpers/dom.js';
import type { PageIndex, TextLine } from '../parse/scan.js';
import { dateValueOf, ruleElements } from '../sites/index.js';
import type { RuleMatches, SelectorField, SiteFamily } from '../sites/index.js';
import { findDateLine, findLabelledDates, findPostDate, readDateTime } from '../dates/datetime.js';
import { readJsonLd } from './jsonld.js';
import type { JsonLdArticle } from './jsonld.js';
import { META_KEYS, allMeta, firstMeta } from './meta.js';
import { CREDIT, findNameRoles, isBylineOnly, isPersonName, readAuthorValue, readByline } from './byline.js';

/** Credit words (`글`, `사진`, `글·사진`) as whole tokens. */
const CREDIT_WORD = new RegExp(`(?:^|\\s)(?:${CREDIT})(?=\\s|$)`, 'g');
import { bareTitle, cleanTitle, shownTitle, siteNameOfBareTitle, siteNameOfTitle } from './title.js';
import { shownHeadline } from './headline.js';
import { ARTICLE_TOOLS } from './vocabulary.js';

/**
 * Prominence (see `headline.ts`) at which a line printed above the body outranks a `<title>` that does
 * not contain it: a heading tag, a headline class with bold, or bold and large together.
 */
const STRONG_HEADLINE = 4;
import type { EmbeddedArticle } from '../model/page.js';
import { resolveUrl } from '../helpers/url.js';

export { readJsonLd } from './jsonld.js';
export { cleanTitle } from './title.js';
export { readByline, cutDateline, readAuthorValue } from './byline.js';

/** Metadata read before the body is known. */
export interface PageMetadata {
  title: string;
  subtitle?: string;
  publishedAt?: string;
  /** Where `publishedAt` was read. */
  publishedAtSource?: PublishedAtSource;
  modifiedAt?: string;
  authors: Author[];
  publisher?: string;
  section?: string;
  tags: string[];
  url?: string;
  language?: string;
  leadImage?: string;
  jsonLd: JsonLdArticle | undefined;
  /** The trail of a JSON-LD `BreadcrumbList`. */
  breadcrumbs: string[];
}

/** Longest deck read from a deck-like element of a page without a rule for it. */
const MAX_DECK_LENGTH = 200;

function ruleText(matches: RuleMatches, field: SelectorField): string | undefined {
  for (const element of ruleElements(matches, field)) {
    const text = lineOf(element);
    if (text) return text;
  }
  return undefined;
}

/** Subtitle lines of a rule joined by a newline (decks are often several lines, split by `<br>` or blocks). */
function ruleLines(matches: RuleMatches, field: SelectorField): string | undefined {
  const lines = ruleElements(matches, field).flatMap((element) => textOf(element).split('\n').map(collapseSpace)).filter(Boolean);
  return lines.length > 0 ? [...new Set(lines)].join('\n') : undefined;
}

function readDateField<S extends string>(values: readonly (readonly [S, string | undefined])[], warnings: Warning[]): { iso: string; source: S } | undefined {
  for (const [source, value] of values) {
    if (!value) continue;
    const reading = readDateTime(value);
    if (!reading) continue;
    if ('iso' in reading) return { iso: reading.iso, source };
    warnings.push({ code: 'date-invalid', message: `Ignored an impossible date "${value.slice(0, 40)}": ${reading.invalid}.` });
  }
  return undefined;
}

function ruleDate(matches: RuleMatches, field: 'published' | 'modified'): string | undefined {
  for (const element of ruleElements(matches, field)) {
    const text = lineOf(element);
    // A rule element whose text is `입력 2023.08.03 10:12 수정 …`: the date labelled for this field.
    const labelled = findLabelledDates(text);
    const mine = labelled.find((found) => found.field === field);
    if (mine && 'iso' in mine.reading) return mine.reading.iso;
    const value = dateValueOf(element, labelled.length > 0 ? '' : text);
    if (value && readDateTime(value) !== undefined) return value;
  }
  return undefined;
}

/** Labelled dates (`입력 …`, `수정 …`) in the page's lines, else a board's post date beside its view counter. */
function datesFromLines(lines: readonly TextLine[], nearBody: boolean): { published?: string; modified?: string } {
  let published: string | undefined;
  let modified: string | undefined;
  // The first board info line (`일반 | 2023-09-07 13:18 | 조회 : 92`), for a page with no labelled date.
  let posted: string | undefined;
  // The date line nearest above the article with no label at all (`[2023-08-03 오후 2:21:05]`); the
  // search stops that far up because a site's top bar prints today's date.
  let unlabelled: string | undefined;
  for (let i = lines.length - 1; nearBody && i >= Math.max(0, lines.length - UNLABELLED_DATE_LINES) && !unlabelled; i--) {
    const line = lines[i] as TextLine;
    // The line, or the element it starts in: `<span class="reg">2018-10-17 오후 2:21</span>` beside tool links.
    const reading = findDateLine(withoutBylines(line.text.replace(ARTICLE_TOOLS, ' '))) ?? findDateLine(boundedText(line.element, 60));
    if (reading && 'iso' in reading) unlabelled = reading.iso;
  }
  for (const line of lines) {
    if (!published && !posted) {
      const reading = findPostDate(line.text);
      if (reading && 'iso' in reading) posted = reading.iso;
    }
    for (const found of findLabelledDates(line.text)) {
      if (!('iso' in found.reading)) continue;
      if (found.field === 'published') published ??= found.reading.iso;
      else modified ??= found.reading.iso;
    }
    if (published && modified) break;
  }
  return { published: published ?? posted ?? unlabelled, modified };
}

/**
 * The reporters of a header line, when the name and role are printed together in the line's first
 * element (`<span class="name">이도현 기자</span>`): `후원하기 마을기자 모집` is two links, not a byline.
 */
function headerByline(line: TextLine): Author[] {
  const authors = readByline(line.text);
  if (authors.length === 0) return authors;
  const own = boundedText(line.element, 60);
  if (own === '' || own === line.text) return authors;
  return authors.filter((author) => own.includes(author.name));
}

/** The text of an element, or `''` when it is longer than `max` characters (read no further). */
function boundedText(element: Element, max: number): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isText(node)) {
      text += node.value;
      if (text.length > max * 2) return '';
      continue;
    }
    if (isElement(node) && NON_TEXT_TAGS.has(node.tagName)) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  const line = collapseSpace(text);
  return line.length > max ? '' : line;
}

/** Is most of the element's text inside links? (Read up to a few hundred nodes.) */
function isLinkRow(element: Element): boolean {
  let linked = 0;
  let all = 0;
  const stack: { node: Node; inLink: boolean }[] = [{ node: element, inLink: false }];
  for (let seen = 0; stack.length > 0 && seen < 400; seen++) {
    const { node, inLink } = stack.pop() as { node: Node; inLink: boolean };
    if (isText(node)) {
      const length = node.value.trim().length;
      all += length;
      if (inLink) linked += length;
      continue;
    }
    const link = inLink || (isElement(node) && node.tagName === 'a');
    for (const kid of childrenOf(node)) stack.push({ node: kid, inLink: link });
  }
  return all > 0 && linked / all > 0.6;
}

/** A line without its bylines (`고은별 기자 2025.01.08 10:41`, `글 이수아 기자 2018.11.02`): what is left is the date. */
function withoutBylines(line: string): string {
  let rest = line;
  for (const { names, role, email } of findNameRoles(line)) {
    rest = rest.replace(names, ' ').replace(role, ' ');
    if (email) rest = rest.replace(email, ' ');
  }
  return rest === line ? line : rest.replace(CREDIT_WORD, ' ');
}

/** How many lines under the article container are read for a reporter box. */
const FOOTER_BYLINE_LINES = 12;

/** How many lines above the article are searched for a date line without a label. */
const UNLABELLED_DATE_LINES = 25;

function normaliseLanguage(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?/i.exec(value.trim());
  if (!match) return undefined;
  return match[2] ? `${(match[1] as string).toLowerCase()}-${match[2].toUpperCase()}` : (match[1] as string).toLowerCase();
}

/**
 * Reads the metadata of a page: title, subtitle, dates, authors, publisher, section, tags,
 * address and language. `linesBeforeBody` are the visible lines above the article (date lines and
 * bylines of the header).
 *
 * @example
 * ```ts
 * const index = scanPage(parseHtml(html));
 * readMetadata(index, { matches: {}, linesBeforeBody: index.lines, warnings: [] }).title;
 * ```
 */
export function readMetadata(
  index: PageIndex,
  context: {
    family?: SiteFamily;
    matches: RuleMatches;
    /** An article found in script JSON: ranks after JSON-LD, before meta tags. */
    embedded?: EmbeddedArticle;
    linesBeforeBody: readonly TextLine[];
    /** `false` when no article container was found: the lines are then the page's first, not those above an article. */
    bodyFound?: boolean;
    /** The visible lines after the article container (a reporter box under the article). */
    linesAfterBody?: readonly TextLine[];
    url?: string;
    warnings: Warning[];
  },
): PageMetadata {
  const { family, matches, warnings, url, embedded } = context;
  const { article: jsonLd, invalid, breadcrumbs } = readJsonLd(index.jsonLd);
  if (invalid > 0) {
    warnings.push({ code: 'jsonld-invalid', message: `${invalid} JSON-LD block${invalid === 1 ? ' is' : 's are'} not valid JSON and ${invalid === 1 ? 'was' : 'were'} skipped.` });
  }
  const meta = index.meta;

  const publisher = cleanPublisher(
    family?.publisher ?? ruleText(matches, 'publisherName') ?? publisherImage(matches) ?? jsonLd?.publisher ?? firstMeta(meta, META_KEYS.publisher),
  );
  const siteNames = [publisher, firstMeta(meta, ['og:site_name'])].filter((n): n is string => !!n);
  // The headline as printed above the body, for pages whose markup names none.
  const shown = shownHeadline(context.linesBeforeBody);
  const headings = index.headings.map((h) => h.text);
  if (shown) headings.push(shown.text);
  const isSiteName = (text: string): boolean => siteNames.some((name) => bareTitle(name) === bareTitle(text));
  let title = '';
  // Sources that name the headline as such, unless they give only the site's name (some sites do).
  for (const raw of [ruleText(matches, 'title'), jsonLd?.headline, embedded?.headline, firstMeta(meta, META_KEYS.title)]) {
    if (!raw) continue;
    const cleaned = cleanTitle(raw, { siteNames, headings });
    if (cleaned && !isSiteName(cleaned)) {
      title = cleaned;
      break;
    }
  }
  let titleIsShown = false;
  if (!title) {
    // `<title>`: the headline when it holds the printed one, else the printed one when it is clearly a headline.
    const cleaned = index.title ? cleanTitle(index.title, { siteNames, headings }) : '';
    const holdsShown = shown !== undefined && index.title !== undefined && bareTitle(index.title).includes(bareTitle(shown.text));
    if (shown && (cleaned === '' || holdsShown || isSiteName(cleaned) || shown.score >= STRONG_HEADLINE)) {
      title = shown.text;
      titleIsShown = true;
    } else title = cleaned;
  }
  // No title anywhere but a top-level heading (`<h1>` of a bare page): that heading.
  if (!title) title = index.headings.find((h) => h.element.tagName === 'h1' || h.element.tagName === 'h2')?.text.normalize('NFC') ?? '';
  title = shownTitle(title, headings);
  const publisherName =
    publisher ??
    (index.title ? cleanPublisher(siteNameOfTitle(index.title, title) ?? (titleIsShown ? siteNameOfBareTitle(index.title) : undefined)) : undefined);

  const lineDates = datesFromLines(context.linesBeforeBody, context.bodyFound !== false);
  const published = readDateField(
    [['site-rule', ruleDate(matches, 'published')], ['jsonld', jsonLd?.datePublished], ['script-json', embedded?.published], ['meta', firstMeta(meta, META_KEYS.published)], ['page', lineDates.published]] as const,
    warnings,
  );
  const modifiedAt = readDateField(
    [['site-rule', ruleDate(matches, 'modified')], ['jsonld', jsonLd?.dateModified], ['script-json', embedded?.modified], ['meta', firstMeta(meta, META_KEYS.modified)], ['page', lineDates.modified]] as const,
    warnings,
  )?.iso;

  const ruleAuthors = ruleElements(matches, 'authors').flatMap((element) => readAuthorValue(lineOf(element)));
  // Author fields must name a person: not the outlet, a wire or a desk (`한빛일보`, `YONHAP`, `디지털뉴스부`).
  const notOrganisation = (author: Author): boolean => isPersonName(author.name, siteNames);
  const jsonLdAuthors = (jsonLd?.authors ?? []).flatMap(readAuthorValue).filter(notOrganisation);
  const embeddedAuthors = (embedded?.authors ?? []).flatMap(readAuthorValue).filter(notOrganisation);
  const metaAuthors = allMeta(meta, META_KEYS.author).flatMap(readAuthorValue).filter(notOrganisation);
  const headerAuthors = context.linesBeforeBody.filter((line) => line.text.length <= 80).flatMap(headerByline);
  // A reporter box printed just under the article, outside its container (`<div class="reporter">홍길동 기자</div>`).
  const footerAuthors = (context.linesAfterBody ?? []).slice(0, FOOTER_BYLINE_LINES).filter((line) => isBylineOnly(line.text)).flatMap((line) => readByline(line.text));
  const widgetAuthors = allMeta(meta, META_KEYS.widgetAuthor).flatMap(readAuthorValue).filter(notOrganisation);
  const authors =
    [ruleAuthors, jsonLdAuthors, embeddedAuthors, metaAuthors, headerAuthors, footerAuthors, widgetAuthors].find((list) => list.length > 0) ?? [];

  const section = ruleText(matches, 'section') ?? jsonLd?.section ?? embedded?.section ?? firstMeta(meta, META_KEYS.section);
  const ruleTags = ruleElements(matches, 'tags').map((e) => lineOf(e).replace(/^#/, '')).filter(Boolean);
  const tags = ruleTags.length > 0 ? ruleTags : jsonLd?.keywords.length ? jsonLd.keywords : allMeta(meta, ['article:tag', 'news_keywords']).flatMap((t) => t.split(/[,，]/));
  const base = url ?? index.canonical ?? firstMeta(meta, META_KEYS.url);
  const pageUrl = resolveUrl(index.canonical, url) ?? resolveUrl(firstMeta(meta, META_KEYS.url), url) ?? resolveUrl(jsonLd?.url, url) ?? resolveUrl(url, undefined);

  // A deck is prose of its own, not a row of section links (`<div class="subhead"><a>사회</a><a>지역</a></div>`).
  const deck = index.decks.find((d) => d.text.length >= 4 && d.text.length <= MAX_DECK_LENGTH && d.text !== title && !isLinkRow(d.element));
  const shownDeck = shown && shown.text === title && shown.deck !== title ? shown.deck : undefined;
  const subtitle = ruleLines(matches, 'subtitle') ?? embedded?.subtitle ?? deck?.text ?? shownDeck;
  const result: PageMetadata = {
    title,
    authors,
    tags: [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter((t) => t && t.length <= 50))],
    jsonLd,
    breadcrumbs,
  };
  if (subtitle) result.subtitle = subtitle;
  if (published) {
    result.publishedAt = published.iso;
    result.publishedAtSource = published.source;
  }
  if (modifiedAt) result.modifiedAt = modifiedAt;
  if (publisherName) result.publisher = publisherName;
  if (section) result.section = section;
  if (pageUrl) result.url = pageUrl;
  const language = normaliseLanguage(index.language ?? jsonLd?.language ?? firstMeta(meta, META_KEYS.language));
  if (language) result.language = language;
  const leadImage = resolveUrl(firstMeta(meta, META_KEYS.image) ?? jsonLd?.images[0], base) ?? firstMeta(meta, META_KEYS.image);
  if (leadImage) result.leadImage = leadImage;
  return result;
}

function publisherImage(matches: RuleMatches): string | undefined {
  for (const element of ruleElements(matches, 'publisherName')) {
    const value = imageTitle(element);
    if (value) return value;
  }
  return undefined;
}

function imageTitle(element: Element): string | undefined {
  for (const a of element.attrs) if ((a.name === 'alt' || a.name === 'title') && a.value.trim()) return a.value.trim();
  for (const child of element.childNodes) {
    if ('tagName' in child) {
      const found = imageTitle(child);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A bar, colon or hyphen between spaces, after which a publisher value names something else
 * (`헤럴드경제 | 네이버`). The lookbehind lets a match start only at the first space of a run: linear.
 */
const PUBLISHER_SEPARATOR = /(?<!\s)\s+[|:-]\s+/;

/** `헤럴드경제 | 네이버` → `헤럴드경제`; `@chosun` → `chosun`. */
function cleanPublisher(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.length > 200 ? raw.slice(0, 200) : raw;
  if (/^https?:\/\//i.test(value)) return undefined;
  const head = value.split(PUBLISHER_SEPARATOR)[0]?.replace(/^@/, '').trim();
  return head || undefined;
}
