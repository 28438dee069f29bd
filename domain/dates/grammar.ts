// The date grammar over tokens. Every rule returns ALL the ways it can match at a token position
// (end position + piece), so callers can pick the longest, the one that reaches the end of a line, etc.
import { DateTime } from 'luxon';
import type { Period } from '../types';
import * as cal from './calendar';
import type { DateContext, YearRule } from './context';
import { type Piece, type Built, mapPiece, spanOf } from './pieces';
import { DASHES, type Token, tokenize } from './tokens';
import {
  BETWEEN_CONNECTORS,
  BY_PHRASES,
  LEAD_WORDS,
  MONTH_RANGES,
  MONTH_WORDS,
  type MonthWord,
  NUMBER_WORDS,
  PART_PHRASES,
  PAST_WEEKDAY_WORDS,
  SPAN_CONNECTORS,
  SPAN_OPENERS,
  WEEKDAY_WORDS,
} from './words';

export interface Grammar {
  toks: Token[];
  /** Today's plain calendar date (UTC, midnight). */
  today: DateTime;
  rule: YearRule;
  /** Free text (log texts, pasted titles): words that are also ordinary words need more context to be dates. */
  strict: boolean;
  /** Matches already found, by memoKey. */
  memo: Map<number, Match[]>;
  /** dayForms already found, by token (a day range reads the day after its dash again). */
  days: Map<number, DayMatch[]>;
  /** No look-ahead: every rule is tried everywhere (the tests' reference). */
  everyRule: boolean;
}

export interface Match {
  end: number;
  piece: Piece;
}

export function grammarOf(text: string, ctx: DateContext, strict: boolean): Grammar {
  const everyRule = ctx.everyRule === true;
  const today = plainTodayOf(ctx.today);
  return { toks: tokenize(text), today, rule: ctx.yearRule, strict, memo: new Map(), days: new Map(), everyRule };
}

/** The last day's plain date: a pasted timeline makes two grammars a line, all for the same day. */
let lastToday: { from: DateTime; plain: DateTime } | undefined;
function plainTodayOf(today: DateTime): DateTime {
  const last = lastToday;
  if (last && last.from.year === today.year && last.from.month === today.month && last.from.day === today.day) return last.plain;
  lastToday = { from: today, plain: cal.plainToday(today) };
  return lastToday.plain;
}

// ---- token helpers ----

const low = (g: Grammar, i: number): string | undefined => g.toks[i]?.low;
const glued = (g: Grammar, i: number): boolean => i < g.toks.length && !g.toks[i].spaced;
const isDash = (g: Grammar, i: number): boolean => DASHES.has(low(g, i) ?? '');

const phraseTokens = new Map<string, string[]>();
function tokensOf(phrase: string): string[] {
  let t = phraseTokens.get(phrase);
  if (!t) {
    t = tokenize(phrase).map((x) => x.low);
    phraseTokens.set(phrase, t);
  }
  return t;
}

const NO_ENDS: readonly number[] = [];

/** End positions of every phrase in the list that occurs at i. The lists are module constants, each indexed by its
 *  first words on first use: this runs at every token of a text, for a dozen lists. */
function phrasesAt(g: Grammar, i: number, phrases: readonly string[]): readonly number[] {
  let index = listIndexes.get(phrases);
  if (!index) {
    index = indexPhrases(phrases.map((p) => [p, p] as const));
    listIndexes.set(phrases, index);
  }
  const bucket = index.byFirst.get(low(g, i) ?? '');
  if (!bucket) return NO_ENDS;
  const ends: number[] = [];
  for (const { words } of bucket) if (wordsAt(g, i, words)) ends.push(i + words.length);
  return ends;
}

/** The phrase's words are the tokens from i on. */
function wordsAt(g: Grammar, i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (low(g, i + k) !== words[k]) return false;
  return low(g, i) === words[0];
}

/** The lists phrasesAt has indexed, by identity. */
const listIndexes = new WeakMap<readonly string[], IndexedPhrases<string>>();

/** A list of phrases with what each means, indexed by first word once: at a token only the phrases that begin with
 *  it are tried, in the list's order (a rule that tried every phrase at every number cost most of a line of "1. "). */
interface IndexedPhrases<T> {
  byFirst: Map<string, Array<{ words: string[]; value: T }>>;
}
function indexPhrases<T>(entries: ReadonlyArray<readonly [string, T]>): IndexedPhrases<T> {
  const byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  for (const [phrase, value] of entries) {
    const words = tokensOf(phrase);
    if (words.length === 0) throw new Error(`empty phrase in a date rule: '${phrase}'`);
    const bucket = byFirst.get(words[0]) ?? [];
    bucket.push({ words, value });
    byFirst.set(words[0], bucket);
  }
  return { byFirst };
}

