// A parsed date expression before its year is settled. Writers leave the year out all the time, so a
// piece is either fixed (year written, or relative to today) or floating: a function from a year to a period.
// A span's sides settle each other's years; the DateContext's yearRule settles what is left.
import type { Period } from '../types';
import type { YearRule } from './context';

export type Built = Period | 'impossible' | 'reversed';
export type Piece = { fixed: Built } | { floating: (year: number) => Built };

export function isPeriod(b: Built): b is Period {
  return typeof b !== 'string';
}

export function mapPiece(piece: Piece, f: (p: Period) => Built): Piece {
  const g = (b: Built): Built => (isPeriod(b) ? f(b) : b);
  return 'fixed' in piece ? { fixed: g(piece.fixed) } : { floating: (y) => g(piece.floating(y)) };
}

/** The year a side "belongs to": its ISO week-year for weeks (uge 1 may start in December). */
function anchorYear(p: Period): number {
  return p.form.kind === 'week' ? p.form.weekYear : Number(p.start.slice(0, 4));
}

const yearMonth = (isoDate: string) => isoDate.slice(0, 7);

function join(left: Built, right: Built): Built {
  if (!isPeriod(left)) return left;
  if (!isPeriod(right)) return right;
  if (left.start > right.end) return 'reversed';
  return { start: left.start, end: right.end, form: { kind: 'span', from: left.form, to: right.form } };
}

/** "december – februar 2021": a left side without a year whose month comes later is from the year before.
 *  Within the same month a later left side stays where it is and reads as reversed ("20. – 10. maj"). */
function leftIn(left: (y: number) => Built, year: number, right: Period): Built {
  const l = left(year);
  if (isPeriod(l) && l.start > right.end && yearMonth(l.start) > yearMonth(right.end)) return left(year - 1);
  return l;
}

/** "1. december 2020 – februar": a right side without a year whose month comes earlier is from the year after. */
function rightIn(right: (y: number) => Built, year: number, left: Period): Built {
  const r = right(year);
  if (isPeriod(r) && r.end < left.start && yearMonth(r.end) < yearMonth(left.start)) return right(year + 1);
  return r;
}

export function spanOf(left: Piece, right: Piece): Piece {
  if ('fixed' in left && 'fixed' in right) return { fixed: join(left.fixed, right.fixed) };
  if ('floating' in left && 'fixed' in right) {
    const r = right.fixed;
    return { fixed: isPeriod(r) ? join(leftIn(left.floating, anchorYear(r), r), r) : r };
  }
  if ('fixed' in left && 'floating' in right) {
    const l = left.fixed;
    return { fixed: isPeriod(l) ? join(l, rightIn(right.floating, anchorYear(l), l)) : l };
  }
  const lf = (left as { floating: (y: number) => Built }).floating;
  const rf = (right as { floating: (y: number) => Built }).floating;
  return {
    floating: (y) => {
      const r = rf(y);
      return isPeriod(r) ? join(leftIn(lf, y, r), r) : r;
    },
  };
}

/** How far to look for a year in which a floating piece exists (29. februar may be four years off). */
const YEAR_REACH = 5;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Half a year: how far ahead a date without a year may be read as coming rather than gone ('nearest'). */
export const NEAREST_REACH_DAYS = 183;
/** A run of months this long or longer (a season, a quarter, a half) is read as the one begun: "i foråret" written
 *  in November is this year's spring, as Danish says it ("til foråret" would be the coming one). */
const LONG_PERIOD_DAYS = 60;

/** 'nearest': the one running today; else the one begun most recently, unless one ahead starts nearer to today
 *  (within half a year) than that one ended. Ties go to the one behind: a log is mostly about what happened. */
function nearest(found: Period[], todayIso: string): Period {
  const today = dayNumber(todayIso);
  const begun = [...found].reverse().find((p) => p.start <= todayIso);
  const ahead = found.find((p) => p.start > todayIso);
  if (!begun) return ahead ?? found[0];
  if (!ahead || begun.end >= todayIso) return begun;
  if (dayNumber(begun.end) - dayNumber(begun.start) >= LONG_PERIOD_DAYS) return begun;
  const behind = today - dayNumber(begun.end);
  const forward = dayNumber(ahead.start) - today;
  return forward < behind && forward <= NEAREST_REACH_DAYS ? ahead : begun;
}

/** Settles a floating piece: 'future' takes the first one not yet over (end on or after today),
 *  'past' the last one already begun (start on or before today), 'nearest' as nearest() says. */
export function settle(piece: Piece, todayIso: string, todayYear: number, rule: YearRule): Built {
  if ('fixed' in piece) return piece.fixed;
  const found: Period[] = [];
  let failure: Built = 'impossible';
  for (let y = todayYear - YEAR_REACH; y <= todayYear + YEAR_REACH; y++) {
    const b = piece.floating(y);
    if (isPeriod(b)) found.push(b);
    else if (b === 'reversed') failure = b;
  }
  if (found.length === 0) return failure;
  if (rule === 'future') return found.find((p) => p.end >= todayIso) ?? found[found.length - 1];
  if (rule === 'nearest') return nearest(found, todayIso);
  return [...found].reverse().find((p) => p.start <= todayIso) ?? found[0];
}
