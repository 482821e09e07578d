/**
 * Reading a date phrase: a run of slots from the largest unit to the smallest (`[지난] 2023년 5월 25일 (목)
 * 오후 3시`), each read by a small sticky pattern built from the vocabulary tables. The result is a
 * {@link Phrase}: what the text says, not yet resolved against a reference date (`resolve.ts` does that).
 * Reading is greedy with backtracking over slots: when what follows the last slot is no particle
 * (`8월 초대`), that slot is given back (`8월`).
 */
import { isDigitCode, isHangulCode, isLatinCode } from '../helpers/chars.js';
import {
  ANCHORED_DAYS, ANCHORED_MONTHS, DAY_COUNT_AFTER, ANCHORED_YEARS, CLOCK_WORDS, COUNTED_DAYS, COUNTED_WORDS, DIRECTIONS, DURATION_AFTER, HALVES, LOCAL_TIME, MERIDIEMS,
  MONTH_PARTS, PARTICLES, PERIOD_PARTS, RANGE_MARKS, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_QUARTERS, RELATIVE_WEEKS,
  RELATIVE_YEARS, SEASONS, WEEKDAYS, WITHIN_YEAR, YEAR_PARTS,
} from './vocabulary.js';

/** A clock time as written: the hour and minute figures and the part of the day before them. */
export interface Clock {
  hour: number;
  minute: number;
  meridiem?: string;
}

/** What a date phrase says, slot by slot (all optional; at least one is set). */
export interface Phrase {
  /** `지난` -1, `오는`/`다음` +1, `이번` 0, with the word. */
  dir?: -1 | 0 | 1;
  dirWord?: string;
  year?: number;
  yearEnd?: number;
  yearRel?: number;
  quarter?: number;
  quarterEnd?: number;
  quarterRel?: number;
  half?: 1 | 2;
  season?: number;
  /** Months of the season (3; `연말연시` 2). */
  seasonMonths?: number;
  /** `연초` 0, `연말` 2: the first or last month of the year. */
  yearPart?: 0 | 2;
  /** `연내`: the whole year. */
  within?: boolean;
  month?: number;
  monthEnd?: number;
  monthRel?: number;
  /** `초` 0, `중순` 1, `말` 2: of the month, quarter, half or year named before it. */
  part?: 0 | 1 | 2;
  day?: number;
  dayEnd?: number;
  dayRel?: number;
  /** Years from the anchor's year (`같은 해` 0, `이듬해` +1): the year of the last date named before. */
  yearAnchor?: number;
  /** The anchor's month (`같은 달`). */
  monthAnchor?: boolean;
  /** Days from the anchor (`이날` 0, `전날` -1, `다음 날` +1). */
  anchor?: number;
  week?: number;
  weekend?: boolean;
  weekday?: number;
  /** The weekday was written in brackets after a day (`10일(목)`): it checks the day, it is no slot of its own. */
  weekdayInBrackets?: boolean;
  local?: boolean;
  /** The day written in brackets after a day word (`어제(21일)`). */
  dayInBrackets?: number;
  clock?: Clock;
  clockEnd?: Clock;
  /** A figure out of range (`13월`, `32일`, `25시`): the phrase is read whole and names no date. */
  impossible?: boolean;
  /** `70년 전 오늘`: the counted month's day of the reference, not the whole month. */
  sameDay?: boolean;
  /** `전년 동기`: the period named before, moved by `yearRel` years. */
  samePeriod?: boolean;
  /** `전 거래일`: the weekday before the anchor. */
  businessDay?: boolean;
  /** `3일 전`, `열흘 뒤`: signed count from the reference. */
  counted?: { n: number; unit: 'day' | 'week' | 'month' | 'year' };
}

/** A slot's size: a slot may only follow a larger one. */
const enum Rank {
  Year = 70,
  Period = 60,
  Month = 50,
  Week = 40,
  Day = 30,
  Weekday = 20,
  Local = 15,
  Time = 10,
}

type Groups = Record<string, string | undefined>;

interface SlotReader {
  /** Characters the slot may start with (after an optional space): a quick filter before the pattern. */
  starts: ReadonlySet<string>;
  rank: Rank;
  /** The rank the phrase has after this slot (a month part ends at day level). */
  after?: Rank;
  pattern: RegExp;
  /** Whether the slot may come here, given what was read before (`초` needs a month, year or period). */
  allowed?: (p: Phrase, first: boolean) => boolean;
  /** Fills the phrase; false when the figures are impossible (`13월`). */
  fill: (p: Phrase, g: Groups) => boolean;
}

