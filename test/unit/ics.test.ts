import { strict as assert } from 'node:assert';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../domain/ics';
import { calendarSourceOfItem, calendarUid, type CalendarSource } from '../../domain/calendarEntries';
import { icsEventOf, icsFileName } from '../../bot/calendarLinks';
import { dayPeriod, monthPeriod, partPeriod } from '../../domain/dates/calendar';
import type { Item } from '../../domain/items';
import type { Period } from '../../domain/types';
import { readIcs } from '../support/icalReader';

// The .ics writer, read back by ical.js (test/support/icalReader.ts), not by our own code.

const SCOPE = 'tenant|team|19%3Aabc';
const AT = '2026-12-01T10:00:00.000Z';

function source(over: Partial<CalendarSource>): CalendarSource {
  return { kind: 'deadline', id: 'd1', title: 'Frist', done: false, revision: 0, modifiedAt: AT, createdAt: AT, ...over };
}

function event(over: Partial<IcsEvent>): IcsEvent {
  return {
    uid: 'u1@tovholder',
    summary: 'S',
    timing: { kind: 'allDay', start: '2027-01-04', endInclusive: '2027-01-04' },
    sequence: 0,
    lastModified: AT,
    ...over,
  };
}

const span = (from: Period, to: Period): Period => ({
  start: from.start,
  end: to.end,
  form: { kind: 'span', from: from.form, to: to.form },
});

/** Every physical line: at most 75 octets, ended by CRLF, and no line break anywhere else. */
function assertWellFormed(text: string): void {
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n') || text.replace(/\r\n/g, '').includes('\r'), false, 'a bare LF or CR');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `over 75 octets: ${line}`);
  }
  // Folding never cut a UTF-8 character: the bytes decode back to the same text without replacement characters.
  assert.equal(Buffer.from(text, 'utf8').toString('utf8').includes('\ufffd'), false);
}

