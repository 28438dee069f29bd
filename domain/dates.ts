/*
 * The date and period grammar: how the comms group writes dates, Danish first, English too.
 * Pure: "today" always comes in through DateContext; nothing here reads the clock.
 *
 * Semantics chosen:
 * - Part of a month: start/primo/først i/early/beginning of = 1st-10th, midt/medio/mid/middle of = 11th-20th,
 *   slut/ultimo/sidst i/late/end of = 21st-last day.
 * - A hard limit ("senest d. 15. december", "no later than", "by 15 December"): form 'by', start = end = that day.
 *   "senest" before a longer period ("senest ultimo august", "by next week") limits on its last day.
 * - A year left out: yearRule 'future' takes the first such date/period that is not yet over (end >= today),
 *   'past' the last one already begun (start <= today). ISO week numbers use the ISO week-year, so on
 *   2024-12-30 "uge 1" is the week of 30 December 2024 - 5 January 2025.
 * - Spans ("marts – maj 2020", "1. maj - august", "fra 1. maj til 15. juni", "mellem X og Y", "uge 45-48",
 *   "1.–5. maj"): a year written on one side only applies to the other; a left side without a year whose
 *   month is later than the right's is from the previous year ("december – februar 2021" starts December 2020).
 *   A left side after the right (same month, or both years written) is {code: 'reversed'}.
 * - Weekdays: "på fredag" (and "kommende fredag", "coming Friday") is always the next Friday after today: in Danish
 *   the last one is "i fredags". "fredag"/"on Friday" is the next Friday after today ('future') or the last one
 *   before today ('past'); "næste fredag"/"next Friday" is the Friday of next ISO week; "i fredags",
 *   "sidste fredag", "last Friday" the last Friday before today. A weekday before a date ("torsdag d. 7.
 *   november") is decoration: the date decides.
 * - Relative weeks ("næste uge", "om to uger") are ISO weeks, Monday-Sunday; "i år"/"this year" is the span
 *   januar–december. Quarters, halves and seasons ("1. kvartal", "Q3", "2. halvår", "i foråret") are spans of
 *   months too; winter (crossing new year) is not read.
 * - Numbers: Danish is day/month ("14/6" is 14 June). A bare number or year ("19", "2024") is never a date,
 *   not even for parsePeriod: nobody schedules a whole year, and "19-nyhederne", "TV2", "P4" must stay text.
 *   Impossible days (31. februar, 30/2, 2024-02-30) read as dates with {code: 'impossible'}; a month number
 *   above 12 is not a date at all ("14.30" is a time).
 * - Free text (findPeriodInText, splitTitleAndPeriod) is stricter than a whole-text parsePeriod: abbreviations
 *   ("jan", "fre", "søn") need a day or a year, a lower-case "may"/"march" needs "in", numbers right after "kl."
 *   are times, "2/3 af" and "24/7" are not dates. Words are matched whole (æøå are letters): no "maj" in "majestæt".
 */
import type { Period } from './types';
import type { DateContext, DateError, PeriodResult } from './dates/context';
import { expressionsAt, type Grammar, grammarOf, type Match } from './dates/grammar';
import { type Built, isPeriod, settle } from './dates/pieces';

export type { YearRule, DateContext, DateError, PeriodResult } from './dates/context';
export { parseTimeOfDay, findTimeInText } from './dates/timeOfDay';
export type { TimeOfDay, TimeSpan, TimeMatch } from './dates/timeOfDay';

const TRAILING = /[\s.,!?]+$/;

function settled(g: Grammar, m: Match): Built {
  return settle(m.piece, g.today.toISODate() as string, g.today.year, g.rule);
}

function errorOf(b: Exclude<Built, Period>, text: string): DateError {
  return { code: b, text };
}

function longest(matches: Match[]): Match | undefined {
  return matches.reduce<Match | undefined>((best, m) => (!best || m.end > best.end ? m : best), undefined);
}

/** The WHOLE text is one date/period expression (case-insensitive, surrounding space and trailing . , ! ? ignored).
 *  undefined = not a date expression at all; {ok:false} = reads as a date but is impossible or reversed. */
