/**
 * `parseArticle`: an HTML page to an Article. It checks the options, builds the page state and
 * runs {@link STAGES} (stages.ts lists them, each with why it runs where it does).
 */
import type { Article, ParseOptions } from '../model/article.js';
import { STAGES } from './stages.js';
import { articleOf, initialState, runStages } from './state.js';
import type { PageState, Stage } from './state.js';
import { tooComplexArticle, withinEngineLimits } from './engineLimits.js';
import { checkOptions } from './input.js';

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
 * const article = parseArticle('<h1>시, 순환버스 3개 노선 신설</h1><p>청운시가 오는 7월 1일부터 순환버스를 운행한다고 밝혔다.</p>', {
 *   referenceDate: '2024-05-14',
 * });
 * article.title;                 // '시, 순환버스 3개 노선 신설'
 * article.events[0]?.date.start; // '2024-07-01'
 * ```
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  return runEntry(STAGES, input, options, 'generic');
}

/** Runs a stage list over an input: shared by both entries. */
export function runEntry(stages: readonly Stage[], input: string | Uint8Array, options: ParseOptions | undefined, familyName: string): Article {
  const checked = checkOptions(options);
  let last: PageState = initialState(input, checked, familyName);
  // An engine limit met by a page far past any real one (millions of unclosed elements: `Set maximum
  // size exceeded`): an empty Article that says so, not an exception.
  return withinEngineLimits(
    () => articleOf(runStages(stages, last, (state) => (last = state))),
    (reason) => tooComplexArticle(reason, last.encoding, last.warnings, checked),
  );
}