/** The index of a list of [phrase, meaning] pairs, built on first use. */
const indexes = new WeakMap<object, IndexedPhrases<unknown>>();
function indexOf<T>(list: ReadonlyArray<readonly [string, T]>): IndexedPhrases<T> {
  let index = indexes.get(list);
  if (!index) {
    index = indexPhrases(list);
    indexes.set(list, index);
  }
  return index as IndexedPhrases<T>;
}

/** Every phrase of the index that occurs at i, with its end, in the list's order. */
function indexedAt<T>(g: Grammar, i: number, index: IndexedPhrases<T>): Array<{ end: number; value: T }> {
  const bucket = index.byFirst.get(low(g, i) ?? '');
  if (!bucket) return [];
  const out: Array<{ end: number; value: T }> = [];
  for (const { words, value } of bucket) if (wordsAt(g, i, words)) out.push({ end: i + words.length, value });
  return out;
}

function numAt(g: Grammar, i: number, min: number, max: number, maxDigits = 2): number | undefined {
  const t = g.toks[i];
  if (!t || t.num === undefined || t.digits > maxDigits || t.num < min || t.num > max) return undefined;
  return t.num;
}

function yearAt(g: Grammar, i: number): number | undefined {
  const t = g.toks[i];
  return t && t.digits === 4 ? numAt(g, i, 1900, 2100, 4) : undefined;
}

/** "2", "to", "two", "a". */
function countAt(g: Grammar, i: number): number | undefined {
  return numAt(g, i, 0, 999, 3) ?? NUMBER_WORDS.get(low(g, i) ?? '');
}

/** A number per rule and token (no string is built for each of the thousands of positions of a long text). */
const MEMO_RULES = { single: 0, singleAfterLead: 1, led: 2, expr: 3 } as const;
const memoKey = (rule: keyof typeof MEMO_RULES, i: number): number => i * 4 + MEMO_RULES[rule];

function remember(g: Grammar, key: number, matches: Match[]): Match[] {
  g.memo.set(key, matches);
  return matches;
}

// ---- days ----

interface DayNum {
  day: number;
  end: number;
  ordinal: boolean;
}

/** "7", "7." (Danish ordinal), "7th". */
function dayNums(g: Grammar, i: number): DayNum[] {
  const day = numAt(g, i, 1, 31);
  if (day !== undefined) {
    const out = [{ day, end: i + 1, ordinal: false }];
    if (low(g, i + 1) === '.' && glued(g, i + 1)) out.push({ day, end: i + 2, ordinal: true });
    return out;
  }
  const m = /^(\d{1,2})(st|nd|rd|th)$/.exec(low(g, i) ?? '');
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? [{ day: n, end: i + 1, ordinal: true }] : [];
}

interface MonthAt {
  word: MonthWord;
  end: number;
  capitalized: boolean;
}

/** "november", "nov", "nov." */
function monthsAt(g: Grammar, i: number): MonthAt[] {
  const word = MONTH_WORDS.get(low(g, i) ?? '');
  if (!word) return [];
  const capitalized = g.toks[i].raw[0] !== g.toks[i].low[0];
  const out = [{ word, end: i + 1, capitalized }];
  if (word.abbr && low(g, i + 1) === '.' && glued(g, i + 1)) out.push({ word, end: i + 2, capitalized });
  return out;
}

interface DayMatch {
  day: number;
  month: number;
  year?: number;
  end: number;
}

const DAY_LEADS = ['d.', 'd', 'den', 'the'];

// The rules' smaller word lists, as constants: phrasesAt indexes each list once, by identity.
const IN = ['i', 'in'];
const COUNT_LEADS = ['om', 'in'];
const AGO_LEADS = ['for'];
const THE_MONTH = ['måneden', 'the month'];
const DAY_UNITS = ['dag', 'dage', 'day', 'days'];
const DAYS_AGO_UNITS = ['days', 'day', 'dage'];
const WEEK_UNITS = ['uge', 'uger', 'week', 'weeks'];
const MONTH_UNITS = ['måned', 'måneder', 'month', 'months'];
const THIS = ['this', 'denne'];
const COMING = ['på', 'kommende', 'førstkommende', 'på førstkommende', 'coming', 'this coming'];
const NEXT = ['næste', 'på næste', 'next'];
const LAST = ['sidste', 'forrige', 'last'];
const DAY_RANGE_LEADS = ['fra', 'from', 'd.', 'den'];

