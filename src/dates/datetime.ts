/**
 * Reading the publication times printed or declared by Korean pages, and writing them in Korean
 * time (+09:00). Only UTC arithmetic is used, so the machine's time zone never changes a result.
 */
import { formatDay, isRealDay } from './calendar.js';

/** Korean Standard Time offset in minutes. Korea has no daylight saving time. */
export const KST_OFFSET_MINUTES = 9 * 60;

/** A reading: an ISO string in Korean time, or the reason it could not be read. */
export type DateReading = { iso: string } | { invalid: string };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC the time was written in; Korean time when absent. */
  offset?: number;
}

/** Validates parts and writes them as an ISO string in Korean time. */
export function formatKst(parts: Parts): DateReading {
  const { year, month, day } = parts;
  if (!isRealDay(year, month, day)) return { invalid: `${year}-${month}-${day} is not a calendar day` };
  if (parts.hour === undefined) return { iso: formatDay({ year, month, day }) };
  const hour = parts.hour;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) {
    return { invalid: `${hour}:${minute} is not a time of day` };
  }
  const offset = parts.offset ?? KST_OFFSET_MINUTES;
  const utc = new Date(Date.UTC(2000, month - 1, day, hour, minute, Math.min(second, 59)));
  utc.setUTCFullYear(year, month - 1, day); // Date.UTC reads years 0–99 as 1900–1999
  const kst = new Date(utc.getTime() - offset * 60_000 + KST_OFFSET_MINUTES * 60_000);
  if (kst.getUTCFullYear() > 9999 || kst.getUTCFullYear() < 1) return { invalid: `${year}-${month}-${day} is outside years 1–9999 in Korean time` };
  return {
    iso:
      `${formatDay({ year: kst.getUTCFullYear(), month: kst.getUTCMonth() + 1, day: kst.getUTCDate() })}` +
      `T${pad(kst.getUTCHours())}:${pad(kst.getUTCMinutes())}:${pad(kst.getUTCSeconds())}+09:00`,
  };
}

const ISO_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTHS_EN: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const RFC_2822_PATTERN =
  /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})?/i;

/**
 * Korean date lines: `2023.08.03 10:12`, `2023-08-03 오후 3:21`, `2023. 8. 3. 오후 3:21`,
 * `2023년 8월 3일 15시 21분`, `23.08.03`, `2023/08/03 (목) 10:12:31`.
 * The groups: year, month, day, meridiem before, hour, minute, second, meridiem after.
 */
export const KOREAN_DATE_TIME_PATTERN =
  /(?<![\d.])(\d{4}|\d{2})\s?(?:[.\-/]|년)\s?(\d{1,2})\s?(?:[.\-/]|월)\s?(\d{1,2})(?!\d)(?:\s?일)?\.?(?:\s?\(\s?[월화수목금토일]\s?\))?(?:\s{0,3}(오전|오후|AM|PM)?\s?(\d{1,2})\s?(?::|시)\s?(\d{1,2})?(?:\s?분)?(?::(\d{2}))?(?:\s?(AM|PM))?)?/i;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  if (/^(z|gmt|utc)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function to24Hour(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  const pm = meridiem === '오후' || meridiem.toLowerCase() === 'pm';
  if (hour === 12) return pm ? 12 : 0; // 오전 12시 is midnight, 오후 12시 is noon.
  return pm && hour < 12 ? hour + 12 : hour;
}

/** Two-digit years on Korean pages (`23.08.03`) are in this century. */
function fullYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? 2000 + n : n;
}

/**
 * Reads a date or date-time as written in JSON-LD, meta tags or the visible page and returns it in
 * Korean time: an ISO date-time with `+09:00`, or `YYYY-MM-DD` when no time is given. Times without
 * a zone are taken as Korean time; UTC and other zones are converted.
 *
 * @param text - `2023-08-03T01:12:00Z`, `2023.08.03 오후 3:21`, `입력 2023-08-03 10:12`, …
 * @returns `{ iso }`, `{ invalid }` for an impossible date (`2023-02-30`), or `undefined` when no date is found.
 *
 * @example
 * ```ts
 * readDateTime('2023-08-03T01:12:00Z'); // { iso: '2023-08-03T10:12:00+09:00' }
 * readDateTime('기사입력 : 2023-08-03 오후 3:21'); // { iso: '2023-08-03T15:21:00+09:00' }
 * ```
 */
export function readDateTime(text: string): DateReading | undefined {
  const value = text.trim();
  if (value === '' || value.length > 200) return undefined;

  const iso = ISO_PATTERN.exec(value);
  if (iso) {
    return formatKst({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: iso[4] === undefined ? undefined : Number(iso[4]),
      minute: iso[5] === undefined ? undefined : Number(iso[5]),
      second: iso[6] === undefined ? undefined : Number(iso[6]),
      offset: offsetMinutes(iso[7]),
    });
  }

  const rfc = RFC_2822_PATTERN.exec(value);
  if (rfc) {
    const month = MONTHS_EN[(rfc[2] as string).toLowerCase()];
    if (month !== undefined) {
      return formatKst({
        year: Number(rfc[3]),
        month,
        day: Number(rfc[1]),
        hour: Number(rfc[4]),
        minute: Number(rfc[5]),
        second: rfc[6] === undefined ? undefined : Number(rfc[6]),
        offset: offsetMinutes(rfc[7]),
      });
    }
  }

  const korean = KOREAN_DATE_TIME_PATTERN.exec(value);
  if (korean) {
    const hour = korean[5] === undefined ? undefined : to24Hour(Number(korean[5]), korean[4] ?? korean[8]);
    return formatKst({
      year: fullYear(korean[1] as string),
      month: Number(korean[2]),
      day: Number(korean[3]),
      hour,
      minute: hour === undefined ? undefined : Number(korean[6] ?? 0),
      second: korean[7] === undefined ? undefined : Number(korean[7]),
    });
  }
  return undefined;
}

