// What the weekly digest says: the last week's log and what is coming. Pure selection over rows the caller read;
// the card (cards/digestCard.ts) decides how it looks, the scheduler (bot/scheduler.ts) when it is sent.
import { DateTime } from 'luxon';
import { keyDate, type Item } from './items';
import { isOverdue, isRecentlyOverdue } from './due';
import type { EntryKind } from './vocabulary';
import type { IsoDate, Period } from './types';
import { plusDays } from './dates/calendar';

/** The part of a log entry the digest shows (storage's LogEntry has these fields). */
export interface DigestLogEntry {
  id: string;
  kind: EntryKind;
  text: string;
  happenedOn: IsoDate;
  /** The text names a period ("start oktober"): shown as such. */
  period?: Period;
  /** ISO instant it was logged: the digest lists what was logged in its week, whatever date it is about. */
  writtenAt: string;
  authorName: string;
}

/** How far the digest looks back and ahead, in days. */
export const DIGEST_WINDOWS = { logDaysBack: 7, eventDaysAhead: 14, deadlineDaysAhead: 30, unownedDaysAhead: 14 } as const;

/** A deadline due within DIGEST_WINDOWS.unownedDaysAhead that nobody holds: the digest marks it "ingen ansvarlig". */
export function needsOwner(item: Item, today: IsoDate): boolean {
  const key = keyDate(item);
  return (
    item.type === 'deadline' && !item.done && !item.owner && key !== undefined && key <= plusDays(today, DIGEST_WINDOWS.unownedDaysAhead)
  );
}

/** The date ranges a digest at `today` reads; the caller queries storage with them. */
export interface DigestRanges {
  /** Log entries logged (written) on a local day in [logFrom, today], whatever date they are about. */
  logFrom: IsoDate;
  today: IsoDate;
  /** Events starting in [today, eventsTo]. */
  eventsTo: IsoDate;
  /** Deadlines ending in [today, deadlinesTo]. */
  deadlinesTo: IsoDate;
}

/**
 * The ranges for a digest on the local day of `now`. The log window is the seven days before today and today
 * itself: a weekly digest then never misses a day (an entry of the previous digest's day may show twice, which
 * is better than never), and `/digest now` shows what was logged a minute ago.
 */
export function digestRanges(now: DateTime): DigestRanges {
  const today = now.toISODate()!;
  return {
    logFrom: plusDays(today, -DIGEST_WINDOWS.logDaysBack),
    today,
    eventsTo: plusDays(today, DIGEST_WINDOWS.eventDaysAhead),
    deadlinesTo: plusDays(today, DIGEST_WINDOWS.deadlineDaysAhead),
  };
}

export interface KindCount {
  kind: EntryKind;
  count: number;
}

/** One week's digest, ready to be shown. */
export interface Digest {
  ranges: DigestRanges;
  /** Entries of the log window, newest first. */
  logged: DigestLogEntry[];
  /** Counts per kind, most first (ties in the order of the kinds' first appearance). */
  counts: KindCount[];
  /** Open deadlines missed within RECENT_OVERDUE_DAYS (domain/due.ts), oldest first. */
  overdue: Item[];
  /** How many open deadlines were missed longer ago: one line, pointing to /frister overskredet. */
  olderOverdue: number;
  /** Open events starting in the next 14 days, soonest first. */
  events: Item[];
  /** Open deadlines ending in the next 30 days, soonest first. */
  deadlines: Item[];
  /** Open planned actions (/plan) due in the next 30 days, soonest first (a missed one is among `overdue`). */
  planned: Item[];
  /** Open approval runs under way (begun, not yet due within 30 days): shown with their tally until all approve. */
  approvals: Item[];
  /** Open events and deadlines whose date is not set yet ("uden dato"), oldest written first: one line. */
  undated: Item[];
  /** Nothing logged, nothing coming, nothing overdue: the digest says so in one line. */
  quiet: boolean;
}

function byKeyDate(a: Item, b: Item): number {
  const ka = keyDate(a) ?? '';
  const kb = keyDate(b) ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : a.title.localeCompare(b.title, 'da');
}

/**
 * Selects the digest's content from what storage returned. `entries` and `items` may hold more than the windows
 * (for example every open item): everything is filtered here, so the rules live in one place and are tested pure.
 * Done items are never shown; an event whose date has passed is not "overdue" (it simply happened), a deadline is.
 */