/** Every way of writing one calendar day. */
function dayForms(g: Grammar, i: number): DayMatch[] {
  const known = g.days.get(i);
  if (known) return known;
  const out: DayMatch[] = [];
  g.days.set(i, out);
  for (const s of [i, ...phrasesAt(g, i, DAY_LEADS)]) {
    // "7. november 2024", "7 November 2019", "7th of November"
    for (const dn of dayNums(g, s)) {
      const q = low(g, dn.end) === 'of' ? dn.end + 1 : dn.end;
      for (const m of monthsAt(g, q)) withYear(g, out, dn.day, m.word.month, m.end, true);
    }
    // "November 7, 2019", "Nov 7th"
    for (const m of monthsAt(g, s)) {
      if (g.strict && m.word.danishOnly) continue;
      for (const dn of dayNums(g, m.end)) {
        if (low(g, dn.end - 1) === '.') continue; // "November 7." is a sentence end, not a Danish ordinal
        withYear(g, out, dn.day, m.word.month, dn.end, true);
      }
    }
    out.push(...numericDays(g, s));
  }
  return out;
}

function withYear(g: Grammar, out: DayMatch[], day: number, month: number, end: number, comma: boolean): void {
  out.push({ day, month, end });
  const r = comma && low(g, end) === ',' ? end + 1 : end;
  const year = yearAt(g, r);
  if (year !== undefined) out.push({ day, month, year, end: r + 1 });
}

const NUMERIC_NEIGHBOURS = new Set(['.', '/', ':', ',']);

/** "14/6", "14/6-2020", "14.6.2020", "14-6-2020", "2020-06-14": all glued, no spaces inside. */
function numericDays(g: Grammar, i: number): DayMatch[] {
  if (numericNeighbour(g, i - 1, i - 2) || afterClock(g, i)) return [];
  const out: DayMatch[] = [];
  const isoYear = yearAt(g, i);
  if (
    isoYear !== undefined &&
    isDash(g, i + 1) &&
    glued(g, i + 1) &&
    isDash(g, i + 3) &&
    glued(g, i + 3) &&
    glued(g, i + 2) &&
    glued(g, i + 4)
  ) {
    const month = numAt(g, i + 2, 1, 12);
    const day = numAt(g, i + 4, 1, 31);
    if (month !== undefined && day !== undefined) out.push({ day, month, year: isoYear, end: i + 5 });
  }
  const day = numAt(g, i, 1, 31);
  const sep = low(g, i + 1);
  const month = numAt(g, i + 2, 1, 12);
  if (day !== undefined && month !== undefined && sep && ['/', '.', '-'].includes(sep) && glued(g, i + 1) && glued(g, i + 2)) {
    const sep2 = low(g, i + 3);
    const yearTok = g.toks[i + 4];
    const sepOk = sep === '/' ? sep2 === '/' || sep2 === '-' : sep2 === sep;
    if (sepOk && glued(g, i + 3) && glued(g, i + 4) && yearTok && (yearTok.digits === 2 || yearTok.digits === 4)) {
      const y = yearTok.digits === 2 ? 2000 + (yearTok.num as number) : yearAt(g, i + 4);
      if (y !== undefined) out.push({ day, month, year: y, end: i + 5 });
    }
    if (sep !== '-') {
      const spacedYear = g.toks[i + 3]?.spaced ? yearAt(g, i + 3) : undefined;
      if (spacedYear !== undefined) out.push({ day, month, year: spacedYear, end: i + 4 });
      if (!(g.strict && looksLikeFraction(g, day, month, i + 3))) out.push({ day, month, end: i + 3 });
    }
  }
  return out.filter((m) => !numericNeighbour(g, m.end, m.end + 1));
}

/** "1.2.3", "10.45.2": a number glued to more numbers is not a date. */
function numericNeighbour(g: Grammar, sepAt: number, numAtPos: number): boolean {
  const sepTok = g.toks[sepAt];
  const numTok = g.toks[numAtPos];
  if (!sepTok || !numTok || numTok.num === undefined || !NUMERIC_NEIGHBOURS.has(sepTok.low)) return false;
  return sepAt < numAtPos ? glued(g, sepAt) && glued(g, numAtPos) : glued(g, sepAt + 1) && glued(g, sepAt);
}

/** "kl. 10.05" is a time, not the 10th of May. */
function afterClock(g: Grammar, i: number): boolean {
  const prev = low(g, i - 1);
  return prev === 'kl' || prev === 'klokken' || (prev === '.' && low(g, i - 2) === 'kl');
}

/** "2/3 af kommunerne", "24/7": fractions and idioms, not dates. */
function looksLikeFraction(g: Grammar, day: number, month: number, next: number): boolean {
  return (day === 24 && month === 7) || ['af', 'of', 'del', 'dele'].includes(low(g, next) ?? '');
}

function dayPiece(d: { day: number; month: number; year?: number }): Piece {
  const at = (y: number): Built => cal.dayPeriod(y, d.month, d.day) ?? 'impossible';
  return d.year !== undefined ? { fixed: at(d.year) } : { floating: at };
}

interface WeekdayAt {
  weekday: number;
  end: number;
}

