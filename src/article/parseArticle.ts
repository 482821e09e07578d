/**
 * `parseArticle`: the pipeline from a page to an Article. The steps, in order, and why there:
 *
 * 1. `checkOptions`, `readInput` — reject a wrong argument or an oversized input before any work.
 * 2. `decodeHtml` (inside `readInput`) — bytes become text; everything after reads text.
 * 3. `parseHtml` — parse5 builds the tree a browser would (compacted: see src/parse/compact.ts);
 *    the page's text is let go once parsed.
 * 4. `scanPage` — one walk gathers the head (title, meta, JSON-LD) and the visible lines.
 * 5. `detectFamily`, `matchRules` — recognise the site family and find its rule elements in one walk;
 *    both need the scan (canonical URL, generator) and feed every later step.
 * 6. `findBody` — the site rule's container, else the generic scorer's; its blocks and images. When
 *    the visible body is thin, `findEmbeddedArticle` reads the article from script JSON instead.
 * 7. `readMetadata` — site rule › JSON-LD › meta › visible lines; it needs the body's position to
 *    know which lines are the header above the article.
 * 8. `refineBlocks` — datelines, boilerplate, the lead line and repeats leave the body; bylines join
 *    the authors.
 * 9. `readComments`, `readNavigation` — after the body, so the article container is known and never
 *    read for comments, links or counts.
 * 10. `assembleArticle` — the plain-JSON result with its warnings; a date from the neighbours when the
 *    page has none; events from the final body, so a repeat gives no second event.
 */
import type { Article, ArticleImage, Author, Paragraph, ParseOptions, Warning } from '../model/article.js';
import { isInside, parseHtml } from '../parse/index.js';
import { scanPage } from '../parse/scan.js';
import type { TextLine } from '../parse/scan.js';
import type { Document, Element } from '../parse/dom.js';
import { detectFamily, matchRules, ruleElements } from '../sites/index.js';
import type { SiteFamily } from '../sites/index.js';
import { bodyElement, findBody, findEmbeddedArticle, mergeAuthors, refineBlocks, sentenceTextLength } from '../body/index.js';
import { commentWarnings, readComments } from '../comments/index.js';
import { readNavigation } from '../navigation/index.js';
import { absoluteUrl, readMetadata } from '../metadata/index.js';
import { META_KEYS, firstMeta } from '../metadata/meta.js';
import { isBylineOnly, readByline } from '../metadata/byline.js';
import { readExcerpt } from '../metadata/excerpt.js';
import { assembleArticle } from './assemble.js';
import { tooComplexArticle, withinEngineLimits } from './engineLimits.js';
import { checkOptions, readInput } from './input.js';

/** Below this many characters of sentence text in the visible body, script JSON is searched for the article. */
const EMBEDDED_LOOKUP_BELOW = 1500;

/** How many header lines above the article are read for date lines and bylines. */
const HEADER_LINES = 400;

/**
 * Parses the read input and lets go of its text: once parsed it is not needed, and decoded from
 * bytes it would otherwise stay in memory beside the tree until the end.
 */
function parsePage(read: { text: string; encoding: string; warnings: Warning[] }): { document: Document; encoding: string; warnings: Warning[] } {
  const document = parseHtml(read.text);
  read.text = '';
  return { document, encoding: read.encoding, warnings: read.warnings };
}

function linesBefore(lines: readonly TextLine[], container: Element | undefined): TextLine[] {
  if (!container) return lines.slice(0, HEADER_LINES);
  const before: TextLine[] = [];
  for (const line of lines) {
    if (isInside(line.element, container)) break;
    before.push(line);
  }
  return before.slice(-HEADER_LINES);
}

/** The paragraph with its links' `href` made absolute; links that do not resolve to http(s) are left out. */
function withAbsoluteLinks(paragraph: Paragraph, base: string | undefined): Paragraph {
  if (!paragraph.links) return paragraph;
  const links = paragraph.links.flatMap((link) => {
    const href = absoluteUrl(link.href, base);
    return href === undefined ? [] : [{ ...link, href }];
  });
  const { links: _, ...rest } = paragraph;
  return links.length > 0 ? { ...rest, links } : rest;
}

/** Reporters of the reporter boxes inside the body (`<p class="reporter">홍길동 기자 hong@…</p>`), when nothing else names one. */
function boxAuthors(bylines: readonly string[] | undefined): Author[] {
  return (bylines ?? []).filter(isBylineOnly).flatMap(readByline);
}

/** The first lines after the article container (for a reporter box printed under it). */
function linesAfter(lines: readonly TextLine[], container: Element | undefined): TextLine[] {
  if (!container) return [];
  let i = 0;
  while (i < lines.length && !isInside((lines[i] as TextLine).element, container)) i++;
  while (i < lines.length && isInside((lines[i] as TextLine).element, container)) i++;
  return lines.slice(i, i + HEADER_LINES / 20);
}

