// What is due: overdue / due / ongoing / done for a period and a day, at month, week and year edges, and the turn's
// local date across both daylight-saving changes.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { classifyDue, dueStateOf, groupDue, groupingFor, localDate, monthOf, nextFourWeeks } from '../../domain/due';
import type { Item } from '../../domain/items';
import type { Period } from '../../domain/types';
import { milestoneState } from '../../domain/report';
import { ITEM_VERBS, itemCard, listingCard } from '../../cards/itemCards';
import { cardExecuteActions, cardText } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';

const ZONE = 'Europe/Copenhagen';
const day = (d: string): Period => ({ start: d, end: d, form: { kind: 'day' } });
const span = (start: string, end: string): Period => ({ start, end, form: { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } });
let n = 0;
function item(type: Item['type'], title: string, period: Period | undefined, extra: Partial<Item> = {}): Item {
  return {
    id: `id${++n}`,
    type,
    title,
    period,
    done: false,
    authorName: 'A',
    authorAadId: 'a',
    writtenAt: '2024-01-01T00:00:00Z',
    ...extra,
  };
}
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE);

describe('dueStateOf', () => {
  const november = { start: '2024-11-01', end: '2024-11-30' };
  it('a deadline is due by its end, an event by its start', () => {
    assert.equal(dueStateOf(item('deadline', 'd', span('2024-10-01', '2024-11-30')), november, '2024-11-01'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', span('2024-11-20', '2024-12-05')), november, '2024-11-01'), 'coming', 'not begun yet');
    assert.equal(dueStateOf(item('deadline', 'd', span('2024-11-20', '2024-12-05')), november, '2024-11-25'), 'ongoing');
    assert.equal(dueStateOf(item('event', 'e', span('2024-11-29', '2024-12-02')), november, '2024-11-01'), 'due');
    assert.equal(dueStateOf(item('event', 'e', span('2024-10-30', '2024-11-02')), november, '2024-11-01'), 'ongoing');
  });
  it('month edges: the first and the last day belong to the month, the days around it do not', () => {
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-11-01')), november, '2024-11-01'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-11-30')), november, '2024-11-01'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-12-01')), november, '2024-11-01'), undefined);
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-31')), november, '2024-10-31'), undefined);
  });
  it('only a deadline can be overdue: recently in red, older counted apart, and only in an answer about now', () => {
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-31')), november, '2024-11-01'), 'overdue');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-02')), november, '2024-11-01'), 'overdue'); // 30 days ago
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-01')), november, '2024-11-01'), 'olderOverdue');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-03-01')), november, '2024-11-01'), 'olderOverdue');
    // An answer about another period shows that period only: no overdue from elsewhere, its own past items plainly.
    const february = { start: '2025-02-01', end: '2025-02-28' };
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-31')), february, '2024-11-01'), undefined);
    const september = { start: '2024-09-01', end: '2024-09-30' };
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-09-10')), september, '2024-11-01'), 'past');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-10-31')), september, '2024-11-01'), undefined);
  });
  it('an event that has passed is history, and a period is over when it ends: never overdue', () => {
    assert.equal(dueStateOf(item('event', 'e', span('2024-10-30', '2024-11-02')), november, '2024-11-02'), 'ongoing');
    assert.equal(dueStateOf(item('event', 'e', span('2024-10-30', '2024-11-02')), november, '2024-11-03'), 'past');
    assert.equal(dueStateOf(item('event', 'e', day('2024-10-07')), november, '2024-11-03'), undefined);
    const evaluation = item('deadline', 'Evalueringsperiode', {
      start: '2024-03-01',
      end: '2024-05-31',
      form: { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } },
    });
    assert.equal(dueStateOf(evaluation, november, '2024-11-20'), undefined);
    assert.equal(dueStateOf(evaluation, { start: '2024-05-01', end: '2024-05-31' }, '2024-11-20'), 'past');
  });
  it('done is hidden unless asked for; an undated item is never listed by date', () => {
    const done = item('deadline', 'd', day('2024-11-10'), { done: true });
    assert.equal(dueStateOf(done, november, '2024-11-20'), undefined);
    assert.equal(dueStateOf(done, november, '2024-11-20', { includeDone: true }), 'done');
    assert.equal(dueStateOf(item('event', 'e', undefined), november, '2024-11-01'), undefined);
  });
  it('week edges: Monday to Sunday', () => {
    const week45 = { start: '2024-11-04', end: '2024-11-10' };
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-11-04')), week45, '2024-11-04'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-11-10')), week45, '2024-11-04'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-11-11')), week45, '2024-11-04'), undefined);
  });
  it("year edge: a week across New Year holds both years' days", () => {
    const week1 = { start: '2024-12-30', end: '2025-01-05' };
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-12-31')), week1, '2024-12-30'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2025-01-05')), week1, '2024-12-30'), 'due');
    assert.equal(dueStateOf(item('deadline', 'd', day('2024-12-29')), week1, '2024-12-29'), undefined);
  });
});

