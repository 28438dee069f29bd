// Calendar arithmetic on plain dates. Works in UTC so no daylight-saving gap can shift a date.
import { DateTime } from 'luxon';
import type { IsoDate, Period } from '../types';
import type { Part } from './words';

export function plainDate(year: number, month: number, day: number): DateTime | undefined {
  const dt = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
  return dt.isValid ? dt : undefined;
}

/** Today's calendar date (in whatever zone `today` carries) as a plain UTC date. */
export function plainToday(today: DateTime): DateTime {
  return DateTime.fromObject({ year: today.year, month: today.month, day: today.day }, { zone: 'utc' });
}

export function iso(dt: DateTime): IsoDate {
  return dt.toISODate() as string;
}

/**
 * The periods a date without a year is tried in (settle tries eleven years a piece, and luxon takes microseconds for
 * each: a pasted timeline of 100 lines of "uge 1-uge 1-…" spent 60 ms there), by their numbers. A copy goes out each
 * time, so no caller shares one; cleared when full.
 */
const periods = new Map<string, Period | undefined>();
const PERIODS_KEPT = 4000;
function remembered(key: string, make: () => Period | undefined): Period | undefined {
  let p = periods.get(key);
  if (p === undefined && !periods.has(key)) {
    p = make();
    if (periods.size >= PERIODS_KEPT) periods.clear();
    periods.set(key, p);
  }
  return p && { start: p.start, end: p.end, form: { ...p.form } };
}

export function dayPeriod(year: number, month: number, day: number): Period | undefined {
  return remembered(`d${year}-${month}-${day}`, () => {
    const dt = plainDate(year, month, day);
    return dt && { start: iso(dt), end: iso(dt), form: { kind: 'day' } };
  });
}

export function dayPeriodOf(dt: DateTime): Period {
  return { start: iso(dt), end: iso(dt), form: { kind: 'day' } };
}

export function monthPeriod(year: number, month: number): Period {
  return remembered(`m${year}-${month}`, () => {
    const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
    return { start: iso(first), end: iso(first.endOf('month')), form: { kind: 'month' } };
  }) as Period;
}

/** early = 1st-10th, mid = 11th-20th, late = 21st-last day. */
export function partPeriod(year: number, month: number, part: Part): Period {
  return remembered(`p${year}-${month}-${part}`, () => {
    const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
    const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, first.daysInMonth ?? 31];
    return { start: iso(first.set({ day: from })), end: iso(first.set({ day: to })), form: { kind: 'part', part } };
  }) as Period;
}

export function weekPeriod(weekYear: number, week: number): Period | undefined {
  return remembered(`w${weekYear}-${week}`, () => {
    const monday = DateTime.fromObject({ weekYear, weekNumber: 1, weekday: 1 }, { zone: 'utc' });
    if (week < 1 || week > monday.weeksInWeekYear) return undefined;
    const start = DateTime.fromObject({ weekYear, weekNumber: week, weekday: 1 }, { zone: 'utc' });
    return { start: iso(start), end: iso(start.plus({ days: 6 })), form: { kind: 'week', week, weekYear } };
  });
}

export function weekPeriodOf(dt: DateTime): Period {
  return weekPeriod(dt.weekYear, dt.weekNumber) as Period;
}

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of a plain ISO date's midnight UTC, or NaN. Plain arithmetic: a digest or listing does this for every
 *  line, and luxon's parse and diff cost ~10 µs each. Anything but YYYY-MM-DD goes to luxon, which reads more forms. */
function utcMidnight(date: IsoDate): number {
  return PLAIN_DATE.test(date) ? Date.parse(date) : DateTime.fromISO(date, { zone: 'utc' }).toMillis();
}

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The ISO date `days` after `date` (before, when negative). */
export function plusDays(date: IsoDate, days: number): IsoDate {
  if (PLAIN_DATE.test(date) && date >= '1000') return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** An ISO week: its week-numbering year, its number and its Monday. */
export interface IsoWeek {
  weekYear: number;
  week: number;
  monday: IsoDate;
}

/** The ISO week a date falls in, by plain arithmetic (a due listing asks for every item's): the week is the one its
 *  Thursday's year counts. Anything but YYYY-MM-DD (from year 1000 on) goes to luxon, which reads more forms. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  if (!PLAIN_DATE.test(date) || date < '1000') {
    const d = DateTime.fromISO(date, { zone: 'utc' });
    return { weekYear: d.weekYear, week: d.weekNumber, monday: iso(d.startOf('week')) };
  }
  const ms = Date.parse(date);
  const weekday = new Date(ms).getUTCDay() || 7; // Monday 1 … Sunday 7
  const thursday = ms + (4 - weekday) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / DAY_MS / 7) + 1;
  return { weekYear, week, monday: new Date(ms - (weekday - 1) * DAY_MS).toISOString().slice(0, 10) };
}

/** 'yyyy-MM' of a date: read off a plain one, through luxon for any other form. */
export function monthKeyOf(date: IsoDate): string {
  return PLAIN_DATE.test(date) && date >= '1000' ? date.slice(0, 7) : DateTime.fromISO(date, { zone: 'utc' }).toFormat('yyyy-MM');
}

/** The month after a 'yyyy-MM' key, as a key. */
export function nextMonthKey(month: string): string {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(next).padStart(2, '0')}`;
}
