// What is due when: classifying events and deadlines for a period and a day, sorting and grouping them for a card.
// Pure: `today` is the turn's local date, passed in.
//
// - overdue: a deadline with a due moment (a day, "senest", part of a month, a month, a week), not done, past its end,
//            in an answer about now (the period asked about holds today), ended at most RECENT_OVERDUE_DAYS ago.
//            Shown first. Only a deadline can be overdue: an event that has passed is history, and a period (an
//            evaluation period "marts – maj") is over when it ends.
// - olderOverdue: the same, ended longer ago: an answer about now counts them in one line (see /frister overskredet).
// - past:    over and not overdue (an event held, a period ended, or anything past in an answer about another period):
//            listed where its dates put it, without red.
// - due:     its key date (deadline: end, event: start) lies in the period.
// - ongoing: its span overlaps the period but its key date lies outside it, and it has begun (an evaluation period
//            running on).
// - coming:  the same, not begun yet: "kommende", as /status says it (never "i gang" before it starts).
// - done:    done items are left out unless asked for; then they show where their dates put them, marked done.
import { DateTime } from 'luxon';
import { keyDate, type Item } from './items';
import type { IsoDate, Lang } from './types';
import { formatPeriod } from './periodFormat';
import { capitalize } from './text';
import { daysBetween, isoWeekOf, monthKeyOf, plusDays } from './dates/calendar';

export type DueState = 'overdue' | 'olderOverdue' | 'past' | 'due' | 'ongoing' | 'coming' | 'done';

/** How long a missed deadline stays in red in answers about now; older ones are counted in one line. */
export const RECENT_OVERDUE_DAYS = 30;

function minusDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: 'utc' }).minus({ days }).toISODate() as IsoDate;
}

/** Only a deadline or a plan with a due moment can be missed; a span (an evaluation period) simply ends. */
export function canBeOverdue(item: Item): boolean {
  return item.type !== 'event' && item.period !== undefined && item.period.form.kind !== 'span';
}

/** Open, able to be overdue, and ended before today. */
export function isOverdue(item: Item, today: IsoDate): boolean {
  return !item.done && canBeOverdue(item) && item.period!.end < today;
}

/** Overdue and ended within RECENT_OVERDUE_DAYS: what an answer about now shows in red. */
export function isRecentlyOverdue(item: Item, today: IsoDate): boolean {
  return isOverdue(item, today) && item.period!.end >= minusDays(today, RECENT_OVERDUE_DAYS);
}

/** The first day a missed deadline counts as "older" (collapsed into one line). */
export function olderOverdueBefore(today: IsoDate): IsoDate {
  return minusDays(today, RECENT_OVERDUE_DAYS);
}

/** An answer about now: the period asked about holds today. */
export function isAboutNow(range: DateRange, today: IsoDate): boolean {
  return range.start <= today && today <= range.end;
}

export interface DueEntry {
  item: Item;
  state: DueState;
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

const STATE_ORDER: Record<DueState, number> = { overdue: 0, olderOverdue: 0, due: 1, past: 1, done: 1, ongoing: 2, coming: 3 };

/** One item's place in a listing of `range` on `today`, or undefined when it does not belong there. */
export function dueStateOf(item: Item, range: DateRange, today: IsoDate, opts: { includeDone?: boolean } = {}): DueState | undefined {
  const key = keyDate(item);
  if (!item.period || !key) return undefined;
  const inRange = key >= range.start && key <= range.end;
  const overlaps = item.period.start <= range.end && item.period.end >= range.start;
  if (item.done) return opts.includeDone && (inRange || overlaps) ? 'done' : undefined;
  if (item.period.end < today) {
    if (isOverdue(item, today) && isAboutNow(range, today)) return isRecentlyOverdue(item, today) ? 'overdue' : 'olderOverdue';
    return inRange || overlaps ? 'past' : undefined;
  }
  if (inRange) return 'due';
  if (overlaps) return item.period.start <= today ? 'ongoing' : 'coming';
  return undefined;
}

/** The items of a listing, each once: overdue first (oldest first), then due and done by key date, then ongoing. */
export function classifyDue(items: readonly Item[], range: DateRange, today: IsoDate, opts: { includeDone?: boolean } = {}): DueEntry[] {
  const seen = new Set<string>();
  const entries: DueEntry[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const state = dueStateOf(item, range, today, opts);
    if (state) entries.push({ item, state });
  }
  return entries.sort(compareEntries);
}

export function compareEntries(a: DueEntry, b: DueEntry): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (keyDate(a.item) ?? '').localeCompare(keyDate(b.item) ?? '') ||
    (a.item.time ? a.item.time.hour * 60 + a.item.time.minute : -1) - (b.item.time ? b.item.time.hour * 60 + b.item.time.minute : -1) ||
    a.item.title.localeCompare(b.item.title, 'da')
  );
}

