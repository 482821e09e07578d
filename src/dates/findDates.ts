/**
 * `findDates`: every Korean date expression in a text, resolved against a reference date.
 *
 * The scanner tries a table of small token parsers at every position where a date can start (a
 * digit or the first letter of a date word) and keeps the longest match. Each parser has a sticky
 * pattern and a `resolve` step that turns the match into a `DateRange`, using the reference day and
 * the tense of the clause (conventions: docs/dates.md). One pass over the text: time is linear in
 * its length.
 */
import { isSpaceCode } from '../text/chars.js';
import type { DateRange } from '../model/article.js';
import { SinmunError } from '../model/errors.js';
import { readDateTime } from './datetime.js';
import {
  compareDays, daysBetween, formatDay, isRealDay, isoWeekday, lastDay, plusDays, plusMonths, plusWeeks, weekOf,
} from './calendar.js';
import type { Day } from './calendar.js';
import {
  COUNTED_DAYS, COUNTED_WORDS, DURATION_AFTER, MONTH_PARTS, PARTICLES, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_WEEKS,
  RELATIVE_YEARS, WEEKDAYS, YEAR_PARTS,
} from './vocabulary.js';
import { tenseAfter } from './tense.js';
import type { Tense } from './tense.js';

/** A date expression found in a text. Offsets are UTF-16 units; `text.slice(start, end) === mention.text`. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  value: DateRange;
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** The day relative expressions count from: `YYYY-MM-DD` or an ISO date-time (converted to Korean time). */
  referenceDate?: string;
}

interface Context {
  ref: Day | undefined;
  tense: Tense;
}

type Groups = Record<string, string | undefined>;

/** A resolved value, or `undefined` when the match is no date (impossible, or needs a missing reference). */
type Resolve = (g: Groups, ctx: Context) => DateRange | undefined;

interface Parser {
  name: string;
  pattern: RegExp;
  /** Gives a value without a reference date (a full date with its year). */
  absolute?: boolean;
  /** May start with a digit. */
  digits?: boolean;
  /** Characters that may follow the leading number (after an optional space): a quick filter. */
  unitChars?: string;
  /** Letters a match may start with (word parsers). */
  firstLetters?: string;
  resolve: Resolve;
}

// ---- building blocks of the patterns ----------------------------------------------------------

const TIME = String.raw`(?:\s?(?<mer>오전|오후|새벽|아침|낮|저녁|밤)?\s?(?<hh>\d{1,2})\s?시(?:\s?(?<mi>\d{1,2})\s?분|\s?(?<half>반))?|\s(?<hh2>\d{1,2}):(?<mi2>\d{2})(?!\d))`;
const LOCAL = String.raw`(?:\s?\(현지\s?시간\))?`;
const PART = String.raw`(?:초순|중순|하순|초|말)`;
const RANGE = String.raw`\s?[~∼〜-]\s?`;

// ---- values ----------------------------------------------------------------------------------

const day = (d: Day, time?: string): DateRange => {
  const range: DateRange = { start: formatDay(d), end: formatDay(d), precision: 'day' };
  if (time) range.time = time;
  return range;
};

const span = (start: Day, end: Day, precision: DateRange['precision']): DateRange => ({ start: formatDay(start), end: formatDay(end), precision });

function monthSpan(year: number, month: number, toYear = year, toMonth = month): DateRange | undefined {
  if (!isRealDay(year, month, 1) || !isRealDay(toYear, toMonth, 1)) return undefined;
  return span({ year, month, day: 1 }, { year: toYear, month: toMonth, day: lastDay(toYear, toMonth) }, 'month');
}

function partOfMonth(year: number, month: number, part: string): { start: Day; end: Day } | undefined {
  const p = MONTH_PARTS[part];
  if (!p || !isRealDay(year, month, 1)) return undefined;
  return { start: { year, month, day: p.from }, end: { year, month, day: p.to ?? lastDay(year, month) } };
}

function quarterSpan(year: number, q1: number, q2 = q1): DateRange | undefined {
  if (q2 < q1 || !isRealDay(year, 1, 1)) return undefined;
  const endMonth = q2 * 3;
  return span({ year, month: q1 * 3 - 2, day: 1 }, { year, month: endMonth, day: lastDay(year, endMonth) }, 'quarter');
}