describe('the .ics writer (read back with ical.js)', () => {
  it('keeps a title with æøå, and one with a comma, a semicolon and a backslash, as written', () => {
    const titles = ['Møde på Ærø om lægeattester – åbent hus', 'Evaluering, del 1; VIVE og STAR \\ KL', 'Linje 1\nLinje 2'];
    const text = writeIcs({
      events: titles.map((summary, i) => event({ uid: `u${i}@tovholder`, summary, location: 'Aalborg, Rådhuset; sal 2' })),
    });
    assertWellFormed(text);
    const read = readIcs(text);
    assert.deepEqual(
      read.events.map((e) => e.summary),
      titles,
    );
    assert.equal(read.events[0]!.location, 'Aalborg, Rådhuset; sal 2');
    assert.match(text, /SUMMARY:Evaluering\\, del 1\\; VIVE og STAR \\\\ KL\r\n/);
  });

  it('folds a 200-character description at 75 octets without splitting æ, ø, å or an emoji, and reads it back whole', () => {
    const description = [...'Ærøs ø-udvalg åbner døren for forsøget med mikrolån 🎉; '.repeat(5)].slice(0, 200).join('');
    assert.equal([...description].length, 200);
    const text = writeIcs({ events: [event({ description })] });
    assertWellFormed(text);
    assert.ok(
      text.split('\r\n').some((l) => l.startsWith(' ')),
      'the description was folded',
    );
    assert.equal(readIcs(text).events[0]!.description, description);
  });

  it('folds by octets, not characters: a line of 40 "ø" (80 octets) is cut into two lines of at most 75', () => {
    const folded = foldLine(`SUMMARY:${'ø'.repeat(40)}`);
    const lines = folded.split('\r\n');
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75));
    assert.equal(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join(''), `SUMMARY:${'ø'.repeat(40)}`);
  });

  it('escapes TEXT as RFC 5545 3.3.11 says and drops control characters', () => {
    assert.equal(escapeText('a,b;c\\d\r\ne\nf\u0007'), 'a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('writes a timed event in Europe/Copenhagen with its VTIMEZONE, an hour long, also across the switch to summer time', () => {
    const timed = (uid: string, date: string, hour: number, minute = 0): IcsEvent =>
      event({ uid, timing: { kind: 'timed', date, hour, minute, minutes: 60 } });
    const text = writeIcs({
      events: [
        timed('before', '2027-03-27', 10),
        timed('after', '2027-03-29', 10),
        // The night the clocks go from 02.00 to 03.00: an hour from 01.30 ends at 03.30 local time, 60 real minutes.
        timed('across', '2027-03-28', 1, 30),
        timed('autumn', '2027-10-31', 2, 30),
      ],
    });
    assertWellFormed(text);
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen\r\n/);
    const byUid = new Map(readIcs(text).events.map((e) => [e.uid, e]));
    assert.equal(byUid.get('before')!.tzid, 'Europe/Copenhagen');
    assert.equal(byUid.get('before')!.startUtc, '2027-03-27T09:00:00.000Z');
    assert.equal(byUid.get('before')!.endUtc, '2027-03-27T10:00:00.000Z');
    assert.equal(byUid.get('after')!.startUtc, '2027-03-29T08:00:00.000Z');
    assert.equal(byUid.get('across')!.startUtc, '2027-03-28T00:30:00.000Z');
    assert.equal(byUid.get('across')!.endUtc, '2027-03-28T01:30:00.000Z');
    assert.match(text, /DTEND;TZID=Europe\/Copenhagen:20270328T033000\r\n/);
    assert.equal(byUid.get('autumn')!.allDay, false);
  });

  it('writes an all-day entry as VALUE=DATE with the day after as DTEND', () => {
    const text = writeIcs({ events: [event({ timing: { kind: 'allDay', start: '2027-01-04', endInclusive: '2027-01-04' } })] });
    assert.match(text, /DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270105\r\n/);
    const e = readIcs(text).events[0]!;
    assert.deepEqual([e.allDay, e.startDate, e.endDate], [true, '2027-01-04', '2027-01-05']);
  });

  it('names the calendar, and marks a one-item file PUBLISH', () => {
    assert.equal(
      readIcs(writeIcs({ name: 'Frikommunenetværket – kommunikation', events: [] })).name,
      'Frikommunenetværket – kommunikation',
    );
    // ical.js leaves an X- property's value as written; it is TEXT all the same (3.8.8.2), escaped like the rest.
    assert.match(writeIcs({ name: 'Team, A', events: [] }), /X-WR-CALNAME:Team\\, A\r\n/);
    assert.equal(readIcs(writeIcs({ method: 'PUBLISH', events: [event({})] })).method, 'PUBLISH');
  });
});

