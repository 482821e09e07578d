/**
 * Error codes of `SinmunError`. Stable: new codes may be added, existing ones keep their meaning.
 *
 * - `invalid-input`: the input is neither a string nor a `Uint8Array`.
 * - `input-too-large`: the input is larger than `maxInputBytes`.
 * - `invalid-option`: an option has the wrong type or an impossible value.
 */
/** The mark every SinmunError carries, shared by every copy of the class (`Symbol.for`). */
const BRAND = Symbol.for('sinmun.SinmunError');

export type SinmunErrorCode = 'invalid-input' | 'input-too-large' | 'invalid-option';

/**
 * The only error sinmun throws on purpose: for a wrong argument or an input over the size limit.
 * Bad *content* (broken HTML, wrong charset, no article) never throws; it gives warnings instead.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle(hugeHtml, { maxInputBytes: 1_000_000 });
 * } catch (error) {
 *   if (error instanceof SinmunError && error.code === 'input-too-large') skip();
 * }
 * ```
 */
export class SinmunError extends Error {
  /** A stable, machine-readable code. */
  readonly code: SinmunErrorCode;

  constructor(code: SinmunErrorCode, message: string) {
    super(message);
    this.name = 'SinmunError';
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `error instanceof SinmunError` holds for a SinmunError of any copy of this class: the ESM and
   * CommonJS builds, and the Node entries (`sinmun/warc`, `sinmun/queue`), which bundle their own
   * copy of the core. Each instance carries a registry symbol that every copy knows.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
