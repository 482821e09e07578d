/**
 * Engine limits: what a page far past any real one meets inside the JavaScript engine (a `Set` or
 * `Map` of more than 2²⁴ entries, a string past the engine's longest, a call stack overflow). The
 * engine reports each as a `RangeError`; the entries turn it into an empty Article with an
 * `input-too-complex` warning, so the caller gets a result and never a bare engine error.
 */
import type { Article, Warning } from '../model/article.js';
import { articleOf, initialState } from './state.js';
import type { CheckedOptions } from './input.js';

/**
 * Runs `read`; a `RangeError` it throws becomes `fallback(reason)`, where `reason` is the engine's
 * message. Any other error is thrown on (a `SinmunError` for a bad call, or a defect of ours).
 *
 * @example
 * ```ts
 * withinEngineLimits(() => { throw new RangeError('Set maximum size exceeded'); }, (reason) => reason);
 * // 'Set maximum size exceeded'
 * ```
 */
export function withinEngineLimits<T>(read: () => T, fallback: (reason: string) => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fallback(error.message);
  }
}

/** The empty Article of a page past an engine limit: the decoding's warnings and `input-too-complex`. */
export function tooComplexArticle(reason: string, encoding: string, warnings: readonly Warning[], options: CheckedOptions): Article {
  const tooComplex: Warning = { code: 'input-too-complex', message: `The page is past an internal limit of the JavaScript engine (${reason}); nothing was extracted.` };
  return articleOf({ ...initialState('', options, 'generic'), encoding, warnings: [...warnings, tooComplex] });
}
