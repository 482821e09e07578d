/**
 * `findDates`: every Korean date expression in a text, resolved against a reference date.
 *
 * At every position where a date can start (a digit or the first letter of a date word), a date
 * phrase is read slot by slot (`phrase.ts`); two phrases joined by a range mark (`~`, `부터 … 까지`,
 * `에서 … 사이`) become one range, and a phrase after a list mark (`9월 4일과 15일`) takes the units it
 * leaves out from the one before. Each mention is resolved once (`resolve.ts`) against the reference day,
 * the tense of its clause, the last day named before it (`이날`, `전날`) and the last day named in its
 * sentence (a clock time alone). One pass over the text: time is linear in its length.
 */
import type { DateRange } from '../model/article.js';
import { isDigitCode, isHangulCode, isLatinCode } from '../helpers/chars.js';
import { SinmunError } from '../model/errors.js';
import { readDateTime } from './datetime.js';
import { dayNumber, plusMonths } from './calendar.js';
import type { Day } from './calendar.js';
import { PHRASE_FIRST_LETTERS, closesWell, isClockOnly, readPhrase } from './phrase.js';
import { PERIOD_PARTS } from './vocabulary.js';
import type { Phrase, PhraseReading } from './phrase.js';
import { PRECISION_ORDER, clockEndTime, dayOf, isAbsolute, pickByTense, resolve } from './resolve.js';
import type { ResolveContext } from './resolve.js';
import { tenseAfter } from './tense.js';
import type { Tense } from './tense.js';

/**
 * A date expression found in a text: the same names as in {@link DatedEvent} for the same things.
 * Offsets are UTF-16 units; `text.slice(start, end) === mention`.
 */
export interface DateMention {
  /** The date expression as written (`지난해 11월`). */
  mention: string;
  /** The resolved date. */
  date: DateRange;
  /** Offset of the mention in the text. */
  start: number;
  /** End offset (exclusive) of the mention. */
  end: number;
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The day relative expressions count from: `YYYY-MM-DD` or an ISO date-time (converted to Korean time). */
  referenceDate?: string;
}


// ---- ranges and lists -------------------------------------------------------------------------

/** What joins two phrases into a range, and what must close it. */
const RANGE_JOIN = /\s?(?:(?<mark>[~∼〜～－\-–—])|(?<from>부터)|(?<at>에서)|(?<and>와|과))\s?/y;
const RANGE_CLOSE = /\s?(?<close>까지|사이)/y;
/** What separates two dates of a list (`4일과 15일`, `3일, 5일`). */
const LIST_GAP = /^\s?(?:와|과|및|,|、|·|ㆍ|\/|또는|이나|나|혹은)\s?$/;

interface RangeReading {
  second: PhraseReading;
  end: number;
}

function readRange(text: string, from: number): RangeReading | undefined {
  RANGE_JOIN.lastIndex = from;
  const join = RANGE_JOIN.exec(text);
  if (!join) return undefined;
  const g = join.groups ?? {};
  const second = readPhrase(text, from + join[0].length);
  if (!second) return undefined;
  RANGE_CLOSE.lastIndex = second.end;
  const close = RANGE_CLOSE.exec(text);
  const closing = close?.groups?.close;
  if (g.at !== undefined && closing === undefined) return undefined; // 3월에서 5월로: a change, not a range
  if (g.and !== undefined && closing !== '사이') return undefined;
  if (g.mark !== undefined && closing === '사이') return undefined;
  // 2일부터 상반기 신입사원…: without 까지, 부터 joins only a day or a time (9일부터 12일 사흘간).
  const p2 = second.phrase;
  if (g.from !== undefined && closing === undefined && p2.day === undefined && p2.clock === undefined && p2.dayRel === undefined && p2.anchor === undefined) return undefined;
  const end = close ? second.end + close[0].length : second.end;
  if (close && !closesAfter(text, end)) return { second, end: second.end };
  return { second, end };
}

/** After a closing 까지/사이 only a particle or no letter may follow. */
function closesAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return Number.isNaN(next) || !(next >= 0xac00 && next <= 0xd7a3) || /^(?:의|에|는|도|만|로|인|이|다|였)/.test(text.slice(end, end + 1));
}

/** A bare weekday (`일요일`), with nothing else. */
const isWeekdayOnly = (p: Phrase): boolean => p.weekday !== undefined && Object.keys(p).length === 1;

/** A day named by counting (`이틀 뒤`, `전날`, `당일`), which a date in apposition may name outright. */
const isCountedDay = (p: Phrase): boolean => p.counted?.unit === 'day' || p.anchor !== undefined || p.dayRel !== undefined;

