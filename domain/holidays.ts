// Danish public holidays and working days, for moving scheduled messages off days nobody reads them.
// Pure: date-holidays is only ever asked about explicit years, never about "today".
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { IsoDate } from './types';

const danish = new Holidays('DK');

// One lookup table per year: the year-long schedule asks about the same few days thousands of times.
const publicHolidaysByYear = new Map<number, Map<IsoDate, string>>();

function publicHolidaysOf(year: number): Map<IsoDate, string> {
  let table = publicHolidaysByYear.get(year);
  if (!table) {
    table = new Map();
    for (const holiday of danish.getHolidays(year)) {
      // Only days off by law: observances such as Fastelavn or Mors Dag are ordinary working days.
      if (holiday.type === 'public') table.set(holiday.date.slice(0, 10), holiday.name);
    }
    publicHolidaysByYear.set(year, table);
  }
  return table;
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

/** Whether `date` is a Danish public holiday (date-holidays type 'public'), with its Danish name. */
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