export function selectDigest(now: DateTime, entries: readonly DigestLogEntry[], items: readonly Item[]): Digest {
  const ranges = digestRanges(now);
  const { today } = ranges;
  const seenEntries = new Set<string>();
  const logged = entries
    .filter((e) => {
      if (seenEntries.has(e.id)) return false;
      seenEntries.add(e.id);
      const day = writtenDay(e, now);
      return day >= ranges.logFrom && day <= today;
    })
    .sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : 0));

  const counts: KindCount[] = [];
  for (const entry of logged) {
    const found = counts.find((c) => c.kind === entry.kind);
    if (found) found.count++;
    else counts.push({ kind: entry.kind, count: 1 });
  }
  // A stable sort keeps first-appearance order among equal counts.
  counts.sort((a, b) => b.count - a.count);

  const seen = new Set<string>();
  const unique = items.filter((item) => {
    if (item.done || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
  const open = unique.filter((item) => keyDate(item) !== undefined);
  const undated = unique.filter((item) => keyDate(item) === undefined).sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
  const overdue = open.filter((i) => isRecentlyOverdue(i, today)).sort(byKeyDate);
  const olderOverdue = open.filter((i) => isOverdue(i, today) && !isRecentlyOverdue(i, today)).length;
  const events = open.filter((i) => i.type === 'event' && keyDate(i)! >= today && keyDate(i)! <= ranges.eventsTo).sort(byKeyDate);
  const deadlines = open.filter((i) => i.type === 'deadline' && keyDate(i)! >= today && keyDate(i)! <= ranges.deadlinesTo).sort(byKeyDate);

  const planned = open.filter((i) => i.type === 'plan' && keyDate(i)! >= today && keyDate(i)! <= ranges.deadlinesTo).sort(byKeyDate);

  const listed = new Set([...overdue, ...deadlines].map((i) => i.id));
  const approvals = open
    .filter(
      (i) =>
        (i.approvers?.length ?? 0) > 0 &&
        i.period &&
        !listed.has(i.id) &&
        !isOverdue(i, today) &&
        i.period.start <= today &&
        keyDate(i)! > ranges.deadlinesTo,
    )
    .sort(byKeyDate);
  const quiet =
    logged.length === 0 &&
    overdue.length === 0 &&
    olderOverdue === 0 &&
    events.length === 0 &&
    deadlines.length === 0 &&
    undated.length === 0 &&
    approvals.length === 0 &&
    planned.length === 0;
  return { ranges, logged, counts, overdue, olderOverdue, events, deadlines, planned, undated, approvals, quiet };
}

/** The local day (in `now`'s zone) an entry was logged. */
export function writtenDay(e: Pick<DigestLogEntry, 'writtenAt' | 'happenedOn'>, now: DateTime): IsoDate {
  // Stored instants are UTC ("…Z", what turns write; years 1900-2999, where Intl's calendar is luxon's): read with
  // Date and the zone's cached formatter, a tenth of luxon's cost. Any other form goes through luxon as before.
  const format = UTC_INSTANT.test(e.writtenAt) ? dayFormatOf(now.zone) : undefined;
  if (format) {
    const ms = Date.parse(e.writtenAt);
    return Number.isNaN(ms) ? e.happenedOn : isoDayOf(format, ms);
  }
  const at = DateTime.fromISO(e.writtenAt, { setZone: true });
  return at.isValid ? (at.setZone(now.zone).toISODate() as IsoDate) : e.happenedOn;
}

const UTC_INSTANT = /^(?:19|2\d)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;
/** One formatter per IANA zone (building one costs more than a hundred uses); undefined for other kinds of zone. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatOf(zone: DateTime['zone']): Intl.DateTimeFormat | undefined {
  if (zone.type !== 'iana' || !zone.isValid) return undefined;
  let format = dayFormats.get(zone.name);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.name,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      numberingSystem: 'latn',
    });
    dayFormats.set(zone.name, format);
  }
  return format;
}

/** The formatter's en-US day as it writes it: MM/DD/YYYY. */
const US_DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function isoDayOf(format: Intl.DateTimeFormat, ms: number): IsoDate {
  // format() costs a third of formatToParts() (a digest asks twice per entry); its parts are read only when the text
  // has another shape than MM/DD/YYYY.
  const us = US_DAY.exec(format.format(ms));
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}
