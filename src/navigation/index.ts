/**
 * Links and counts around the article, as data: previous/next articles (이전글/다음글), related and
 * most-read lists, breadcrumbs, tag links, and the votes, views and comment count the page shows.
 * Read from the site rule's areas when a family names them, else by their Korean labels.
 */
import type { NavLink, Navigation, Reactions } from '../model/article.js';
import { attr, childrenOf, insideAny, isElement, isInside, NON_TEXT_TAGS } from '../helpers/dom.js';
import type { Element, Node } from '../helpers/dom.js';
import type { TextLine } from '../parse/scan.js';
import { readDateTime } from '../dates/datetime.js';
import { resolveUrl } from '../helpers/url.js';
import { isHidden, visibleText } from '../helpers/textReader.js';

/** Labels of the previous and next article. */
export const NEIGHBOUR_LABEL = /^(?:[-·•▲▼△▽<>«»∧∨]\s?)?(?<label>이전\s?글|다음\s?글|이전\s?기사|다음\s?기사|이전\s?뉴스|다음\s?뉴스|윗\s?글|아랫\s?글|(?:prev(?:ious)?|next)(?![a-z]))/i;
const PREVIOUS = /^(?:이전|윗|prev)/i;

/** Headings of related and most-read lists. */
export const RELATED_HEADING = /^(?:[▶▷■□●◆]\s?)?(?:관련\s?기사|관련\s?뉴스|연관\s?기사|함께\s?(?:보면\s?좋은|볼만한)\s?(?:기사|뉴스)|많이\s?본\s?(?:뉴스|기사)|가장\s?많이\s?본\s?(?:뉴스|기사)|주요\s?(?:뉴스|기사)|인기\s?(?:뉴스|기사)|추천\s?(?:뉴스|기사)|최신\s?(?:뉴스|기사)|이\s?기사와\s?(?:함께|관련된))/;

/** Names of breadcrumb trails and tag lists. */
const BREADCRUMB_HINT = /breadcrumb|(?:^|[\s_-])(?:location|navi_?path|path_?nav|page_?path|loc_?nav|bread)(?:$|[\s_-])/i;
const TAG_HINT = /(?:^|[\s_-])(?:tags?|tag_?(?:list|area|box|group)|keywords?|keyword_?(?:list|area|box)|hash_?tags?)(?:$|[\s_-])/i;

/** Spaces and separators at either end of a breadcrumb part. The lookbehind lets the trailing run match only from its first character: linear. */
const BREADCRUMB_EDGES = /^[\s>›»〉/|]+|(?<![\s>›»〉/|])[\s>›»〉/|]+$/g;

/**
 * A breadcrumb part without the spaces and separators at its ends.
 *
 * @example
 * ```ts
 * trimBreadcrumbPart(' > 경제 '); // '경제'
 * ```
 */
export function trimBreadcrumbPart(part: string): string {
  return part.replace(BREADCRUMB_EDGES, '').trim();
}

/**
 * A breadcrumb's text split at its separators, each part trimmed (empty parts stay). It splits at the
 * separator alone and trims the parts: a split pattern with the spaces around the separator restarted
 * at every space of a long run (quadratic).
 *
 * @example
 * ```ts
 * splitBreadcrumb('홈 > 경제 > 산업'); // ['홈', '경제', '산업']
 * ```
 */
export function splitBreadcrumb(text: string): string[] {
  return text.split(/[>›»〉/|]/).map(trimBreadcrumbPart);
}

/** Counts the page shows: label, then a number (`추천 0`, `비추천0`, `조회 1,287회`, `댓글 3건`). */
export const REACTION_PATTERNS: readonly { field: keyof Reactions; pattern: RegExp }[] = [
  { field: 'notRecommend', pattern: /(?:비추천|싫어요|비공감|반대)\s?[:：]?\s?(\d[\d,]*)/ },
  { field: 'recommend', pattern: /(?<![비])(?:추천|좋아요|공감)(?:수)?\s?[:：]?\s?(\d[\d,]*)/ },
  { field: 'views', pattern: /(?:조회\s?수?|조회수|읽음|hits?|views?)\s?[:：]?\s?(\d[\d,]*)/i },
  { field: 'commentCount', pattern: /(?:댓글|코멘트|의견)\s?[:：]?\s?(\d[\d,]*)\s?(?:건|개)?(?![\d가-힣])/ },
];

