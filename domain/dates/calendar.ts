// Calendar arithmetic on plain dates. Works in UTC so no daylight-saving gap can shift a date.
import { DateTime } from 'luxon';
import { IsoDate, Period } from '../types';
import { Part } from './words';

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

export function dayPeriod(year: number, month: number, day: number): Period | undefined {
  const dt = plainDate(year, month, day);
  return dt && { start: iso(dt), end: iso(dt), form: { kind: 'day' } };
}

export function dayPeriodOf(dt: DateTime): Period {
  return { start: iso(dt), end: iso(dt), form: { kind: 'day' } };
}

export function monthPeriod(year: number, month: number): Period {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
  return { start: iso(first), end: iso(first.endOf('month')), form: { kind: 'month' } };
}

/** early = 1st-10th, mid = 11th-20th, late = 21st-last day. */
export function partPeriod(year: number, month: number, part: Part): Period {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, first.daysInMonth ?? 31];
  return { start: iso(first.set({ day: from })), end: iso(first.set({ day: to })), form: { kind: 'part', part } };
}

export function weekPeriod(weekYear: number, week: number): Period | undefined {
  const monday = DateTime.fromObject({ weekYear, weekNumber: 1, weekday: 1 }, { zone: 'utc' });
  if (week < 1 || week > monday.weeksInWeekYear) return undefined;
  const start = DateTime.fromObject({ weekYear, weekNumber: week, weekday: 1 }, { zone: 'utc' });
  return { start: iso(start), end: iso(start.plus({ days: 6 })), form: { kind: 'week', week, weekYear } };
}

export function weekPeriodOf(dt: DateTime): Period {
  return weekPeriod(dt.weekYear, dt.weekNumber) as Period;
}
