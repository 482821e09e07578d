/**
 * `parseArticleText`: the Article model from a page's visible text, with no markup — what a copy
 * from a browser window or a text dump of a crawl gives. Lines are the only structure: the
 * headline is the first line, a short line under it without a sentence ending is the deck, and the
 * body runs until the page's chrome starts (vote buttons, previous/next links, comments).
 */
import type { Article, ParseOptions } from '../model/article.js';
import { collapseSpace } from '../parse/dom.js';
import { hasSentenceEnd, mergeAuthors, refineBlocks } from '../body/index.js';
import type { RawBlock } from '../body/index.js';
import { findLabelledDates } from '../dates/datetime.js';
import { readByline } from '../metadata/byline.js';
import { assembleArticle } from '../article/assemble.js';
import { readExcerpt } from '../metadata/excerpt.js';
import { tooComplexArticle, withinEngineLimits } from '../article/engineLimits.js';
import { checkOptions, readInput } from '../article/input.js';
import { readTextChrome } from './chrome.js';

/** Lines that start the page chrome below an article: votes, neighbours, comments, share and list buttons. */
export const CHROME_LINE =
  /^(?:[-·•*]\s?)?(?:(?:이전|다음)\s?(?:글|기사)|(?:추천|비추천|공감|조회\s?수?|좋아요|싫어요|목록|댓글(?:\s?\d+|목록|쓰기)?|전체\s?댓글|공유하기|스크랩|신고|인쇄|관련\s?기사|많이\s?본\s?뉴스|등록된\s?댓글이\s?없습니다)(?:\s?[:\d]|$))/;

const MAX_TITLE_LENGTH = 200;
const MAX_DECK_LENGTH = 120;

/**
 * Reads a page's visible text (no markup) into an {@link Article}, with the same model and rules as
 * {@link parseArticle}: the first line is the headline, a short line under it without a sentence
 * ending is the subtitle, the body ends where votes, previous/next links or comments begin.
 *
 * @param text - The page's text, one block per line.
 * @param options - As for `parseArticle` (`contentType` and `siteRules` do not apply).
 * @throws {SinmunError} `invalid-input` when `text` is not a string; `input-too-large` over `maxInputBytes`.
 *
 * @example
 * ```ts
 * const article = parseArticleText('제목\n부제\n본문 첫 문단이다.\n추천\n0');
 * article.title;    // '제목'
 * article.subtitle; // '부제'
 * article.body;     // '본문 첫 문단이다.'
 * ```
 */
export function parseArticleText(text: string, options?: ParseOptions): Article {
  const checked = checkOptions(options);
  const page = readInput(text, checked, false);
  return withinEngineLimits(
    () => readText(page, checked),
    (reason) => tooComplexArticle(reason, page.encoding, page.warnings, checked.referenceDate),
  );
}

function readText(page: ReturnType<typeof readInput>, checked: ReturnType<typeof checkOptions>): Article {
  const lines = page.text
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(collapseSpace)
    .filter((line) => line !== '');

  let cursor = 0;
  let title = '';
  const first = lines[0];
  if (first !== undefined && first.length <= MAX_TITLE_LENGTH && !CHROME_LINE.test(first)) {
    title = first;
    cursor = 1;
  }

  let publishedAt: string | undefined;
  let modifiedAt: string | undefined;
  const headerAuthors = [];
  let subtitle: string | undefined;
  // Header lines under the headline: the deck, date lines and bylines, in any order.
  while (cursor < lines.length) {
    const line = lines[cursor] as string;
    const dates = findLabelledDates(line);
    if (dates.length > 0 && line.length <= 120) {
      for (const found of dates) {
        if (!('iso' in found.reading)) continue;
        if (found.field === 'published') publishedAt ??= found.reading.iso;
        else modifiedAt ??= found.reading.iso;
      }
      cursor++;
      continue;
    }
    if (line.length <= 60 && !hasSentenceEnd(line)) {
      const byline = readByline(line);
      if (byline.length > 0) {
        headerAuthors.push(...byline);
        cursor++;
        continue;
      }
    }
    if (subtitle === undefined && cursor === 1 && line.length <= MAX_DECK_LENGTH && !hasSentenceEnd(line) && !CHROME_LINE.test(line)) {
      subtitle = line;
      cursor++;
      continue;
    }
    break;
  }

  const blocks: RawBlock[] = [];
  for (; cursor < lines.length; cursor++) {
    const line = lines[cursor] as string;
    if (CHROME_LINE.test(line)) break;
    blocks.push({ text: line, kind: 'paragraph', linkDensity: 0, emphasised: false });
  }
  const chrome = readTextChrome(lines.slice(cursor));
  const warnings = [...page.warnings];
  if (chrome.comments.length > 0 && chrome.emptyNotice) {
    warnings.push({ code: 'comments-and-empty-notice', message: `The page lists ${chrome.comments.length} comment(s) and also says it has none; the comments were kept.` });
  }
  const refined = refineBlocks(blocks, { title, subtitle, hasSubtitle: subtitle !== undefined });

  const excerpt = readExcerpt({ deck: subtitle ?? refined.subtitle, siteNames: [], title, paragraphs: refined.paragraphs });
  return assembleArticle({
    title,
    subtitle,
    excerpt,
    paragraphs: refined.paragraphs,
    publishedAt,
    publishedAtSource: publishedAt ? 'page' : undefined,
    modifiedAt,
    authors: mergeAuthors(headerAuthors, refined.authors),
    tags: [],
    images: [],
    removed: refined.removed,
    encoding: page.encoding,
    referenceDate: checked.referenceDate,
    family: 'text',
    warnings,
    comments: chrome.comments,
    navigation: chrome.navigation,
    reactions: chrome.reactions,
  });
}