// ---- pattern pieces built from the tables ------------------------------------------------------

const keyOf = (word: string): string => word.replace(/\s/g, '');

/** Longest first; a space in a table key may be written or not (`다음 달` also reads `다음달`). */
function alternatives(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => keyOf(b).length - keyOf(a).length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?'))
    .join('|');
}

/** A table with its keys' spaces removed, for looking up what was matched. */
function normalised<T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table).map(([key, value]) => [keyOf(key), value]));
}

const YEARS = normalised(RELATIVE_YEARS);
const MONTHS = normalised(RELATIVE_MONTHS);
const WEEKS = normalised(RELATIVE_WEEKS);
const QUARTERS = normalised(RELATIVE_QUARTERS);
const DAYS = normalised(RELATIVE_DAYS);
const ANCHORS = normalised(ANCHORED_DAYS);
const YEAR_ANCHORS = normalised(ANCHORED_YEARS);
const COUNTED_DAY_WORDS = normalised(COUNTED_DAYS);
const COUNTED_OTHER_WORDS = normalised(COUNTED_WORDS);

const TILDE = `\\s?[${RANGE_MARKS.replace('-', '\\-')}]\\s?`;
const CLOCK_TILDE = `\\s?[~∼〜～－\\-–]\\s?`;
const MERIDIEM = `(?:(?<mer>${alternatives(MERIDIEMS)})\\s?)?`;
const HOUR_MINUTE = (h: string, m: string, half = ''): string =>
  `(?<${h}>\\d{1,2})\\s?시(?!\\s?방향|간|각|즌|장|민|청|의회|내|외|립|정|점|세|책|대|가|공|설|행|범|제|도|험)(?:\\s?(?<${m}>\\d{1,2})\\s?분(?!간|기|야|석|량|의\\s?\\d))?${half}`;

const sticky = (source: string): RegExp => new RegExp(source, 'y');
const spaced = (source: string): RegExp => sticky(`\\s?(?:${source})`);

const number = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

const DIGITS: ReadonlySet<string> = new Set('0123456789');
/** The first letters of words (and of other sets of first letters). */
function firsts(...lists: Iterable<string>[]): ReadonlySet<string> {
  const letters = new Set<string>();
  for (const list of lists) for (const word of list) letters.add(word.charAt(0));
  return letters;
}

// ---- the slot readers, largest first; on one rank the first that matches wins -------------------

const yearOf = (p: Phrase): boolean => p.year !== undefined || p.yearRel !== undefined || p.yearAnchor !== undefined;
/** A slot that only starts a phrase (or follows a direction word). */
const isFirstOrAfterDir = (_: Phrase, first: boolean): boolean => first;

