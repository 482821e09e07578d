import type { DatedEvent, Warning } from '../model/article.js';
import { referenceDay, scanDates } from '../dates/findDates.js';
import { eventsOf } from './extractEvents.js';

export { extractEvents, eventsOf } from './extractEvents.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';

/**
 * The dated events of an article body. Without a reference date, expressions that need one are left
 * out and a `no-reference-date` warning says how many.
 *
 * @example
 * ```ts
 * const warnings = [];
 * eventsOfBody('메타가 7월 6일에 출시했다.', '2023-08-03', warnings)[0]?.date.start; // '2023-07-06'
 * ```
 */
export function eventsOfBody(body: string, referenceDate: string | undefined, warnings: Warning[]): DatedEvent[] {
  let ref;
  try {
    ref = referenceDay(referenceDate);
  } catch {
    ref = undefined; // a page's own date that cannot be a reference: relative dates are left out
  }
  const { mentions, needReference } = scanDates(body, ref);
  if (!ref && needReference > 0) {
    warnings.push({
      code: 'no-reference-date',
      message: `${needReference} date expression${needReference === 1 ? ' needs' : 's need'} a reference date (the page has none; pass options.referenceDate).`,
    });
  }
  return eventsOf(body, mentions);
}
