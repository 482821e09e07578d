/**
 * `extractEvents`: one event per dated mention, with its whole sentence and the actor of its clause.
 */
import type { DatedEvent } from '../model/article.js';
import { findDates } from '../dates/findDates.js';
import type { DateMention, FindDatesOptions } from '../dates/findDates.js';
import { ATTRIBUTIVE_HEADS, DAY_QUALIFIERS } from '../dates/vocabulary.js';
import { splitSentences } from './sentences.js';
import { subjectNear } from './subject.js';

/** Does the text after a period make it qualify a noun (`2분기 실적을`, `지난해 대비`) rather than date a clause? */
function qualifiesOnly(following: string): boolean {
  // 1년 전보다, 전년 동기 대비: a base of comparison.
  if (/^(?:보다|\s?대비(?![가-힣]))/.test(following)) return true;
  const head = ATTRIBUTIVE_HEADS.exec(following);
  if (!head) return false;
  if (/(?:대비|기준)$/.test(head[0])) return true;
  return !/^[이가은는]/.test(following.slice(head[0].length));
}

/** Most events read from one text: a bound for hostile pages (a real article has a few dozen). */
export const MAX_EVENTS = 5000;

/**
 * Finds the dated events of a text: for each date mention that dates a happening (not one that only
 * qualifies a noun, like `2분기 실적`), the sentence holding it and the clause's subject.
 *
 * @param text - Any text; sentences are split Korean-style.
 * @param options - `referenceDate`: `YYYY-MM-DD` or an ISO date-time.
 * @returns Events in text order; `start`/`end` are the mention's offsets in `text` (as in `findDates`),
 *   `sentenceStart`/`sentenceEnd` its sentence's.
 *
 * @example
 * ```ts
 * extractEvents('메타가 7월 6일에 스레드를 출시했다.', { referenceDate: '2023-08-03' });
 * // [{ date: { start: '2023-07-06', end: '2023-07-06', precision: 'day' }, mention: '7월 6일',
 * //    start: 4, end: 9, sentence: '메타가 7월 6일에 스레드를 출시했다.', sentenceStart: 0, sentenceEnd: 21, subject: '메타' }]
 * ```
 */
export function extractEvents(text: string, options: FindDatesOptions = {}): DatedEvent[] {
  return eventsOf(text, findDates(text, options));
}

/** Events of already-found mentions (so `parseArticle` scans the body once). */
export function eventsOf(text: string, mentions: readonly DateMention[]): DatedEvent[] {
  if (mentions.length === 0) return [];
  const sentences = splitSentences(text);
  const events: DatedEvent[] = [];
  let s = 0;
  for (const mention of mentions) {
    if (events.length >= MAX_EVENTS) break;
    // 2분기 실적, 지난해 대비: a period that qualifies a noun; a day does so only as a reference point (3일 기준).
    // The head as the clause's subject (2분기 영업이익이 늘었다) is dated by it: an event.
    const following = text.slice(mention.end, mention.end + 12);
    if (mention.date.precision === 'day' ? DAY_QUALIFIERS.test(following) : qualifiesOnly(following)) continue;
    while (s < sentences.length && (sentences[s] as { end: number }).end <= mention.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > mention.start) continue;
    const event: DatedEvent = { date: mention.date, mention: mention.mention, start: mention.start, end: mention.end, sentence: sentence.text, sentenceStart: sentence.start, sentenceEnd: sentence.end };
    const subject = subjectNear(sentence.text, mention.start - sentence.start, mention.end - sentence.start);
    if (subject) event.subject = subject;
    events.push(event);
  }
  return events;
}