const LISTED_PART = new RegExp(`(?:${Object.keys(PERIOD_PARTS).sort((a, b) => b.length - a.length).join('|')})`, 'y');

/** A part word alone right after a list mark that follows a month (`10월 초 또는 중순`): that part of the month. */
function readListedPart(text: string, at: number, last: { phrase: Phrase; value: DateRange; end: number }, ref: Day | undefined): { mention: DateMention; part: 0 | 1 | 2 } | undefined {
  if (!LIST_GAP.test(text.slice(last.end, at))) return undefined;
  LISTED_PART.lastIndex = at;
  const match = LISTED_PART.exec(text);
  if (!match) return undefined;
  const end = at + match[0].length;
  if (!closesWell(text, end)) return undefined;
  const part = PERIOD_PARTS[match[0]] as 0 | 1 | 2;
  const start = dayOf(last.value.start);
  const value = resolve({ year: start.year, month: start.month, part }, { ref, tense: undefined });
  return value ? { mention: { mention: match[0], date: value, start: at, end }, part } : undefined;
}

/** A phrase that names none of the larger units, so it takes them from the date before it. */
function isPartial(p: Phrase): boolean {
  return p.year === undefined && p.yearRel === undefined && p.yearAnchor === undefined && p.monthAnchor !== true && p.monthRel === undefined && p.dayRel === undefined && p.anchor === undefined &&
    p.week === undefined && p.counted === undefined && p.dir === undefined && p.quarterRel === undefined && p.weekend !== true &&
    (p.weekday === undefined || p.weekdayInBrackets === true);
}

/**
 * `second` with the units it leaves out taken from `first` (a resolved value); moved on by a month
 * or a year when it would fall before `first`. `undefined` when `second` says them all itself.
 */
function inherit(second: Phrase, first: DateRange): Phrase[] | undefined {
  if (!isPartial(second) || isClockOnly(second)) return undefined;
  const start = dayOf(first.start);
  if (second.month !== undefined || second.quarter !== undefined || second.half !== undefined) {
    return [{ ...second, year: start.year }, { ...second, year: start.year + 1 }];
  }
  if (second.day !== undefined || second.part !== undefined) {
    const next = plusMonths({ year: start.year, month: start.month, day: 1 }, 1);
    return [{ ...second, year: start.year, month: start.month }, { ...second, year: next.year, month: next.month }];
  }
  return undefined;
}

const finer = (a: DateRange['precision'], b: DateRange['precision']): DateRange['precision'] =>
  PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;

/** The value of the second phrase of a range or list, given the first's value. */
function resolveAfter(second: Phrase, first: DateRange, ctx: ResolveContext): DateRange | undefined {
  const options = inherit(second, first);
  if (!options) return resolve(second, ctx);
  for (const option of options) {
    const value = resolve(option, ctx);
    if (value && value.end >= first.start && (value.end > first.end || value.start > first.start)) return value;
  }
  return undefined;
}

/** One range from two values, or `undefined` when the second does not come after the first. */
function joinRange(first: DateRange, firstPhrase: Phrase, second: Phrase, ctx: ResolveContext): DateRange | undefined {
  if (isClockOnly(second)) {
    if (first.start !== first.end || !firstPhrase.clock || first.time === undefined || first.endTime !== undefined) return undefined;
    const end = clockEndTime(firstPhrase.clock, second.clock as NonNullable<Phrase['clock']>);
    if (!end || end <= first.time) return undefined;
    return { ...first, endTime: end };
  }
  const last = resolveAfter(second, first, ctx);
  if (!last || last.end < first.end || (last.end === first.end && last.start <= first.start && !(last.time && first.time && last.time > first.time))) {
    return undefined;
  }
  const value: DateRange = { start: first.start, end: last.end, precision: finer(first.precision, last.precision) };
  if (first.time !== undefined) {
    value.time = first.time;
    if (first.start === last.end && last.time !== undefined && last.time > first.time) value.endTime = last.time;
  }
  return value;
}

/**
 * A range whose start names no year (8월 22일부터 9월 6일까지): the tense picks among whole ranges, so one
 * running over the reference (a past start, a future end) is found as one, not moved a year on.
 */
function joinWhole(first: Phrase, second: Phrase, ctx: ResolveContext): DateRange | undefined {
  const ref = ctx.ref;
  if (!ref || first.dir !== undefined || !isPartial(first) || first.month === undefined || isClockOnly(second)) return undefined;
  const candidates: (DateRange | undefined)[] = [];
  for (const k of [-1, 0, 1]) {
    const start = resolve({ ...first, year: ref.year + k }, ctx);
    candidates.push(start && joinRange(start, { ...first, year: ref.year + k }, second, ctx));
  }
  return pickByTense(candidates, ref, ctx.tense);
}

