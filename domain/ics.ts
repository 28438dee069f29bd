// iCalendar (RFC 5545) text for "Tilføj til kalender" (one item) and the team's calendar feed (/kalender). Pure: the
// events come in worded (bot/calendarLinks.ts words them from the catalog), and nothing here reads the clock.
//
// What the RFC asks and calendar clients check: CRLF line ends; lines folded at 75 octets (a continuation line begins
// with one space), never inside a UTF-8 character; TEXT values with backslash, semicolon, comma and line breaks
// escaped; every VEVENT with UID and DTSTAMP; a timed event's TZID defined by a VTIMEZONE in the same object.
import { DateTime } from 'luxon';
import { plusDays } from './dates/calendar';
import type { IsoDate } from './types';

/** The zone timed events are written in (the group's; the VTIMEZONE below describes it). */
export const ICS_ZONE = 'Europe/Copenhagen';

/** When an entry is: all-day over [start, endInclusive], or at a local time on a day for `minutes`. */
export type IcsTiming =
  | { kind: 'allDay'; start: IsoDate; endInclusive: IsoDate }
  | { kind: 'timed'; date: IsoDate; hour: number; minute: number; minutes: number };

export interface IcsEvent {
  /** Stable per item: importing again updates the entry instead of adding a second. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  timing: IcsTiming;
  /** Raised by every change of the item. */
  sequence: number;
  /** The item's last change (ISO instant): LAST-MODIFIED and DTSTAMP. */
  lastModified: string;
  /** When the item was written (ISO instant). */
  created?: string;
  /** A period, an undecided date: shown as tentative. */
  tentative?: boolean;
  /** A deadline or period does not make the day busy. */
  transparent?: boolean;
}

export interface IcsCalendar {
  /** The calendar's name in the client (X-WR-CALNAME and RFC 7986 NAME). */
  name?: string;
  /** PUBLISH for a file to import; none for a subscribed feed. */
  method?: 'PUBLISH';
  /** How often a subscriber should fetch again (REFRESH-INTERVAL and X-PUBLISHED-TTL), in minutes. */
  refreshMinutes?: number;
  events: readonly IcsEvent[];
}

const PRODID = '-//Nordjysk Frikommunenetvaerk//Tovholder//DA';

// Europe/Copenhagen since 1996: the EU rule (last Sunday of March 02:00 → +02:00, last Sunday of October 03:00 → +01:00).
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_ZONE}`,
  `X-LIC-LOCATION:${ICS_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value as RFC 5545 3.3.11 wants it: \ ; , escaped, every line break as \n, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

const MAX_LINE_OCTETS = 75;

/** One content line folded at 75 octets (3.1): the first part up to 75, each continuation a space and up to 74 more.
 *  Cut only before the first byte of a UTF-8 sequence, never inside one (æ, ø, å and an emoji stay whole). */
export function foldLine(line: string): string {
  if (line.length <= MAX_LINE_OCTETS / 3 || Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const bytes = Buffer.from(line, 'utf8');
  const parts: string[] = [];
  let from = 0;
  let limit = MAX_LINE_OCTETS;
  while (bytes.length - from > limit) {
    let cut = from + limit;
    while ((bytes[cut]! & 0xc0) === 0x80) cut--; // a continuation byte: back to the start of its character
    parts.push(bytes.toString('utf8', from, cut));
    from = cut;
    limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
  }
  parts.push(bytes.toString('utf8', from));
  return parts.join('\r\n ');
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

/** An ISO instant as a UTC DATE-TIME ("20241107T081500Z"); Date, not luxon: a feed writes two per entry. */
export function utcStamp(instant: string): string {
  const ms = Date.parse(instant);
  return new Date(Number.isFinite(ms) ? ms : 0)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** DTSTART and DTEND. A timed entry's end is its start plus `minutes` of real time, written in local time: an hour from
 *  01.30 on the night summer time begins ends at 03.30. */
function timingLines(timing: IcsTiming): string[] {
  if (timing.kind === 'allDay') {
    return [`DTSTART;VALUE=DATE:${compactDate(timing.start)}`, `DTEND;VALUE=DATE:${compactDate(plusDays(timing.endInclusive, 1))}`];
  }
  const start = DateTime.fromISO(timing.date, { zone: ICS_ZONE }).set({ hour: timing.hour, minute: timing.minute });
  const end = start.plus({ minutes: timing.minutes });
  const local = (dt: DateTime) => dt.toFormat("yyyyMMdd'T'HHmmss");
  return [`DTSTART;TZID=${ICS_ZONE}:${local(start)}`, `DTEND;TZID=${ICS_ZONE}:${local(end)}`];
}

function eventLines(e: IcsEvent): string[] {
  const stamp = utcStamp(e.lastModified);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    ...(e.created ? [`CREATED:${utcStamp(e.created)}`] : []),
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${Math.max(0, Math.floor(e.sequence))}`,
    ...timingLines(e.timing),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    `STATUS:${e.tentative ? 'TENTATIVE' : 'CONFIRMED'}`,
    `TRANSP:${e.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  ];
  return lines;
}

/** The whole iCalendar object, CRLF line ends, folded. */
export function writeIcs(calendar: IcsCalendar): string {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN'];
  if (calendar.method) head.push(`METHOD:${calendar.method}`);
  if (calendar.name) head.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `NAME:${escapeText(calendar.name)}`);
  if (calendar.refreshMinutes) {
    const duration = `PT${Math.round(calendar.refreshMinutes)}M`;
    head.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration}`, `X-PUBLISHED-TTL:${duration}`);
  }
  head.push(`X-WR-TIMEZONE:${ICS_ZONE}`);
  const lines = [...head, ...VTIMEZONE, ...calendar.events.flatMap(eventLines), 'END:VCALENDAR'];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