function weekdaysAt(g: Grammar, i: number, allowAbbr: boolean): WeekdayAt[] {
  const w = WEEKDAY_WORDS.get(low(g, i) ?? '');
  if (!w || (w.abbr && !allowAbbr)) return [];
  const out = [{ weekday: w.weekday, end: i + 1 }];
  if (w.abbr && low(g, i + 1) === '.' && glued(g, i + 1)) out.push({ weekday: w.weekday, end: i + 2 });
  return out;
}

/** "torsdag d. 7. november", "Thu 7/11", "fredag i uge 45": the date decides, the weekday is decoration. */
function weekdayDays(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  for (const wd of weekdaysAt(g, i, true)) {
    const q = low(g, wd.end) === ',' ? wd.end + 1 : wd.end;
    for (const d of dayForms(g, q)) out.push({ end: d.end, piece: dayPiece(d) });
    for (const e of phrasesAt(g, wd.end, IN)) {
      for (const w of weekForms(g, e)) {
        out.push({
          end: w.end,
          piece: mapPiece(weekPiece(w), (p) => cal.dayPeriodOf(DateTime.fromISO(p.start, { zone: 'utc' }).plus({ days: wd.weekday - 1 }))),
        });
      }
    }
  }
  return out;
}

// ---- weeks and months ----

interface WeekMatch {
  week: number;
  year?: number;
  end: number;
}
const WEEK_WORDS = ['uge', 'week', 'wk'];

/** "uge 45", "week 45", "uge 45 2024", "uge 45, 2024", "uge45". */
function weekForms(g: Grammar, i: number): WeekMatch[] {
  let week: number | undefined;
  let end = i;
  if (WEEK_WORDS.includes(low(g, i) ?? '')) {
    week = numAt(g, i + 1, 1, 53);
    end = i + 2;
  } else {
    const m = /^(?:uge|week|wk)(\d{1,2})$/.exec(low(g, i) ?? '');
    if (m) week = Number(m[1]);
    end = i + 1;
  }
  if (week === undefined || week < 1 || week > 53) return [];
  const out: WeekMatch[] = [{ week, end }];
  const r = low(g, end) === ',' || low(g, end) === '/' ? end + 1 : end;
  const year = yearAt(g, r);
  if (year !== undefined) out.push({ week, year, end: r + 1 });
  return out;
}

function weekPiece(w: { week: number; year?: number }): Piece {
  const at = (y: number): Built => cal.weekPeriod(y, w.week) ?? 'impossible';
  return w.year !== undefined ? { fixed: at(w.year) } : { floating: at };
}

/** "november 2020", "Nov 2020", "november". afterLead: "in may" is May, a bare "may" in free text is not. */
function monthForms(g: Grammar, i: number, afterLead: boolean): Match[] {
  const out: Match[] = [];
  for (const m of monthsAt(g, i)) {
    const year = yearAt(g, m.end);
    const at = (y: number): Built => cal.monthPeriod(y, m.word.month);
    if (year !== undefined) out.push({ end: m.end + 1, piece: { fixed: at(year) } });
    const ordinaryWord = m.word.abbr || (m.word.commonWord && !m.capitalized && !afterLead);
    if (!(g.strict && ordinaryWord)) out.push({ end: m.end, piece: { floating: at } });
  }
  return out;
}

/** Relative months as a phrase and the number of months from this one. */
const RELATIVE_MONTHS: Array<[string, number]> = [
  ['denne måned', 0],
  ['this month', 0],
  ['næste måned', 1],
  ['next month', 1],
  ['den kommende måned', 1],
  ['sidste måned', -1],
  ['forrige måned', -1],
  ['last month', -1],
];

function relativeMonths(g: Grammar, i: number): Match[] {
  return relativeCounts(g, i, RELATIVE_MONTHS, MONTH_UNITS, (n) => {
    const d = g.today.plus({ months: n });
    return { fixed: cal.monthPeriod(d.year, d.month) };
  });
}

/** Fixed phrases ("næste uge" = +1) and "om N <unit>" / "in N <units>", each made into a piece by `make(n)`. */
function relativeCounts(g: Grammar, i: number, phrases: Array<[string, number]>, units: string[], make: (n: number) => Piece): Match[] {
  const out: Match[] = indexedAt(g, i, indexOf(phrases)).map(({ end, value }) => ({ end, piece: make(value) }));
  for (const e of phrasesAt(g, i, COUNT_LEADS)) {
    const n = countAt(g, e);
    if (n !== undefined && phrasesAt(g, e + 1, units).length) out.push({ end: e + 2, piece: make(n) });
  }
  return out;
}

/** "primo marts", "midt i september", "end of October", "mid-October", "ultimo næste måned". */
function partForms(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  for (const { end: e, value: part } of indexedAt(g, i, indexOf(PART_PHRASES))) {
    const starts = isDash(g, e) && glued(g, e) ? [e, e + 1] : [e];
    for (const s of starts) {
      const months = [...monthForms(g, s, true), ...relativeMonths(g, s)];
      for (const end of phrasesAt(g, s, THE_MONTH)) months.push({ end, piece: { fixed: cal.monthPeriod(g.today.year, g.today.month) } });
      for (const m of months) {
        out.push({
          end: m.end,
          piece: mapPiece(m.piece, (p) => cal.partPeriod(Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7)), part)),
        });
      }
    }
  }
  return out;
}