// ---- scanning -----------------------------------------------------------------------------------

const isDigit = isDigitCode;
const isHangul = isHangulCode;
const isLatin = isLatinCode;

/** First letters of date words, flagged by char code (one look-up per character of the text). */
const WORD_STARTS = new Uint8Array(0x10000);
for (const letter of PHRASE_FIRST_LETTERS) WORD_STARTS[letter.charCodeAt(0)] = 1;

/** Dates after `매` (`매주 금요일`, `매년 3월`) recur: they are no one date. */
function isRecurring(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  // 매주 금요일, 격주 토요일, 매년 3월; and counts per unit: 주 4일 근무, 하루 3시간, 월 2회
  // …숨진 지 2, 3일: time since, not a date
  return /(?:매|격)(?:주|달|월|년|해|일|번)?\s?$/.test(before) || /(?:^|\s)지\s$/.test(before) || (/\d/.test(text.charAt(start)) && /(?:^|[^가-힣\d])(?:주|월|연|하루|일)\s$/.test(before));
}

/** The tense of a mention's clause: `앞서` before it marks the past, else the predicate after it. */
function tenseOf(text: string, start: number, end: number): Tense {
  if (/앞서\s?$/.test(text.slice(Math.max(0, start - 3), start))) return 'past';
  return tenseAfter(text, end);
}

/** Sentence ends for the day of a clock time: `.`, `?`, `!` before a space, and line breaks. */
function endsSentence(text: string, i: number, c: number): boolean {
  if (c === 10) return true;
  if (c !== 46 && c !== 63 && c !== 33) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10 || next === 9;
}

/** The reference day of an options object: `undefined` when none; throws on an unreadable one. */
export function referenceDay(referenceDate: string | undefined): Day | undefined {
  if (referenceDate === undefined) return undefined;
  if (typeof referenceDate !== 'string') throw new SinmunError('invalid-option', 'Option "referenceDate" must be a string.');
  const reading = readDateTime(referenceDate);
  if (!reading || !('iso' in reading)) {
    throw new SinmunError('invalid-option', `Option "referenceDate" must be YYYY-MM-DD or an ISO date-time, got "${referenceDate.slice(0, 40)}".`);
  }
  const [year, month, dayOfMonth] = reading.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
}

/**
 * Finds the date expressions of a Korean text and resolves them (conventions: docs/dates.md).
 *
 * **Without `referenceDate`, only dates that name their year are returned** (`2023년 8월 3일`,
 * `2023.08.03`): every relative or yearless mention (`지난해 11월`, `7월 6일`, `어제`, `오후 3시`)
 * needs the day it counts from and is left out, so a text of relative dates alone gives `[]`. Pass
 * the article's publication day (an Article's events are resolved against `publishedAt`).
 *
 * @param text - Any text.
 * @param options - `referenceDate`: `YYYY-MM-DD` or an ISO date-time.
 * @returns The mentions in text order, with UTF-16 offsets.
 * @throws {SinmunError} `invalid-input` when `text` is not a string; `invalid-option` for an unreadable `referenceDate`.
 *
 * @example
 * ```ts
 * findDates('지난해 11월 오픈AI가 챗GPT를 내놓았다.', { referenceDate: '2023-08-03' });
 * // [{ mention: '지난해 11월', date: { start: '2022-11-01', end: '2022-11-30', precision: 'month' }, start: 0, end: 7 }]
 * ```
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string') throw new SinmunError('invalid-input', 'The text must be a string.');
  return scanDates(text, referenceDay(options?.referenceDate)).mentions;
}

/**
 * The scan behind {@link findDates}, with a count of the expressions left out for want of a
 * reference date (for the `no-reference-date` warning).
 */