export const SLOT_READERS: readonly SlotReader[] = [
  // 2023.8.3, 2023-08-03, 2023/08/03, 2023. 8. 3., 23.08.03: year, month and day at once.
  {
    starts: DIGITS,
    rank: Rank.Year,
    after: Rank.Day,
    pattern: spaced(String.raw`(?<y>\d{4})\s?(?<sep>[./\-])\s?(?<m>\d{1,2})\s?\k<sep>\s?(?<d>\d{1,2})(?!\d)(?!\.\d)(?:\.(?!\d))?|(?<y2>\d{2})(?<sep2>[./\-])(?<m2>\d{1,2})\k<sep2>(?<d2>\d{1,2})(?!\d)(?![.\-/]\d)(?:\.(?!\d))?`),
    fill: (p, g) => {
      const year = g.y !== undefined ? Number(g.y) : 2000 + Number(g.y2);
      const month = Number(g.m ?? g.m2);
      const day = Number(g.d ?? g.d2);
      if (month < 1 || month > 12 || day < 1 || day > 31) return false;
      Object.assign(p, { year, month, day });
      return true;
    },
  },
  // 5. 19.(금) after a range mark, 12. 3.(금) before a weekday: a month and day of notices
  {
    starts: DIGITS,
    rank: Rank.Month,
    after: Rank.Day,
    pattern: spaced(String.raw`(?<=[~∼〜～－\-–]\s?)(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.(?!\d)|(?<m2>\d{1,2})\.\s?(?<d2>\d{1,2})\.(?=\s?\([월화수목금토일]\))`),
    allowed: (_, first) => first,
    fill: (p, g) => {
      const month = Number(g.m ?? g.m2);
      const day = Number(g.d ?? g.d2);
      if (month < 1 || month > 12 || day < 1 || day > 31) return false;
      Object.assign(p, { month, day });
      return true;
    },
  },
  // 2023.8 only at either end of a range (2023.8~2024.2): alone it is as often a figure.
  {
    starts: DIGITS,
    rank: Rank.Year,
    after: Rank.Month,
    pattern: spaced(String.raw`(?<y>\d{4})\.\s?(?<m>\d{1,2})(?!\d|\.\d)(?=\s?[~∼〜～－\-–]\s?\d{4}\.\s?\d{1,2}(?!\d))|(?<=[~∼〜～－\-–]\s?)(?<y2>\d{4})\.\s?(?<m2>\d{1,2})(?!\d|\.\d)`),
    fill: (p, g) => {
      const month = Number(g.m ?? g.m2);
      if (month < 1 || month > 12) return false;
      Object.assign(p, { year: Number(g.y ?? g.y2), month });
      return true;
    },
  },
  // 2023년, 2021~2023년 (not 1990년대, 2000년생, 2024년형)
  {
    starts: DIGITS,
    rank: Rank.Year,
    pattern: spaced(String.raw`(?<y>\d{4})\s?(?:${TILDE}(?<y2>\d{4})\s?)?년(?:도(?!\s?분))?(?!\s?(?:대|생|형|산|식|차|치|간|째))`),
    fill: (p, g) => {
      p.year = Number(g.y);
      if (g.y2 !== undefined) {
        p.yearEnd = Number(g.y2);
        if (p.yearEnd <= p.year) return false;
      }
      return true;
    },
  },
  // 지난해, 올해, 내년, 재작년 …; 올 only before a smaller slot (올 3월, 올 상반기, 올여름)
  {
    starts: firsts(Object.keys(RELATIVE_YEARS)),
    rank: Rank.Year,
    pattern: spaced(`(?<ry>${alternatives(Object.keys(RELATIVE_YEARS))})`),
    allowed: isFirstOrAfterDir,
    fill: (p, g) => {
      const word = keyOf(g.ry as string);
      p.yearRel = YEARS.get(word) ?? 0;
      return true;
    },
  },
  // 같은 해, 그해, 이듬해: the year of the date named before
  {
    starts: firsts(Object.keys(ANCHORED_YEARS)),
    rank: Rank.Year,
    pattern: spaced(`(?<ya>${alternatives(Object.keys(ANCHORED_YEARS))})`),
    allowed: isFirstOrAfterDir,
    fill: (p, g) => {
      p.yearAnchor = YEAR_ANCHORS.get(keyOf(g.ya as string)) ?? 0;
      return true;
    },
  },
  // '22년: a year of two figures after an apostrophe
  {
    starts: firsts(["'", '‘', '’']),
    rank: Rank.Year,
    pattern: sticky(`[''‘’](?<y>\\d{2})\\s?년(?!\\s?(?:대|생|형|산|식|차|간|째))`),
    fill: (p, g) => {
      p.year = 2000 + Number(g.y);
      return true;
    },
  },
  {
    starts: firsts(['올']),
    rank: Rank.Year,
    pattern: sticky('올(?=\\s?들어|\\s?한\\s?해|\\s?(?:\\d{1,2}\\s?(?:[~∼〜～－\\-–]\\s?\\d{1,2}\\s?)?(?:월|분기)|상반기|하반기|연말|연초|초|말|봄|여름|가을|겨울|[1-4]\\s?분기))'),
    allowed: (p, first) => first && p.dir === undefined,
    fill: (p) => {
      p.yearRel = 0;
      return true;
    },
  },
  // 2분기, 1~2분기; 이번 분기, 지난 분기
  {
    starts: firsts(DIGITS, Object.keys(RELATIVE_QUARTERS)),
    rank: Rank.Period,
    pattern: spaced(`(?<q>[1-4])\\s?(?:${TILDE}(?<q2>[1-4])\\s?)?분기|(?<qw>${alternatives(Object.keys(RELATIVE_QUARTERS))})`),
    fill: (p, g) => {
      if (g.qw !== undefined) {
        if (yearOf(p)) return false;
        p.quarterRel = QUARTERS.get(keyOf(g.qw)) ?? 0;
        return true;
      }
      p.quarter = Number(g.q);
      if (g.q2 !== undefined) {
        p.quarterEnd = Number(g.q2);
        if (p.quarterEnd <= p.quarter) return false;
      }
      return true;
    },
  },
  {
    starts: firsts(Object.keys(HALVES), Object.keys(YEAR_PARTS), WITHIN_YEAR),
    rank: Rank.Period,
    pattern: spaced(`(?<turn>연말연시|연말\\s?연초)|(?<h>${alternatives(Object.keys(HALVES))})|(?<yp>${alternatives(Object.keys(YEAR_PARTS))})|(?<w>${alternatives(WITHIN_YEAR)})`),
    fill: (p, g) => {
      if (g.turn !== undefined) {
        p.season = 12;
        p.seasonMonths = 2;
      } else if (g.h !== undefined) p.half = HALVES[g.h];
      else if (g.yp !== undefined) p.yearPart = YEAR_PARTS[g.yp];
      else p.within = true;
      return true;
    },
  },
  // 올여름, 지난겨울, 내년 봄: only after a year or a direction
  {
    starts: firsts(Object.keys(SEASONS)),
    rank: Rank.Period,
    pattern: spaced(`(?<s>${alternatives(Object.keys(SEASONS))})`),
    allowed: (p) => yearOf(p) || p.dir !== undefined,
    fill: (p, g) => {
      p.season = SEASONS[g.s as string];
      return true;
    },
  },
  // 같은 달, 그달: the month of the date named before
  {
    starts: firsts(ANCHORED_MONTHS),
    rank: Rank.Month,
    pattern: spaced(`(?:${alternatives(ANCHORED_MONTHS)})`),
    allowed: (p, first) => first || (p.yearRel !== undefined && p.dir === undefined),
    fill: (p) => {
      p.monthAnchor = true;
      return true;
    },
  },
  // 전년 동기, 지난해 같은 기간, 전년 동월: the period named before, a year back
  {
    starts: firsts(['동', '같']),
    rank: Rank.Month,
    after: Rank.Time,
    pattern: spaced('동기|동월|동분기|같은\\s?기간'),
    allowed: (p) => p.yearRel !== undefined && p.dir === undefined && p.month === undefined,
    fill: (p) => {
      p.samePeriod = true;
      return true;
    },
  },
  // 지난달, 이달, 다음 달 …; 월초, 월말
  {
    starts: firsts(Object.keys(RELATIVE_MONTHS)),
    rank: Rank.Month,
    pattern: spaced(`(?<mw>${alternatives(Object.keys(RELATIVE_MONTHS))})`),
    allowed: (p) => !yearOf(p) && p.dir === undefined,
    fill: (p, g) => {
      p.monthRel = MONTHS.get(keyOf(g.mw as string)) ?? 0;
      return true;
    },
  },
  {
    starts: firsts(Object.keys(MONTH_PARTS)),
    rank: Rank.Month,
    after: Rank.Day,
    pattern: spaced(`(?<mp>${alternatives(Object.keys(MONTH_PARTS))})`),
    allowed: (_, first) => first,
    fill: (p, g) => {
      p.monthRel = 0;
      p.part = MONTH_PARTS[g.mp as string];
      return true;
    },
  },
  // 11월, 1~3월
  {
    starts: DIGITS,
    rank: Rank.Month,
    pattern: spaced(`(?<m>\\d{1,2})\\s?(?:(?:${TILDE}|\\s?[·ㆍ]\\s?)(?<m2>\\d{1,2})\\s?)?월(?!드컵|세|급|간|령|요일)`),
    allowed: (p) => p.quarter === undefined && p.half === undefined && p.season === undefined && p.yearPart === undefined && p.within !== true,
    fill: (p, g) => {
      const m = Number(g.m);
      const m2 = number(g.m2);
      if (m2 !== undefined && (m2 > 12 || m2 <= m)) return false;
      if (m < 1 || m > 12) p.impossible = true;
      p.month = m;
      if (m2 !== undefined) p.monthEnd = m2;
      return true;
    },
  },
  // 지난주, 이번 주, 다음 주 (not 이번 주말: that is a weekend)
  {
    starts: firsts(Object.keys(RELATIVE_WEEKS)),
    rank: Rank.Week,
    pattern: spaced(`(?<ww>${alternatives(Object.keys(RELATIVE_WEEKS))})(?!말|\\s?주말)`),
    allowed: (p, first) => first && p.dir === undefined,
    fill: (p, g) => {
      p.week = WEEKS.get(keyOf(g.ww as string)) ?? 0;
      return true;
    },
  },
  // 주말 after a direction or a week word
  {
    starts: firsts(['주']),
    rank: Rank.Day,
    pattern: spaced('주말'),
    allowed: (p) => p.dir !== undefined || p.week !== undefined,
    fill: (p) => {
      p.weekend = true;
      return true;
    },
  },
  // 초, 중순, 말 … of the month, quarter, half or year before
  {
    starts: firsts(Object.keys(PERIOD_PARTS)),
    rank: Rank.Day,
    pattern: spaced(`(?<part>${alternatives(Object.keys(PERIOD_PARTS))})`),
    allowed: (p) => p.part === undefined && (p.month !== undefined || p.monthRel !== undefined || p.quarter !== undefined || p.quarterRel !== undefined || p.half !== undefined || yearOf(p)) && p.yearPart === undefined && p.within !== true && p.season === undefined,
    fill: (p, g) => {
      p.part = PERIOD_PARTS[g.part as string];
      return true;
    },
  },
  // 2월 중, 상반기 중, 다음 주 중: during the period (the value is the period's)
  {
    starts: firsts(['중', '안']),
    rank: Rank.Day,
    pattern: spaced('중(?!순|반)|안(?=에|으로|\\s|$)'),
    allowed: (p) => p.day === undefined && p.part === undefined && p.dayRel === undefined && p.anchor === undefined && p.weekday === undefined && p.counted === undefined && p.clock === undefined && p.weekend !== true,
    fill: () => true,
  },
  // 25일, 24~28일
  {
    starts: DIGITS,
    rank: Rank.Day,
    pattern: spaced(`(?<d>\\d{1,2})\\s?(?:(?:${TILDE}|,\\s?|\\s?[·ㆍ]\\s?)(?<d2>\\d{1,2})\\s?)?일(?!요일|\\s?요일)`),
    allowed: (p) => p.quarter === undefined && p.half === undefined && p.season === undefined && p.yearPart === undefined && p.within !== true && (p.month !== undefined || p.monthRel !== undefined || !yearOf(p)) && p.monthEnd === undefined,
    fill: (p, g) => {
      const d = Number(g.d);
      const d2 = number(g.d2);
      if (d2 !== undefined && (d2 > 31 || d2 <= d)) return false;
      if (d < 1 || d > 31) p.impossible = true;
      p.day = d;
      if (d2 !== undefined) p.dayEnd = d2;
      return true;
    },
  },
  // 전 거래일, 전 영업일: the weekday before the anchor
  {
    starts: firsts(['전', '직']),
    rank: Rank.Day,
    pattern: spaced('(?:직)?전\\s?(?:거래일|영업일)'),
    allowed: isFirstOrAfterDir,
    fill: (p) => {
      p.anchor = -1;
      p.businessDay = true;
      return true;
    },
  },
  // 주말 alone (주말 사이 눈이 쌓였다, 주말까지 이어진다): the weekend by tense; 주말 드라마 is no date
  {
    starts: firsts(['주']),
    rank: Rank.Day,
    pattern: sticky('주말(?=에(?!는)|까지|부터(?!는)|동안|께|쯤|\\s사이|\\s동안|\\s내내|\\s중)'),
    allowed: (p, first) => first && p.dir === undefined && p.week === undefined,
    fill: (p) => {
      p.weekend = true;
      return true;
    },
  },
  // 어제, 오늘, 내일 …; 이날, 전날, 다음 날 …
  {
    starts: firsts(Object.keys(RELATIVE_DAYS), Object.keys(ANCHORED_DAYS)),
    rank: Rank.Day,
    pattern: spaced(`(?<dw>${alternatives(Object.keys(RELATIVE_DAYS))})|(?<aw>${alternatives(Object.keys(ANCHORED_DAYS))})`),
    allowed: isFirstOrAfterDir,
    fill: (p, g) => {
      if (g.dw !== undefined) p.dayRel = DAYS.get(g.dw) ?? 0;
      else p.anchor = ANCHORS.get(keyOf(g.aw as string)) ?? 0;
      return true;
    },
  },
  // 금요일; (목), (목요일) after a day
  {
    starts: firsts(Object.keys(WEEKDAYS)),
    rank: Rank.Weekday,
    pattern: spaced(`(?<wd>[월화수목금토일])요일`),
    allowed: (p) => p.day !== undefined || p.dayRel !== undefined || p.anchor !== undefined || (p.month === undefined && p.part === undefined && p.monthRel === undefined && !yearOf(p) && p.weekend !== true && p.quarter === undefined),
    fill: (p, g) => {
      p.weekday = WEEKDAYS[g.wd as string];
      if (p.day !== undefined || p.dayRel !== undefined || p.anchor !== undefined) p.weekdayInBrackets = true;
      return true;
    },
  },
  {
    starts: firsts(['(']),
    rank: Rank.Weekday,
    pattern: sticky(`\\s?\\((?<wb>[월화수목금토일])(?:요일)?\\)`),
    allowed: (p) => p.day !== undefined || p.dayRel !== undefined || p.anchor !== undefined,
    fill: (p, g) => {
      p.weekday = WEEKDAYS[g.wb as string];
      p.weekdayInBrackets = true;
      return true;
    },
  },
  // 어제(21일), 오늘(5일): the day the word names, written out
  {
    starts: firsts(['(']),
    rank: Rank.Weekday,
    pattern: sticky(`\\s?\\((?<bd>\\d{1,2})일\\)`),
    allowed: (p) => (p.dayRel !== undefined || p.anchor !== undefined || (p.weekday !== undefined && p.day === undefined)) && p.clock === undefined,
    fill: (p, g) => {
      p.dayInBrackets = Number(g.bd);
      return true;
    },
  },
  // 3일 오후, 이날 밤, 목요일 아침: a part of the day with no clock time (no time in the value)
  {
    starts: firsts(MERIDIEMS),
    rank: Rank.Time,
    pattern: spaced(`(?:${alternatives(MERIDIEMS)})(?!\\s?(?:\\d{1,2}\\s?시(?!간)|\\d{1,2}:\\d|\\d{1,2}\\s?[~∼〜～－\\-–]|정오|자정)|은|아|게|추|춰|다|았|잠|새|참|낮)`),
    allowed: (p) => p.day !== undefined || p.dayRel !== undefined || p.anchor !== undefined || p.weekday !== undefined,
    fill: () => true,
  },
  {
    starts: firsts(['(']),
    rank: Rank.Local,
    pattern: sticky(`\\s?\\((?:${alternatives(LOCAL_TIME)})\\)`),
    allowed: (p) => p.day !== undefined || p.dayRel !== undefined || p.anchor !== undefined || p.weekday !== undefined || p.clock !== undefined,
    fill: (p) => {
      p.local = true;
      return true;
    },
  },
  // 오후 3시 30분, 오후 3시 반, 밤 11시 40분, 오후 2~4시, 오후 2시~4시 30분, 정오, 자정, 18:30, 10:00~18:00
  {
    starts: firsts(DIGITS, MERIDIEMS, Object.keys(CLOCK_WORDS)),
    rank: Rank.Time,
    pattern: spaced(
      `${MERIDIEM}(?:(?<cw>${alternatives(Object.keys(CLOCK_WORDS))})|(?<ha>\\d{1,2})${CLOCK_TILDE}(?<hb>\\d{1,2})\\s?시(?!간)|${HOUR_MINUTE('h', 'mi', '(?:\\s?(?<half>반))?')}(?:${CLOCK_TILDE}(?<mer2>${alternatives(MERIDIEMS)})?\\s?${HOUR_MINUTE('h2', 'mi2', '(?:\\s?(?<half2>반))?')})?)` +
        `|(?<hc>[0-2]?\\d):(?<mc>[0-5]\\d)(?!\\d|:\\d{2}\\d)(?::[0-5]\\d)?(?:${CLOCK_TILDE}(?<hd>[0-2]?\\d):(?<md>[0-5]\\d)(?!\\d))?`,
    ),
    fill: (p, g) => {
      const mer = g.mer;
      if (g.cw !== undefined) {
        const [h, m] = (CLOCK_WORDS[g.cw] as string).split(':').map(Number) as [number, number];
        p.clock = { hour: h, minute: m };
        return true;
      }
      if (g.ha !== undefined) {
        p.clock = { hour: Number(g.ha), minute: 0, meridiem: mer };
        p.clockEnd = { hour: Number(g.hb), minute: 0, meridiem: mer };
        return true;
      }
      if (g.hc !== undefined) {
        p.clock = { hour: Number(g.hc), minute: Number(g.mc) };
        if (p.clock.hour > 24) return false;
        if (g.hd !== undefined) p.clockEnd = { hour: Number(g.hd), minute: Number(g.md) };
        return true;
      }
      p.clock = { hour: Number(g.h), minute: g.half ? 30 : Number(g.mi ?? 0), meridiem: mer };
      if (g.h2 !== undefined) p.clockEnd = { hour: Number(g.h2), minute: g.half2 ? 30 : Number(g.mi2 ?? 0), meridiem: g.mer2 ?? mer };
      return true;
    },
  },
];

