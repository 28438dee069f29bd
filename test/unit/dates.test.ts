import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import {
  type DateContext,
  findPeriodInText,
  findTimeInText,
  parsePeriod,
  parseTimeOfDay,
  splitTitleAndPeriod,
  type YearRule,
} from '../../domain/dates';
import type { PeriodForm } from '../../domain/types';

const zone = 'Europe/Copenhagen';
/** A Wednesday in ISO week 47. */
const NOV20 = DateTime.fromISO('2024-11-20T10:00', { zone });
/** A Monday that is already in ISO week 1 of 2025. */
const DEC30 = DateTime.fromISO('2024-12-30T23:30', { zone });
const ctx = (yearRule: YearRule = 'future', today: DateTime = NOV20): DateContext => ({ today, yearRule });

/** "day", "part:early", "week:45/2024", "span:month>month": the form in one short string. */
function formOf(f: PeriodForm): string {
  switch (f.kind) {
    case 'part':
      return `part:${f.part}`;
    case 'week':
      return `week:${f.week}/${f.weekYear}`;
    case 'span':
      return `span:${formOf(f.from)}>${formOf(f.to)}`;
    default:
      return f.kind;
  }
}

/** [text, start, end (same as start if omitted), form, rule, today] */
type Row = [string, string, string | undefined, string, YearRule?, DateTime?];