export function scanDates(text: string, ref: Day | undefined): { mentions: DateMention[]; needReference: number } {
  const mentions: DateMention[] = [];
  let needReference = 0;
  let anchor: Day | undefined;
  /** The story's day: the first single day named within two days of the reference (the lead's `14일 밝혔다`). */
  let leadDay: Day | undefined;
  let sentenceDay: Day | undefined;
  let last: { phrase: Phrase; value: DateRange; end: number } | undefined;
  const resolved = new Map<string, DateRange | undefined>();
  const resolvedAfter = new Map<string, DateRange | undefined>();
  let recurringEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !isDigit(c) && c !== 39) {
      if (endsSentence(text, i, c)) sentenceDay = undefined;
      // A new paragraph counts 이날 and 전날 from the story's day again (the lead's), not from the last date told.
      if (c === 10 && leadDay) anchor = leadDay;
      continue;
    }
    const digit = isDigit(c);
    // 10월 초 또는 중순: a part word alone after a list mark is a part of the month before it.
    if (!digit && last && last.phrase.month !== undefined && last.phrase.day === undefined && i - last.end <= 6 && !isHangul(text.charCodeAt(i - 1))) {
      const part = readListedPart(text, i, last, ref);
      if (part) {
        mentions.push(part.mention);
        last = { phrase: { ...last.phrase, part: part.part }, value: part.mention.date, end: part.mention.end };
        i = part.mention.end - 1;
        continue;
      }
    }
    if (!digit && WORD_STARTS[c] === 0) continue;
    const before = i === 0 ? NaN : text.charCodeAt(i - 1);
    if (digit && (isDigit(before) || before === 46 || before === 44 || isLatin(before) || before === 45 || before === 47 || before === 58)) continue;
    // A date word starts a word: inside one (the 이 of 경쟁이) nothing is tried.
    if (!digit && isHangul(before)) continue;
    const reading = readPhrase(text, i);
    if (!reading) continue;
    // 매주 월요일과 목요일: every date of a recurring list recurs.
    if (isRecurring(text, i) || (i - recurringEnd <= 6 && recurringEnd >= 0 && LIST_GAP.test(text.slice(recurringEnd, i)))) {
      recurringEnd = reading.end;
      i = reading.end - 1;
      continue;
    }
    // 일요일인 19일: the weekday and its day are one mention, the day's.
    if (isWeekdayOnly(reading.phrase) && text.startsWith('인 ', reading.end)) {
      const day = readPhrase(text, reading.end + 2);
      if (day && day.phrase.day !== undefined && day.phrase.weekday === undefined) {
        reading.phrase = { ...day.phrase, weekday: reading.phrase.weekday, weekdayInBrackets: true };
        reading.end = day.end;
      }
    }
    const range = readRange(text, reading.end);
    const tense = ref ? tenseOf(text, i, range?.end ?? reading.end) : undefined;
    const phrase = reading.phrase;
    const anchored = phrase.yearAnchor !== undefined || phrase.monthAnchor === true || phrase.samePeriod === true || phrase.businessDay === true;
    const ctx: ResolveContext = {
      ref, tense, anchor, sentenceDay,
      anchorPeriod: anchored && last ? dayOf(last.value.start) : undefined,
      anchorRange: phrase.samePeriod ? last?.value : undefined,
    };
    const afterList = last !== undefined && i - last.end <= 6 && LIST_GAP.test(text.slice(last.end, i));
    let value: DateRange | undefined;
    if (afterList && last) {
      const key = `${last.value.start}\u0000${last.value.end}\u0000${tense ?? ''}\u0000${text.slice(i, reading.end)}`;
      value = resolvedAfter.get(key);
      if (value === undefined && !resolvedAfter.has(key)) {
        value = resolveAfter(phrase, last.value, ctx);
        resolvedAfter.set(key, value);
      }
    }
    else if (anchored || phrase.anchor !== undefined || isClockOnly(phrase)) value = resolve(phrase, ctx);
    else {
      // The same words in the same tense resolve the same way: news copy repeats its dates.
      const key = `${tense ?? ''}\u0000${text.slice(i, reading.end)}`;
      value = resolved.get(key);
      if (value === undefined && !resolved.has(key)) {
        value = resolve(phrase, ctx);
        resolved.set(key, value);
      }
    }
    let end = reading.end;
    if (value && range) {
      const joined = joinWhole(phrase, range.second.phrase, ctx) ?? joinRange(value, reading.phrase, range.second.phrase, ctx);
      if (joined) {
        value = joined;
        end = range.end;
      }
    }
    if (value) {
      // 이틀 뒤인 5일, 당일인 17일: a counted or anchored day in apposition names the date beside it.
      const previous = mentions[mentions.length - 1];
      if (previous && last && value.precision === 'day' && text.slice(previous.end, i) === '인 ' && isCountedDay(last.phrase)) previous.date = { ...value };
      mentions.push({ mention: text.slice(i, end), date: { ...value }, start: i, end });
      // The day later words count from (이날, 전날; a clock time alone): a single day, or the first of a range of days.
      if (value.precision === 'day') {
        anchor = dayOf(value.start);
        sentenceDay = anchor;
        if (!leadDay && ref && value.start === value.end && Math.abs(dayNumber(anchor) - dayNumber(ref)) <= 2) leadDay = anchor;
      }
      last = { phrase: reading.phrase, value, end };
    } else if (!ref && !isAbsolute(reading.phrase)) {
      needReference++;
    }
    i = end - 1;
  }
  return { mentions, needReference };
}
