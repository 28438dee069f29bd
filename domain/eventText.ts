// "/event JobCamp 7. november kl. 9 Vejle": title first, then a date, a time of day and a place, each optional.
// Pure: today comes in through the DateContext ('future' year rule: a year left out means the next such date).
import type { Failure, Period } from './types';
import { findPeriodInText, findTimeInText, type DateContext, type DateError, type TimeSpan } from './dates';

export interface EventText {
  title: string;
  period?: Period;
  time?: TimeSpan;
  place?: string;
}

export type EventTextResult = { ok: true; event: EventText } | Failure<{ code: 'noTitle' } | { code: 'badDate'; error: DateError }>;

// Words that only introduce the place: "i Vejle", "på Bornholm", "in Aalborg", "at Christiansborg".
const PLACE_LEAD = /^(?:[\s,;:–—-]+|(?:i|på|in|at|hos|sted|place|sted:)\s+)+/iu;
const TITLE_TAIL = /[\s,;:–—(-]+$/u;
// A time's own word left over between pieces ("kl.", "Klokken", "at") is no place. "KL" in capitals is: it is
// Kommunernes Landsforening ("Møde 9:00 hos KL").
const TIME_WORD_LEFT = /^(?:[kK]l\.?|[kK]lokken|[aA]t)$/u;

/** Splits the words after /event into title, period, time and place. The title is what comes before the first
 *  date or time; the place is what comes after the last; words between them count as place too. */
export function readEventText(args: string, ctx: DateContext): EventTextResult {
  const text = args.replace(/\s+/g, ' ').trim();
  const date = findPeriodInText(text, ctx);
  const time = findTimeInText(text);
  if (date && 'error' in date) return { ok: false, code: 'badDate', error: date.error };
  const pieces = [date, time]
    .filter((p): p is NonNullable<typeof p> => p !== undefined)
    // A time inside the date's words ("7. november kl. 9" read whole) counts once.
    .sort((a, b) => a.index - b.index)
    .filter((p, i, all) => i === 0 || p.index >= all[i - 1].index + all[i - 1].length);
  const first = pieces[0];
  const title = (first ? text.slice(0, first.index) : text).replace(TITLE_TAIL, '').trim();
  if (!title) return { ok: false, code: 'noTitle' };
  const rest: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const from = pieces[i].index + pieces[i].length;
    const to = i + 1 < pieces.length ? pieces[i + 1].index : text.length;
    const between = text.slice(from, to).replace(PLACE_LEAD, '').replace(TITLE_TAIL, '').trim();
    if (between && !TIME_WORD_LEFT.test(between)) rest.push(between);
  }
  const event: EventText = { title };
  if (date && 'period' in date) event.period = date.period;
  if (time) event.time = { hour: time.hour, minute: time.minute, ...(time.end ? { end: time.end } : {}) };
  if (rest.length > 0) event.place = rest.join(', ');
  return { ok: true, event };
}