// ---- relative to today ----

const RELATIVE_DAYS: Array<[string, number]> = [
  ['i dag', 0],
  ['idag', 0],
  ['today', 0],
  ['i går', -1],
  ['igår', -1],
  ['yesterday', -1],
  ['i forgårs', -2],
  ['iforgårs', -2],
  ['the day before yesterday', -2],
  ['day before yesterday', -2],
  ['i morgen', 1],
  ['imorgen', 1],
  ['tomorrow', 1],
  ['i overmorgen', 2],
  ['iovermorgen', 2],
  ['the day after tomorrow', 2],
  ['day after tomorrow', 2],
];

function relativeDays(g: Grammar, i: number): Match[] {
  const day = (n: number): Piece => ({ fixed: cal.dayPeriodOf(g.today.plus({ days: n })) });
  const out = relativeCounts(g, i, RELATIVE_DAYS, DAY_UNITS, day);
  for (const e of phrasesAt(g, i, AGO_LEADS)) {
    const n = countAt(g, e);
    if (n !== undefined && phrasesAt(g, e + 1, DAY_UNITS).length && low(g, e + 2) === 'siden') out.push({ end: e + 3, piece: day(-n) });
  }
  const n = countAt(g, i);
  if (n !== undefined && phrasesAt(g, i + 1, DAYS_AGO_UNITS).length && ['ago', 'siden'].includes(low(g, i + 2) ?? '')) {
    out.push({ end: i + 3, piece: day(-n) });
  }
  return out;
}

function weekdayAfter(from: DateTime, weekday: number): DateTime {
  return from.plus({ days: ((weekday - from.weekday + 6) % 7) + 1 });
}
function weekdayBefore(from: DateTime, weekday: number): DateTime {
  return from.minus({ days: ((from.weekday - weekday + 6) % 7) + 1 });
}

/** The words before a weekday in relativeWeekdays. */
const RELATIVE_WEEKDAY_LEADS = [
  'på',
  'this',
  'denne',
  'kommende',
  'førstkommende',
  'coming',
  'næste',
  'next',
  'sidste',
  'forrige',
  'last',
  'i',
];

const WEEKDAY_LEAD_SET = new Set(RELATIVE_WEEKDAY_LEADS);

/** "på fredag" (always the coming one: in Danish the last one is "i fredags"), "fredag"/"this Friday" (the coming one,
 *  or for a log the last one), "næste fredag" (next week's), "i fredags", "last Friday". */
function relativeWeekdays(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  // Every phrase below begins with a lead or a weekday: elsewhere (every number of a long line) nothing is tried.
  const first = low(g, i) ?? '';
  if (!WEEKDAY_LEAD_SET.has(first) && !WEEKDAY_WORDS.has(first)) return out;
  const day = (d: DateTime): Piece => ({ fixed: cal.dayPeriodOf(d) });
  const allowAbbr = !g.strict;
  for (const s of [i, ...phrasesAt(g, i, THIS)]) {
    for (const w of weekdaysAt(g, s, allowAbbr)) {
      const d = g.rule === 'future' ? weekdayAfter(g.today, w.weekday) : weekdayBefore(g.today, w.weekday);
      out.push({ end: w.end, piece: day(d) });
    }
  }
  for (const s of phrasesAt(g, i, COMING)) {
    for (const w of weekdaysAt(g, s, allowAbbr)) out.push({ end: w.end, piece: day(weekdayAfter(g.today, w.weekday)) });
  }
  for (const s of phrasesAt(g, i, NEXT)) {
    for (const w of weekdaysAt(g, s, allowAbbr))
      out.push({ end: w.end, piece: day(g.today.plus({ weeks: 1 }).set({ weekday: w.weekday as 1 })) });
  }
  for (const s of phrasesAt(g, i, LAST)) {
    for (const w of weekdaysAt(g, s, allowAbbr)) out.push({ end: w.end, piece: day(weekdayBefore(g.today, w.weekday)) });
  }
  if (low(g, i) === 'i') {
    const weekday = PAST_WEEKDAY_WORDS.get(low(g, i + 1) ?? '');
    if (weekday) out.push({ end: i + 2, piece: day(weekdayBefore(g.today, weekday)) });
  }
  return out;
}

const RELATIVE_WEEKS: Array<[string, number]> = [
  ['denne uge', 0],
  ['this week', 0],
  ['næste uge', 1],
  ['next week', 1],
  ['den kommende uge', 1],
  ['sidste uge', -1],
  ['forrige uge', -1],
  ['last week', -1],
];

