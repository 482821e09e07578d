/**
 * Calendar arithmetic on plain days with date-fns. Days are built as local-midnight `Date`s and read
 * back with local getters only, so date-fns' calendar functions (which work in local time) give the
 * same days under every machine time zone; nothing here ever reads a UTC field or an instant.
 */
// One module per function: the package's index loads all of date-fns (~150 ms at start-up).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfWeek } from 'date-fns/endOfWeek';
import { startOfWeek } from 'date-fns/startOfWeek';

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function toDate(day: Day): Date {
  const date = new Date(day.year, day.month - 1, day.day);
  date.setFullYear(day.year); // years below 100 would otherwise be read as 19xx
  return date;
}

export function fromDate(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return false;
  return day <= lastDay(year, month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The last day of a month (the Gregorian leap rule; date-fns' lastDayOfMonth gives the same, at a Date's cost). */
export function lastDay(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_LENGTHS[month - 1] as number;
}

export const plusDays = (day: Day, n: number): Day => fromDate(addDays(toDate(day), n));
export const plusWeeks = (day: Day, n: number): Day => fromDate(addWeeks(toDate(day), n));
export const plusMonths = (day: Day, n: number): Day => fromDate(addMonths(toDate(day), n));
/** Days since 1970-01-01 of a calendar day: plain arithmetic for distances on hot paths (no Date kept). */
export const dayNumber = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
/** Days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: Day, b: Day): number => differenceInCalendarDays(toDate(b), toDate(a));

/** Monday and Sunday of the week holding `day` (weeks run Monday to Sunday in Korea). */
export function weekOf(day: Day): { start: Day; end: Day } {
  const date = toDate(day);
  return { start: fromDate(startOfWeek(date, { weekStartsOn: 1 })), end: fromDate(endOfWeek(date, { weekStartsOn: 1 })) };
}

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(day: Day): number {
  const weekday = toDate(day).getDay();
  return weekday === 0 ? 7 : weekday;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
