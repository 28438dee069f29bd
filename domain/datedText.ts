// A log text read later. "i går", "i fredags", "på fredag" are right the day they are written and wrong or meaningless
// months later on a slide, a workbook or a CSV. Here each such phrase gets its real date ("i går" → "mandag d. 4.
// november"), as of the day the entry was written. The stored text stays as typed (the entry's history shows it).
// Pure: the zone comes in; nothing reads the clock.
import { DateTime } from 'luxon';
import type { LogEntry } from './logEntry';
import type { IsoDate, Lang, Period } from './types';
import { formatDay, formatPeriod } from './periodFormat';
import { weekPeriodOf } from './dates/calendar';

const DA_DAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const EN_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NUMBERS: Record<string, number> = {
  en: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Days from the day of writing, by phrase. */
const DAY_OFFSETS: Record<string, number> = {
  'i dag': 0,
  idag: 0,
  'i morges': 0,
  'i formiddags': 0,
  'i eftermiddags': 0,
  'i aftes': -1,
  'i går': -1,
  igår: -1,
  'i forgårs': -2,
  iforgårs: -2,
  'i morgen': 1,
  imorgen: 1,
  'i overmorgen': 2,
  iovermorgen: 2,
  today: 0,
  yesterday: -1,
  'the day before yesterday': -2,
  tomorrow: 1,
  'the day after tomorrow': 2,
};
const WEEK_OFFSETS: Record<string, number> = {
  'denne uge': 0,
  'næste uge': 1,
  'sidste uge': -1,
  'forrige uge': -1,
  'this week': 0,
  'next week': 1,
  'last week': -1,
};

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
const DA_DAY = alt(DA_DAYS);
const EN_DAY = alt(EN_DAYS);
const COUNT = `\\d{1,3}|${alt(Object.keys(NUMBERS))}`;

/** Every relative day phrase, longest first at a position; whole words only. */
const PHRASE_SOURCE = `(?<![\\p{L}\\p{N}])(?:${[
  `i\\s+(?:${DA_DAY})s`,
  `(?:på\\s+førstkommende|på\\s+næste|førstkommende|kommende|på|næste|sidste|forrige|denne)\\s+(?:${DA_DAY})`,
  `(?:this\\s+coming|coming|last|next|this|on)\\s+(?:${EN_DAY})`,
  `for\\s+(?:${COUNT})\\s+dage?\\s+siden`,
  `(?:${COUNT})\\s+days?\\s+ago`,
  alt(Object.keys(WEEK_OFFSETS)),
  alt(Object.keys(DAY_OFFSETS)),
].join('|')})(?![\\p{L}\\p{N}])`;
const PHRASE = new RegExp(PHRASE_SOURCE, 'giu');
const HAS_PHRASE = new RegExp(PHRASE_SOURCE, 'iu');
/** Words only English phrases have. */
const ENGLISH = /today|yesterday|tomorrow|ago|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

const fold = (s: string) => s.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();

/** A weekday's date relative to `from`: the last one before it, or the first one after it. */
function weekdayFrom(from: DateTime, weekday: number, direction: 'before' | 'after'): DateTime {
  return direction === 'before'
    ? from.minus({ days: ((from.weekday - weekday + 6) % 7) + 1 })
    : from.plus({ days: ((weekday - from.weekday + 6) % 7) + 1 });
}

/** What a relative phrase means, written on `day`: a day or a week; undefined for anything else. */
export function relativePhraseDate(phrase: string, day: DateTime): Period | undefined {
  const p = fold(phrase);
  const asDay = (d: DateTime): Period => ({ start: d.toISODate()!, end: d.toISODate()!, form: { kind: 'day' } });
  if (p in DAY_OFFSETS) return asDay(day.plus({ days: DAY_OFFSETS[p] }));
  if (p in WEEK_OFFSETS) return weekPeriodOf(day.plus({ weeks: WEEK_OFFSETS[p] }));
  const ago = /^(?:for )?(\S+) (?:dage?|days?)(?: siden| ago)$/.exec(p);
  if (ago) {
    const n = /^\d+$/.test(ago[1]) ? Number(ago[1]) : NUMBERS[ago[1]];
    return n === undefined ? undefined : asDay(day.minus({ days: n }));
  }
  const words = p.split(' ');
  const last = words[words.length - 1];
  const past = /^i (\S+)s$/.exec(p);
  if (past && DA_DAYS.includes(past[1])) return asDay(weekdayFrom(day, DA_DAYS.indexOf(past[1]) + 1, 'before'));
  const weekday = DA_DAYS.includes(last) ? DA_DAYS.indexOf(last) + 1 : EN_DAYS.includes(last) ? EN_DAYS.indexOf(last) + 1 : 0;
  if (weekday === 0) return undefined;
  const lead = words.slice(0, -1).join(' ');
  if (['sidste', 'forrige', 'last'].includes(lead)) return asDay(weekdayFrom(day, weekday, 'before'));
  if (['næste', 'på næste', 'next'].includes(lead)) return asDay(day.plus({ weeks: 1 }).set({ weekday: weekday as 1 }));
  if (['denne', 'this'].includes(lead)) return asDay(day.set({ weekday: weekday as 1 }));
  return asDay(weekdayFrom(day, weekday, 'after')); // på, kommende, førstkommende, on, coming: the coming one
}

/** The day an entry was written, in the scope's zone (a message logged from Teams: the day of that message). */
export function writingDay(entry: Pick<LogEntry, 'writtenAt' | 'fromMessage'>, zone: string): DateTime {
  const at = DateTime.fromISO(entry.fromMessage?.at ?? entry.writtenAt, { zone: 'utc' }).setZone(zone);
  return DateTime.fromObject({ year: at.year, month: at.month, day: at.day }, { zone: 'utc' });
}

type Dated = Pick<LogEntry, 'text' | 'dateText' | 'happenedOn' | 'coming' | 'period' | 'writtenAt' | 'fromMessage'>;

/** The date words say, and how to write it: an English phrase in English, a Danish one in Danish. The year is written
 *  only when it is not the year of writing. */
function dateWords(phrase: string, entry: Dated, written: DateTime): string | undefined {
  const lang: Lang = ENGLISH.test(phrase) ? 'en' : 'da';
  // The entry's own date phrase has the date the bot saved (and showed) for it; any other is read as of writing.
  const own =
    entry.dateText !== undefined && fold(entry.dateText) === fold(phrase) && !entry.period
      ? { start: entry.coming?.start ?? entry.happenedOn, end: entry.coming?.start ?? entry.happenedOn, form: { kind: 'day' as const } }
      : undefined;
  const period = own ?? relativePhraseDate(phrase, written);
  if (!period) return undefined;
  return period.form.kind === 'day' ? formatDay(period.start as IsoDate, lang, written) : formatPeriod(period, lang, written);
}

/**
 * The text with each relative day phrase replaced by its date: "Møde med KL i går om samtaler" written on Tuesday 5
 * November 2019 reads "Møde med KL mandag d. 4. november om samtaler". A text without one is returned as it is.
 */
export function datedText(entry: Dated, zone: string): string {
  if (!HAS_PHRASE.test(entry.text)) return entry.text;
  const written = writingDay(entry, zone);
  return entry.text.replace(PHRASE, (phrase: string, offset: number) => {
    const words = dateWords(phrase, entry, written);
    if (!words) return phrase;
    return offset === 0 ? words.charAt(0).toLocaleUpperCase('da') + words.slice(1) : words;
  });
}

/** The date as written, for a file's "Dato som skrevet" column: a relative phrase with its date beside it ("i går
 *  (mandag d. 4. november)"), anything else as typed. */
export function datedDateText(entry: Dated, zone: string): string {
  const text = entry.dateText ?? '';
  if (text === '') return '';
  const dated = datedText({ ...entry, text }, zone);
  return dated === text ? text : `${text} (${dated.charAt(0).toLocaleLowerCase('da')}${dated.slice(1)})`;
}
