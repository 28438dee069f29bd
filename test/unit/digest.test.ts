// The digest's content on a realistic week of the comms group, pure: what is selected, in which order, and how the
// card says it (counts, authors, overdue first, quiet week, Teams' size limit).
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { selectDigest, digestRanges, writtenDay, type DigestLogEntry } from '../../domain/digest';
import { digestCard, DIGEST_CARD_BUDGET_BYTES } from '../../cards/digestCard';
import type { Item } from '../../domain/items';
import type { Period } from '../../domain/types';
import { cardProblems } from '../support/cardValidation';
import { cardText } from '../support/botHarness';

const ZONE = 'Europe/Copenhagen';
// Monday 18 November 2024, 08:00: the default digest slot.
const NOW = DateTime.fromISO('2024-11-18T08:00', { zone: ZONE });

const log = (
  id: string,
  happenedOn: string,
  kind: DigestLogEntry['kind'],
  text: string,
  authorName: string,
  writtenAt = `${happenedOn}T10:00:00Z`,
): DigestLogEntry => ({ id, happenedOn, kind, text, authorName, writtenAt });

function item(id: string, type: Item['type'], title: string, period: Period | undefined, extra: Partial<Item> = {}): Item {
  return { id, type, title, period, done: false, authorName: 'Bo', authorAadId: 'aad', writtenAt: '2024-10-01T08:00:00Z', ...extra };
}
const day = (date: string): Period => ({ start: date, end: date, form: { kind: 'day' } });

const WEEK_LOG: DigestLogEntry[] = [
  log('old', '2024-11-10', 'letter', 'Brev til ministeren om frikommuneforsøg', 'Bo Madsen'), // eight days back: out
  log('l1', '2024-11-11', 'meeting', 'Møde med KL om fleksjobforsøget', 'Bo Madsen'), // exactly seven days back: in
  log('l2', '2024-11-12', 'press', 'TV2 Nord om mikrolån i Hjørring', 'Anne Sørensen'),
  log('l3', '2024-11-13', 'hearing', 'Foretræde for Beskæftigelsesudvalget', 'Mette Jensen'),
  log('l4', '2024-11-14', 'press', 'Nordjyske om ledighedsydelse', 'Anne Sørensen'),
  log('l5', '2024-11-15', 'press', 'P4 Nordjylland interview', 'Mette Jensen'),
  log('l6', '2024-11-18', 'meeting', 'Morgenmøde i styregruppen', 'Bo Madsen'), // today: in
];

const ITEMS: Item[] = [
  item('late-1', 'deadline', 'Høringssvar om beskæftigelsesreformen', day('2024-11-08')),
  item('late-2', 'deadline', 'Indberetning til styrelsen', { start: '2024-11-01', end: '2024-11-15', form: { kind: 'part', part: 'mid' } }),
  item('past-event', 'event', 'Netværksmøde i Aalborg', day('2024-11-14')), // happened, not overdue
  item('ev-1', 'event', 'JobCamp Vejle', day('2024-11-25'), { time: { hour: 9, minute: 0 }, place: 'Vejle Musikteater' }),
  item('ev-2', 'event', 'Folketingets Beskæftigelsesudvalg', day('2024-11-19')),
  item('ev-far', 'event', 'Frikommunekonference', day('2024-12-10')), // 22 days: beyond 14
  item('d-1', 'deadline', 'Midtvejsevaluering', { start: '2024-12-01', end: '2024-12-15', form: { kind: 'part', part: 'mid' } }),
  item('d-2', 'deadline', 'Kommentarer til rapportudkast', { start: '2024-11-22', end: '2024-11-22', form: { kind: 'by' } }),
  item('d-far', 'deadline', 'Slutrapport', day('2025-01-31')), // beyond 30 days
  item('d-done', 'deadline', 'Ansøgning om forlængelse', day('2024-11-20'), { done: true, doneBy: 'Bo' }),
  item('undated', 'event', 'Besøg af ministeren', undefined),
];

describe('digest content (domain/digest)', () => {
  it('reads the seven days back, the 14 days of events and the 30 days of deadlines ahead', () => {
    assert.deepEqual(digestRanges(NOW), { logFrom: '2024-11-11', today: '2024-11-18', eventsTo: '2024-12-02', deadlinesTo: '2024-12-18' });
  });

  it('selects a realistic week: log newest first, counts by kind, overdue deadlines, coming events and deadlines', () => {
    const d = selectDigest(NOW, WEEK_LOG, ITEMS);
    assert.deepEqual(
      d.logged.map((e) => e.id),
      ['l6', 'l5', 'l4', 'l3', 'l2', 'l1'],
    );
    assert.deepEqual(d.counts, [
      { kind: 'press', count: 3 },
      { kind: 'meeting', count: 2 },
      { kind: 'hearing', count: 1 },
    ]);
    assert.deepEqual(
      d.overdue.map((i) => i.id),
      ['late-1', 'late-2'],
    );
    assert.deepEqual(
      d.events.map((i) => i.id),
      ['ev-2', 'ev-1'],
    );
    assert.deepEqual(
      d.deadlines.map((i) => i.id),
      ['d-2', 'd-1'],
    );
    assert.deepEqual(
      d.undated.map((i) => i.id),
      ['undated'],
      'what waits for its date is the "uden dato" line',
    );
    assert.equal(d.quiet, false);
  });

  it('an item returned twice by storage (overdue and due lists) is shown once', () => {
    const d = selectDigest(NOW, [], [...ITEMS, ITEMS[4]!]);
    assert.deepEqual(
      d.events.map((i) => i.id),
      ['ev-2', 'ev-1'],
    );
  });

  it('a quiet week: nothing logged, nothing coming, only things far ahead or done', () => {
    const d = selectDigest(NOW, [WEEK_LOG[0]!], [ITEMS[5]!, ITEMS[8]!, ITEMS[9]!]);
    assert.equal(d.quiet, true);
    const { card, summary } = digestCard(d, 'da', NOW);
    assert.deepEqual(cardProblems(card), []);
    assert.equal(summary, 'Ugens overblik: en stille uge.');
    assert.match(cardText(card), /En stille uge: intet logget de seneste syv dage, og intet på vej de næste 30 dage\./);
  });
});

