// The vocabulary of dates, Danish and English, lower case.

export interface MonthWord {
  month: number;
  /** An abbreviation ("nov"): never a date on its own in free text ("Jan" is also a name). */
  abbr: boolean;
  /** Danish-only full name: Danes never write "maj 7", so month-first day forms skip these in free text. */
  danishOnly: boolean;
  /** Also an ordinary English word ("may", "march"): bare in free text only when capitalized. */
  commonWord: boolean;
}

const DA_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const MONTH_WORDS = new Map<string, MonthWord>();
for (const [i, w] of DA_MONTHS.entries())
  MONTH_WORDS.set(w, { month: i + 1, abbr: false, danishOnly: !EN_MONTHS.includes(w), commonWord: false });
for (const [i, w] of EN_MONTHS.entries())
  MONTH_WORDS.set(w, { month: i + 1, abbr: false, danishOnly: false, commonWord: w === 'may' || w === 'march' });
for (const [w, m] of Object.entries(ABBREVIATIONS)) MONTH_WORDS.set(w, { month: m, abbr: true, danishOnly: false, commonWord: false });

export interface WeekdayWord {
  weekday: number /* luxon: 1 = Monday */;
  abbr: boolean;
}

const DA_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  man: 1,
  tir: 2,
  tirs: 2,
  ons: 3,
  tor: 4,
  tors: 4,
  fre: 5,
  lør: 6,
  søn: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export const WEEKDAY_WORDS = new Map<string, WeekdayWord>();
for (const [i, w] of [...DA_WEEKDAYS.entries(), ...EN_WEEKDAYS.entries()]) WEEKDAY_WORDS.set(w, { weekday: i + 1, abbr: false });
for (const [w, d] of Object.entries(WEEKDAY_ABBREVIATIONS)) WEEKDAY_WORDS.set(w, { weekday: d, abbr: true });

/** "i fredags" = last Friday. */
export const PAST_WEEKDAY_WORDS = new Map<string, number>(DA_WEEKDAYS.map((w, i) => [`${w}s`, i + 1]));

export const NUMBER_WORDS = new Map<string, number>([
  ['en', 1],
  ['et', 1],
  ['én', 1],
  ['to', 2],
  ['tre', 3],
  ['fire', 4],
  ['fem', 5],
  ['seks', 6],
  ['syv', 7],
  ['otte', 8],
  ['ni', 9],
  ['ti', 10],
  ['elleve', 11],
  ['tolv', 12],
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);

export type Part = 'early' | 'mid' | 'late';

/** Words before a month that pick a third of it. */
export const PART_PHRASES: Array<[string, Part]> = [
  ['start', 'early'],
  ['primo', 'early'],
  ['starten af', 'early'],
  ['i starten af', 'early'],
  ['først i', 'early'],
  ['begyndelsen af', 'early'],
  ['i begyndelsen af', 'early'],
  ['early', 'early'],
  ['beginning of', 'early'],
  ['the beginning of', 'early'],
  ['at the beginning of', 'early'],
  ['start of', 'early'],
  ['the start of', 'early'],
  ['at the start of', 'early'],
  ['midt', 'mid'],
  ['medio', 'mid'],
  ['midt i', 'mid'],
  ['midten af', 'mid'],
  ['i midten af', 'mid'],
  ['mid', 'mid'],
  ['middle of', 'mid'],
  ['the middle of', 'mid'],
  ['in the middle of', 'mid'],
  ['slut', 'late'],
  ['ultimo', 'late'],
  ['slutningen af', 'late'],
  ['i slutningen af', 'late'],
  ['sidst i', 'late'],
  ['udgangen af', 'late'],
  ['ved udgangen af', 'late'],
  ['late', 'late'],
  ['end of', 'late'],
  ['the end of', 'late'],
  ['at the end of', 'late'],
];

export const SPAN_OPENERS = ['fra', 'from', 'mellem', 'between'];
export const SPAN_CONNECTORS = ['til og med', 't.o.m.', 'til', 'to', 'until', 'till', 'through', 'thru'];
export const BETWEEN_CONNECTORS = ['og', 'and'];
export const BY_PHRASES = ['senest', 'no later than', 'not later than', 'by'];
/** Words that may stand before any date: "i november", "in week 45", "on Friday". */
export const LEAD_WORDS = ['i', 'in', 'on', 'during', 'inden for', 'within'];

export interface MonthRange {
  phrases: string[];
  from: number;
  to: number;
  season: boolean;
}

/** Named runs of months, read as spans of months: quarters, halves, seasons (winter crosses a new year: left out).
 *  Phrases ending in "of" need the year ("first half of 2025"). */
export const MONTH_RANGES: MonthRange[] = [
  { phrases: ['1. kvartal', 'første kvartal', 'q1', 'first quarter', 'first quarter of'], from: 1, to: 3, season: false },
  { phrases: ['2. kvartal', 'andet kvartal', 'q2', 'second quarter', 'second quarter of'], from: 4, to: 6, season: false },
  { phrases: ['3. kvartal', 'tredje kvartal', 'q3', 'third quarter', 'third quarter of'], from: 7, to: 9, season: false },
  { phrases: ['4. kvartal', 'fjerde kvartal', 'q4', 'fourth quarter', 'fourth quarter of'], from: 10, to: 12, season: false },
  { phrases: ['1. halvår', 'første halvår', 'h1', 'first half of'], from: 1, to: 6, season: false },
  { phrases: ['2. halvår', 'andet halvår', 'h2', 'second half of'], from: 7, to: 12, season: false },
  { phrases: ['foråret', 'forår', 'spring', 'the spring', 'spring of', 'the spring of'], from: 3, to: 5, season: true },
  { phrases: ['sommeren', 'sommer', 'summer', 'the summer', 'summer of', 'the summer of'], from: 6, to: 8, season: true },
  {
    phrases: ['efteråret', 'efterår', 'autumn', 'the autumn', 'fall', 'the fall', 'autumn of', 'the autumn of'],
    from: 9,
    to: 11,
    season: true,
  },
];