/** Local calendar date of a zoned instant: the turn's date decides, not UTC's. */
export function localDate(now: DateTime): IsoDate {
  return now.toISODate() as IsoDate;
}

/** The whole calendar month of `today`, as /due without a period means. */
export function monthOf(today: DateTime): DateRange {
  return { start: today.startOf('month').toISODate() as IsoDate, end: today.endOf('month').toISODate() as IsoDate };
}

/** "What's coming up": today and the next four weeks. */
export function nextFourWeeks(today: DateTime): DateRange {
  return { start: today.toISODate() as IsoDate, end: today.plus({ days: 27 }).toISODate() as IsoDate };
}

export type GroupBy = 'week' | 'month';

/** Weeks for a range of up to about five weeks, months beyond that. */
export function groupingFor(range: DateRange): GroupBy {
  return daysBetween(range.start, range.end) <= 35 ? 'week' : 'month';
}

export interface DueGroup {
  /** 'overdue', 'ongoing' and 'coming' have their own groups; other groups are a week ('2024-W45') or a month ('2024-11'). */
  key: string;
  heading: string;
  entries: DueEntry[];
}

const HEADINGS = {
  da: { overdue: 'Overskredet', ongoing: 'I gang', coming: 'Kommende', week: 'Uge', undated: 'Dato ikke fastsat' },
  en: { overdue: 'Overdue', ongoing: 'Ongoing', coming: 'Coming', week: 'Week', undated: 'Date not set' },
};

/** Entries (already sorted by classifyDue) in groups: overdue, then each week or month in order, then ongoing. */
export function groupDue(
  entries: readonly DueEntry[],
  by: GroupBy,
  lang: Lang,
  today?: DateTime,
  opts: { inOrder?: boolean } = {},
): DueGroup[] {
  const groups = new Map<string, DueGroup>();
  const add = (key: string, heading: () => string, entry: DueEntry) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, heading: heading(), entries: [] };
      groups.set(key, g);
    }
    g.entries.push(entry);
  };
  for (const entry of entries) {
    const key = keyDate(entry.item);
    if (entry.state === 'olderOverdue') continue; // counted in one line by the listing, never drawn one by one
    if (entry.state === 'overdue') add('overdue', () => HEADINGS[lang].overdue, entry);
    else if (entry.state === 'ongoing') add('ongoing', () => HEADINGS[lang].ongoing, entry);
    else if (entry.state === 'coming') add('coming', () => HEADINGS[lang].coming, entry);
    else if (!key) add('undated', () => HEADINGS[lang].undated, entry);
    else {
      // Headings are written once per group, not once per entry (formatting a period is most of the cost); the
      // group's key is worked out by plain arithmetic (a luxon DateTime per entry cost more than the rest together).
      if (by === 'week') {
        const { weekYear, week, monday } = isoWeekOf(key);
        add(
          `${weekYear}-W${String(week).padStart(2, '0')}`,
          () => {
            const span = formatPeriod(
              { start: monday, end: plusDays(monday, 6), form: { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } },
              lang,
              today,
            );
            return `${HEADINGS[lang].week} ${week} (${span})`;
          },
          entry,
        );
      } else {
        add(
          monthKeyOf(key),
          () => {
            const d = DateTime.fromISO(key, { zone: 'utc' });
            return capitalize(
              formatPeriod(
                { start: d.startOf('month').toISODate() as IsoDate, end: d.endOf('month').toISODate() as IsoDate, form: { kind: 'month' } },
                lang,
                today,
              ),
            );
          },
          entry,
        );
      }
    }
  }
  // An answer with the best match first keeps the groups in the order of their first entries.
  if (opts.inOrder) return [...groups.values()];
  const order = (k: string) => (k === 'overdue' ? 0 : k === 'ongoing' ? 2 : k === 'coming' ? 3 : k === 'undated' ? 4 : 1);
  return [...groups.values()].sort((a, b) => order(a.key) - order(b.key) || a.key.localeCompare(b.key));
}

/** The heading for events whose date is not set. */
export function undatedHeading(lang: Lang): string {
  return HEADINGS[lang].undated;
}
