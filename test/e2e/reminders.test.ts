// Reminders over HTTP: sent by the scheduler as new threads in the team's channel, once; Done and Snooze through the
// real Action.Execute invoke, answered with a card that replaces the reminder in place; /remind settings.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardLinks,
  cardOf,
  cardText,
  FixedClock,
  TEAM,
  type Harness,
} from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { scopeOf } from '../../bot/teams/activityTurn';
import type { Item } from '../../domain/items';
import { REMINDER_VERBS } from '../../cards/reminderCard';
import { ADD_TO_CALENDAR_VERB } from '../../cards/itemCards';

const ZONE = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const TEAM_SCOPE = scopeOf(channelMessage('x') as never).key;

function item(id: string, type: Item['type'], title: string, date: string): Item {
  return {
    id,
    type,
    title,
    period: { start: date, end: date, form: { kind: 'day' } },
    done: false,
    authorName: 'Bo Madsen',
    authorAadId: 'aad',
    writtenAt: '2024-11-01T10:00:00Z',
  };
}

function actionsOf(card: Record<string, any>): Array<{ title: string; verb: string; data: Record<string, unknown> }> {
  return card.actions ?? [];
}

describe('reminders, end to end over HTTP', () => {
  let h: Harness;
  let clock: FixedClock;
  const reminderCards = () => h.connector.created.map((c) => c.body.activity).filter((a) => !/^Ugens overblik/.test(a.summary ?? ''));

  before(async () => {
    clock = new FixedClock(local('2024-11-20T08:00'));
    h = await startHarness({}, { clock });
    await h.say(channelMessage('/påmind', { timestamp: '2024-11-20T07:00:00Z' }));
    await h.app.services.items.add(TEAM_SCOPE, [
      item('ev-tomorrow', 'event', 'Foretræde for Social- og Boligudvalget', '2024-11-21'),
      item('d-week', 'deadline', 'Midtvejsrapport til styrelsen', '2024-11-27'),
      item('d-far', 'deadline', 'Slutrapport', '2025-02-01'),
    ]);
  });
  after(async () => {
    await h.stop();
  });

  it('/påmind shows the defaults', async () => {
    const [reply] = await h.say(channelMessage('/påmind', { timestamp: '2024-11-20T07:00:00Z' }));
    assert.match(reply.text, /kl\. 09\.00: 1 dag før et arrangement og 7 og 1 dage før en frist/);
  });

  it('sends the day-before and 7-days-before reminders at 09:00 in the team channel, once, with Done and Snooze', async () => {
    h.connector.clear();
    clock.current = local('2024-11-20T08:59:50');
    await h.app.scheduler.tick();
    assert.equal(reminderCards().length, 0);
    clock.current = local('2024-11-20T09:00:20');
    await h.app.scheduler.tick();
    clock.current = local('2024-11-20T09:00:50');
    await h.app.scheduler.tick();
    const cards = reminderCards();
    assert.equal(cards.length, 2);
    assert.ok(h.connector.created.every((c) => c.body.channelData.channel.id === TEAM));
    const texts = cards.map((a) => cardText(cardOf(a))).sort();
    assert.match(texts[0]!, /Arrangement i morgen\nForetræde for Social- og Boligudvalget/);
    assert.match(texts[1]!, /Frist om 7 dage\nMidtvejsrapport til styrelsen/);
    for (const a of cards) {
      const card = cardOf(a);
      assert.deepEqual(cardProblems(card), []);
      assert.deepEqual(
        actionsOf(card).map((x) => x.title),
        ['Færdig', 'Påmind i morgen', 'Påmind næste uge', 'Tilføj til kalender'],
      );
      assert.deepEqual(
        actionsOf(card).map((x) => x.verb),
        [REMINDER_VERBS.done, REMINDER_VERBS.snooze, REMINDER_VERBS.snooze, ADD_TO_CALENDAR_VERB],
      );
    }
    // Tilføj til kalender on a reminder: the item's .ics, for the one who pressed.
    const calendar = actionsOf(cardOf(cards[0]!)).find((x) => x.verb === ADD_TO_CALENDAR_VERB)!;
    const pressed = await h.post(cardAction(calendar.verb, calendar.data, channelMessage('', { timestamp: '2024-11-20T09:01:00Z' })));
    const file = await fetch(Object.values(cardLinks(pressed.body.value))[0]!);
    assert.equal(file.status, 200);
    assert.match(await file.text(), /BEGIN:VEVENT/);
    assert.ok(cards.some((a) => a.summary === 'Arrangement i morgen: Foretræde for Social- og Boligudvalget'));
  });

  it('Done on the reminder card marks the deadline done and replaces the card for everyone', async () => {
    const card = cardOf(reminderCards().find((a) => /Midtvejsrapport/.test(a.summary))!);
    const done = actionsOf(card).find((x) => x.verb === REMINDER_VERBS.done)!;
    const res = await h.post(cardAction(done.verb, done.data, channelMessage('', { timestamp: '2024-11-20T09:30:00Z' })));
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    const updated = res.body.value;
    assert.deepEqual(cardProblems(updated), []);
    assert.match(cardText(updated), /Markeret som færdig af Anne Sørensen/);
    assert.equal(updated.actions, undefined);
    const stored = await h.app.services.items.get(TEAM_SCOPE, 'd-week');
    assert.equal(stored?.done, true);
    assert.equal(stored?.doneBy, 'Anne Sørensen');
    // Done: its 1-day reminder never comes.
    h.connector.clear();
    clock.current = local('2024-11-26T09:00:10');
    await h.app.scheduler.tick();
    assert.ok(!reminderCards().some((a) => /Midtvejsrapport/.test(a.summary)));
  });

  it('Snooze until tomorrow silences the item and brings it back the next morning, once', async () => {
    await h.app.services.items.add(TEAM_SCOPE, [item('d-snooze', 'deadline', 'Høringssvar om fleksjob', '2024-12-03')]);
    h.connector.clear();
    clock.current = local('2024-11-26T09:01');
    await h.app.scheduler.tick();
    const sent = reminderCards().find((a) => /Høringssvar/.test(a.summary))!;
    const snooze = actionsOf(cardOf(sent)).find((x) => x.data.until === 'tomorrow')!;
    const res = await h.post(
      cardAction(
        snooze.verb,
        snooze.data,
        channelMessage('', {
          timestamp: '2024-11-26T09:10:00Z',
          from: { id: '29:bo', name: 'Bo Madsen', aadObjectId: 'aad-bo' },
        }),
      ),
    );
    assert.equal(res.status, 200);
    assert.match(cardText(res.body.value), /Udsat til onsdag d\. 27\. november kl\. 09\.00 af Bo Madsen/);
    assert.deepEqual(cardProblems(res.body.value), []);
    h.connector.clear();
    clock.current = local('2024-11-27T08:59');
    await h.app.scheduler.tick();
    assert.equal(reminderCards().filter((a) => /Høringssvar/.test(a.summary)).length, 0);
    clock.current = local('2024-11-27T09:00:30');
    await h.app.scheduler.tick();
    clock.current = local('2024-11-27T09:01:00');
    await h.app.scheduler.tick();
    const back = reminderCards().filter((a) => /Høringssvar/.test(a.summary));
    assert.equal(back.length, 1);
    assert.match(cardText(cardOf(back[0]!)), /Frist om 6 dage/);
  });

  it('Snooze in English answers in English; next week means Monday 09:00', async () => {
    const res = await h.post(
      cardAction(
        REMINDER_VERBS.snooze,
        { itemId: 'd-snooze', until: 'nextWeek', lang: 'en' },
        channelMessage('', { timestamp: '2024-11-27T09:10:00Z', locale: 'en-US' }),
      ),
    );
    assert.match(cardText(res.body.value), /Snoozed until Monday 2 December at 09:00 by Anne Sørensen/);
    assert.equal((await h.app.services.items.get(TEAM_SCOPE, 'd-snooze'))?.snoozedUntil, '2024-12-02T08:00:00.000Z');
  });

  it('a card from another team finds nothing there and changes nothing', async () => {
    const res = await h.post(
      cardAction(
        REMINDER_VERBS.done,
        { itemId: 'd-far', lang: 'da' },
        channelMessage('', { timestamp: '2024-11-27T09:10:00Z', teamId: '19:other-team@thread.tacv2' }),
      ),
    );
    assert.equal(res.status, 200);
    assert.match(String(res.body.value), /findes ikke her/);
    assert.equal((await h.app.services.items.get(TEAM_SCOPE, 'd-far'))?.done, false);
  });

  it('/remind changes the offsets and the hour; /remind off stops reminders', async () => {
    const [changed] = await h.say(channelMessage('/påmind frist 14 7 1', { timestamp: '2024-11-27T10:00:00Z' }));
    assert.match(changed.text, /14, 7 og 1 dage før en frist/);
    const [hour] = await h.say(channelMessage('/remind at 10', { timestamp: '2024-11-27T10:00:00Z', locale: 'en-US' }));
    assert.match(hour.text, /Reminders go out at 10:00/);
    const [bad] = await h.say(channelMessage('/påmind frist mange', { timestamp: '2024-11-27T10:00:00Z' }));
    assert.match(bad.text, /"mange" er ikke et antal dage/);
    // Slutrapport (1 February) is 14 days ahead on 18 January, at 10:00.
    h.connector.clear();
    clock.current = local('2025-01-18T09:30');
    await h.app.scheduler.tick();
    assert.equal(reminderCards().length, 0);
    clock.current = local('2025-01-18T10:00:10');
    await h.app.scheduler.tick();
    // In English: the scope's settings were last changed in English.
    assert.match(cardText(cardOf(reminderCards()[0]!)), /Deadline in 14 days\nSlutrapport/);
    const [off] = await h.say(channelMessage('/påmind fra', { timestamp: '2025-01-18T10:00:00Z' }));
    assert.match(off.text, /Påmindelser er slået fra/);
    h.connector.clear();
    clock.current = local('2025-01-25T10:00:10');
    await h.app.scheduler.tick();
    assert.equal(reminderCards().length, 0);
  });
});