describe('classifyDue and groupDue', () => {
  it('puts overdue first (oldest first), then due by date and time, then ongoing; each item once', () => {
    const late = item('deadline', 'Nulpunktsmåling', day('2024-10-05'));
    const later = item('deadline', 'Høring', day('2024-10-15'));
    const nine = item('event', 'Morgenmøde', day('2024-11-07'), { time: { hour: 9, minute: 0 } });
    const two = item('event', 'Eftermiddag', day('2024-11-07'), { time: { hour: 14, minute: 0 } });
    const first = item('deadline', 'Rapport', day('2024-11-05'));
    const running = item('deadline', 'Evaluering', span('2024-10-01', '2025-01-31'));
    const entries = classifyDue([running, two, nine, first, later, late, late], { start: '2024-11-01', end: '2024-11-30' }, '2024-11-01');
    assert.deepEqual(
      entries.map((e) => `${e.state}:${e.item.title}`),
      ['overdue:Nulpunktsmåling', 'overdue:Høring', 'due:Rapport', 'due:Morgenmøde', 'due:Eftermiddag', 'ongoing:Evaluering'],
    );
    const groups = groupDue(entries, 'week', 'da');
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['Overskredet', 'Uge 45 (4.–10. november 2024)', 'I gang'],
    );
    assert.deepEqual(
      groupDue(entries, 'month', 'en', at('2024-11-01T10:00:00Z')).map((g) => g.heading),
      ['Overdue', 'November', 'Ongoing'],
    );
  });
  it('groups by week for up to five weeks, by month beyond', () => {
    assert.equal(groupingFor({ start: '2024-11-01', end: '2024-11-30' }), 'week');
    assert.equal(groupingFor({ start: '2024-11-01', end: '2025-01-31' }), 'month');
    const a = item('deadline', 'A', day('2024-12-31'));
    const b = item('deadline', 'B', day('2025-01-01'));
    const groups = groupDue(classifyDue([b, a], { start: '2024-12-01', end: '2025-02-28' }, '2024-12-01'), 'month', 'da');
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['December 2024', 'Januar 2025'],
    );
    assert.deepEqual(
      groupDue(classifyDue([b, a], { start: '2024-12-30', end: '2025-01-05' }, '2024-12-30'), 'week', 'da').map((g) => g.heading),
      ['Uge 1 (30. december 2024 – 5. januar 2025)'],
    );
  });
});

describe("the turn's local date decides, across both daylight-saving changes", () => {
  it('spring: 22:30 UTC on Sunday 31 March 2024 is already 1 April in Copenhagen', () => {
    const now = at('2024-03-31T22:30:00Z');
    assert.equal(localDate(now), '2024-04-01');
    assert.deepEqual(monthOf(now), { start: '2024-04-01', end: '2024-04-30' });
    assert.equal(localDate(at('2024-03-31T21:59:00Z')), '2024-03-31');
    assert.deepEqual(monthOf(at('2024-03-31T21:59:00Z')), { start: '2024-03-01', end: '2024-03-31' });
    const march31 = item('deadline', 'd', day('2024-03-31'));
    assert.equal(dueStateOf(march31, monthOf(now), localDate(now)), 'overdue');
    assert.equal(dueStateOf(march31, monthOf(at('2024-03-31T21:59:00Z')), localDate(at('2024-03-31T21:59:00Z'))), 'due');
  });
  it('autumn: 23:30 UTC on Sunday 27 October 2024 is Monday 28 October, week 44, in Copenhagen', () => {
    const now = at('2024-10-27T23:30:00Z');
    assert.equal(localDate(now), '2024-10-28');
    assert.deepEqual(nextFourWeeks(now), { start: '2024-10-28', end: '2024-11-24' });
    assert.equal(localDate(at('2024-10-27T22:59:00Z')), '2024-10-27');
    assert.deepEqual(nextFourWeeks(at('2024-10-27T22:59:00Z')), { start: '2024-10-27', end: '2024-11-23' });
    const sunday = item('deadline', 'd', day('2024-10-27'));
    assert.equal(dueStateOf(sunday, { start: '2024-10-21', end: '2024-10-27' }, localDate(at('2024-10-27T22:59:00Z'))), 'due');
    assert.equal(dueStateOf(sunday, { start: '2024-10-28', end: '2024-11-03' }, localDate(now)), 'overdue');
  });
  it("year edge: 23:30 UTC on 31 December is New Year's Day in Copenhagen", () => {
    const now = at('2024-12-31T23:30:00Z');
    assert.deepEqual(monthOf(now), { start: '2025-01-01', end: '2025-01-31' });
  });
});