const MAX_RELATED = 60;

/** Link texts in related boxes that name no article: reporters, "more" and language links. */
const NOT_ARTICLE_LINK = /^[가-힣]{2,4}\s?(?:기자|특파원|앵커)$|(?:더\s?보기|보기|바로가기|전체보기|페이지|more)$/i;

function links(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (!isElement(node) || (node !== root && (NON_TEXT_TAGS.has(node.tagName) || isHidden(node)))) continue;
    if (node.tagName === 'a') {
      found.push(node);
      continue;
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return found;
}

function navLink(title: string, href: string | undefined, base: string | undefined, date?: string): NavLink {
  const link: NavLink = { title };
  // A link to a place on this same page is no neighbour.
  const url = href === undefined || /^\s*#/.test(href) ? undefined : resolveUrl(href, base, { unresolved: 'keep' });
  if (url) link.url = url;
  if (date) link.date = date;
  return link;
}

/** A date printed in a row beside a link: `23.08.03`, `2023-08-03 10:12`. */
function dateIn(text: string): string | undefined {
  const reading = readDateTime(text.replace(/^.*?(?=\d{2,4}[.\-/년])/, ''));
  return reading && 'iso' in reading ? reading.iso : undefined;
}

/** What was read around the article. */
export interface FoundNavigation {
  navigation: Navigation;
  reactions: Reactions;
  /** Tag links (`#태그`, `.tag a`). */
  tags: string[];
}

/** Where to look, and what to leave alone. */
export interface NavigationContext {
  /** The page's visible lines (from the page scan). */
  lines: readonly TextLine[];
  /** The page's body element. */
  root: Element;
  /** Elements the page scan noted by name (breadcrumbs, tag lists). */
  named: readonly Element[];
  /** The article container: its text is never navigation. */
  article?: Element;
  /** Comment areas: their votes are the comments'. */
  commentAreas: readonly Element[];
  /** Site rule areas of previous/next links and of related lists. */
  ruleNavigation: readonly Element[];
  ruleRelated: readonly Element[];
  /** Lists of other articles' headlines the body reader met (a `관련기사` box, a section front's list). */
  headlineLists?: readonly Element[];
  /** Breadcrumb names from JSON-LD. */
  jsonLdBreadcrumbs: readonly string[];
  /** Address links are resolved against. */
  base?: string;
}

/**
 * Reads previous/next links, related lists, breadcrumbs, tag links and reaction counts.
 *
 * @example
 * ```ts
 * const { navigation, reactions } = readNavigation({ lines: index.lines, root: body, commentAreas: [], ruleNavigation: [], ruleRelated: [], jsonLdBreadcrumbs: [] });
 * navigation.previous; // { title: '파나소닉, …', url: 'https://…', date: '2023-08-03' }
 * ```
 */
export function readNavigation(context: NavigationContext): FoundNavigation {
  const { lines, article, commentAreas, base } = context;
  const navigation: Navigation = { related: [], breadcrumbs: [] };
  const reactions: Reactions = {};
  const inArticleOrComments = insideAny([article, ...commentAreas]);
  const inComments = insideAny(commentAreas);

  // Previous and next: a labelled row holding a link.
  const inRuleNavigation = insideAny(context.ruleNavigation);
  const neighbourLines = context.ruleNavigation.length > 0 ? lines.filter((l) => inRuleNavigation(l.element)) : lines;
  for (const line of neighbourLines) {
    const label = NEIGHBOUR_LABEL.exec(line.text)?.groups?.label;
    if (!label || inArticleOrComments(line.element)) continue;
    const key = PREVIOUS.test(label) ? 'previous' : 'next';
    if (navigation[key]) continue;
    let row: Element | undefined = line.element;
    for (let up = 0; up < 3 && row; up++) {
      const anchor = links(row).find((a) => visibleText(a).length >= 2 && !NEIGHBOUR_LABEL.test(visibleText(a)));
      if (anchor) {
        const title = visibleText(anchor);
        const rest = visibleText(row).replace(title, ' ');
        navigation[key] = navLink(title, attr(anchor, 'href'), base, dateIn(rest.replace(NEIGHBOUR_LABEL, '')));
        break;
      }
      row = row.parentNode && isElement(row.parentNode as Node) ? (row.parentNode as Element) : undefined;
    }
  }

  // Related and most-read lists: the site rule's areas, else the links under a labelled heading.
  const relatedAreas: Element[] = [...context.ruleRelated];
  if (relatedAreas.length === 0) {
    for (const line of lines) {
      if (!RELATED_HEADING.test(line.text) || line.text.length > 30) continue;
      let box: Element | undefined = line.element;
      for (let up = 0; up < 3 && box; up++) {
        if (links(box).filter((a) => visibleText(a).length >= 6).length >= 1 && box !== line.element) break;
        box = box.parentNode && isElement(box.parentNode as Node) ? (box.parentNode as Element) : undefined;
      }
      if (box && box !== context.root && !relatedAreas.some((area) => isInside(box as Element, area))) relatedAreas.push(box);
    }
  }
  for (const list of context.headlineLists ?? []) if (!relatedAreas.some((area) => isInside(list, area))) relatedAreas.push(list);
  const seen = new Set<string>();
  for (const area of relatedAreas) {
    for (const anchor of links(area)) {
      // Ranked lists print the rank in the link (`1 제목`); reporter and "more" links are no articles.
      const title = visibleText(anchor).replace(/^\d{1,2}\s+(?=\S)/, '');
      if (title.length < 6 || RELATED_HEADING.test(title) || NOT_ARTICLE_LINK.test(title) || seen.has(title) || navigation.related.length >= MAX_RELATED) continue;
      seen.add(title);
      navigation.related.push(navLink(title, attr(anchor, 'href'), base));
    }
  }

  // Breadcrumbs and tag links, from the elements the page scan noted by name. A tag area inside
  // another one is read with the outer one.
  const tags: string[] = [];
  const tagAreas = new Set(context.named.filter((node) => TAG_HINT.test(`${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`)));
  const inTagArea = insideAny([...tagAreas]);
  for (const node of context.named) {
    const elementNames = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`;
    if (navigation.breadcrumbs.length === 0 && BREADCRUMB_HINT.test(elementNames)) {
      // The trail's links, and the text after the last one; else the text split at its separators.
      const anchors = links(node).map((anchor) => visibleText(anchor)).filter(Boolean);
      const source = anchors.length > 0 ? [...anchors, visibleText(node).split(anchors[anchors.length - 1] as string).pop() ?? ''].map(trimBreadcrumbPart) : splitBreadcrumb(visibleText(node));
      const parts = source.filter((part) => part && part.length <= 30 && !/^(?:홈|home)$/i.test(part));
      if (parts.length > 0 && parts.length <= 8) navigation.breadcrumbs.push(...parts);
      continue;
    }
    if (tagAreas.has(node) && !inComments(node) && !(node.parentNode && inTagArea(node.parentNode))) {
      for (const anchor of links(node)) {
        const tag = visibleText(anchor).replace(/^#\s?/, '').trim();
        if (tag && tag.length <= 30 && !tags.includes(tag)) tags.push(tag);
      }
    }
  }
  if (navigation.breadcrumbs.length === 0) navigation.breadcrumbs.push(...context.jsonLdBreadcrumbs);

  for (const line of lines) {
    if (line.text.length > 120 || inArticleOrComments(line.element)) continue;
    for (const { field, pattern } of REACTION_PATTERNS) {
      if (reactions[field] !== undefined) continue;
      const match = pattern.exec(line.text);
      if (match) reactions[field] = Number((match[1] as string).replace(/,/g, ''));
    }
  }
  return { navigation, reactions, tags };
}

/**
 * The day an undated article was published, from its neighbours: when the previous and the next
 * article carry dates on one day, that day (`YYYY-MM-DD`); otherwise `undefined`.
 *
 * @example
 * ```ts
 * dateFromNeighbours({ previous: { title: 'a', date: '2023-08-03' }, next: { title: 'b', date: '2023-08-03' }, related: [], breadcrumbs: [] }); // '2023-08-03'
 * ```
 */
export function dateFromNeighbours(navigation: Navigation): string | undefined {
  const previous = navigation.previous?.date?.slice(0, 10);
  const next = navigation.next?.date?.slice(0, 10);
  return previous && previous === next ? previous : undefined;
}