/**
 * Reads a Korean news page into an {@link Article}.
 *
 * Accepts the page as a string or as raw bytes (UTF-8, EUC-KR/CP949, with a right or wrong
 * `<meta charset>`). Never throws for bad content: a page without an article gives an empty Article
 * with warnings in `source.warnings`.
 *
 * @param input - The HTML page, as a string or bytes.
 * @param options - `url` (for site rules and links), `referenceDate`, `maxInputBytes` (default 20 MiB), `contentType`, `siteRules`.
 * @returns The article as plain JSON.
 * @throws {SinmunError} `invalid-input` when `input` is neither a string nor a `Uint8Array`;
 *   `input-too-large` when it is over `maxInputBytes`; `invalid-option` for a bad option.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'sinmun';
 *
 * const article = parseArticle(html, { url: 'https://n.news.naver.com/article/016/0002194334' });
 * article.title;       // '경찰, 해병대 1사단 첫 압수수색…“확인할 증거 서류 많아”'
 * article.publishedAt; // '2023-09-07T12:22:02+09:00'
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  const checked = checkOptions(options);
  const read = { ...readInput(input, checked, true, true) };
  // An engine limit met by a page far past any real one (millions of unclosed elements: `Set maximum
  // size exceeded`): an empty Article that says so, not an exception.
  return withinEngineLimits(
    () => readArticle(parsePage(read), checked),
    (reason) => tooComplexArticle(reason, read.encoding, read.warnings, checked.referenceDate),
  );
}

function readArticle(page: { document: Document; encoding: string; warnings: Warning[] }, checked: ReturnType<typeof checkOptions>): Article {
  const warnings = [...page.warnings];
  const index = scanPage(page.document);
  let family: SiteFamily | undefined;
  for (const families of checked.families) {
    family = detectFamily(index, checked.url, families);
    if (family) break;
  }
  const matches = family ? matchRules(index, family) : {};

  let body = findBody(index, family, matches);
  // A page whose article is not in its visible text (failed server render, JS app): read the
  // article from the script JSON instead, when that holds clearly more of it.
  const visibleText = sentenceTextLength(body.blocks);
  const embedded = visibleText < EMBEDDED_LOOKUP_BELOW ? findEmbeddedArticle(index.dataScripts) : undefined;
  if (embedded && embedded.textLength > visibleText * 2) {
    body = { container: body.container, blocks: embedded.blocks, images: embedded.images, via: 'embedded', lists: body.lists };
  }
  const metadata = readMetadata(index, {
    family,
    matches,
    embedded,
    linesBeforeBody: linesBefore(index.lines, body.container),
    linesAfterBody: linesAfter(index.lines, body.container),
    bodyFound: body.container !== undefined,
    url: checked.url,
    warnings,
  });
  const refined = refineBlocks(body.blocks, {
    title: metadata.title,
    subtitle: metadata.subtitle,
    hasSubtitle: metadata.subtitle !== undefined,
    description: firstMeta(index.meta, META_KEYS.description) ?? metadata.jsonLd?.description,
  });

  const base = checked.url ?? metadata.url;
  // Comments and the links around the article, kept apart from the body.
  const root = bodyElement(index);
  const found = readComments(index, ruleElements(matches, 'comments'), body.container);
  commentWarnings(found, family?.commentsByScript === true, warnings);
  const around = root
    ? readNavigation({
        lines: index.lines,
        root,
        named: index.named,
        article: body.container,
        commentAreas: found.areas,
        ruleNavigation: ruleElements(matches, 'navigation'),
        ruleRelated: ruleElements(matches, 'related'),
        headlineLists: body.lists,
        jsonLdBreadcrumbs: metadata.breadcrumbs,
        base,
      })
    : undefined;
  const navigation = around?.navigation ?? { related: [], breadcrumbs: [] };
  const section = metadata.section ?? navigation.breadcrumbs.filter((crumb) => crumb !== metadata.title).at(-1);
  const images: ArticleImage[] = body.images.map((image) => ({ ...image, src: absoluteUrl(image.src, base) ?? image.src }));
  if (images.length === 0 && metadata.leadImage) images.push({ src: metadata.leadImage });

  const subtitle = metadata.subtitle ?? refined.subtitle;
  const paragraphs = refined.paragraphs.map((paragraph) => withAbsoluteLinks(paragraph, base));
  const excerpt = readExcerpt({
    meta: firstMeta(index.meta, META_KEYS.description),
    jsonLd: metadata.jsonLd?.description,
    deck: subtitle,
    siteNames: [metadata.publisher, firstMeta(index.meta, ['og:site_name'])].filter((name): name is string => name !== undefined),
    title: metadata.title,
    paragraphs,
  });
  return assembleArticle({
    ...metadata,
    subtitle,
    excerpt,
    paragraphs,
    authors: mergeAuthors(metadata.authors, refined.authors, metadata.authors.length === 0 && refined.authors.length === 0 ? boxAuthors(body.bylines) : []),
    tags: [...new Set([...metadata.tags, ...refined.tags, ...(around?.tags ?? [])])],
    section,
    comments: found.comments,
    navigation,
    reactions: around?.reactions ?? {},
    images,
    removed: refined.removed,
    encoding: page.encoding,
    referenceDate: checked.referenceDate,
    family: family?.name ?? 'generic',
    warnings,
  });
}
