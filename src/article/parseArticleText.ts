/**
 * `parseArticleText`: the Article model from a page's visible text, with no markup — what a copy
 * from a browser window or a text dump of a crawl gives. It runs {@link TEXT_STAGES} (stages.ts).
 */
import type { Article, ParseOptions } from '../model/article.js';
import { TEXT_STAGES } from './stages.js';
import { runEntry } from './parseArticle.js';

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
  return runEntry(TEXT_STAGES, text, options, 'text');
}
