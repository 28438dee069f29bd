// A report card's download buttons as a contract: what a button asks for (the card it is on and its period, never a
// scope: that is the turn's), read and checked once before the action runs (bot/commands/reports/reportFilesButton.ts).
// The verb is REPORT_VERBS.files in cards/reportCards.ts.
import type { IsoDate, PeriodForm } from '../domain/types';
import type { PeriodAsked } from '../domain/report';

/** What a download button asks for: the card it is on and its period. */
export interface FilesRequest {
  card: 'status' | 'export';
  from: IsoDate;
  to: IsoDate;
  asked?: PeriodAsked;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is IsoDate => typeof v === 'string' && ISO_DATE.test(v);
const isWhole = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function isForm(f: unknown, depth = 0): f is PeriodForm {
  if (!f || typeof f !== 'object' || depth > 1) return false;
  const form = f as Record<string, unknown>;
  switch (form.kind) {
    case 'day':
    case 'month':
    case 'by':
      return true;
    case 'part':
      return ['early', 'mid', 'late'].includes(form.part as string);
    case 'week':
      return isWhole(form.week, 1, 53) && isWhole(form.weekYear, 1000, 9999);
    case 'span':
      return isForm(form.from, depth + 1) && isForm(form.to, depth + 1);
    default:
      return false;
  }
}

/** The period as the card wrote it, checked: anything else is no period. */
function askedOf(v: unknown): PeriodAsked | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const a = v as Record<string, unknown>;
  switch (a.k) {
    case 'since':
    case 'lastStatus':
      return isDate(a.date) ? { k: a.k, date: a.date } : undefined;
    case 'year':
      return isWhole(a.year, 1000, 9999) ? { k: 'year', year: a.year as number } : undefined;
    case 'lastDays':
      return isWhole(a.days, 1, 3660) ? { k: 'lastDays', days: a.days as number } : undefined;
    case 'period': {
      const p = a.period as Record<string, unknown> | undefined;
      return p && isDate(p.start) && isDate(p.end) && p.start <= p.end && isForm(p.form)
        ? { k: 'period', period: { start: p.start, end: p.end, form: p.form } }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The request a button carries, or undefined when it is not one this bot wrote (an old or forged card). */
export function readFilesButton(data: Record<string, unknown>): FilesRequest | undefined {
  if (data.card !== 'status' && data.card !== 'export') return undefined;
  if (!isDate(data.from) || !isDate(data.to) || data.from > data.to) return undefined;
  const asked = askedOf(data.asked);
  if (data.asked !== undefined && !asked) return undefined;
  return { card: data.card, from: data.from, to: data.to, ...(asked ? { asked } : {}) };
}