export function parsePeriod(text: string, ctx: DateContext): PeriodResult | undefined {
  const trimmed = text.trim().replace(TRAILING, '');
  // The answer depends on the words, today's calendar date and the year rule alone: the same question asked again the
  // same day ("hvad skal vi nå i denne måned?", "/frister næste uge") is answered from here. Copies go out, so a
  // caller may change what it gets.
  const key = `${ctx.today.year}-${ctx.today.month}-${ctx.today.day}|${ctx.yearRule}|${ctx.everyRule ? '*' : ''}|${trimmed}`;
  if (parsed.has(key)) return structuredClone(parsed.get(key));
  const result = parseWholePeriod(trimmed, ctx);
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  parsed.set(key, result);
  return structuredClone(result);
}

/** Texts parsePeriod has read (a few hundred: what a group asks in a day), cleared when full. */
const parsed = new Map<string, PeriodResult | undefined>();
const PARSED_KEPT = 500;

function parseWholePeriod(trimmed: string, ctx: DateContext): PeriodResult | undefined {
  const g = grammarOf(trimmed, ctx, false);
  if (g.toks.length === 0) return undefined;
  const whole = expressionsAt(g, 0).find((m) => m.end === g.toks.length);
  if (!whole) return undefined;
  const b = settled(g, whole);
  return isPeriod(b) ? { ok: true, period: b } : { ok: false, ...errorOf(b, trimmed) };
}

/** More tokens than any date expression spans (see splitTitleAndPeriod). */
const MAX_EXPRESSION_TOKENS = 48;

/** "title first, period last": the longest trailing date expression; the title is the rest, trimmed of
 *  separators. For `/deadline Godkendelse i styregruppen medio august 2024` and pasted timeline lines. */
export function splitTitleAndPeriod(line: string, ctx: DateContext): TitleAndPeriod | undefined {
  const trimmed = line.trim().replace(TRAILING, '');
  return splitIn(grammarOf(trimmed, ctx, true), trimmed);
}

type TitleAndPeriod = { title: string; period: Period } | { title: string; error: DateError };

function splitIn(g: Grammar, trimmed: string): TitleAndPeriod | undefined {
  const n = g.toks.length;
  // The longest expression the grammar reads ("between Thursday the 7th of November, 2024 and …") is about 30 tokens:
  // one ending at the line's end starts within the last MAX_EXPRESSION_TOKENS, so a long line costs no more than a
  // short one (issue 28: a pasted timeline of 100 lines of 300 characters).
  for (let i = Math.max(0, n - MAX_EXPRESSION_TOKENS); i < n; i++) {
    const m = expressionsAt(g, i).find((x) => x.end === n);
    if (!m) continue;
    const title = trimmed
      .slice(0, g.toks[i].start)
      .replace(/[\s:;,\-–—(]+$/, '')
      .trim();
    if (!title) return undefined;
    const b = settled(g, m);
    return isPeriod(b) ? { title, period: b } : { title, error: errorOf(b, trimmed.slice(g.toks[i].start)) };
  }
  return undefined;
}

/** A date found in free text, with its character span. */
export type FoundPeriod =
  | { period: Period; index: number; length: number; yearGuessed: boolean }
  | { error: DateError; index: number; length: number };

/** splitTitleAndPeriod(line), and findPeriodInText(line) when that finds nothing: the same answers as the two apart,
 *  but a line with nothing to trim at its end is tokenized once and each position read once for both (a pasted
 *  timeline's line without a date at its end was read twice over its last 48 tokens: issue 28). */
export function readTitleAndPeriod(line: string, ctx: DateContext): { split?: TitleAndPeriod; found?: FoundPeriod } {
  const trimmed = line.trim().replace(TRAILING, '');
  const g = grammarOf(trimmed, ctx, true);
  const split = splitIn(g, trimmed);
  if (split) return { split };
  return { found: findIn(trimmed === line ? g : grammarOf(line, ctx, true), line) };
}

/** The first date expression anywhere in free text, longest at its position, with its character span.
 *  yearGuessed: no year was written and nothing relative fixed it, so the year rule chose it. */
export function findPeriodInText(text: string, ctx: DateContext): FoundPeriod | undefined {
  return findIn(grammarOf(text, ctx, true), text);
}

function findIn(g: Grammar, text: string): FoundPeriod | undefined {
  for (let i = 0; i < g.toks.length; i++) {
    const m = longest(expressionsAt(g, i));
    if (!m) continue;
    const index = g.toks[i].start;
    const length = g.toks[m.end - 1].end - index;
    const b = settled(g, m);
    return isPeriod(b)
      ? { period: b, index, length, yearGuessed: 'floating' in m.piece }
      : { error: errorOf(b, text.slice(index, index + length)), index, length };
  }
  return undefined;
}