describe('state words agree between /status and the due answers', () => {
  it('a span not begun yet is "kommende" in a listing, as on /status, never "i gang"; begun, it is "i gang" in both', () => {
    const collection = item('deadline', 'Dataindsamling i kommunerne', span('2020-03-01', '2020-05-31'));
    const march = { start: '2020-03-01', end: '2020-03-31' };
    assert.equal(dueStateOf(collection, march, '2020-02-20'), 'coming');
    assert.equal(milestoneState(collection, '2020-02-20'), 'coming');
    const groups = groupDue(classifyDue([collection], march, '2020-02-20'), 'week', 'da');
    assert.deepEqual(
      groups.map((g) => g.heading),
      ['Kommende'],
    );
    const card = cardText(listingCard({ lang: 'da', today: at('2020-02-20T09:00:00Z'), title: 'x', note: '', groups, buttonData: {} }));
    assert.match(card, /kommende/);
    assert.doesNotMatch(card, /i gang/i);
    assert.equal(dueStateOf(collection, march, '2020-03-10'), 'ongoing');
    assert.equal(milestoneState(collection, '2020-03-10'), 'ongoing');
  });
});

describe('past events lose "Færdig"', () => {
  it('an event that is over has no Done button in a listing or on its card; a coming one and a past deadline keep theirs', () => {
    const today = at('2024-11-20T09:00:00Z');
    const held = item('event', 'Netværksmøde i Aalborg', day('2024-11-14'), { id: 'held' });
    const coming = item('event', 'JobCamp Vejle', day('2024-11-25'), { id: 'coming' });
    const missed = item('deadline', 'Høringssvar', day('2024-11-15'), { id: 'missed' });
    const november = { start: '2024-11-01', end: '2024-11-30' };
    const groups = groupDue(classifyDue([held, coming, missed], november, '2024-11-20'), 'week', 'da');
    const card = listingCard({ lang: 'da', today, title: 'x', note: '', groups, buttonData: {} });
    assert.deepEqual(
      cardExecuteActions(card)
        .map((a) => a.data.id)
        .sort(),
      ['coming', 'missed'],
    );
    assert.match(cardText(card), /Netværksmøde i Aalborg/, 'the held event is still listed');
    assert.deepEqual(
      cardExecuteActions(itemCard(held, 'da', today, 'Gemt'))
        .map((a) => a.verb)
        .filter((v) => v === ITEM_VERBS.done),
      [],
      'Slet stays',
    );
    assert.deepEqual(
      cardExecuteActions(itemCard(coming, 'da', today, 'Gemt'))
        .map((a) => a.verb)
        .filter((v) => v === ITEM_VERBS.done),
      [ITEM_VERBS.done],
    );
  });
});

describe("an item card keeps within Teams' five buttons", () => {
  it('the four most needed shown, the rest (Slet, Giv videre, Historik: also commands) under "Mere", none out of reach', () => {
    const today = at('2024-11-20T09:00:00Z');
    const deadline = item('deadline', 'Høringssvar', day('2024-12-15'), { id: 'd' });
    const extra = { type: 'Action.Execute' as const, title: 'Fortryd', verb: ITEM_VERBS.restore, data: { u: 'x' } };
    const titles = (card: Record<string, unknown>) => (card.actions as Array<{ title: string }>).map((a) => a.title);
    const updated = itemCard(deadline, 'da', today, 'Opdateret', '', 'Good', [extra]);
    assert.deepEqual(titles(updated), ['Færdig', 'Fortryd', 'Jeg tager den', 'Tilføj til kalender', 'Mere']);
    const more = (updated.actions as Array<{ card?: { actions: Array<{ title: string }> } }>)[4]!.card!.actions.map((a) => a.title);
    assert.deepEqual(more, ['Godkendelse i alle kommuner', 'Slet', 'Giv videre', 'Historik'], 'the rest, least needed last');
    assert.deepEqual(cardProblems(updated), []);
    const event = itemCard(item('event', 'JobCamp', day('2024-12-01'), { id: 'e' }), 'da', today, 'Gemt');
    assert.deepEqual(titles(event).slice(0, 4), ['Færdig', 'Jeg tager den', 'Tilføj til kalender', 'Slet'], "an event's card shows Slet");
    assert.deepEqual(cardProblems(event), []);
  });
});