/** Direction words before a slot (`지난 5월`, `오는 9일`, `이번 주말`). */
const DIRECTION = sticky(`(?<dir>${alternatives(Object.keys(DIRECTIONS))})\\s?`);
const DIRECTION_STARTS = firsts(Object.keys(DIRECTIONS));

/** `3일 전`, `열흘 뒤`, `한 달 후`, `일주일 전`, `2년 전`: a count from the reference. */
const COUNTED = sticky(
  `(?:(?<n>\\d{1,3})\\s?(?<unit>일|주일|주|개월|달|년)|(?<word>${alternatives([...Object.keys(COUNTED_DAYS), ...Object.keys(COUNTED_WORDS)])}))\\s?(?<sign>전|뒤|후)(?!\\s?(?:거래일|영업일|분기|회차|시즌|년도))(?:\\s(?<today>오늘|이날|같은\\s?기간|동기))?`,
);

const isDigit = isDigitCode;
const isHangul = isHangulCode;
const isLatin = isLatinCode;

/** May `end` close a date (what follows is no letter, or a particle)? */
export function closesWell(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (Number.isNaN(next) || (!isHangul(next) && !isDigit(next) && !isLatin(next))) return true;
  if (isDigit(next) || isLatin(next)) return false;
  for (const particle of PARTICLES) if (text.startsWith(particle, end)) return true;
  // 1일자로, 15일자: the day a measure takes effect.
  return next === 0xc790 && text.charAt(end - 1) === '일' && !/[가-힣]/.test(text.charAt(end + 1).replace(/[로는의에부]/, ''));
}