/** "næste uge", "om to uger": the ISO week (Monday-Sunday). */
function relativeWeeks(g: Grammar, i: number): Match[] {
  return relativeCounts(g, i, RELATIVE_WEEKS, WEEK_UNITS, (n) => ({
    fixed: cal.weekPeriodOf(g.today.plus({ weeks: n })),
  }));
}

const RELATIVE_YEARS: Array<[string, number]> = [
  ['i år', 0],
  ['this year', 0],
  ['næste år', 1],
  ['next year', 1],
  ['sidste år', -1],
  ['forrige år', -1],
  ['i fjor', -1],
  ['last year', -1],
];

/** "i år": January–December, written as a span of months. */
function relativeYears(g: Grammar, i: number): Match[] {
  return indexedAt(g, i, indexOf(RELATIVE_YEARS)).map(({ end, value: n }) => {
    const y = g.today.year + n;
    return { end, piece: spanOf({ fixed: cal.monthPeriod(y, 1) }, { fixed: cal.monthPeriod(y, 12) }) };
  });
}

const MONTH_RANGE_PHRASES = indexPhrases(
  MONTH_RANGES.flatMap((r) => r.phrases.map((phrase) => [phrase, { phrase, from: r.from, to: r.to, season: r.season }] as const)),
);

/** "1. kvartal 2025", "Q3", "2. halvår", "foråret 2025": a span of months. A bare season in free text needs a
 *  lead word ("i foråret", "in the fall"): "sommer" and "fall" are ordinary words too. */
function monthRanges(g: Grammar, i: number, afterLead: boolean): Match[] {
  const out: Match[] = [];
  for (const { end: e, value } of indexedAt(g, i, MONTH_RANGE_PHRASES)) {
    const { phrase, from, to, season } = value;
    const range = (y: number): Built => {
      const span = spanOf({ fixed: cal.monthPeriod(y, from) }, { fixed: cal.monthPeriod(y, to) });
      return 'fixed' in span ? span.fixed : 'impossible';
    };
    const year = yearAt(g, e);
    if (year !== undefined) out.push({ end: e + 1, piece: { fixed: range(year) } });
    if (phrase.endsWith(' of') || (g.strict && season && !afterLead)) continue;
    out.push({ end: e, piece: { floating: range } });
  }
  return out;
}

// ---- composition ----

/** One date that can be a side of a span. afterLead: it follows "i"/"in"/"on". */
function single(g: Grammar, i: number, afterLead: boolean): Match[] {
  const key = memoKey(afterLead ? 'singleAfterLead' : 'single', i);
  const known = g.memo.get(key);
  if (known) return known;
  const out: Match[] = [];
  const o = openings();
  if (opens(g, i, o.day)) for (const d of dayForms(g, i)) out.push({ end: d.end, piece: dayPiece(d) });
  if (opens(g, i, o.weekday)) append(out, weekdayDays(g, i));
  if (opens(g, i, o.month)) append(out, monthForms(g, i, afterLead));
  if (opens(g, i, o.part)) append(out, partForms(g, i));
  if (opens(g, i, o.week)) for (const w of weekForms(g, i)) out.push({ end: w.end, piece: weekPiece(w) });
  if (opens(g, i, o.relativeDay)) append(out, relativeDays(g, i));
  if (opens(g, i, o.relativeWeekday)) append(out, relativeWeekdays(g, i));
  if (opens(g, i, o.relativeWeek)) append(out, relativeWeeks(g, i));
  if (opens(g, i, o.relativeMonth)) append(out, relativeMonths(g, i));
  return remember(g, key, out);
}

/** A single date, optionally after "i", "in", "on". */
function led(g: Grammar, i: number): Match[] {
  const key = memoKey('led', i);
  const known = g.memo.get(key);
  if (known) return known;
  const out = [...single(g, i, false)];
  for (const e of phrasesAt(g, i, LEAD_WORDS)) append(out, single(g, e, true));
  return remember(g, key, out);
}

function spans(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  spansFrom(g, i, false, out);
  const between = low(g, i) === 'mellem' || low(g, i) === 'between';
  for (const e of phrasesAt(g, i, SPAN_OPENERS)) spansFrom(g, e, between, out);
  const o = openings();
  if (opens(g, i, o.dayRange)) append(out, dayRanges(g, i));
  if (opens(g, i, o.week)) append(out, weekRanges(g, i));
  return out;
}

/** The spans whose left side starts at s, added to out. */
function spansFrom(g: Grammar, s: number, between: boolean, out: Match[]): void {
  for (const left of led(g, s)) {
    const connectors = [...phrasesAt(g, left.end, between ? BETWEEN_CONNECTORS : SPAN_CONNECTORS)];
    if (!between && isDash(g, left.end)) connectors.push(left.end + 1);
    for (const c of connectors) for (const right of led(g, c)) out.push({ end: right.end, piece: spanOf(left.piece, right.piece) });
  }
}

