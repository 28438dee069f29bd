// Danish public holidays and working days, for moving scheduled messages off days nobody reads them.
// Pure: asked about explicit years, never about "today".
//
// The days off by law are computed here (fixed dates and Easter), not loaded from date-holidays: that package holds
// every country's rules and cost the bot 17 MB of RSS for eleven Danish days a year. test/unit/holidays.test.ts holds
// this table equal to date-holidays' 'public' days of Denmark (names included) for every year 1900-2200.
import { DateTime } from 'luxon';
import type { IsoDate } from './types';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.utc(year, month, day);
}

/** Store Bededag was a day off until 2023 (abolished from 2024). */
const LAST_STORE_BEDEDAG = 2023;

// One lookup table per year: the year-long schedule asks about the same few days thousands of times.
const publicHolidaysByYear = new Map<number, Map<IsoDate, string>>();

function publicHolidaysOf(year: number): Map<IsoDate, string> {
  let table = publicHolidaysByYear.get(year);
  if (!table) {
    const easter = easterSunday(year);
    const fromEaster = (days: number) => easter.plus({ days }).toISODate()!;
    const fixed = (month: number, day: number) => DateTime.utc(year, month, day).toISODate()!;
    // Only days off by law: observances such as Fastelavn or Mors Dag are ordinary working days.
    const days: Array<[IsoDate, string]> = [
      [fixed(1, 1), 'Nytårsdag'],
      [fromEaster(-3), 'Skærtorsdag'],
      [fromEaster(-2), 'Langfredag'],
      [fromEaster(0), 'Påskedag'],
      [fromEaster(1), 'Anden påskedag'],
      ...(year <= LAST_STORE_BEDEDAG ? [[fromEaster(26), 'Store Bededag'] as [IsoDate, string]] : []),
      [fromEaster(39), 'Kristi Himmelfartsdag'],
      [fromEaster(49), 'Pinsedag'],
      [fromEaster(50), 'Anden Pinsedag'],
      [fixed(12, 25), 'Juledag'],
      [fixed(12, 26), 'Anden Juledag'],
    ];
    table = new Map(days);
    publicHolidaysByYear.set(year, table);
  }
  return table;
}

/** Every public holiday of a year, by date (for the test that holds this table to date-holidays'). */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  return publicHolidaysOf(year);
}

/**
 * Days that are not public holidays but on which municipal offices are closed by collective agreement:
 * juleaftensdag (24 December) and nytårsaftensdag (31 December). A digest that lands on them is moved
 * like one on a holiday. Grundlovsdag (5 June) is NOT here: it is a day off only from noon, so a morning
 * digest still finds its readers.
 */
const CLOSING_DAYS: ReadonlyMap<string, string> = new Map([
  ['12-24', 'Juleaftensdag'],
  ['12-31', 'Nytårsaftensdag'],
]);

function parseIsoDate(date: IsoDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  if (!parsed.isValid || date.length !== 10) throw new RangeError(`Not an ISO date (yyyy-MM-dd): ${date}`);
  return parsed;
}

/** Whether `date` is a Danish public holiday (a day off by law), with its Danish name. */
export function isDanishPublicHoliday(date: IsoDate): { holiday: boolean; name?: string } {
  const name = publicHolidaysOf(parseIsoDate(date).year).get(date);
  return name === undefined ? { holiday: false } : { holiday: true, name };
}

/**
 * Whether nobody is at work on `date` although it may be a weekday: a public holiday, or one of the
 * closing days (24 and 31 December). Weekends are not counted here; see isWorkingDay.
 */
export function isClosedDay(date: IsoDate): { closed: boolean; name?: string } {
  const holiday = isDanishPublicHoliday(date);
  if (holiday.holiday) return { closed: true, name: holiday.name };
  const closing = CLOSING_DAYS.get(date.slice(5));
  return closing === undefined ? { closed: false } : { closed: true, name: closing };
}

/** Monday to Friday and not a closed day (public holiday, 24 or 31 December). */
export function isWorkingDay(date: IsoDate): boolean {
  return parseIsoDate(date).weekday <= 5 && !isClosedDay(date).closed;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = parseIsoDate(date);
  do {
    day = day.plus({ days: 1 });
  } while (!isWorkingDay(day.toISODate()!));
  return day.toISODate()!;
}
