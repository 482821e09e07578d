/**
 * Resolving a {@link Phrase} to a {@link DateRange}: the slots it names are fixed, the ones it leaves
 * out come from the reference day, and where a bare day, month or period has several candidates the
 * prefix (`지난`, `오는`) or the clause's tense picks one (conventions: docs/dates.md).
 */
import type { DateRange } from '../model/article.js';
import {
  dayNumber, formatDay, isRealDay, isoWeekday, lastDay, plusDays, plusMonths, plusWeeks, weekOf,
} from './calendar.js';
import type { Day } from './calendar.js';
import { isClockOnly } from './phrase.js';
import type { Clock, Phrase } from './phrase.js';
import type { Tense } from './tense.js';

/** What a phrase is resolved against. */
export interface ResolveContext {
  ref: Day | undefined;
  tense: Tense;
  /** The last single day named before the phrase in the text (for `이날`, `전날`). */
  anchor?: Day | undefined;
  /** The first day of the last date of any precision named before (for `같은 해`, `같은 달`). */
  anchorPeriod?: Day | undefined;
  /** The last date named before (for `전년 동기`). */
  anchorRange?: DateRange | undefined;
  /** The last single day named before the phrase in its sentence (for a clock time alone). */
  sentenceDay?: Day | undefined;
}

type Precision = DateRange['precision'];

/** Finest first. */
export const PRECISION_ORDER: readonly Precision[] = ['day', 'week', 'month', 'quarter', 'half', 'year'];

const span = (start: Day, end: Day, precision: Precision): DateRange => ({ start: formatDay(start), end: formatDay(end), precision });
const oneDay = (d: Day): DateRange => span(d, d, 'day');

export function dayOf(iso: string): Day {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}


function monthSpan(year: number, month: number, toMonth = month, precision: Precision = 'month'): DateRange | undefined {
  if (!isRealDay(year, month, 1) || toMonth < month || toMonth > 12) return undefined;
  return span({ year, month, day: 1 }, { year, month: toMonth, day: lastDay(year, toMonth) }, precision);
}

/** The dekad of a month: 1–10, 11–20, 21 to the end (precision `month`). */
function dekad(year: number, month: number, part: 0 | 1 | 2): DateRange | undefined {
  if (!isRealDay(year, month, 1)) return undefined;
  const from = part * 10 + 1;
  const to = part === 2 ? lastDay(year, month) : from + 9;
  return span({ year, month, day: from }, { year, month, day: to }, 'month');
}

/** A month `n` months from `day`'s month. */
function monthFrom(day: Day, n: number): { year: number; month: number } {
  const d = plusMonths({ year: day.year, month: day.month, day: 1 }, n);
  return { year: d.year, month: d.month };
}

/** The value of a phrase in year `year` (and month `month`, for a phrase that names a day but no month). */
function valueIn(p: Phrase, year: number, month?: number): DateRange | undefined {
  if (!isRealDay(year, 1, 1)) return undefined;
  const m = p.month ?? month;
  if (p.day !== undefined) {
    if (m === undefined || !isRealDay(year, m, p.day)) return undefined;
    if (p.dayEnd === undefined) return oneDay({ year, month: m, day: p.day });
    if (!isRealDay(year, m, p.dayEnd)) return undefined;
    return span({ year, month: m, day: p.day }, { year, month: m, day: p.dayEnd }, 'day');
  }
  if (p.part !== undefined) {
    if (m !== undefined) return dekad(year, m, p.part);
    // A part of a quarter, a half or a year: its first, middle or last month.
    const [first, length] = p.quarter !== undefined ? [p.quarter * 3 - 2, 3] : p.half !== undefined ? [p.half * 6 - 5, 6] : [1, 12];
    if (p.part === 1 && length !== 3) return undefined;
    const pick = p.part === 0 ? first : p.part === 2 ? first + length - 1 : first + 1;
    return monthSpan(year, pick);
  }
  if (m !== undefined) return monthSpan(year, m, p.monthEnd ?? m);
  if (p.quarter !== undefined) {
    const last = (p.quarterEnd ?? p.quarter) * 3;
    return span({ year, month: p.quarter * 3 - 2, day: 1 }, { year, month: last, day: lastDay(year, last) }, 'quarter');
  }
  if (p.half !== undefined) return monthSpan(year, p.half * 6 - 5, p.half * 6, 'half');
  if (p.yearPart !== undefined) return monthSpan(year, p.yearPart === 0 ? 1 : 12);
  if (p.season !== undefined) {
    const end = plusMonths({ year, month: p.season, day: 1 }, (p.seasonMonths ?? 3) - 1);
    return span({ year, month: p.season, day: 1 }, { year: end.year, month: end.month, day: lastDay(end.year, end.month) }, 'month');
  }
  const endYear = p.yearEnd ?? year;
  if (!isRealDay(endYear, 12, 31)) return undefined;
  return span({ year, month: 1, day: 1 }, { year: endYear, month: 12, day: 31 }, 'year');
}

