/**
 * The stages that read a page's visible text with no markup (a copy from a browser window, a text
 * dump of a crawl). Lines are the only structure: the headline is the first line, a short line
 * under it without a sentence ending is the deck, and the body runs until the page's chrome starts
 * (vote buttons, previous/next links, comments).
 */
import type { Author, Warning } from '../model/article.js';
import type { RawBlock } from '../model/page.js';
import { collapseSpace } from '../helpers/dom.js';
import { hasSentenceEnd } from '../body/index.js';
import { findLabelledDates } from '../dates/datetime.js';
import { readByline } from '../metadata/byline.js';
import { CHROME_LINE, readTextChrome } from './textChrome.js';
import type { Stage } from './state.js';
import { readInput } from './input.js';

const MAX_TITLE_LENGTH = 200;
const MAX_DECK_LENGTH = 120;
/** Longest header line read for a date. */
const MAX_DATE_LINE = 120;
/** Longest header line read for a byline. */
const MAX_BYLINE_LINE = 60;

export const textDecodeStage: Stage = {
  name: 'decode',
  why: 'first: a wrong argument or an input over the limit is refused before any work',
  run: (state) => {
    const read = readInput(state.input, state.options, false);
    return { html: read.text, encoding: read.encoding, warnings: read.warnings };
  },
};

export const textLinesStage: Stage = {
  name: 'text lines',
  why: 'the headline, the deck, date lines and bylines under it, then the body until the chrome starts',
  run: (state) => {
    const lines = state.html
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
    const authors: Author[] = [];
    let subtitle: string | undefined;
    // Header lines under the headline: the deck, date lines and bylines, in any order.
    while (cursor < lines.length) {
      const line = lines[cursor] as string;
      const dates = findLabelledDates(line);
      if (dates.length > 0 && line.length <= MAX_DATE_LINE) {
        for (const found of dates) {
          if (!('iso' in found.reading)) continue;
          if (found.field === 'published') publishedAt ??= found.reading.iso;
          else modifiedAt ??= found.reading.iso;
        }
        cursor++;
        continue;
      }
      if (line.length <= MAX_BYLINE_LINE && !hasSentenceEnd(line)) {
        const byline = readByline(line);
        if (byline.length > 0) {
          authors.push(...byline);
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
    return {
      html: '',
      title,
      subtitle,
      publishedAt,
      publishedAtSource: publishedAt ? 'page' : undefined,
      modifiedAt,
      authors,
      blocks,
      chromeLines: lines.slice(cursor),
    };
  },
};

export const textChromeStage: Stage = {
  name: 'text chrome',
  why: 'after the body: the counts, neighbours and comments of the lines below it',
  run: (state) => {
    const chrome = readTextChrome(state.chromeLines);
    const warnings: Warning[] = [];
    if (chrome.comments.length > 0 && chrome.emptyNotice) {
      warnings.push({ code: 'comments-and-empty-notice', message: `The page lists ${chrome.comments.length} comment(s) and also says it has none; the comments were kept.` });
    }
    return { comments: chrome.comments, navigation: chrome.navigation, reactions: chrome.reactions, chromeLines: [], warnings };
  },
};
