/**
 * The stages that read an HTML page, up to the article's blocks and the chrome around them. Each is
 * a pure function from the page state to the fields it adds (see state.ts); their order is the list
 * in stages.ts.
 */
import type { ArticleImage, Paragraph, Warning } from '../model/article.js';
import type { TextLine } from '../parse/scan.js';
import type { Element } from '../helpers/dom.js';
import { isInside } from '../helpers/dom.js';
import { resolveUrl } from '../helpers/url.js';
import { parseHtml } from '../parse/index.js';
import { scanPage } from '../parse/scan.js';
import { detectFamily, matchRules, ruleElements } from '../sites/index.js';
import type { SiteFamily } from '../sites/index.js';
import { bodyElement, findBody, findEmbeddedArticle, sentenceTextLength } from '../body/index.js';
import { readMetadata } from '../metadata/index.js';
import { META_KEYS, firstMeta } from '../metadata/meta.js';
import { commentWarnings, readComments } from '../comments/index.js';
import { readNavigation } from '../navigation/index.js';
import type { Stage } from './state.js';
import { need } from './state.js';
import { readInput } from './input.js';

/** Below this many characters of sentence text in the visible body, script JSON is searched for the article. */
const EMBEDDED_LOOKUP_BELOW = 1500;

/** How many header lines above the article are read for date lines and bylines. */
const HEADER_LINES = 400;

function linesBefore(lines: readonly TextLine[], container: Element | undefined): TextLine[] {
  if (!container) return lines.slice(0, HEADER_LINES);
  const before: TextLine[] = [];
  for (const line of lines) {
    if (isInside(line.element, container)) break;
    before.push(line);
  }
  return before.slice(-HEADER_LINES);
}

/** The first lines after the article container (for a reporter box printed under it). */
function linesAfter(lines: readonly TextLine[], container: Element | undefined): TextLine[] {
  if (!container) return [];
  let i = 0;
  while (i < lines.length && !isInside((lines[i] as TextLine).element, container)) i++;
  while (i < lines.length && isInside((lines[i] as TextLine).element, container)) i++;
  return lines.slice(i, i + HEADER_LINES / 20);
}

/** The paragraph with its links' `href` made absolute; links that do not resolve to http(s) are left out. */
function withAbsoluteLinks(paragraph: Paragraph, base: string | undefined): Paragraph {
  if (!paragraph.links) return paragraph;
  const links = paragraph.links.flatMap((link) => {
    const href = resolveUrl(link.href, base);
    return href === undefined ? [] : [{ ...link, href }];
  });
  const { links: _, ...rest } = paragraph;
  return links.length > 0 ? { ...rest, links } : rest;
}

export const decodeStage: Stage = {
  name: 'decode',
  why: 'first: a wrong argument or an input over the limit is refused before any work, and bytes become the text every later stage reads',
  run: (state) => {
    const read = readInput(state.input, state.options, true, true);
    return { html: read.text, encoding: read.encoding, warnings: read.warnings };
  },
};

export const parseStage: Stage = {
  name: 'parse',
  why: 'parse5 builds the tree a browser would (compacted, see parse/compact.ts); the text is let go once parsed',
  run: (state) => ({ document: parseHtml(state.html), html: '' }),
};

export const scanStage: Stage = {
  name: 'scan',
  why: 'one walk gathers the head (title, meta, JSON-LD), the named areas and the visible lines that every later stage reads',
  run: (state) => ({ index: scanPage(need(state.document, 'document')) }),
};

export const siteRulesStage: Stage = {
  name: 'site rules',
  why: 'the family and its rule elements are found once, after the scan (canonical URL, generator), for every later stage',
  run: (state) => {
    const index = need(state.index, 'index');
    let family: SiteFamily | undefined;
    for (const families of state.options.families) {
      family = detectFamily(index, state.options.url, families);
      if (family) break;
    }
    return { family, matches: family ? matchRules(index, family) : {}, familyName: family?.name ?? 'generic' };
  },
};

export const bodyStage: Stage = {
  name: 'body',
  why: "before the metadata, which needs the body's place to tell the header's lines from the article's",
  run: (state) => {
    const found = findBody(need(state.index, 'index'), state.family, state.matches);
    return { found, blocks: found.blocks, bylines: found.bylines ?? [] };
  },
};