const rows: Row[] = [
  // ---- a day ----
  ['7. november', '2025-11-07', , 'day'],
  ['7. november', '2024-11-07', , 'day', 'past'],
  ['7. november 2024', '2024-11-07', , 'day'],
  ['7. November 2024', '2024-11-07', , 'day', 'past'],
  ['d. 14. juni', '2025-06-14', , 'day'],
  ['d. 14. juni', '2024-06-14', , 'day', 'past'],
  ['den 14. juni 2020', '2020-06-14', , 'day'],
  ['D. 24. DECEMBER', '2024-12-24', , 'day'],
  ['20. november', '2024-11-20', , 'day'],
  ['20. november', '2024-11-20', , 'day', 'past'],
  ['25. december', '2024-12-25', , 'day'],
  ['25. december', '2023-12-25', , 'day', 'past'],
  ['14/6', '2025-06-14', , 'day'],
  ['14/6', '2024-06-14', , 'day', 'past'],
  ['14/6-2020', '2020-06-14', , 'day'],
  ['14/6 2020', '2020-06-14', , 'day'],
  ['14/6/2020', '2020-06-14', , 'day'],
  ['14.6.2020', '2020-06-14', , 'day'],
  ['14.6', '2025-06-14', , 'day'],
  ['14-6-2020', '2020-06-14', , 'day'],
  ['7.11.24', '2024-11-07', , 'day'],
  ['2020-06-14', '2020-06-14', , 'day'],
  ['7 November 2019', '2019-11-07', , 'day'],
  ['November 7, 2019', '2019-11-07', , 'day'],
  ['November 7', '2025-11-07', , 'day'],
  ['7th of November 2019', '2019-11-07', , 'day'],
  ['the 7th of November', '2024-11-07', , 'day', 'past'],
  ['7. nov.', '2025-11-07', , 'day'],
  ['7. nov', '2024-11-07', , 'day', 'past'],
  ['7. nov 2024', '2024-11-07', , 'day'],
  ['1. jan', '2025-01-01', , 'day'],
  ['3. feb. 2025', '2025-02-03', , 'day'],
  ['15. mar 2024', '2024-03-15', , 'day'],
  ['15. marts 2024', '2024-03-15', , 'day'],
  ['30. apr 2025', '2025-04-30', , 'day'],
  ['1. maj 2025', '2025-05-01', , 'day'],
  ['5. jun 2025', '2025-06-05', , 'day'],
  ['5. jul 2025', '2025-07-05', , 'day'],
  ['5. aug 2025', '2025-08-05', , 'day'],
  ['5. sep 2025', '2025-09-05', , 'day'],
  ['5. sept 2025', '2025-09-05', , 'day'],
  ['5. okt 2025', '2025-10-05', , 'day'],
  ['5 Oct 2025', '2025-10-05', , 'day'],
  ['5. dec', '2024-12-05', , 'day'],
  ['torsdag d. 7. november 2024', '2024-11-07', , 'day'],
  ['Thursday 7 November 2024', '2024-11-07', , 'day'],
  ['tors. 7/11 2024', '2024-11-07', , 'day'],
  ['fredag i uge 48', '2024-11-29', , 'day'],
  ['29. februar', '2028-02-29', , 'day'],
  ['29. februar', '2024-02-29', , 'day', 'past'],
  ['  7. november 2024!  ', '2024-11-07', , 'day'],
  // ---- part of a month: early 1-10, mid 11-20, late 21-end ----
  ['primo marts', '2025-03-01', '2025-03-10', 'part:early'],
  ['primo marts', '2024-03-01', '2024-03-10', 'part:early', 'past'],
  ['start marts 2024', '2024-03-01', '2024-03-10', 'part:early'],
  ['Primo februar 2024', '2024-02-01', '2024-02-10', 'part:early'],
  ['primo november', '2025-11-01', '2025-11-10', 'part:early'],
  ['primo november', '2024-11-01', '2024-11-10', 'part:early', 'past'],
  ['midt september', '2025-09-11', '2025-09-20', 'part:mid'],
  ['medio august 2024', '2024-08-11', '2024-08-20', 'part:mid'],
  ['medio november', '2024-11-11', '2024-11-20', 'part:mid'],
  ['slut oktober 2020', '2020-10-21', '2020-10-31', 'part:late'],
  ['ultimo februar 2024', '2024-02-21', '2024-02-29', 'part:late'],
  ['ultimo februar 2023', '2023-02-21', '2023-02-28', 'part:late'],
  ['slut november', '2024-11-21', '2024-11-30', 'part:late'],
  ['først i december', '2024-12-01', '2024-12-10', 'part:early'],
  ['sidst i januar', '2025-01-21', '2025-01-31', 'part:late'],
  ['i starten af marts 2025', '2025-03-01', '2025-03-10', 'part:early'],
  ['midt i juni 2025', '2025-06-11', '2025-06-20', 'part:mid'],
  ['i slutningen af maj 2025', '2025-05-21', '2025-05-31', 'part:late'],
  ['udgangen af juni 2025', '2025-06-21', '2025-06-30', 'part:late'],
  ['early October 2020', '2020-10-01', '2020-10-10', 'part:early'],
  ['mid October 2020', '2020-10-11', '2020-10-20', 'part:mid'],
  ['mid-October 2020', '2020-10-11', '2020-10-20', 'part:mid'],
  ['late October 2020', '2020-10-21', '2020-10-31', 'part:late'],
  ['beginning of March 2021', '2021-03-01', '2021-03-10', 'part:early'],
  ['middle of March 2021', '2021-03-11', '2021-03-20', 'part:mid'],
  ['end of October', '2025-10-21', '2025-10-31', 'part:late'],
  ['end of October', '2024-10-21', '2024-10-31', 'part:late', 'past'],
  ['the end of October 2020', '2020-10-21', '2020-10-31', 'part:late'],
  ['ultimo næste måned', '2024-12-21', '2024-12-31', 'part:late'],
  ['end of this month', '2024-11-21', '2024-11-30', 'part:late'],
  ['slutningen af måneden', '2024-11-21', '2024-11-30', 'part:late'],
  // ---- a whole month ----
  ['november 2020', '2020-11-01', '2020-11-30', 'month'],
  ['i november', '2024-11-01', '2024-11-30', 'month'],
  ['i november', '2024-11-01', '2024-11-30', 'month', 'past'],
  ['november', '2024-11-01', '2024-11-30', 'month'],
  ['Nov 2020', '2020-11-01', '2020-11-30', 'month'],
  ['okt. 2024', '2024-10-01', '2024-10-31', 'month'],
  ['Sept 2021', '2021-09-01', '2021-09-30', 'month'],
  ['October', '2025-10-01', '2025-10-31', 'month'],
  ['October', '2024-10-01', '2024-10-31', 'month', 'past'],
  ['in May', '2025-05-01', '2025-05-31', 'month'],
  ['december', '2023-12-01', '2023-12-31', 'month', 'past'],
  ['januar', '2025-01-01', '2025-01-31', 'month', 'future', DEC30],
  ['januar', '2024-01-01', '2024-01-31', 'month', 'past', DEC30],
  // ---- ISO weeks ----
  ['uge 45', '2025-11-03', '2025-11-09', 'week:45/2025'],
  ['uge 45', '2024-11-04', '2024-11-10', 'week:45/2024', 'past'],
  ['i uge 12', '2025-03-17', '2025-03-23', 'week:12/2025'],
  ['uge 47', '2024-11-18', '2024-11-24', 'week:47/2024'],
  ['uge 45 2024', '2024-11-04', '2024-11-10', 'week:45/2024'],
  ['uge 45, 2024', '2024-11-04', '2024-11-10', 'week:45/2024'],
  ['uge45', '2025-11-03', '2025-11-09', 'week:45/2025'],
  ['week 45', '2025-11-03', '2025-11-09', 'week:45/2025'],
  ['in week 45 2024', '2024-11-04', '2024-11-10', 'week:45/2024'],
  ['week 1 2025', '2024-12-30', '2025-01-05', 'week:1/2025'],
  ['uge 53 2020', '2020-12-28', '2021-01-03', 'week:53/2020'],
  // ---- around new year: today is Monday 2024-12-30, already ISO week 1 of 2025 ----
  ['uge 1', '2024-12-30', '2025-01-05', 'week:1/2025', 'future', DEC30],
  ['uge 1', '2024-12-30', '2025-01-05', 'week:1/2025', 'past', DEC30],
  ['uge 52', '2025-12-22', '2025-12-28', 'week:52/2025', 'future', DEC30],
  ['uge 52', '2024-12-23', '2024-12-29', 'week:52/2024', 'past', DEC30],
  ['5. januar', '2025-01-05', , 'day', 'future', DEC30],
  ['5. januar', '2024-01-05', , 'day', 'past', DEC30],
  ['denne uge', '2024-12-30', '2025-01-05', 'week:1/2025', 'future', DEC30],
  ['næste uge', '2025-01-06', '2025-01-12', 'week:2/2025', 'future', DEC30],
  ['næste måned', '2025-01-01', '2025-01-31', 'month', 'future', DEC30],
  ['i morgen', '2024-12-31', , 'day', 'future', DEC30],
  ['i overmorgen', '2025-01-01', , 'day', 'future', DEC30],
  ['december – februar', '2024-12-01', '2025-02-28', 'span:month>month', 'future', DEC30],
  ['i år', '2024-01-01', '2024-12-31', 'span:month>month', 'future', DEC30],
  // ---- spans, every dash, spaced or not ----
  ['marts – maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts - maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts — maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts–maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts-maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts—maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['marts til maj 2020', '2020-03-01', '2020-05-31', 'span:month>month'],
  ['1. maj - august 2020', '2020-05-01', '2020-08-31', 'span:day>month'],
  ['1. maj–august 2020', '2020-05-01', '2020-08-31', 'span:day>month'],
  ['november – december 2020', '2020-11-01', '2020-12-31', 'span:month>month'],
  ['15. marts - juni 2024', '2024-03-15', '2024-06-30', 'span:day>month'],
  ['Februar – april 2024', '2024-02-01', '2024-04-30', 'span:month>month'],
  ['Oktober — november 2024', '2024-10-01', '2024-11-30', 'span:month>month'],
  ['fra 1. maj til 15. juni', '2025-05-01', '2025-06-15', 'span:day>day'],
  ['fra 1. maj til 15. juni', '2024-05-01', '2024-06-15', 'span:day>day', 'past'],
  ['fra 1. maj 2024 til og med 15. juni 2024', '2024-05-01', '2024-06-15', 'span:day>day'],
  ['mellem 1. maj og 5. maj 2024', '2024-05-01', '2024-05-05', 'span:day>day'],
  ['May–June 2020', '2020-05-01', '2020-06-30', 'span:month>month'],
  ['May - June 2020', '2020-05-01', '2020-06-30', 'span:month>month'],
  ['from 1 May to 15 June 2020', '2020-05-01', '2020-06-15', 'span:day>day'],
  ['between 1 May and 5 May 2024', '2024-05-01', '2024-05-05', 'span:day>day'],
  ['december – februar 2021', '2020-12-01', '2021-02-28', 'span:month>month'],
  ['juni – maj 2020', '2019-06-01', '2020-05-31', 'span:month>month'],
  ['marts 2024 – maj', '2024-03-01', '2024-05-31', 'span:month>month'],
  ['1. december 2020 – februar', '2020-12-01', '2021-02-28', 'span:day>month'],
  ['marts-maj', '2025-03-01', '2025-05-31', 'span:month>month'],
  ['marts-maj', '2024-03-01', '2024-05-31', 'span:month>month', 'past'],
  ['1.–5. maj 2024', '2024-05-01', '2024-05-05', 'span:day>day'],
  ['1.-5. maj 2024', '2024-05-01', '2024-05-05', 'span:day>day'],
  ['1. - 5. maj 2024', '2024-05-01', '2024-05-05', 'span:day>day'],
  ['14–16 June 2024', '2024-06-14', '2024-06-16', 'span:day>day'],
  ['June 14–16, 2024', '2024-06-14', '2024-06-16', 'span:day>day'],
  ['14/6-20/6', '2025-06-14', '2025-06-20', 'span:day>day'],
  ['uge 45–48 2024', '2024-11-04', '2024-12-01', 'span:week:45/2024>week:48/2024'],
  ['uge 45 - uge 48', '2024-11-04', '2024-12-01', 'span:week:45/2024>week:48/2024'],
  ['uge 52 - uge 2 2025', '2024-12-23', '2025-01-12', 'span:week:52/2024>week:2/2025'],
  ['primo marts – ultimo maj 2025', '2025-03-01', '2025-05-31', 'span:part:early>part:late'],
  ['i dag – fredag', '2024-11-20', '2024-11-22', 'span:day>day'],
  // ---- a hard limit ----
  ['senest d. 15. december 2024', '2024-12-15', , 'by'],
  ['Senest d. 31. december 2020', '2020-12-31', , 'by'],
  ['senest 15. december', '2024-12-15', , 'by'],
  ['senest den 1. marts', '2025-03-01', , 'by'],
  ['senest 1/3', '2025-03-01', , 'by'],
  ['senest fredag', '2024-11-22', , 'by'],
  ['senest ultimo august 2024', '2024-08-31', , 'by'],
  ['no later than 15 December 2024', '2024-12-15', , 'by'],
  ['by 15 December 2024', '2024-12-15', , 'by'],
  ['by Friday', '2024-11-22', , 'by'],
  // ---- relative to today (Wednesday 2024-11-20) ----
  ['i dag', '2024-11-20', , 'day'],
  ['I dag', '2024-11-20', , 'day'],
  ['idag', '2024-11-20', , 'day'],
  ['today', '2024-11-20', , 'day'],
  ['i går', '2024-11-19', , 'day'],
  ['igår', '2024-11-19', , 'day'],
  ['yesterday', '2024-11-19', , 'day'],
  ['i forgårs', '2024-11-18', , 'day'],
  ['i morgen', '2024-11-21', , 'day'],
  ['tomorrow', '2024-11-21', , 'day'],
  ['i overmorgen', '2024-11-22', , 'day'],
  ['the day after tomorrow', '2024-11-22', , 'day'],
  ['om 3 dage', '2024-11-23', , 'day'],
  ['for to dage siden', '2024-11-18', , 'day'],
  ['2 days ago', '2024-11-18', , 'day'],
  ['på fredag', '2024-11-22', , 'day'],
  ['på fredag', '2024-11-22', , 'day', 'past'],
  ['fredag', '2024-11-15', , 'day', 'past'],
  ['fredag', '2024-11-22', , 'day'],
  ['fre', '2024-11-22', , 'day'],
  ['på onsdag', '2024-11-27', , 'day'],
  ['på onsdag', '2024-11-27', , 'day', 'past'],
  ['kommende onsdag', '2024-11-27', , 'day', 'nearest'],
  ['on Monday', '2024-11-25', , 'day'],
  ['on Monday', '2024-11-18', , 'day', 'past'],
  ['Friday', '2024-11-22', , 'day'],
  ['næste fredag', '2024-11-29', , 'day'],
  ['next Friday', '2024-11-29', , 'day'],
  ['næste mandag', '2024-11-25', , 'day'],
  ['i fredags', '2024-11-15', , 'day'],
  ['sidste fredag', '2024-11-15', , 'day'],
  ['last Friday', '2024-11-15', , 'day'],
  ['denne uge', '2024-11-18', '2024-11-24', 'week:47/2024'],
  ['this week', '2024-11-18', '2024-11-24', 'week:47/2024'],
  ['næste uge', '2024-11-25', '2024-12-01', 'week:48/2024'],
  ['i næste uge', '2024-11-25', '2024-12-01', 'week:48/2024'],
  ['next week', '2024-11-25', '2024-12-01', 'week:48/2024'],
  ['sidste uge', '2024-11-11', '2024-11-17', 'week:46/2024'],
  ['last week', '2024-11-11', '2024-11-17', 'week:46/2024'],
  ['om to uger', '2024-12-02', '2024-12-08', 'week:49/2024'],
  ['om 2 uger', '2024-12-02', '2024-12-08', 'week:49/2024'],
  ['in two weeks', '2024-12-02', '2024-12-08', 'week:49/2024'],
  ['denne måned', '2024-11-01', '2024-11-30', 'month'],
  ['this month', '2024-11-01', '2024-11-30', 'month'],
  ['næste måned', '2024-12-01', '2024-12-31', 'month'],
  ['next month', '2024-12-01', '2024-12-31', 'month'],
  ['sidste måned', '2024-10-01', '2024-10-31', 'month'],
  ['i sidste måned', '2024-10-01', '2024-10-31', 'month'],
  ['last month', '2024-10-01', '2024-10-31', 'month'],
  ['i år', '2024-01-01', '2024-12-31', 'span:month>month'],
  ['next year', '2025-01-01', '2025-12-31', 'span:month>month'],
  // ---- "today" is the calendar date in Copenhagen, whatever the UTC date (winter and summer time) ----
  ['i dag', '2024-12-31', , 'day', 'future', DateTime.fromISO('2024-12-31T00:30', { zone })],
  ['i går', '2024-06-30', , 'day', 'past', DateTime.fromISO('2024-07-01T01:15', { zone })],
  ['i morgen', '2024-03-31', , 'day', 'future', DateTime.fromISO('2024-03-30T23:59', { zone })],
  // ---- more ways of writing a day ----
  ['7 november 2019', '2019-11-07', , 'day'],
  ['d.7. november 2024', '2024-11-07', , 'day'],
  ['d. 7/11', '2024-11-07', , 'day', 'past'],
  ['on 7 November 2024', '2024-11-07', , 'day'],
  // ---- quarters, halves, seasons: spans of months ----
  ['1. kvartal 2025', '2025-01-01', '2025-03-31', 'span:month>month'],
  ['Q3', '2025-07-01', '2025-09-30', 'span:month>month'],
  ['Q3', '2024-07-01', '2024-09-30', 'span:month>month', 'past'],
  ['2. halvår 2024', '2024-07-01', '2024-12-31', 'span:month>month'],
  ['første halvår', '2025-01-01', '2025-06-30', 'span:month>month'],
  ['first half of 2025', '2025-01-01', '2025-06-30', 'span:month>month'],
  ['i foråret', '2025-03-01', '2025-05-31', 'span:month>month'],
  ['foråret 2025', '2025-03-01', '2025-05-31', 'span:month>month'],
  ['in the fall', '2024-09-01', '2024-11-30', 'span:month>month', 'past'],
];

describe('parsePeriod: every glossary form', () => {
  for (const [text, start, end, form, rule = 'future', today = NOV20] of rows) {
    it(`"${text}" (${rule}, today ${today.toISODate()}) → ${start}..${end ?? start} ${form}`, () => {
      const r = parsePeriod(text, ctx(rule, today));
      assert.ok(r?.ok, `expected a period, got ${JSON.stringify(r)}`);
      assert.deepEqual([r.period.start, r.period.end, formOf(r.period.form)], [start, end ?? start, form]);
    });
  }
});

describe('parsePeriod: impossible and reversed', () => {
  const errors: Array<[string, 'impossible' | 'reversed', string?]> = [
    ['31. februar', 'impossible'],
    ['30/2', 'impossible'],
    ['2024-02-30', 'impossible'],
    ['29. februar 2023', 'impossible'],
    ['29/2-2023', 'impossible'],
    ['31. april 2024', 'impossible'],
    ['31/6', 'impossible'],
    ['31 September 2020', 'impossible'],
    ['uge 53 2024', 'impossible'],
    ['senest 31. februar', 'impossible'],
    ['20. maj - 10. maj 2020', 'reversed'],
    ['maj 2021 – marts 2020', 'reversed'],
    ['June 2021 – May 2020', 'reversed'],
    ['15. juni 2024 – 1. maj 2024', 'reversed'],
    ['uge 48 - 45 2024', 'reversed'],
    ['5.–1. maj', 'reversed'],
    ['  31. Februar.  ', 'impossible', '31. Februar'],
  ];
  for (const [text, code, written = text] of errors) {
    it(`"${text}" → ${code}`, () => {
      assert.deepEqual(parsePeriod(text, ctx()), { ok: false, code, text: written });
    });
  }
});

describe('parsePeriod: not a date expression', () => {
  const notDates = [
    '2024',
    '19',
    'TV2',
    'P4',
    '32. januar',
    '14.30',
    '13/13',
    'majestæt',
    'hello',
    '',
    '   ',
    'kl. 9',
    'Møde i november',
    'i',
    'uge',
    'uge 54',
    'næste',
    '7.',
    'marts –',
  ];
  for (const text of notDates) {
    it(`"${text}" → undefined`, () => assert.equal(parsePeriod(text, ctx()), undefined));
  }
});

describe('parsePeriod: a text read again', () => {
  it('answers the same text the same day alike, with a copy the caller may change', () => {
    const first = parsePeriod('i denne måned', ctx());
    assert.ok(first?.ok);
    first.period.start = '1999-01-01';
    first.period.form = { kind: 'day' };
    assert.deepEqual(parsePeriod('i denne måned', ctx()), {
      ok: true,
      period: { start: '2024-11-01', end: '2024-11-30', form: { kind: 'month' } },
    });
  });

  it('reads it anew on another day or with the other year rule', () => {
    const dec = DateTime.fromISO('2024-12-02T10:00', { zone });
    assert.deepEqual(parsePeriod('denne måned', ctx('future', dec)), {
      ok: true,
      period: { start: '2024-12-01', end: '2024-12-31', form: { kind: 'month' } },
    });
    assert.equal((parsePeriod('marts', ctx('future')) as { period: { start: string } }).period.start, '2025-03-01');
    assert.equal((parsePeriod('marts', ctx('past')) as { period: { start: string } }).period.start, '2024-03-01');
  });
});

describe('splitTitleAndPeriod: the pasted timeline (timeline-2024.txt)', () => {
  const timeline: Array<[string, string, string, string, string]> = [
    ['Kick-off med evaluator Primo februar 2024', 'Kick-off med evaluator', '2024-02-01', '2024-02-10', 'part:early'],
    ['Dataindsamling i kommunerne Februar – april 2024', 'Dataindsamling i kommunerne', '2024-02-01', '2024-04-30', 'span:month>month'],
    ['Interviews med borgere 15. marts - juni 2024', 'Interviews med borgere', '2024-03-15', '2024-06-30', 'span:day>month'],
    ['Godkendelse i styregruppen Medio august 2024', 'Godkendelse i styregruppen', '2024-08-11', '2024-08-20', 'part:mid'],
    ['Godkendelse i direktørkredsen Ultimo august 2024', 'Godkendelse i direktørkredsen', '2024-08-21', '2024-08-31', 'part:late'],
    ['Behandling i fagudvalgene September 2024', 'Behandling i fagudvalgene', '2024-09-01', '2024-09-30', 'month'],
    [
      'Byrådsbehandling i alle kommuner Oktober – november 2024',
      'Byrådsbehandling i alle kommuner',
      '2024-10-01',
      '2024-11-30',
      'span:month>month',
    ],
    ['Aflevering af slutrapport Senest d. 15. december 2024', 'Aflevering af slutrapport', '2024-12-15', '2024-12-15', 'by'],
  ];
  for (const [line, title, start, end, form] of timeline) {
    it(`"${line}"`, () => {
      const r = splitTitleAndPeriod(line, ctx('future', DateTime.fromISO('2024-01-15T09:00', { zone })));
      assert.ok(r && 'period' in r, JSON.stringify(r));
      assert.deepEqual([r.title, r.period.start, r.period.end, formOf(r.period.form)], [title, start, end, form]);
    });
  }
});

describe('splitTitleAndPeriod: other lines', () => {
  const lines: Array<[string, string, string, string, string]> = [
    ['Godkendelse i styregruppen medio august 2024', 'Godkendelse i styregruppen', '2024-08-11', '2024-08-20', 'part:mid'],
    ['Møde med KL i uge 45', 'Møde med KL', '2025-11-03', '2025-11-09', 'week:45/2025'],
    ['Foretræde for Beskæftigelsesudvalget: 7. november 2024', 'Foretræde for Beskæftigelsesudvalget', '2024-11-07', '2024-11-07', 'day'],
    ['Frist for høringssvar - senest fredag', 'Frist for høringssvar', '2024-11-22', '2024-11-22', 'by'],
    ['Folkemødet 13.–15. juni 2025', 'Folkemødet', '2025-06-13', '2025-06-15', 'span:day>day'],
    ['Evaluering marts-maj', 'Evaluering', '2025-03-01', '2025-05-31', 'span:month>month'],
    ['Send final report to ØIM by 15 December 2024.', 'Send final report to ØIM', '2024-12-15', '2024-12-15', 'by'],
    ['Beskæftigelsestræf torsdag d. 7. november 2024', 'Beskæftigelsestræf', '2024-11-07', '2024-11-07', 'day'],
    ['Slutevaluering 2. halvår 2025', 'Slutevaluering', '2025-07-01', '2025-12-31', 'span:month>month'],
  ];
  for (const [line, title, start, end, form] of lines) {
    it(`"${line}"`, () => {
      const r = splitTitleAndPeriod(line, ctx());
      assert.ok(r && 'period' in r, JSON.stringify(r));
      assert.deepEqual([r.title, r.period.start, r.period.end, formOf(r.period.form)], [title, start, end, form]);
    });
  }
  it('an impossible date keeps the title and names the words', () => {
    assert.deepEqual(splitTitleAndPeriod('Rapport til ØIM 31. februar 2025', ctx()), {
      title: 'Rapport til ØIM',
      error: { code: 'impossible', text: '31. februar 2025' },
    });
  });
  for (const line of ['Møde med min søn', 'Status', 'i morgen', 'JobCamp 2024', 'Kick-off med Jan', 'Tour de France sommer', '']) {
    it(`"${line}" → undefined (no trailing period, or no title)`, () => assert.equal(splitTitleAndPeriod(line, ctx()), undefined));
  }
});

describe('findPeriodInText: log texts', () => {
  const found: Array<[string, YearRule, string, string, string]> = [
    // [text, rule, matched words, start, end]
    ['Jyllandsposten om mikrolån i går', 'past', 'i går', '2024-11-19', '2024-11-19'],
    ['foretræde for udvalget d. 7. november', 'past', 'd. 7. november', '2024-11-07', '2024-11-07'],
    ['foretræde for udvalget d. 7. november', 'future', 'd. 7. november', '2025-11-07', '2025-11-07'],
    ['Oplæg på JobCamp 25. april om mentorforsøget', 'past', '25. april', '2024-04-25', '2024-04-25'],
    ['Brev sendt 14/6 til ministeren', 'past', '14/6', '2024-06-14', '2024-06-14'],
    ['Artikel bragt i fredags i Nordjyske', 'past', 'i fredags', '2024-11-15', '2024-11-15'],
    ['Meeting in May with KL', 'past', 'in May', '2024-05-01', '2024-05-31'],
    ['Besøg af STAR næste uge', 'future', 'næste uge', '2024-11-25', '2024-12-01'],
    ['Deadline fra 1. maj til 15. juni for høringen', 'future', 'fra 1. maj til 15. juni', '2025-05-01', '2025-06-15'],
    ['Torsdag d. 7. november i Folketinget', 'past', 'Torsdag d. 7. november', '2024-11-07', '2024-11-07'],
    ['Vi mødes på fredag kl. 9', 'future', 'på fredag', '2024-11-22', '2024-11-22'],
    ['Frikommuneforsøg om mikrolån, maj 2024', 'past', 'maj 2024', '2024-05-01', '2024-05-31'],
    ['I går talte ministeren om lægeattester', 'past', 'I går', '2024-11-19', '2024-11-19'],
    ['mødet i morgen tidlig', 'future', 'i morgen', '2024-11-21', '2024-11-21'],
    ['sendt 7.11 til KKR', 'past', '7.11', '2024-11-07', '2024-11-07'],
    ['Indslag på P1 d. 14. juni 2020.', 'past', 'd. 14. juni 2020', '2020-06-14', '2020-06-14'],
    ['Foretræde medio marts', 'past', 'medio marts', '2024-03-11', '2024-03-20'],
    ['TV2 19-nyhederne bragte den 3. oktober et indslag', 'past', 'den 3. oktober', '2024-10-03', '2024-10-03'],
    ['Vi holder lukket i sommerferien, men i sommeren 2025 er der JobCamp', 'future', 'i sommeren 2025', '2025-06-01', '2025-08-31'],
  ];
  for (const [text, rule, words, start, end] of found) {
    it(`"${text}" (${rule}) finds "${words}"`, () => {
      const r = findPeriodInText(text, ctx(rule));
      assert.ok(r && 'period' in r, JSON.stringify(r));
      assert.deepEqual([text.slice(r.index, r.index + r.length), r.period.start, r.period.end], [words, start, end]);
    });
  }
  it('an impossible date in the text is reported with its span', () => {
    assert.deepEqual(findPeriodInText('Foretræde 31. februar i udvalget', ctx('past')), {
      error: { code: 'impossible', text: '31. februar' },
      index: 10,
      length: 11,
    });
  });
  const none = [
    'TV2 19-nyhederne',
    'Indslag i P4 om lægeattester',
    'Hendes majestæt dronningen',
    'Møde kl. 10.05 med STAR',
    '2/3 af kommunerne deltog',
    'Jobcentret har åbent 24/7',
    'We may meet STAR',
    'Møde med Jan om mikrolån',
    'Læs side 19 i rapporten fra 2024',
    'Min søn var med',
    'Evaluering af 11 kommuner',
    'Version 3.2 af notatet, 1.500 kr',
    'Sommer er travl',
    'They fall behind',
  ];
  for (const text of none) {
    it(`"${text}" → no date`, () => assert.equal(findPeriodInText(text, ctx('past')), undefined));
  }
});

describe('parseTimeOfDay / findTimeInText', () => {
  const times: Array<[string, number, number]> = [
    ['kl. 9', 9, 0],
    ['kl 14.30', 14, 30],
    ['kl. 14:30', 14, 30],
    ['klokken 9', 9, 0],
    ['9:00', 9, 0],
    ['14:30', 14, 30],
    ['at 9am', 9, 0],
    ['9 am', 9, 0],
    ['2.30 pm', 14, 30],
    ['at 12pm', 12, 0],
    ['12am', 0, 0],
    ['Kl. 8.', 8, 0],
    ['at 14:00', 14, 0],
  ];
  for (const [text, hour, minute] of times) {
    it(`"${text}" → ${hour}:${minute}`, () => assert.deepEqual(parseTimeOfDay(text), { hour, minute }));
  }
  for (const text of ['25:00', 'kl. 24', '14.30', 'i morgen kl. 9', '9', 'kl. 9:75', '13pm']) {
    it(`"${text}" → undefined`, () => assert.equal(parseTimeOfDay(text), undefined));
  }
  it('finds the first time in a text with its span', () => {
    assert.deepEqual(findTimeInText('i morgen kl. 9.15 hos KL'), { hour: 9, minute: 15, index: 9, length: 8 });
    assert.deepEqual(findTimeInText('Meeting at 2pm, then 16:00'), { hour: 14, minute: 0, index: 8, length: 6 });
    assert.equal(findTimeInText('TV2 19-nyhederne'), undefined);
  });
  it('reads the end of a span after a time, when it is later the same day, and not a date after a dash', () => {
    assert.deepEqual(findTimeInText('møde kl. 9-11 i Vejle'), { hour: 9, minute: 0, end: { hour: 11, minute: 0 }, index: 5, length: 8 });
    assert.deepEqual(findTimeInText('kl. 9.30–12.15'), { hour: 9, minute: 30, end: { hour: 12, minute: 15 }, index: 0, length: 14 });
    assert.deepEqual(findTimeInText('kl. 14 - kl. 15.30')?.end, { hour: 15, minute: 30 });
    assert.deepEqual(findTimeInText('9:00-11:30')?.end, { hour: 11, minute: 30 });
    assert.equal(findTimeInText('kl. 11-9')?.end, undefined);
    assert.equal(findTimeInText('kl. 9 - 12. juni')?.end, undefined);
    assert.equal(findTimeInText('at 9am-11')?.end, undefined);
  });
});
