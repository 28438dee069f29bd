// What a thing on the timeline is in a calendar: the general shape every kind maps to (an event, a deadline, and a
// planned action once /plan exists: one `calendarSourceOf…` function beside calendarSourceOfItem), its timing, and its
// stable UID. Pure: bot/calendarLinks.ts words it from the catalog and domain/ics.ts writes it.
import { createHash } from 'node:crypto';
import type { IsoDate, Period } from './types';
import type { Item } from './items';
import type { IcsTiming } from './ics';

/** The kinds the calendar knows; each is worded by its own catalog entry (calendar.kind.<kind>). */
export type CalendarKind = 'event' | 'deadline' | 'action';

/** One thing on the timeline, as the calendar needs it. */
export interface CalendarSource {
  kind: CalendarKind;
  /** Unique within the scope and kind. */
  id: string;
  title: string;
  /** Undefined: not dated yet, so no calendar entry. */
  period?: Period;
  time?: { hour: number; minute: number };
  /** A timed entry's length; an hour when the text gave none. */
  minutes?: number;
  place?: string;
  done: boolean;
  /** Who wrote it (its owner), shown in the description. */
  owner?: string;
  /** Raised by every change (SEQUENCE). */
  revision: number;
  /** The last change, ISO instant (LAST-MODIFIED). */
  modifiedAt: string;
  createdAt: string;
}

export const DEFAULT_EVENT_MINUTES = 60;

/** A span's length ("kl. 9-11": 120 minutes); an hour without an end. */
function minutesOf(time: NonNullable<Item['time']>): number {
  return time.end ? time.end.hour * 60 + time.end.minute - (time.hour * 60 + time.minute) : DEFAULT_EVENT_MINUTES;
}

/** A plan (/plan) is the calendar's planned action. */
export function calendarKindOf(type: Item['type']): CalendarKind {
  return type === 'plan' ? 'action' : type;
}

export function calendarSourceOfItem(item: Item): CalendarSource {
  return {
    kind: calendarKindOf(item.type),
    id: item.id,
    title: item.title,
    done: item.done,
    owner: item.authorName || undefined,
    ...(item.period ? { period: item.period } : {}),
    ...(item.time ? { time: item.time } : {}),
    ...(item.place ? { place: item.place } : {}),
    ...(item.time?.end ? { minutes: minutesOf(item.time) } : {}),
    revision: item.revision ?? 0,
    modifiedAt: item.modifiedAt ?? item.writtenAt,
    createdAt: item.writtenAt,
  };
}

/** A period the text left fuzzy ("midt august", "oktober–november", "uge 45"): not one day, not a hard limit. */
export function isFuzzyPeriod(period: Period): boolean {
  return period.form.kind !== 'day' && period.form.kind !== 'by';
}

/** When the calendar shows it: a timed entry for one day with a time of day, else all-day over its period (a deadline
 *  or an untimed day is one all-day entry); undefined for something without a date. */
export function calendarTiming(source: CalendarSource): IcsTiming | undefined {
  const p = source.period;
  if (!p) return undefined;
  if (source.time && p.start === p.end && !isFuzzyPeriod(p)) {
    const { hour, minute } = source.time;
    return { kind: 'timed', date: p.start, hour, minute, minutes: source.minutes ?? DEFAULT_EVENT_MINUTES };
  }
  return { kind: 'allDay', start: p.start, endInclusive: p.end };
}

/** The same UID for the same thing in every file and feed (so importing again updates it), and never the same for two
 *  teams' things: the scope goes in as a hash, not as its tenant and team ids. */
export function calendarUid(scopeKey: string, source: Pick<CalendarSource, 'kind' | 'id'>): string {
  return `${source.kind}-${source.id}-${scopeHash(scopeKey)}@tovholder`;
}

// A feed asks for one scope's hash once per entry: the last one is kept.
let lastScope: { key: string; hash: string } | undefined;

function scopeHash(scopeKey: string): string {
  if (lastScope?.key !== scopeKey) lastScope = { key: scopeKey, hash: createHash('sha256').update(scopeKey).digest('hex').slice(0, 16) };
  return lastScope.hash;
}

/** The things of the feed: dated, and not ended before `from` (12 months back). */
export function inFeed(source: CalendarSource, from: IsoDate): boolean {
  return source.period !== undefined && source.period.end >= from;
}