/** Labels of date lines, by the field they give. */
export const DATE_LABELS = {
  published: [
    '기사입력', '입력', '등록', '게재', '작성', '발행', '송고', '승인', '기사승인', '최초입력', '작성일', '등록일', '입력일', '게재일', '발행일',
    '송고일', '승인일', '작성일시', '등록일시', '입력일시', '날짜', '일자', 'Posted on', 'Posted', 'Published on', 'Published', 'Created', 'Date',
  ],
  modified: ['최종수정', '기사수정', '수정', '업데이트', '최종 수정', '수정일', '업데이트일', '수정일시', '최종수정일', 'Last updated', 'Last modified', 'Updated on', 'Updated', 'Modified'],
} as const;

const MODIFIED_LABELS: ReadonlySet<string> = new Set(DATE_LABELS.modified.map((label) => label.toLowerCase()));

/** A labelled date in a line of the page. */
export interface LabelledDate {
  field: 'published' | 'modified';
  label: string;
  reading: DateReading;
}

const LABEL_PATTERN = new RegExp(
  `(${[...DATE_LABELS.published, ...DATE_LABELS.modified]
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/ /g, '\\s?'))
    .join('|')})(?:\\s?시간)?\\s?[:：]?\\s?(?=\\d)`.replace(/^/, '(?<![A-Za-z])'),
  'gi',
);

/**
 * Finds labelled dates in one line of visible text (`입력 2023.08.03 10:12 | 수정 2023.08.03 11:00`).
 *
 * @example
 * ```ts
 * findLabelledDates('입력 2023.08.03 10:12 수정 2023.08.04 09:00').map((d) => d.field); // ['published', 'modified']
 * ```
 */
export function findLabelledDates(line: string): LabelledDate[] {
  if (line.length > 300) return [];
  const found: LabelledDate[] = [];
  LABEL_PATTERN.lastIndex = 0;
  for (let match = LABEL_PATTERN.exec(line); match !== null; match = LABEL_PATTERN.exec(line)) {
    const label = (match[1] as string).replace(/\s/g, ' ');
    const rest = line.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const date = KOREAN_DATE_TIME_PATTERN.exec(rest) ?? /^(\d{4})-(\d{2})-(\d{2})T[\d:.+\-Z]+/.exec(rest);
    if (!date || date.index !== 0) continue;
    const reading = readDateTime(date[0]);
    if (!reading) continue;
    const field = MODIFIED_LABELS.has(label.toLowerCase()) ? 'modified' : 'published';
    found.push({ field, label, reading });
  }
  return found;
}

/** A board's view counter (`조회 : 92`, `조회수 1,204`, `Hit 35`). */
const VIEW_COUNT = /(?:조회수?|읽음|hits?|views?)\s?[:：]?\s?\d[\d,]*/i;
/** {@link KOREAN_DATE_TIME_PATTERN}, every date of a line. */
const ALL_DATE_TIMES = new RegExp(KOREAN_DATE_TIME_PATTERN.source, 'gi');

/**
 * The post date of a board's info line: an unlabelled date with a time beside a view counter,
 * the only date in the line (`일반 | 2023-09-07 13:18 | 조회 : 92`, `2023.09.07 13:18 조회수 1,204`),
 * as boards print it under a post's title.
 *
 * @example
 * ```ts
 * findPostDate('일반 | 2023-09-07 13:18 | 조회 : 92'); // { iso: '2023-09-07T13:18:00+09:00' }
 * findPostDate('2023-09-07 13:18'); // undefined: no view counter
 * ```
 */
export function findPostDate(line: string): DateReading | undefined {
  if (line.length > 120 || !VIEW_COUNT.test(line)) return undefined;
  const dates = line.match(ALL_DATE_TIMES) ?? [];
  if (dates.length !== 1) return undefined;
  const reading = readDateTime(dates[0] as string);
  // A time is what marks a post's own date; a bare day may be anything.
  return reading && 'iso' in reading && reading.iso.length > 10 ? reading : undefined;
}

/** What may stand beside the date in a date line: brackets, separators, a weekday, spaces. */
const DATE_LINE_DECORATION = /[\s[\](){}<>|:：,·/\-–—~]+/g;
/** Most characters of other text a line may hold beside its date and still be the date line. */
const MAX_TEXT_BESIDE_DATE = 4;

/**
 * A line that is nothing but a date (and brackets or separators): how many small sites print their
 * article's date with no label (`2023/08/03 14:21`, `[2023-08-03 오후 2:21:05]`,
 * `2010년 04월 06일 (화) 10:03:11`). A four-digit year is required: `23.08.03` alone may be anything.
 *
 * @example
 * ```ts
 * findDateLine('[2023-08-03 오후 2:21:05]'); // { iso: '2023-08-03T14:21:05+09:00' }
 * findDateLine('2023-08-03 청운시 소식'); // undefined
 * ```
 */
export function findDateLine(line: string): DateReading | undefined {
  if (line.length > 60) return undefined;
  const match = KOREAN_DATE_TIME_PATTERN.exec(line);
  if (!match || (match[1] as string).length !== 4) return undefined;
  const beside = (line.slice(0, match.index) + line.slice(match.index + match[0].length)).replace(DATE_LINE_DECORATION, '');
  if (beside.length > MAX_TEXT_BESIDE_DATE) return undefined;
  return readDateTime(match[0]);
}