/** out.push(...more) without spreading an empty list (this runs several times at every token). */
function append(out: Match[], more: readonly Match[]): void {
  for (const m of more) out.push(m);
}

/** "1.–5. maj 2024", "14-16 June", "June 14–16, 2024": the left day borrows the right's month and year. */
function dayRanges(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  const range = (leftDay: number, right: DayMatch): Piece =>
    spanOf(dayPiece({ day: leftDay, month: right.month, year: right.year }), dayPiece(right));
  for (const s of [i, ...phrasesAt(g, i, DAY_RANGE_LEADS)]) {
    for (const dn of dayNums(g, s)) {
      if (!isDash(g, dn.end) || !(dn.ordinal || (glued(g, dn.end) && glued(g, dn.end + 1)))) continue;
      for (const right of dayForms(g, dn.end + 1)) out.push({ end: right.end, piece: range(dn.day, right) });
    }
  }
  for (const m of monthsAt(g, i)) {
    if (g.strict && m.word.danishOnly) continue;
    for (const a of dayNums(g, m.end)) {
      if (a.ordinal || !isDash(g, a.end)) continue;
      for (const b of dayNums(g, a.end + 1)) {
        if (b.ordinal) continue;
        const rights: DayMatch[] = [];
        withYear(g, rights, b.day, m.word.month, b.end, true);
        for (const right of rights) out.push({ end: right.end, piece: range(a.day, right) });
      }
    }
  }
  return out;
}

/** "uge 45–48", "uge 45 - uge 48 2024". */
function weekRanges(g: Grammar, i: number): Match[] {
  const out: Match[] = [];
  for (const left of weekForms(g, i)) {
    if (left.year !== undefined || !isDash(g, left.end)) continue;
    let r = left.end + 1;
    if (WEEK_WORDS.includes(low(g, r) ?? '')) r++;
    const week = numAt(g, r, 1, 53);
    if (week === undefined) continue;
    const rights: WeekMatch[] = [{ week, end: r + 1 }];
    const y = yearAt(g, r + 1);
    if (y !== undefined) rights.push({ week, year: y, end: r + 2 });
    for (const right of rights) {
      out.push({ end: right.end, piece: spanOf(weekPiece({ week: left.week, year: right.year }), weekPiece(right)) });
    }
  }
  return out;
}

/** "senest d. 15. december", "no later than 15 December", "by Friday": a hard limit on the last day. */
function limits(g: Grammar, i: number): Match[] {
  const toLimit = (p: Period): Built => ({ start: p.end, end: p.end, form: { kind: 'by' } });
  return phrasesAt(g, i, BY_PHRASES).flatMap((e) => led(g, e).map((m) => ({ end: m.end, piece: mapPiece(m.piece, toLimit) })));
}

/**
 * The words a date expression can begin with: the first word of every phrase the rules above read at their first
 * token, and the month, weekday and number words. Any other word, and any punctuation, starts none, so the rules are
 * not tried there: they cost microseconds a token, and a text of tens of thousands of tokens otherwise took a fifth of
 * a second (issue 28). A token with a digit may always start one ("7.", "7th", "q3", "uge45", "2024-06-14").
 */
let startWords: Set<string> | undefined;
function mayStartDate(g: Grammar, i: number): boolean {
  const t = g.toks[i];
  if (!t) return false;
  if (t.hasDigit || g.everyRule) return true;
  if (!startWords) {
    const phrases = [
      ...PART_PHRASES.map(([p]) => p),
      ...SPAN_OPENERS,
      ...BY_PHRASES,
      ...LEAD_WORDS,
      ...MONTH_RANGES.flatMap((r) => r.phrases),
      ...DAY_LEADS,
      ...WEEK_WORDS,
      ...[RELATIVE_MONTHS, RELATIVE_DAYS, RELATIVE_WEEKS, RELATIVE_YEARS].flatMap((l) => l.map(([p]) => p)),
      ...RELATIVE_WEEKDAY_LEADS,
      'om',
      'for',
      'fra',
      'from',
      'd.',
      'den',
    ];
    const firsts = phrases.map((p) => tokensOf(p)[0] ?? '');
    startWords = new Set([...firsts, ...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys(), ...NUMBER_WORDS.keys()]);
  }
  return startWords.has(t.low);
}

/** Every date expression that starts at token i. */
export function expressionsAt(g: Grammar, i: number): Match[] {
  if (!mayStartDate(g, i)) return [];
  const key = memoKey('expr', i);
  const known = g.memo.get(key);
  if (known) return known;
  const out = opens(g, i, openings().limit) ? limits(g, i) : [];
  append(out, spans(g, i));
  append(out, led(g, i));
  append(out, relativeYears(g, i));
  append(out, monthRanges(g, i, false));
  for (const e of phrasesAt(g, i, LEAD_WORDS)) append(out, monthRanges(g, e, true));
  return remember(g, key, out);
}

