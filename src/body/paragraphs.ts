/**
 * From raw blocks to body paragraphs: the steps the HTML and the plain-text paths share. The
 * dateline prefix of the first paragraph is cut (its reporter goes to the authors), boilerplate
 * lines leave for `removed`, link lists and empty lines are dropped, and a bold lead line right
 * under the headline becomes the subtitle.
 */
import type { Author, Paragraph, ParagraphLink, RemovedBlock } from '../model/article.js';
import { matchBoilerplate } from '../dedupe/boilerplate.js';
import { stripRepeatedBlocks } from '../dedupe/repeats.js';
import { cutDateline, readByline } from '../metadata/byline.js';
import type { BlockLink, RawBlock } from '../model/page.js';
import { countSentenceEnds } from './hints.js';

/** Marks of a photo caption (`▲ 행사 모습`, `△ 조감도`). */
const CAPTION_MARK = /^[▲△]\s?\S/;

/** Longest line taken as a subtitle. */
const MAX_SUBTITLE_LENGTH = 120;

/**
 * `#` and the spaces before it, where a hashtag line is split (`#태그1 #태그2`). The lookbehind lets a
 * match start only at the first space of a run, so a long run of spaces is scanned once, not once per space.
 */
const HASHTAG_MARK = /(?<!\s)\s*#/;

