// A planned action (/plan): what the group means to do and the day it is due by. Pure: "today" comes in.
import type { DateTime } from 'luxon';
import { readDeadlineLine } from './timeline';
import type { Period, Failure } from './types';

export type PlanReading =
  | { ok: true; title: string; period: Period }
  | Failure<{ code: 'noTitle' } | { code: 'noDate' } | { code: 'impossible'; text: string } | { code: 'reversed'; text: string }>;

/** "inden", "før", "by", "before": the words that say a day is the latest one, left behind by the date's reading. */
const BY_WORDS = /\s+(?:inden|før|foer|senest|by|before|til|until)$/i;

/**
 * "kontakt Folketingets Beskæftigelsesudvalg om lægeattester inden 1. maj": the title, then the day (last, as on a
 * deadline). A day written "inden"/"by" is the latest day (shown "senest 1. maj"); a week or a month stays one.
 */
export function readPlan(text: string, today: DateTime): PlanReading {
  const line = readDeadlineLine(1, text, { today, yearRule: 'future' });
  if (!('period' in line)) {
    if (line.error === 'noTitle' || line.error === 'noDate') return { ok: false, code: line.error };
    return { ok: false, code: line.error, text: line.detail ?? text };
  }
  const by = BY_WORDS.exec(line.title);
  const title = by ? line.title.slice(0, by.index).trim() : line.title;
  if (!title) return { ok: false, code: 'noTitle' };
  const period: Period = by && line.period.form.kind === 'day' ? { ...line.period, form: { kind: 'by' } } : line.period;
  return { ok: true, title, period };
}