/** A phrase read at a position, with its end (exclusive, trailing spaces not included) and the rank of its last slot. */
export interface PhraseReading {
  phrase: Phrase;
  end: number;
  /** The last slot counts something (a day, month, year or quarter figure): a duration word after it undoes it. */
  counts: boolean;
}

/** Letters a phrase may start with (slot words, direction words, counted words). */
export const PHRASE_FIRST_LETTERS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(RELATIVE_YEARS), ...Object.keys(RELATIVE_MONTHS), ...Object.keys(RELATIVE_WEEKS), ...Object.keys(RELATIVE_QUARTERS),
    ...Object.keys(RELATIVE_DAYS), ...Object.keys(ANCHORED_DAYS), ...Object.keys(DIRECTIONS), ...Object.keys(HALVES), ...Object.keys(YEAR_PARTS),
    ...Object.keys(MONTH_PARTS), ...WITHIN_YEAR, ...Object.keys(COUNTED_DAYS), ...Object.keys(COUNTED_WORDS), ...MERIDIEMS, ...Object.keys(CLOCK_WORDS),
    ...Object.keys(ANCHORED_YEARS), ...ANCHORED_MONTHS, "'", '‘', '’', '올', '월', '화', '수', '목', '금', '토', '일', '같', '이', '다', '분', '직', '당', '차', '전', '그', '주', '동',
  ].map((word) => word.charAt(0)),
);