/** What a rule can begin with: the first words of its phrases, each with the second words its phrases go on with
 *  ('any' when a phrase of one word begins with it: what follows is the rule's own business); any token with a digit in
 *  it ("7th", "uge45") when digit is set, and a plain number ("7", "2024") only where afterNumber says that it is
 *  followed by what the rule needs. */
interface Opening {
  words: ReadonlyMap<string, ReadonlySet<string> | 'any'>;
  digit: boolean;
  afterNumber?: (g: Grammar, i: number) => boolean;
}

function openingOf(digit: boolean | ((g: Grammar, i: number) => boolean), ...lists: Array<Iterable<string>>): Opening {
  const words = new Map<string, Set<string> | 'any'>();
  for (const list of lists) {
    for (const phrase of list) {
      const [first = '', second] = tokensOf(phrase);
      const known = words.get(first);
      if (second === undefined) words.set(first, 'any');
      else if (known === undefined) words.set(first, new Set([second]));
      else if (known !== 'any') known.add(second);
    }
  }
  return typeof digit === 'function' ? { words, digit: true, afterNumber: digit } : { words, digit };
}

/** A rule may match at i: most rules at most tokens cannot, and trying each costs more than this look-up (issue 28: a
 *  pasted timeline of 100 lines of "1. " or "i " tried every rule at every one of 15,000 tokens). Each opening is
 *  held to the rules by a test that reads random texts both ways (everyRule). */
function opens(g: Grammar, i: number, o: Opening): boolean {
  const t = g.toks[i];
  if (!t) return false;
  if (g.everyRule) return true;
  const next = o.words.get(t.low);
  if (next === 'any' || next?.has(low(g, i + 1) ?? '')) return true;
  if (!o.digit || !t.hasDigit) return false;
  return t.num === undefined || o.afterNumber === undefined || o.afterNumber(g, i);
}

// What must follow a plain number for each rule that can begin with one (read off the rules above).
const isMonthWord = (g: Grammar, i: number): boolean => MONTH_WORDS.has(low(g, i) ?? '');
/** "7. maj", "7 May", "7 of May", "7. of May", "14/6", "14.6", "14-6-2020", "2024-06-14". */
const dayAfterNumber = (g: Grammar, i: number): boolean => {
  const next = low(g, i + 1) ?? '';
  if (next === '.') return isMonthWord(g, i + 2) || low(g, i + 2) === 'of' || (g.toks[i + 2]?.num !== undefined && glued(g, i + 2));
  return next === '/' || next === 'of' || DASHES.has(next) || isMonthWord(g, i + 1);
};
/** "3 days ago", "3 dage siden". */
const daysAgoAfterNumber = (g: Grammar, i: number): boolean => DAYS_AGO_UNITS.includes(low(g, i + 1) ?? '');
/** "1.–5. maj", "14-16 June". */
const dayRangeAfterNumber = (g: Grammar, i: number): boolean => isDash(g, i + 1) || (low(g, i + 1) === '.' && isDash(g, i + 2));
/** "uge45" is one token; a plain number never begins a week. */
const never = (): boolean => false;

const phrasesOf = (list: ReadonlyArray<readonly [string, unknown]>): string[] => list.map(([p]) => p);

/** The opening of each rule that single, spans and expressionsAt gate, from the rules' own lists (built on first use:
 *  the lists are defined along the file). */
let openingTable: ReturnType<typeof openingsOfRules> | undefined;
const openings = () => (openingTable ??= openingsOfRules());
function openingsOfRules() {
  return {
    day: openingOf(dayAfterNumber, DAY_LEADS, MONTH_WORDS.keys()),
    weekday: openingOf(false, WEEKDAY_WORDS.keys()),
    month: openingOf(false, MONTH_WORDS.keys()),
    part: openingOf(false, phrasesOf(PART_PHRASES)),
    week: openingOf(never, WEEK_WORDS),
    relativeDay: openingOf(daysAgoAfterNumber, phrasesOf(RELATIVE_DAYS), COUNT_LEADS, AGO_LEADS, NUMBER_WORDS.keys()),
    relativeWeekday: openingOf(
      false,
      RELATIVE_WEEKDAY_LEADS.filter((w) => w !== 'i'),
      [...PAST_WEEKDAY_WORDS.keys()].map((w) => `i ${w}`),
      WEEKDAY_WORDS.keys(),
    ),
    relativeWeek: openingOf(false, phrasesOf(RELATIVE_WEEKS), COUNT_LEADS),
    relativeMonth: openingOf(false, phrasesOf(RELATIVE_MONTHS), COUNT_LEADS),
    dayRange: openingOf(dayRangeAfterNumber, DAY_RANGE_LEADS, MONTH_WORDS.keys()),
    limit: openingOf(false, BY_PHRASES),
  };
}