// The tick takes a scope's reminders from what its digest read when both go out at once (one storage read fewer per
// scope, issue 26), and reads them itself when they reach further ahead than the digest's 30 days.
describe('reminders due in the same tick as the digest', () => {
  let h: Harness;
  let clock: FixedClock;
  const summaries = () => h.connector.created.map((c) => String(c.body.activity.summary ?? ''));

  before(async () => {
    clock = new FixedClock(local('2024-11-19T08:00'));
    h = await startHarness({}, { clock });
    await h.say(channelMessage('/overblik tirsdag 9:00', { timestamp: '2024-11-19T07:00:00Z' }));
    await h.app.services.items.add(TEAM_SCOPE, [
      item('ev-tomorrow', 'event', 'Foretræde for Social- og Boligudvalget', '2024-11-20'),
      item('d-week', 'deadline', 'Midtvejsrapport til styrelsen', '2024-11-26'),
      item('d-later', 'deadline', 'Ansøgning om forlængelse', '2024-12-10'),
      item('d-far', 'deadline', 'Slutrapport', '2025-01-15'),
    ]);
  });
  after(async () => {
    await h.stop();
  });

  it('sends the digest and the reminders due at its hour, each once', async () => {
    h.connector.clear();
    clock.current = local('2024-11-19T09:00:10');
    const report = await h.app.scheduler.tick();
    assert.equal(report.sent.filter((s) => / digest:/.test(s)).length, 1);
    const reminders = summaries().filter((s) => !/^Ugens overblik/.test(s));
    assert.equal(reminders.length, 2, reminders.join(' | '));
    assert.ok(reminders.some((s) => /Foretræde for Social- og Boligudvalget/.test(s)));
    assert.ok(reminders.some((s) => /Midtvejsrapport til styrelsen/.test(s)));
    clock.current = local('2024-11-19T09:00:40');
    await h.app.scheduler.tick();
    assert.equal(h.connector.created.length, 3);
  });

  it('reads the reminders itself when they reach past the digest window (50 days before a deadline)', async () => {
    await h.say(channelMessage('/påmind frist 50 14', { timestamp: '2024-11-19T10:00:00Z' }));
    h.connector.clear();
    // Tuesday 26 November: the digest of week 48, the day of one deadline, 14 days before 10 December and 50 days
    // before 15 January.
    clock.current = local('2024-11-26T09:00:10');
    const report = await h.app.scheduler.tick();
    assert.equal(report.sent.filter((s) => / digest:/.test(s)).length, 1);
    const reminders = summaries().filter((s) => !/^Ugens overblik/.test(s));
    assert.deepEqual(reminders.sort(), [
      'Frist i dag: Midtvejsrapport til styrelsen',
      'Frist om 14 dage: Ansøgning om forlængelse',
      'Frist om 50 dage: Slutrapport',
    ]);
  });
});