/** The slot readers that may start with a character, in table order (built once per character seen). */
const READERS_AT = new Map<string, readonly SlotReader[]>();
function readersAt(char: string): readonly SlotReader[] {
  let readers = READERS_AT.get(char);
  if (readers === undefined) {
    readers = SLOT_READERS.filter((reader) => reader.starts.has(char));
    READERS_AT.set(char, readers);
  }
  return readers;
}

interface Step {
  phrase: Phrase;
  end: number;
  counts: boolean;
}

function numericSlot(reader: SlotReader): boolean {
  return reader.rank !== Rank.Time && reader.rank !== Rank.Weekday && reader.rank !== Rank.Local;
}

/**
 * Reads the date phrase starting at `start`, or `undefined`. The longest reading whose end closes well
 * (no letter after it but a particle) is returned.
 *
 * @example
 * ```ts
 * readPhrase('지난 5월 25일 열렸다', 0)?.end; // 9
 * ```
 */
export function readPhrase(text: string, start: number): PhraseReading | undefined {
  const counted = readCounted(text, start);
  if (counted) return counted;
  let phrase: Phrase = {};
  DIRECTION.lastIndex = start;
  const dir = DIRECTION_STARTS.has(text.charAt(start)) ? DIRECTION.exec(text) : null;
  let dirEnd = -1;
  if (dir) {
    const word = dir.groups?.dir as string;
    // A direction word that is itself the start of a slot word (지난해, 다음 달, 이번 주) is read as that word.
    phrase = { dir: DIRECTIONS[word], dirWord: word };
    dirEnd = start + dir[0].length;
  }
  const steps: Step[] = [];
  const tryFrom = (from: number, base: Phrase, baseRank: number): void => {
    let current = base;
    let at = from;
    let currentRank = baseRank;
    for (;;) {
      let advanced = false;
      for (const reader of readersAt(text.charAt(at) === ' ' ? text.charAt(at + 1) : text.charAt(at))) {
        const free = reader.rank === Rank.Local && current.local !== true;
        if (reader.rank >= currentRank && !free) continue;
        const first = steps.length === 0 && at === from;
        if (reader.allowed && !reader.allowed(current, first)) continue;
        reader.pattern.lastIndex = at;
        const match = reader.pattern.exec(text);
        if (!match || match[0].length === 0) continue;
        const next: Phrase = { ...current };
        if (!reader.fill(next, (match.groups ?? {}) as Groups)) continue;
        current = next;
        at += match[0].length;
        if (!free || reader.rank < currentRank) currentRank = reader.after ?? reader.rank;
        steps.push({ phrase: current, end: at, counts: numericSlot(reader) && /\d/.test(match[0]) && !/[~∼〜～－\-–—]/.test(match[0]) });
        advanced = true;
        break;
      }
      if (!advanced) break;
    }
  };
  // Slot words first (지난해, 다음 달, 이번 주, 다음 날); a direction prefix only when they read nothing.
  tryFrom(start, {}, 1000);
  if (steps.length === 0 && dir) tryFrom(dirEnd, phrase, 1000);
  for (let k = steps.length - 1; k >= 0; k--) {
    const step = steps[k] as Step;
    if (step.phrase.yearRel === 0 && isBareOl(text, start, step)) continue;
    if (!closesWell(text, step.end)) continue;
    const after = text.slice(step.end, step.end + 6);
    if (step.counts && (DURATION_AFTER.test(after) || (step.phrase.day !== undefined && !step.phrase.month && DAY_COUNT_AFTER.test(after)))) return undefined;
    return step;
  }
  return undefined;
}

