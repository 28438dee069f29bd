// Reads .ics text back with ical.js (Mozilla's parser, a devDependency), never with our own writer's code: what Outlook,
// Google and Thunderbird would make of it, as far as a well-kept independent parser can say.
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  sequence: number;
  lastModified: string;
  status: string;
  /** All-day: the first day and the day after the last (DTEND is exclusive). */
  allDay: boolean;
  startDate: string;
  endDate: string;
  /** A timed event's start and end as UTC instants (the VTIMEZONE applied). */
  startUtc?: string;
  endUtc?: string;
  tzid?: string;
}

export interface ReadCalendar {
  name?: string;
  method?: string;
  events: ReadEvent[];
}

const dateOf = (t: ICAL.Time) => `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

export function readIcs(text: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  // Timed events name their zone by TZID: register the file's VTIMEZONE so times convert by its own rules.
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = root.getAllSubcomponents('vevent').map((c): ReadEvent => {
    const event = new ICAL.Event(c);
    const start = event.startDate;
    const end = event.endDate;
    const lastModified = c.getFirstPropertyValue('last-modified') as ICAL.Time | null;
    const read: ReadEvent = {
      uid: event.uid,
      summary: event.summary ?? '',
      description: event.description ?? '',
      location: event.location ?? '',
      sequence: event.sequence,
      lastModified: lastModified ? lastModified.toJSDate().toISOString() : '',
      status: String(c.getFirstPropertyValue('status') ?? ''),
      allDay: start.isDate,
      startDate: dateOf(start),
      endDate: dateOf(end),
    };
    if (!start.isDate) {
      read.startUtc = start.toJSDate().toISOString();
      read.endUtc = end.toJSDate().toISOString();
      read.tzid = String(c.getFirstProperty('dtstart')?.getParameter('tzid') ?? '');
    }
    return read;
  });
  const name = root.getFirstPropertyValue('x-wr-calname');
  const method = root.getFirstPropertyValue('method');
  return { events, ...(name ? { name: String(name) } : {}), ...(method ? { method: String(method) } : {}) };
}