/** The body after refinement. */
export interface RefinedBody {
  paragraphs: Paragraph[];
  removed: RemovedBlock[];
  /** Reporters named in datelines and byline lines. */
  authors: Author[];
  /** A lead line taken as the subtitle. */
  subtitle?: string;
  /** Hashtags of a `#태그 #태그` line at the end of the body. */
  tags: string[];
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * The block's links placed in the paragraph's final text (after a dateline or credit was cut off):
 * each found in order after the previous one; a link whose text is no longer there is left out.
 * `href` is still as written; the caller resolves it.
 */
function placeLinks(text: string, links: readonly BlockLink[] | undefined): ParagraphLink[] {
  const placed: ParagraphLink[] = [];
  let from = 0;
  for (const link of links ?? []) {
    const linkText = normalise(link.text);
    const at = text.indexOf(linkText, from);
    if (linkText === '' || at === -1) continue;
    placed.push({ text: linkText, href: link.href, start: at, end: at + linkText.length });
    from = at + linkText.length;
  }
  return placed;
}

/** Has the text the shape of prose (a Korean sentence ending)? */
export function hasSentenceEnd(text: string): boolean {
  return countSentenceEnds(text, 1) > 0;
}

/** A line with no letters or digits (`&nbsp;`, `-`, `***`). */
function isEmptyLine(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Refines raw blocks into paragraphs.
 *
 * @param blocks - Blocks in page order.
 * @param context - The headline (for the subtitle rule) and whether a subtitle is already known.
 *
 * @example
 * ```ts
 * refineBlocks([{ text: '(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.', kind: 'paragraph', linkDensity: 0, emphasised: false }], { title: '' });
 * // paragraphs: [{ text: '정부가 발표했다.', kind: 'paragraph' }], authors: [{ name: '홍길동', role: '기자' }]
 * ```
 */
export function refineBlocks(
  blocks: readonly RawBlock[],
  context: { title: string; subtitle?: string; hasSubtitle?: boolean; description?: string },
): RefinedBody {
  const paragraphs: Paragraph[] = [];
  // Removed blocks with the count of paragraphs before them, to list them in page order.
  const removedAt: { before: number; block: RemovedBlock }[] = [];
  const removed = { push: (block: RemovedBlock): void => void removedAt.push({ before: paragraphs.length, block }) };
  const authors: Author[] = [];
  const tags: string[] = [];
  const deck: string[] = [];
  // The deck's lines, and the page's summary: short lines before the first paragraph that say the
  // same are the deck printed again at the top of the body (`<div class="ab_subtitle">` inside it).
  const deckLines = new Set((context.subtitle ?? '').split('\n').map(normalise).filter(Boolean));
  // A summary that goes on into the first paragraph is the body's opening, not a deck.
  const firstProse = blocks.map((b) => normalise(b.text)).find((text) => hasSentenceEnd(text));
  const summary = normalise(context.description ?? '');
  const description = firstProse !== undefined && summary.includes(firstProse.slice(0, 20)) ? '' : summary;

  for (const block of blocks) {
    let text = normalise(block.text);
    if (text === '' || isEmptyLine(text)) continue;
    if (paragraphs.length === 0 && !hasSentenceEnd(text) && text.length <= MAX_SUBTITLE_LENGTH) {
      if (deckLines.has(text)) {
        removed.push({ text, reason: 'subtitle-echo' });
        continue;
      }
      // `▲ 행사 모습`: a caption whose photo is elsewhere, before the article starts.
      if (CAPTION_MARK.test(text)) {
        removed.push({ text, reason: 'boilerplate' });
        continue;
      }
      if (!context.hasSubtitle && description.length >= 2 * text.length && text.length >= 8 && description.includes(text)) {
        deck.push(text);
        continue;
      }
    }
    // A link list is navigation, not body; a byline whose e-mail is a mailto link is still a byline.
    if (block.linkDensity > 0.6 && !hasSentenceEnd(text) && matchBoilerplate(text) === undefined) continue;

    if (paragraphs.length === 0) {
      // Bold or heading lines right under the headline, before any prose: the deck, one line each.
      if (
        !context.hasSubtitle &&
        (block.emphasised || block.kind === 'heading') &&
        text.length <= MAX_SUBTITLE_LENGTH &&
        !hasSentenceEnd(text) &&
        matchBoilerplate(text) === undefined &&
        normalise(context.title) !== text
      ) {
        deck.push(text);
        continue;
      }
      const dateline = cutDateline(text);
      if (dateline) {
        authors.push(...dateline.authors);
        removed.push({ text: text.slice(0, text.length - dateline.rest.length).trim(), reason: 'boilerplate' });
        text = dateline.rest;
      }
    }

    const boilerplate = matchBoilerplate(text);
    if (boilerplate !== undefined) {
      removed.push({ text, reason: 'boilerplate' });
      if (boilerplate === 'byline' || boilerplate === 'reporter-email') authors.push(...readByline(text));
      if (boilerplate === 'hashtags') tags.push(...text.split(HASHTAG_MARK).filter(Boolean));
      continue;
    }
    // A short bold line between paragraphs, with no sentence ending, is an in-body subheading.
    const heading = block.emphasised && text.length <= MAX_SUBTITLE_LENGTH && !hasSentenceEnd(text);
    const paragraph: Paragraph = { text, kind: heading && block.kind === 'paragraph' ? 'heading' : block.kind };
    const links = placeLinks(text, block.links);
    if (links.length > 0) paragraph.links = links;
    if (block.rows) paragraph.rows = block.rows;
    if (block.ordered && paragraph.kind === 'list-item') paragraph.ordered = true;
    paragraphs.push(paragraph);
  }
  const subtitle = deck.length > 0 ? deck.join('\n') : undefined;

  // Repeats: the page printed twice, the headline echoed, edited copies. The first copy stays.
  const repeats = stripRepeatedBlocks(
    paragraphs.map((p) => p.text),
    {
      title: context.title,
      subtitle: context.subtitle ?? subtitle,
      protect: paragraphs.flatMap((p, i) => (p.kind === 'list-item' ? [i] : [])),
    },
  );
  const finalIndex = new Map(repeats.kept.map((original, position) => [original, position]));
  for (const repeat of repeats.removed) {
    const block: RemovedBlock = { text: (paragraphs[repeat.index] as Paragraph).text, reason: repeat.reason };
    const duplicateOf = finalIndex.get(repeat.duplicateOf);
    if (duplicateOf !== undefined) block.duplicateOf = duplicateOf;
    removedAt.push({ before: repeat.index + 0.5, block });
  }
  const kept = repeats.kept.map((i) => paragraphs[i] as Paragraph);
  const ordered = removedAt.sort((a, b) => a.before - b.before).map((entry) => entry.block);
  const result: RefinedBody = { paragraphs: kept, removed: ordered, authors, tags };
  if (subtitle !== undefined) result.subtitle = subtitle;
  return result;
}

/**
 * Merges author lists: first mention wins the order, later mentions fill in e-mail and role.
 * Generic board names (`관리자`, `운영자`) are never authors.
 *
 * @example
 * ```ts
 * mergeAuthors([{ name: '홍길동' }], [{ name: '홍길동', role: '기자', email: 'h@example.com' }]);
 * // [{ name: '홍길동', role: '기자', email: 'h@example.com' }]
 * ```
 */
export function mergeAuthors(...lists: readonly (readonly Author[])[]): Author[] {
  const byName = new Map<string, Author>();
  for (const list of lists) {
    for (const author of list) {
      const name = author.name.trim();
      if (name === '' || NOT_AUTHORS.has(name.toLowerCase())) continue;
      const known = byName.get(name);
      if (!known) byName.set(name, { ...author, name });
      else {
        if (!known.email && author.email) known.email = author.email;
        if (!known.role && author.role) known.role = author.role;
      }
    }
  }
  return [...byName.values()];
}

/** Account names that boards print where a person's name would be. */
export const NOT_AUTHORS: ReadonlySet<string> = new Set([
  '관리자', '최고관리자', '운영자', '운영진', 'admin', 'administrator', 'webmaster', 'guest', '손님', '익명', '비회원',
]);
