/**
 * From raw blocks to body paragraphs: the steps the HTML and the plain-text paths share. The
 * dateline prefix of the first paragraph is cut (its reporter goes to the authors), boilerplate
 * lines leave for `removed`, link lists and empty lines are dropped, and a bold lead line right
 * under the headline becomes the subtitle.
 */
import type { Author, Paragraph, RemovedBlock } from '../model/article.js';
import { matchBoilerplate } from '../dedupe/boilerplate.js';
import { cutDateline, readByline } from '../metadata/byline.js';
import type { RawBlock } from './blocks.js';
import { SENTENCE_END } from './hints.js';

/** Longest line taken as a subtitle. */
const MAX_SUBTITLE_LENGTH = 120;

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

/** Has the text the shape of prose (a Korean sentence ending)? */
export function hasSentenceEnd(text: string): boolean {
  SENTENCE_END.lastIndex = 0;
  return SENTENCE_END.test(text);
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
export function refineBlocks(blocks: readonly RawBlock[], context: { title: string; hasSubtitle?: boolean }): RefinedBody {
  const paragraphs: Paragraph[] = [];
  const removed: RemovedBlock[] = [];
  const authors: Author[] = [];
  const tags: string[] = [];
  let subtitle: string | undefined;

  for (const block of blocks) {
    let text = normalise(block.text);
    if (text === '' || isEmptyLine(text)) continue;
    if (block.linkDensity > 0.6 && !hasSentenceEnd(text)) continue;

    if (paragraphs.length === 0) {
      if (normalise(context.title) === text) {
        removed.push({ text, reason: 'title-echo' });
        continue;
      }
      if (
        subtitle === undefined &&
        !context.hasSubtitle &&
        (block.emphasised || block.kind === 'heading') &&
        text.length <= MAX_SUBTITLE_LENGTH &&
        !hasSentenceEnd(text) &&
        matchBoilerplate(text) === undefined
      ) {
        subtitle = text;
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
      if (boilerplate === 'hashtags') tags.push(...text.split(/\s*#/).filter(Boolean));
      continue;
    }
    paragraphs.push({ text, kind: block.kind });
  }
  return subtitle === undefined ? { paragraphs, removed, authors, tags } : { paragraphs, removed, authors, tags, subtitle };
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