describe('a timeline item as a calendar entry', () => {
  it('a deadline on a day: one all-day entry with the title, kind, owner and a line back to Tovholder', () => {
    const e = icsEventOf(
      source({ title: 'Aflevering af slutrapport', period: dayPeriod(2027, 1, 15)!, owner: 'Anne Sørensen' }),
      SCOPE,
      'da',
    )!;
    const read = readIcs(writeIcs({ events: [e] })).events[0]!;
    assert.deepEqual(
      [read.allDay, read.startDate, read.endDate, read.summary],
      [true, '2027-01-15', '2027-01-16', 'Aflevering af slutrapport'],
    );
    assert.match(read.description, /^Frist: 15\. januar 2027\nOprettet af Anne Sørensen\.\nFra Tovholder i Teams/);
    assert.equal(read.status, 'CONFIRMED');
  });

  it('a period ("midt august", "oktober–november") spans the period all day, and summary and description say it is a period', () => {
    const mid = icsEventOf(source({ title: 'Godkendelse i styregruppen', period: partPeriod(2027, 8, 'mid') }), SCOPE, 'da')!;
    const autumn = icsEventOf(
      source({ id: 'd2', title: 'Evaluering', period: span(monthPeriod(2027, 10), monthPeriod(2027, 11)) }),
      SCOPE,
      'en',
    )!;
    const [a, b] = readIcs(writeIcs({ events: [mid, autumn] })).events;
    assert.deepEqual([a!.allDay, a!.startDate, a!.endDate], [true, '2027-08-11', '2027-08-21']);
    assert.equal(a!.summary, 'Godkendelse i styregruppen (periode: midt august 2027)');
    assert.match(a!.description, /^Frist i perioden midt august 2027\. Det er en periode, ikke en præcis dato/);
    assert.equal(a!.status, 'TENTATIVE');
    assert.deepEqual([b!.startDate, b!.endDate], ['2027-10-01', '2027-12-01']);
    assert.equal(b!.summary, 'Evaluering (period: October–November 2027)');
    assert.match(b!.description, /It is a period, not an exact date/);
  });

  it('a timed event is an hour at its place; a done deadline says done; an undated item has no entry', () => {
    const item: Item = {
      id: 'e1',
      type: 'event',
      title: 'JobCamp',
      period: dayPeriod(2027, 11, 7)!,
      time: { hour: 9, minute: 0 },
      place: 'Vejle',
      done: false,
      authorName: 'Jens',
      authorAadId: '',
      writtenAt: AT,
      revision: 3,
      modifiedAt: '2026-12-02T08:00:00.000Z',
    };
    const read = readIcs(writeIcs({ events: [icsEventOf(calendarSourceOfItem(item), SCOPE, 'en')!] })).events[0]!;
    assert.deepEqual(
      [read.startUtc, read.endUtc, read.location, read.sequence],
      ['2027-11-07T08:00:00.000Z', '2027-11-07T09:00:00.000Z', 'Vejle', 3],
    );
    assert.equal(read.lastModified, '2026-12-02T08:00:00.000Z');
    assert.equal(read.uid, calendarUid(SCOPE, { kind: 'event', id: 'e1' }));
    const done = icsEventOf(source({ title: 'Rapport', period: dayPeriod(2027, 1, 15)!, done: true }), SCOPE, 'da')!;
    assert.equal(done.summary, 'Rapport – færdig');
    assert.match(done.description!, /Markeret færdig\./);
    assert.equal(icsEventOf(source({ title: 'Afrapportering til STAR' }), SCOPE, 'da'), undefined);
  });

  it('an event with a span of time ("kl. 9.30-12") lasts as long as the span', () => {
    const item: Item = {
      id: 'e2',
      type: 'event',
      title: 'Styregruppemøde',
      period: dayPeriod(2027, 2, 3)!,
      time: { hour: 9, minute: 30, end: { hour: 12, minute: 0 } },
      done: false,
      authorName: 'Jens',
      authorAadId: '',
      writtenAt: AT,
    };
    const read = readIcs(writeIcs({ events: [icsEventOf(calendarSourceOfItem(item), SCOPE, 'da')!] })).events[0]!;
    assert.deepEqual([read.startUtc, read.endUtc], ['2027-02-03T08:30:00.000Z', '2027-02-03T11:00:00.000Z']);
  });

  it('gives one thing the same UID everywhere and two teams different ones', () => {
    const uid = calendarUid(SCOPE, { kind: 'deadline', id: 'd1' });
    assert.equal(calendarUid(SCOPE, { kind: 'deadline', id: 'd1' }), uid);
    assert.notEqual(calendarUid('tenant|team|other', { kind: 'deadline', id: 'd1' }), uid);
    assert.notEqual(calendarUid(SCOPE, { kind: 'event', id: 'd1' }), uid);
  });

  it('names the file after what it is, in ASCII', () => {
    assert.equal(icsFileName(source({ title: 'Godkendelse på Ærø, del 2' }), 'da'), 'tovholder-frist-godkendelse-paa-aeroe-del-2.ics');
    assert.equal(icsFileName(source({ kind: 'event', title: 'JobCamp 2027' }), 'en'), 'tovholder-event-jobcamp-2027.ics');
  });
});