export const embeddedStage: Stage = {
  name: 'embedded article',
  why: 'right after the body: when the visible body is thin (a failed server render), the script JSON may hold clearly more of it',
  run: (state) => {
    const found = need(state.found, 'found');
    const visibleText = sentenceTextLength(found.blocks);
    const embedded = visibleText < EMBEDDED_LOOKUP_BELOW ? findEmbeddedArticle(need(state.index, 'index').dataScripts) : undefined;
    if (!embedded || embedded.textLength <= visibleText * 2) return { embedded };
    const body = { container: found.container, blocks: embedded.blocks, images: embedded.images, via: 'embedded' as const, lists: found.lists };
    return { embedded, found: body, blocks: body.blocks, bylines: [] };
  },
};

export const metadataStage: Stage = {
  name: 'metadata',
  why: 'site rule › JSON-LD › meta › visible lines, once the body is placed; sets the header fields that refining and the rest read',
  run: (state) => {
    const index = need(state.index, 'index');
    const found = need(state.found, 'found');
    const warnings: Warning[] = [];
    const metadata = readMetadata(index, {
      family: state.family,
      matches: state.matches,
      embedded: state.embedded,
      linesBeforeBody: linesBefore(index.lines, found.container),
      linesAfterBody: linesAfter(index.lines, found.container),
      bodyFound: found.container !== undefined,
      url: state.options.url,
      warnings,
    });
    return {
      metadata,
      warnings,
      title: metadata.title,
      subtitle: metadata.subtitle,
      publishedAt: metadata.publishedAt,
      publishedAtSource: metadata.publishedAtSource,
      modifiedAt: metadata.modifiedAt,
      authors: metadata.authors,
      publisher: metadata.publisher,
      section: metadata.section,
      url: metadata.url,
      language: metadata.language,
      tags: metadata.tags,
      summaries: { meta: firstMeta(index.meta, META_KEYS.description), jsonLd: metadata.jsonLd?.description },
      siteNames: [metadata.publisher, firstMeta(index.meta, ['og:site_name'])].filter((name): name is string => name !== undefined),
      base: state.options.url ?? metadata.url,
    };
  },
};

export const commentsStage: Stage = {
  name: 'comments',
  why: 'after the body, so the article container is never read for comments; before the navigation, which keeps out of the comment areas',
  run: (state) => {
    const index = need(state.index, 'index');
    const found = readComments(index, ruleElements(state.matches, 'comments'), need(state.found, 'found').container);
    const warnings: Warning[] = [];
    commentWarnings(found, state.family?.commentsByScript === true, warnings);
    return { comments: found.comments, commentAreas: found.areas, warnings };
  },
};

export const navigationStage: Stage = {
  name: 'navigation',
  why: 'after the body and the comments, whose areas it keeps out of: previous/next, related links, breadcrumbs, counts, tag links; the section from the breadcrumbs',
  run: (state) => {
    const index = need(state.index, 'index');
    const root = bodyElement(index);
    const around = root
      ? readNavigation({
          lines: index.lines,
          root,
          named: index.named,
          article: need(state.found, 'found').container,
          commentAreas: state.commentAreas,
          ruleNavigation: ruleElements(state.matches, 'navigation'),
          ruleRelated: ruleElements(state.matches, 'related'),
          headlineLists: need(state.found, 'found').lists,
          jsonLdBreadcrumbs: need(state.metadata, 'metadata').breadcrumbs,
          base: state.base,
        })
      : undefined;
    const navigation = around?.navigation ?? { related: [], breadcrumbs: [] };
    return {
      navigation,
      reactions: around?.reactions ?? {},
      moreTags: [...state.moreTags, ...(around?.tags ?? [])],
      section: state.section ?? navigation.breadcrumbs.filter((crumb) => crumb !== state.title).at(-1),
    };
  },
};

export const imagesStage: Stage = {
  name: 'images',
  why: "the body's figures with absolute addresses; the page's lead image when the body has none",
  run: (state) => {
    const images: ArticleImage[] = need(state.found, 'found').images.map((image) => ({ ...image, src: resolveUrl(image.src, state.base) ?? image.src }));
    const lead = state.metadata?.leadImage;
    if (images.length === 0 && lead) images.push({ src: lead });
    return { images };
  },
};

export const linksStage: Stage = {
  name: 'links',
  why: 'after refining, on the paragraphs that stay: their links made absolute',
  run: (state) => ({ paragraphs: state.paragraphs.map((paragraph) => withAbsoluteLinks(paragraph, state.base)) }),
};