/** `올` read alone (no slot after it) is no date. */
function isBareOl(text: string, start: number, step: Step): boolean {
  return text.charAt(start) === '올' && text.charAt(start + 1) !== '해' && step.end === start + 1 && !/^\s?(?:들어|한\s?해)/.test(text.slice(step.end, step.end + 4));
}

const COUNTED_STARTS = firsts(DIGITS, Object.keys(COUNTED_DAYS), Object.keys(COUNTED_WORDS));

function readCounted(text: string, start: number): PhraseReading | undefined {
  if (!COUNTED_STARTS.has(text.charAt(start))) return undefined;
  COUNTED.lastIndex = start;
  const match = COUNTED.exec(text);
  if (!match) return undefined;
  const g = (match.groups ?? {}) as Groups;
  const sameDayWords = g.today !== undefined && (g.unit === '년' || g.unit === '개월' || g.unit === '달') && (g.unit === '년' || !/^(?:같은|동기)/.test(g.today));
  const end = start + match[0].length - (g.today !== undefined && !sameDayWords ? g.today.length + 1 : 0);
  if (!closesWell(text, end)) return undefined;
  const sign = g.sign === '전' ? -1 : 1;
  if (g.word !== undefined) {
    const word = keyOf(g.word);
    const days = COUNTED_DAY_WORDS.get(word);
    if (days !== undefined) return { phrase: { counted: { n: sign * days, unit: 'day' } }, end, counts: false };
    const counted = COUNTED_OTHER_WORDS.get(word);
    if (!counted) return undefined;
    return { phrase: { counted: { n: sign * counted.n, unit: counted.unit } }, end, counts: false };
  }
  const n = Number(g.n);
  // 70년 전 오늘: the same day so many years or months back.
  // 1년 전 같은 기간: the period named before, so many years back.
  if (g.today !== undefined && /^(?:같은|동기)/.test(g.today) && g.unit === '년') {
    return { phrase: { yearRel: sign * n, samePeriod: true }, end, counts: false };
  }
  if (g.today !== undefined && (g.unit === '년' || g.unit === '개월' || g.unit === '달')) {
    return { phrase: { counted: { n: sign * (g.unit === '년' ? n * 12 : n), unit: 'month' }, sameDay: true }, end, counts: false };
  }
  const unit = g.unit === '일' ? 'day' : g.unit === '주' || g.unit === '주일' ? (g.unit === '주일' ? 'day' : 'week') : g.unit === '년' ? 'year' : 'month';
  return { phrase: { counted: { n: sign * (g.unit === '주일' ? n * 7 : n), unit } }, end, counts: false };
}

/** Whether a phrase names only a clock time (its day comes from the sentence). */
export const isClockOnly = (p: Phrase): boolean =>
  p.clock !== undefined && Object.keys(p).every((key) => key === 'clock' || key === 'clockEnd');

/** Range marks, as a set of characters. */
export const RANGE_MARK_SET: ReadonlySet<string> = new Set(RANGE_MARKS);