function yearPart(year: number, name: string): DateRange | undefined {
  const p = YEAR_PARTS[name];
  if (!p || !isRealDay(year, 1, 1)) return undefined;
  return span({ year, month: p.from, day: 1 }, { year, month: p.to, day: lastDay(year, p.to) }, p.precision);
}

function clock(g: Groups): string | undefined | null {
  const hour = g.hh ?? g.hh2;
  if (hour === undefined) return undefined;
  let h = Number(hour);
  const m = Number(g.mi ?? g.mi2 ?? (g.half ? 30 : 0));
  const mer = g.mer;
  if (mer === '오후' || mer === '저녁' || (mer === '밤' && h >= 6) || (mer === '낮' && h < 6)) {
    if (h < 12) h += 12;
  } else if ((mer === '오전' || mer === '새벽' || mer === '아침') && h === 12) h = 0;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// ---- choosing among candidates by tense -------------------------------------------------------

function rangeOf(value: DateRange): { start: Day; end: Day } {
  const [sy, sm, sd] = value.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = value.end.split('-').map(Number) as [number, number, number];
  return { start: { year: sy, month: sm, day: sd }, end: { year: ey, month: em, day: ed } };
}

/**
 * Picks among candidate values: past tense → the latest that has begun by the reference; a plan →
 * the earliest that has not ended; otherwise the nearest (the earlier on a tie).
 */
function pick(candidates: (DateRange | undefined)[], ref: Day, tense: Tense): DateRange | undefined {
  const valid = candidates
    .filter((c): c is DateRange => c !== undefined)
    .map((value) => ({ value, ...rangeOf(value) }));
  if (valid.length === 0) return undefined;
  const distance = (c: { start: Day; end: Day }): number => {
    if (compareDays(c.start, ref) <= 0 && compareDays(ref, c.end) <= 0) return 0;
    return Math.min(Math.abs(daysBetween(ref, c.start)), Math.abs(daysBetween(ref, c.end)));
  };
  if (tense === 'past') {
    const begun = valid.filter((c) => compareDays(c.start, ref) <= 0);
    if (begun.length > 0) return (begun[begun.length - 1] as (typeof valid)[number]).value;
  } else if (tense === 'future') {
    const open = valid.find((c) => compareDays(c.end, ref) >= 0);
    if (open) return open.value;
  }
  let best = valid[0] as (typeof valid)[number];
  let bestDistance = distance(best);
  for (const c of valid) {
    const d = distance(c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best.value;
}

const years = (ref: Day): number[] => [ref.year - 1, ref.year, ref.year + 1];

function withTime(value: DateRange | undefined, g: Groups): DateRange | undefined {
  if (!value) return undefined;
  const time = clock(g);
  if (time === null) return undefined;
  return time ? { ...value, time } : value;
}

/** A month-day in a year chosen by tense; `~d2` or `부터 (m2월) d3일까지` make it a range. */
function monthDay(g: Groups, ctx: Context, year?: number): DateRange | undefined {
  const m = Number(g.m);
  const d = Number(g.d);
  const endMonth = g.m2 ?? g.m3 ? Number(g.m2 ?? g.m3) : m;
  const endDay = g.d2 ?? g.d3;
  const build = (y: number): DateRange | undefined => {
    if (!isRealDay(y, m, d)) return undefined;
    if (endDay === undefined) return day({ year: y, month: m, day: d });
    const ey = endMonth < m ? y + 1 : y;
    const e = Number(endDay);
    if (!isRealDay(ey, endMonth, e)) return undefined;
    const start = { year: y, month: m, day: d };
    const end = { year: ey, month: endMonth, day: e };
    return compareDays(end, start) > 0 ? span(start, end, 'day') : undefined;
  };
  if (year !== undefined) return withTime(build(year), g);
  if (!ctx.ref) return undefined;
  return withTime(pick(years(ctx.ref).map(build), ctx.ref, ctx.tense), g);
}

/** `7월 말`, `7월 말~8월 초`. */
function monthPart(g: Groups, ctx: Context, year?: number): DateRange | undefined {
  const m = Number(g.m);
  const build = (y: number): DateRange | undefined => {
    const first = partOfMonth(y, m, g.part as string);
    if (!first) return undefined;
    if (g.m2 === undefined) return span(first.start, first.end, 'day');
    const m2 = Number(g.m2);
    const second = partOfMonth(m2 < m ? y + 1 : y, m2, g.part2 as string);
    return second && compareDays(second.end, first.start) > 0 ? span(first.start, second.end, 'day') : undefined;
  };
  if (year !== undefined) return build(year);
  if (!ctx.ref) return undefined;
  return pick(years(ctx.ref).map(build), ctx.ref, ctx.tense);
}

function bareMonth(g: Groups, ctx: Context): DateRange | undefined {
  const m = Number(g.m);
  const m2 = g.m2 === undefined ? m : Number(g.m2);
  if (m2 < m || !ctx.ref) return undefined;
  return pick(years(ctx.ref).map((y) => monthSpan(y, m, y, m2)), ctx.ref, ctx.tense);
}

function relativeYear(word: string | undefined, ctx: Context): number | undefined {
  if (word === undefined || !ctx.ref) return undefined;
  const offset = RELATIVE_YEARS[word];
  return offset === undefined ? undefined : ctx.ref.year + offset;
}

/** A quarter, half or part of a year given without a year: the reference year, or the one before for a past-tense period still ahead. */
function yearOfPeriod(value: (year: number) => DateRange | undefined, ctx: Context): DateRange | undefined {
  if (!ctx.ref) return undefined;
  const current = value(ctx.ref.year);
  if (current && ctx.tense === 'past' && compareDays(rangeOf(current).start, ctx.ref) > 0) return value(ctx.ref.year - 1);
  return current;
}

function weekday(ref: Day, week: number, wd: number): Day {
  return plusDays(weekOf(plusWeeks(ref, week)).start, wd - 1);
}

// ---- the parsers, in order of priority on equal length ---------------------------------------

const p = (source: string): RegExp => new RegExp(source, 'y');

export const PARSERS: readonly Parser[] = [
  {
    name: 'full-date',
    unitChars: '년.-/',
    digits: true,
    absolute: true,
    pattern: p(String.raw`(?<y>\d{4})\s?(?:년\s?(?<m>\d{1,2})\s?월\s?(?<d>\d{1,2})\s?일(?:${RANGE}(?<d2>\d{1,2})\s?일)?|(?<sep>[.\-/])\s?(?<mx>\d{1,2})\s?\k<sep>\s?(?<dx>\d{1,2})(?![\d])(?!\.\d)\.?)${LOCAL}(?:${TIME})?`),
    resolve: (g, ctx) => monthDay({ ...g, m: g.m ?? g.mx, d: g.d ?? g.dx }, ctx, Number(g.y)),
  },
  {
    name: 'short-date',
    unitChars: '.-/',
    digits: true,
    absolute: true,
    pattern: p(String.raw`(?<y>\d{2})(?<sep>[.\-/])(?<m>\d{2})\k<sep>(?<d>\d{2})(?![\d])(?!\.\d)\.?(?:${TIME})?`),
    resolve: (g, ctx) => monthDay(g, ctx, 2000 + Number(g.y)),
  },
  {
    name: 'year-month',
    unitChars: '년',
    digits: true,
    absolute: true,
    pattern: p(String.raw`(?<y>\d{4})\s?년\s?(?<m>\d{1,2})\s?월(?:(?:${RANGE}(?<m2>\d{1,2})\s?월)|\s?(?<part>${PART})(?:${RANGE}(?<m3>\d{1,2})\s?월\s?(?<part2>${PART}))?)?|(?<y2>\d{4})\s?년\s?(?<ma>\d{1,2})${RANGE}(?<mb>\d{1,2})\s?월`),
    resolve: (g) => {
      if (g.y2 !== undefined) return monthSpan(Number(g.y2), Number(g.ma), Number(g.y2), Number(g.mb));
      const y = Number(g.y);
      if (g.part !== undefined) return monthPart({ m: g.m, part: g.part, m2: g.m3, part2: g.part2 }, { ref: undefined, tense: undefined }, y);
      const m2 = g.m2 === undefined ? Number(g.m) : Number(g.m2);
      return m2 >= Number(g.m) ? monthSpan(y, Number(g.m), y, m2) : undefined;
    },
  },
  {
    name: 'year-period',
    unitChars: '년',
    digits: true,
    absolute: true,
    pattern: p(String.raw`(?<y>\d{4})\s?년\s?(?:(?<q>[1-4])\s?(?:${RANGE}(?<q2>[1-4])\s?)?분기|(?<h>상반기|하반기|연초|연말))`),
    resolve: (g) => (g.q ? quarterSpan(Number(g.y), Number(g.q), Number(g.q2 ?? g.q)) : yearPart(Number(g.y), g.h as string)),
  },
  {
    name: 'year',
    unitChars: '년',
    digits: true,
    absolute: true,
    pattern: p(String.raw`(?<y>\d{4})\s?년(?!\s?(?:생|대|도\s?분))`),
    resolve: (g) => (isRealDay(Number(g.y), 1, 1) ? span({ year: Number(g.y), month: 1, day: 1 }, { year: Number(g.y), month: 12, day: 31 }, 'year') : undefined),
  },
  {
    name: 'relative-year',
    firstLetters: '재지작전올금내이명',
    pattern: p(String.raw`(?<ry>재작년|지난해|작년|전년|올해|금년|내년|이듬해|명년)(?:\s?(?:(?<m>\d{1,2})(?:${RANGE}(?<m5>\d{1,2}))?\s?월(?:\s?(?<d>\d{1,2})\s?일(?:${RANGE}(?<d2>\d{1,2})\s?일)?(?:${TIME})?|\s?(?<part>${PART}))?|(?<q>[1-4])\s?(?:${RANGE}(?<q2>[1-4])\s?)?분기|(?<h>상반기|하반기|연초|연말)))?`),
    resolve: (g, ctx) => {
      const y = relativeYear(g.ry, ctx);
      if (y === undefined) return undefined;
      if (g.d !== undefined) return monthDay(g, ctx, y);
      if (g.part !== undefined) return monthPart(g, ctx, y);
      if (g.m !== undefined) return Number(g.m5 ?? g.m) >= Number(g.m) ? monthSpan(y, Number(g.m), y, Number(g.m5 ?? g.m)) : undefined;
      if (g.q !== undefined) return quarterSpan(y, Number(g.q), Number(g.q2 ?? g.q));
      if (g.h !== undefined) return yearPart(y, g.h);
      return span({ year: y, month: 1, day: 1 }, { year: y, month: 12, day: 31 }, 'year');
    },
  },
  {
    name: 'month-day',
    unitChars: '월',
    digits: true,
    pattern: p(String.raw`(?<m>\d{1,2})\s?월\s?(?<d>\d{1,2})(?:\s?일(?:${RANGE}(?:(?<m2>\d{1,2})\s?월\s?)?(?<d2>\d{1,2})\s?일|\s?부터\s?(?:(?<m3>\d{1,2})\s?월\s?)?(?<d3>\d{1,2})\s?일\s?까지)?|${RANGE}(?<d4>\d{1,2})\s?일)${LOCAL}(?:${TIME})?`),
    resolve: (g, ctx) => monthDay({ ...g, d2: g.d2 ?? g.d4 }, ctx),
  },
  {
    name: 'month-part',
    unitChars: '월',
    digits: true,
    pattern: p(String.raw`(?<m>\d{1,2})\s?월\s?(?<part>${PART})(?:${RANGE}(?<m2>\d{1,2})\s?월\s?(?<part2>${PART}))?`),
    resolve: (g, ctx) => monthPart(g, ctx),
  },
  {
    name: 'month',
    unitChars: '월~∼〜-',
    digits: true,
    pattern: p(String.raw`(?<m>\d{1,2})\s?(?:${RANGE}(?<m2>\d{1,2})\s?)?월(?!\s?\d{1,2}\s?(?:일|[~∼〜-]))`),
    resolve: (g, ctx) => bareMonth(g, ctx),
  },
  {
    name: 'last-or-coming',
    firstLetters: '지오이다',
    pattern: p(String.raw`(?<dir>지난|오는|이번|다음)\s?(?:(?<n>\d{1,2})\s?(?<unit>월|일)|(?<wd>[월화수목금토일])요일)(?:${TIME})?`),
    resolve: (g, ctx) => {
      const ref = ctx.ref;
      if (!ref) return undefined;
      const back = g.dir === '지난';
      if (g.wd !== undefined) {
        const wd = WEEKDAYS[g.wd] as number;
        const today = isoWeekday(ref);
        if (g.dir === '이번') return withTime(day(weekday(ref, 0, wd)), g);
        const shift = back ? -(((today - wd + 7) % 7) || 7) : ((wd - today + 7) % 7) || 7;
        return withTime(day(plusDays(ref, shift)), g);
      }
      const n = Number(g.n);
      if (g.unit === '월') {
        if (g.dir === '이번' || g.dir === '다음' || n < 1 || n > 12) return undefined;
        const year = back ? (n < ref.month ? ref.year : ref.year - 1) : n > ref.month ? ref.year : ref.year + 1;
        return monthSpan(year, n);
      }
      if (g.dir === '이번' || g.dir === '다음') return undefined;
      // 지난 N일: the latest day N before the reference; 오는 N일: the earliest after.
      for (let k = 0; k <= 3; k++) {
        const month = plusMonths({ year: ref.year, month: ref.month, day: 1 }, back ? -k : k);
        if (!isRealDay(month.year, month.month, n)) continue;
        const candidate = { year: month.year, month: month.month, day: n };
        if (back ? compareDays(candidate, ref) < 0 : compareDays(candidate, ref) > 0) return withTime(day(candidate), g);
      }
      return undefined;
    },
  },
  {
    name: 'relative-week',
    firstLetters: '지이다금내',
    pattern: p(String.raw`(?<w>지난\s?주|이번\s?주|다음\s?주|금주|내주)(?:\s?(?<wd>[월화수목금토일])요일(?:${TIME})?)?`),
    resolve: (g, ctx) => {
      if (!ctx.ref) return undefined;
      const offset = RELATIVE_WEEKS[(g.w as string).replace(/\s/g, '')] as number;
      if (g.wd !== undefined) return withTime(day(weekday(ctx.ref, offset, WEEKDAYS[g.wd] as number)), g);
      const week = weekOf(plusWeeks(ctx.ref, offset));
      return span(week.start, week.end, 'week');
    },
  },
  {
    name: 'relative-month',
    firstLetters: '지이다전금내',
    pattern: p(String.raw`(?<mw>지난\s?달|이번\s?달|다음\s?달|전달|이달|금월|내달)(?:\s?(?<d>\d{1,2})\s?일(?:${TIME})?|\s?(?<part>${PART}))?`),
    resolve: (g, ctx) => {
      if (!ctx.ref) return undefined;
      const month = plusMonths({ year: ctx.ref.year, month: ctx.ref.month, day: 1 }, RELATIVE_MONTHS[(g.mw as string).replace(/\s/g, '')] as number);
      if (g.d !== undefined) return isRealDay(month.year, month.month, Number(g.d)) ? withTime(day({ ...month, day: Number(g.d) }), g) : undefined;
      if (g.part !== undefined) {
        const part = partOfMonth(month.year, month.month, g.part);
        return part && span(part.start, part.end, 'day');
      }
      return monthSpan(month.year, month.month);
    },
  },
  {
    name: 'relative-day',
    firstLetters: '그어오금내명모글',
    pattern: p(String.raw`(?<dw>그저께|그제|어제|오늘|금일|내일|명일|모레|글피)(?:${TIME})?`),
    resolve: (g, ctx) => (ctx.ref ? withTime(day(plusDays(ctx.ref, RELATIVE_DAYS[g.dw as string] as number)), g) : undefined),
  },
  {
    name: 'counted',
    unitChars: '일주개달년',
    digits: true,
    firstLetters: '하이사나닷엿이여아열보한두세석',
    pattern: p(String.raw`(?:(?<n>\d{1,3})\s?(?<unit>일|주|개월|달|년)|(?<word>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|한\s?주|두\s?주|세\s?주|한\s?달|두\s?달|석\s?달|세\s?달))\s?(?<dir>전|뒤|후)`),
    resolve: (g, ctx) => {
      const ref = ctx.ref;
      if (!ref) return undefined;
      const sign = g.dir === '전' ? -1 : 1;
      if (g.word !== undefined) {
        const word = g.word.replace(/\s/g, '');
        const days = COUNTED_DAYS[word];
        if (days !== undefined) return day(plusDays(ref, sign * days));
        const counted = COUNTED_WORDS[word];
        if (!counted) return undefined;
        if (counted.unit === 'week') {
          const week = weekOf(plusWeeks(ref, sign * counted.n));
          return span(week.start, week.end, 'week');
        }
        const month = plusMonths({ year: ref.year, month: ref.month, day: 1 }, sign * counted.n);
        return monthSpan(month.year, month.month);
      }
      const n = Number(g.n);
      if (g.unit === '일') return day(plusDays(ref, sign * n));
      if (g.unit === '주') {
        const week = weekOf(plusWeeks(ref, sign * n));
        return span(week.start, week.end, 'week');
      }
      if (g.unit === '년') return span({ year: ref.year + sign * n, month: 1, day: 1 }, { year: ref.year + sign * n, month: 12, day: 31 }, 'year');
      const month = plusMonths({ year: ref.year, month: ref.month, day: 1 }, sign * n);
      return monthSpan(month.year, month.month);
    },
  },
  {
    name: 'period',
    unitChars: '분~∼〜-',
    digits: true,
    firstLetters: '상하연월',
    pattern: p(String.raw`(?:(?<q>[1-4])\s?(?:${RANGE}(?<q2>[1-4])\s?)?분기|(?<h>상반기|하반기|연초|연말)|(?<mp>월초|월말))`),
    resolve: (g, ctx) => {
      if (!ctx.ref) return undefined;
      if (g.mp !== undefined) {
        const part = partOfMonth(ctx.ref.year, ctx.ref.month, g.mp === '월초' ? '초' : '말');
        return part && span(part.start, part.end, 'day');
      }
      if (g.q !== undefined) return yearOfPeriod((y) => quarterSpan(y, Number(g.q), Number(g.q2 ?? g.q)), ctx);
      return yearOfPeriod((y) => yearPart(y, g.h as string), ctx);
    },
  },
  {
    name: 'day',
    unitChars: '일~∼〜-',
    digits: true,
    pattern: p(String.raw`(?<d>\d{1,2})(?:\s?일(?:${RANGE}(?<d2>\d{1,2})\s?일)?|${RANGE}(?<d4>\d{1,2})\s?일)${LOCAL}(?:${TIME})?`),
    resolve: (g, ctx) => {
      const ref = ctx.ref;
      if (!ref) return undefined;
      const d = Number(g.d);
      const build = (offset: number): DateRange | undefined => {
        const month = plusMonths({ year: ref.year, month: ref.month, day: 1 }, offset);
        if (!isRealDay(month.year, month.month, d)) return undefined;
        const until = g.d2 ?? g.d4;
        if (until === undefined) return day({ ...month, day: d });
        const e = Number(until);
        return e > d && isRealDay(month.year, month.month, e) ? span({ ...month, day: d }, { ...month, day: e }, 'day') : undefined;
      };
      return withTime(pick([build(-1), build(0), build(1)], ref, ctx.tense), g);
    },
  },
  {
    name: 'weekday',
    firstLetters: '월화수목금토일',
    pattern: p(String.raw`(?<wd>[월화수목금토일])요일(?:${TIME})?`),
    resolve: (g, ctx) => {
      if (!ctx.ref) return undefined;
      const wd = WEEKDAYS[g.wd as string] as number;
      const candidates = [-1, 0, 1].map((w) => day(weekday(ctx.ref as Day, w, wd)));
      return withTime(pick(candidates, ctx.ref, ctx.tense), g);
    },
  },
];

// ---- scanning -----------------------------------------------------------------------------------

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** First letters of the word parsers, flagged by char code (one look-up per character of the text). */
const WORD_STARTS = new Uint8Array(0x10000);
for (const parser of PARSERS) for (const letter of parser.firstLetters ?? '') WORD_STARTS[letter.charCodeAt(0)] = 1;

/** May `end` close a date (what follows is no letter, or a particle)? */
function closesWell(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (Number.isNaN(next) || (!isHangul(next) && !isDigit(next) && !isLatin(next))) return true;
  if (isDigit(next) || isLatin(next)) return false;
  for (const particle of PARTICLES) if (text.startsWith(particle, end)) return true;
  return false;
}

/** Dates after `매` (`매주 금요일`, `매년 3월`) recur: they are no one date. */
function isRecurring(text: string, start: number): boolean {
  return /매(?:주|달|월|년|해|일)?\s?$/.test(text.slice(Math.max(0, start - 3), start));
}

function groupsOf(match: RegExpExecArray): Groups {
  return (match.groups ?? {}) as Groups;
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
 * Mentions that need a reference are left out when `referenceDate` is not given.
 *
 * @param text - Any text.
 * @param options - `referenceDate`: `YYYY-MM-DD` or an ISO date-time.
 * @returns The mentions in text order, with UTF-16 offsets.
 * @throws {SinmunError} `invalid-input` when `text` is not a string; `invalid-option` for an unreadable `referenceDate`.
 *
 * @example
 * ```ts
 * findDates('지난해 11월 오픈AI가 챗GPT를 내놓았다.', { referenceDate: '2023-08-03' });
 * // [{ text: '지난해 11월', start: 0, end: 7, value: { start: '2022-11-01', end: '2022-11-30', precision: 'month' } }]
 * ```
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string') throw new SinmunError('invalid-input', 'The text must be a string.');
  return scanDates(text, referenceDay(options?.referenceDate)).mentions;
}

/** The parsers to try at a number followed by `unit`, or at a word starting with `first`, in {@link PARSERS} order. */
const PARSERS_AT = new Map<string, readonly Parser[]>();

function parsersFor(digit: boolean, char: string): readonly Parser[] {
  const key = digit ? `0${char}` : `a${char}`;
  let list = PARSERS_AT.get(key);
  if (list === undefined) {
    list = PARSERS.filter((parser) => (digit ? parser.digits === true && parser.unitChars?.includes(char) === true : parser.firstLetters?.includes(char) === true));
    PARSERS_AT.set(key, list);
  }
  return list;
}

/**
 * The scan behind {@link findDates}, with a count of the expressions left out for want of a
 * reference date (for the `no-reference-date` warning).
 */
export function scanDates(text: string, ref: Day | undefined): { mentions: DateMention[]; needReference: number } {
  const mentions: DateMention[] = [];
  const resolved = new Map<string, DateRange | undefined>();
  let needReference = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    if (!digit && WORD_STARTS[c] === 0) continue;
    const before = i === 0 ? NaN : text.charCodeAt(i - 1);
    if (digit && (isDigit(before) || before === 46 || before === 44 || isLatin(before) || before === 45 || before === 47)) continue;
    // A date word starts a word: inside one (the 이 of 경쟁이) nothing is tried.
    if (!digit && isHangul(before)) continue;

    let best: { end: number; parser: Parser; match: RegExpExecArray } | undefined;
    const first = text.charAt(i);
    // After a number, the unit says which parsers can match (년, 월, 일, 분기, '.', '~' …).
    let unit = '';
    if (digit) {
      let k = i;
      while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      if (text.charAt(k) === ' ') k++;
      unit = text.charAt(k);
    }
    for (const parser of parsersFor(digit, digit ? unit : first)) {
      parser.pattern.lastIndex = i;
      const match = parser.pattern.exec(text);
      if (!match) continue;
      let end = i + match[0].length;
      while (end > i && isSpaceCode(text.charCodeAt(end - 1))) end--;
      if (!best || end > best.end) best = { end, parser, match };
    }
    if (!best) continue;
    const { parser, match, end } = best;
    // Counts of days, months and years followed by 간, 동안, 째 … are durations; 올해 내내 is still this year.
    const counted = parser.name === 'day' || parser.name === 'counted' || parser.name === 'month';
    if (!closesWell(text, end) || (counted && DURATION_AFTER.test(text.slice(end, end + 4))) || isRecurring(text, i)) continue;
    const tense = ref ? tenseAfter(text, end) : undefined;
    // The same expression in the same tense resolves the same way: news copy repeats its dates.
    const key = `${parser.name}\u0000${tense ?? ''}\u0000${match[0]}`;
    let value = resolved.get(key);
    if (value === undefined && !resolved.has(key)) {
      value = parser.resolve(groupsOf(match), { ref, tense }) ?? undefined;
      resolved.set(key, value);
    }
    // An impossible date (2023년 2월 30일) or one that needs a missing reference is skipped whole:
    // its parts are not read as smaller dates.
    if (value) mentions.push({ text: text.slice(i, end), start: i, end, value: { ...value } });
    else if (!ref && !parser.absolute) needReference++;
    i = end - 1;
  }
  return { mentions, needReference };
}