describe('digest card (cards/digestCard)', () => {
  it('shows overdue first, then the log with counts and authors, then events and deadlines; summary is a sentence', () => {
    const { card, summary } = digestCard(selectDigest(NOW, WEEK_LOG, ITEMS), 'da', NOW);
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    const order = [
      'Overskredne frister (2)',
      'Logget siden mandag d. 11. november (6)',
      'Arrangementer de næste 14 dage (2)',
      'Frister de næste 30 dage (2)',
      'Uden dato (1)',
      'Besøg af ministeren',
    ];
    const at = order.map((h) => text.indexOf(h));
    assert.ok(
      at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!)),
      text,
    );
    assert.match(text, /3 presse · 2 møde · 1 foretræde/);
    assert.match(text, /TV2 Nord om mikrolån i Hjørring/);
    assert.match(text, /logget af Anne Sørensen/);
    assert.match(text, /fristen var 8\. november, 10 dage siden/);
    assert.match(text, /25\. november kl\. 09\.00, om 7 dage/);
    assert.match(text, /Vejle Musikteater/);
    assert.match(text, /senest 22\. november, om 4 dage/);
    assert.doesNotMatch(text, /Slutrapport|Frikommunekonference|Ansøgning om forlængelse|Brev til ministeren|Netværksmøde/);
    assert.equal(summary, 'Ugens overblik: 6 ting logget, 2 overskredne frister, 2 arrangementer på vej, 2 frister på vej og 1 uden dato.');
  });

  it('a text that opens with its kind is not led by it twice, and a day word written days ago shows its date', () => {
    const entries = [
      log('h', '2024-11-12', 'letter', 'henvendelse til STAR om mentorordningen', 'Bo Madsen'),
      log('y', '2024-11-13', 'meeting', 'Møde med KL i går om samtaler', 'Anne Sørensen', '2024-11-14T09:00:00Z'),
    ];
    const text = cardText(digestCard(selectDigest(NOW, entries, []), 'da', NOW).card);
    assert.doesNotMatch(text, /henvendelse: henvendelse/i);
    assert.match(text, /Henvendelse til STAR om mentorordningen/);
    assert.match(text, /Møde med KL onsdag d\. 13\. november om samtaler/);
    assert.doesNotMatch(text, /i går/);
  });

  it('in English', () => {
    const { card, summary } = digestCard(selectDigest(NOW, WEEK_LOG, ITEMS), 'en', NOW);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Overdue deadlines \(2\)/);
    assert.match(cardText(card), /3 press · 2 meeting · 1 hearing/);
    assert.equal(summary, 'Weekly digest: 6 logged, 2 overdue deadlines, 2 events coming up, 2 deadlines coming up and 1 without a date.');
  });

  it('a holiday move is mentioned', () => {
    const { card } = digestCard(selectDigest(NOW, WEEK_LOG, ITEMS), 'da', NOW, {
      movedFrom: { date: '2024-12-24', holiday: 'Juleaftensdag' },
    });
    assert.match(cardText(card), /Flyttet fra tirsdag d\. 24\. december \(Juleaftensdag\)\./);
  });

  it("a very busy week still fits Teams' 28 KB and points to /søg and /frister for the rest", () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      log(
        `m${i}`,
        '2024-11-14',
        'press',
        `Presseomtale nummer ${i} med en lang beskrivelse af hvad der skete og hvem der var med `.repeat(3),
        'Anne Sørensen',
      ),
    );
    const dates = Array.from({ length: 80 }, (_, i) =>
      item(`x${i}`, 'deadline', `Frist ${i} med en lang titel om noget vigtigt`, day('2024-11-30')),
    );
    const { card, summary } = digestCard(selectDigest(NOW, many, dates), 'da', NOW);
    assert.deepEqual(cardProblems(card), []);
    assert.ok(Buffer.byteLength(JSON.stringify(card)) <= DIGEST_CARD_BUDGET_BYTES);
    const text = cardText(card);
    assert.match(text, /Logget siden mandag d\. 11\. november \(300\)/); // the heading counts them all
    assert.match(text, /skriv \/søg for loggen og \/frister for det, der kommer/);
    assert.match(summary, /300 ting logget/);
  });
});

describe('writtenDay', () => {
  it('is the day luxon gives for the instant in the zone, every 7 hours of 2024-2025 and across both DST changes', () => {
    for (const zone of ['Europe/Copenhagen', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata']) {
      const now = DateTime.fromISO('2025-03-12T09:00:00Z').setZone(zone);
      for (let ms = Date.parse('2024-01-01T00:00:00Z'); ms < Date.parse('2026-01-01T00:00:00Z'); ms += 7 * 3_600_000) {
        const writtenAt = new Date(ms).toISOString();
        assert.equal(
          writtenDay({ writtenAt, happenedOn: '2000-01-01' }, now),
          DateTime.fromMillis(ms, { zone }).toISODate(),
          `${zone} ${writtenAt}`,
        );
      }
    }
  });
});