/**
 * Picks among candidates: past tense → the latest that has begun by the reference; a plan → the
 * earliest that has not ended; otherwise the nearest (the earlier on a tie).
 */
export function pickByTense(candidates: readonly (DateRange | undefined)[], ref: Day, tense: Tense): DateRange | undefined {
  const valid = candidates.filter((c): c is DateRange => c !== undefined);
  if (valid.length === 0) return undefined;
  // ISO days compare as strings.
  const at = formatDay(ref);
  if (tense === 'past') {
    let begun: DateRange | undefined;
    for (const c of valid) if (c.start <= at) begun = c;
    if (begun) return begun;
  } else if (tense === 'future') {
    const open = valid.find((c) => c.end >= at);
    if (open) return open;
  }
  const refNumber = dayNumber(ref);
  const distance = (c: DateRange): number => {
    if (c.start <= at && at <= c.end) return 0;
    return Math.min(Math.abs(dayNumber(dayOf(c.start)) - refNumber), Math.abs(dayNumber(dayOf(c.end)) - refNumber));
  };
  let best = valid[0] as DateRange;
  let bestDistance = distance(best);
  for (const c of valid) {
    const d = distance(c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `지난` → the latest candidate wholly before the reference; `오는` → the earliest wholly after it. */
function pickByDirection(candidates: readonly (DateRange | undefined)[], ref: Day, dir: -1 | 1): DateRange | undefined {
  const valid = candidates.filter((c): c is DateRange => c !== undefined);
  const at = formatDay(ref);
  if (dir < 0) {
    const before = valid.filter((c) => c.end < at);
    return before[before.length - 1];
  }
  return valid.find((c) => c.start > at);
}

function choose(candidates: (DateRange | undefined)[], p: Phrase, ctx: ResolveContext & { ref: Day }): DateRange | undefined {
  if (p.dir === -1 || p.dir === 1) return pickByDirection(candidates, ctx.ref, p.dir);
  // A weekday written beside a day (10일(목)) picks the month where the day is that weekday.
  if (p.weekdayInBrackets && p.weekday !== undefined) {
    const matching = candidates.filter((c) => c !== undefined && c.start === c.end && isoWeekday(dayOf(c.start)) === p.weekday);
    if (matching.length > 0) return pickByTense(matching, ctx.ref, ctx.tense);
  }
  return pickByTense(candidates, ctx.ref, ctx.tense);
}

/** The Monday-based week `n` weeks from the reference's, and a day in it (1 Monday … 7 Sunday). */
const weekdayOf = (ref: Day, week: number, weekday: number): Day => plusDays(weekOf(plusWeeks(ref, week)).start, weekday - 1);

function weekend(ref: Day, week: number): DateRange {
  return { ...span(weekdayOf(ref, week, 6), weekdayOf(ref, week, 7), 'week') };
}

/** The date a phrase names, without its clock time. */
function resolveDay(p: Phrase, ctx: ResolveContext): DateRange | undefined {
  // An absolute year needs no reference.
  if (p.year !== undefined) return valueIn(p, p.year);
  const ref = ctx.ref;
  if (!ref) return undefined;
  // 지난해 같은 달: the month of the date named before, in the year named.
  if (p.monthAnchor && p.yearRel !== undefined) return valueIn(p, ref.year + p.yearRel, (ctx.anchorPeriod ?? ref).month);
  const rctx = { ...ctx, ref };
  if (p.samePeriod) {
    // 전년 동기: the period named before, a year (or two) back; without one, the reference's year back.
    const years = p.yearRel ?? -1;
    const base = ctx.anchorRange;
    if (!base) return valueIn({}, ref.year + years);
    // 29 February a year back is the 28th.
    const shift = (iso: string): Day => {
      const d = dayOf(iso);
      const year = d.year + years;
      return { year, month: d.month, day: Math.min(d.day, lastDay(year, d.month)) };
    };
    return { start: formatDay(shift(base.start)), end: formatDay(shift(base.end)), precision: base.precision };
  }
  if (p.counted && p.sameDay) {
    const month = monthFrom(ref, p.counted.n);
    return oneDay({ ...month, day: Math.min(ref.day, lastDay(month.year, month.month)) });
  }
  if (p.businessDay) {
    // The weekday before the anchor: Monday's 전 거래일 is Friday.
    let day = plusDays(ctx.anchor ?? ref, -1);
    while (isoWeekday(day) >= 6) day = plusDays(day, -1);
    return oneDay(day);
  }
  if (p.counted) {
    const { n, unit } = p.counted;
    if (unit === 'day') return oneDay(plusDays(ref, n));
    if (unit === 'week') {
      const week = weekOf(plusWeeks(ref, n));
      return span(week.start, week.end, 'week');
    }
    if (unit === 'month') {
      const month = monthFrom(ref, n);
      return monthSpan(month.year, month.month);
    }
    return valueIn({}, ref.year + n);
  }
  if (p.anchor !== undefined) return oneDay(plusDays(ctx.anchor ?? ref, p.anchor));
  if (p.dayRel !== undefined) return oneDay(plusDays(ref, p.dayRel));
  if (p.week !== undefined) {
    if (p.weekend) return weekend(ref, p.week);
    if (p.weekday !== undefined) return oneDay(weekdayOf(ref, p.week, p.weekday));
    const week = weekOf(plusWeeks(ref, p.week));
    return span(week.start, week.end, 'week');
  }
  if (p.weekend) {
    // 지난 주말: last week's; 이번 주말: this week's; 다음 주말: next week's; 오는 주말: the next to begin.
    if (p.dirWord === '오는') return weekend(ref, isoWeekday(ref) >= 6 ? 1 : 0);
    if (p.dir === undefined) return pickByTense([-1, 0, 1].map((w) => weekend(ref, w)), ref, ctx.tense);
    return weekend(ref, p.dir);
  }
  if (p.weekday !== undefined && p.day === undefined) {
    const today = isoWeekday(ref);
    if (p.dirWord === '이번') return oneDay(weekdayOf(ref, 0, p.weekday));
    if (p.dir === -1) return oneDay(plusDays(ref, -(((today - p.weekday + 7) % 7) || 7)));
    if (p.dir === 1) return oneDay(plusDays(ref, ((p.weekday - today + 7) % 7) || 7));
    return pickByTense([-1, 0, 1].map((w) => oneDay(weekdayOf(ref, w, p.weekday as number))), ref, ctx.tense);
  }
  // 올겨울 in January or February is the winter under way, begun the December before.
  if (p.yearRel !== undefined) return valueIn(p, ref.year + p.yearRel - (p.season === 12 && p.yearRel === 0 && ref.month <= 2 ? 1 : 0));
  if (p.yearAnchor !== undefined) return valueIn(p, (ctx.anchorPeriod ?? ref).year + p.yearAnchor);
  if (p.monthAnchor) {
    const at = ctx.anchorPeriod ?? ref;
    return valueIn(p, at.year, at.month);
  }
  if (p.monthRel !== undefined) {
    const month = monthFrom(ref, p.monthRel);
    return valueIn(p, month.year, month.month);
  }
  if (p.quarterRel !== undefined) {
    const quarter = Math.floor((ref.month - 1) / 3) + p.quarterRel;
    const year = ref.year + Math.floor(quarter / 4);
    return valueIn({ ...p, quarter: (((quarter % 4) + 4) % 4) + 1 }, year);
  }
  if (p.month !== undefined) {
    const years = p.dir ? [-2, -1, 0, 1, 2] : [-1, 0, 1];
    return choose(years.map((k) => valueIn(p, ref.year + k)), p, rctx);
  }
  if (p.day !== undefined) {
    const months = p.dir ? [-3, -2, -1, 0, 1, 2, 3] : [-1, 0, 1];
    return choose(months.map((k) => {
      const month = monthFrom(ref, k);
      return valueIn(p, month.year, month.month);
    }), p, rctx);
  }
  if (p.quarter !== undefined || p.half !== undefined || p.yearPart !== undefined || p.season !== undefined || p.within) {
    if (p.dir === -1 || p.dir === 1) return pickByDirection([-1, 0, 1].map((k) => valueIn(p, ref.year + k)), ref, p.dir);
    // 연말연시 in January and February is the turn of the year just passed.
    const current = valueIn(p, p.season === 12 && ref.month <= 2 ? ref.year - 1 : ref.year);
    if (!current || p.within || p.season !== undefined) return current;
    if (ctx.tense === 'past' && current.start > formatDay(ref)) return valueIn(p, ref.year - 1);
    if (ctx.tense === 'future' && current.end < formatDay(ref)) return valueIn(p, ref.year + 1);
    return current;
  }
  return undefined;
}

/** `HH:mm` of a clock time as written (docs/dates.md), or `undefined` when impossible (`25시`). */
export function clockTime(clock: Clock): string | undefined {
  let h = clock.hour;
  const m = clock.minute;
  const mer = clock.meridiem;
  if (h > 23 || m > 59) return undefined;
  if (mer === '오후' || mer === '저녁') {
    if (h > 12) return h <= 23 ? format(h, m) : undefined;
    if (h < 12) h += 12;
  } else if (mer === '오전' || mer === '새벽' || mer === '아침') {
    if (h > 12) return undefined;
    if (h === 12) h = 0;
  } else if (mer === '낮') {
    if (h >= 1 && h <= 5) h += 12;
  } else if (mer === '밤' || mer === '심야' || mer === '밤늦게') {
    if (h >= 6 && h <= 11) h += 12;
    else if (h === 12) h = 0;
  }
  if (h >= 24) return undefined;
  return format(h, m);
}

const format = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** The end of a range of clock times: a bare hour shares the meridiem of the start (`오후 2~4시`). */
export function clockEndTime(start: Clock, end: Clock): string | undefined {
  const startTime = clockTime(start);
  const own = clockTime(end);
  if (end.meridiem !== undefined || start.meridiem === undefined || !startTime) return own;
  const shared = clockTime({ ...end, meridiem: start.meridiem });
  if (shared && shared > startTime) return shared;
  return own && own > startTime ? own : shared;
}

/**
 * Resolves a phrase, or `undefined` when it names no possible date or needs a missing reference.
 *
 * @example
 * ```ts
 * resolve({ dir: -1, dirWord: '지난', month: 5, day: 25 }, { ref: { year: 2023, month: 8, day: 3 }, tense: 'past' });
 * // { start: '2023-05-25', end: '2023-05-25', precision: 'day' }
 * ```
 */
export function resolve(p: Phrase, ctx: ResolveContext): DateRange | undefined {
  if (p.impossible) return undefined;
  let value: DateRange | undefined;
  const clockOnly = isClockOnly(p);
  if (clockOnly) {
    const day = ctx.sentenceDay ?? ctx.ref;
    if (!day) return undefined;
    value = oneDay(day);
  } else {
    value = resolveDay(p, ctx);
  }
  if (!value || !p.clock) return value;
  const time = clockTime(p.clock);
  if (!time) return undefined;
  // A time on each day of a span of days (오는 11, 12일 오후 7시 30분); none on a longer period.
  if (value.precision !== 'day') return value;
  const withTime: DateRange = { ...value, time };
  if (p.clockEnd) {
    const end = clockEndTime(p.clock, p.clockEnd);
    if (!end || end <= time) return undefined;
    withTime.endTime = end;
  }
  return withTime;
}


/** Whether a phrase resolves without a reference day (it names its year). */
export const isAbsolute = (p: Phrase): boolean => p.year !== undefined;

