import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  applyRemindCommand,
  DEFAULT_REMINDERS,
  dueReminders,
  parseRemindCommand,
  type ReminderSettings,
  type SchedulableItem,
  snoozeUntil,
} from '../../domain/reminders';
import { DEFAULT_ZONE } from '../../domain/schedule';

const ZONE = DEFAULT_ZONE;

function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: ZONE });
}

function deadline(id: string, end: string, extra: Partial<SchedulableItem> = {}): SchedulableItem {
  return { id, type: 'deadline', start: end, end, done: false, ...extra };
}

function event(id: string, start: string, extra: Partial<SchedulableItem> = {}): SchedulableItem {
  return { id, type: 'event', start, end: start, done: false, ...extra };
}

function dueAt(items: SchedulableItem[], iso: string, settings: ReminderSettings = DEFAULT_REMINDERS) {
  return dueReminders(items, settings, local(iso), ZONE);
}

/** The caller's loop: tick with a fake clock, skip down-time, claim each occasion id once. */
function simulate(
  items: SchedulableItem[],
  from: string,
  to: string,
  options: { stepMinutes?: number; down?: [string, string]; settings?: ReminderSettings } = {},
): { occasionId: string; at: string; daysLeft: number }[] {
  const step = (options.stepMinutes ?? 5) * 60_000;
  const down = options.down && [local(options.down[0]).toMillis(), local(options.down[1]).toMillis()];
  const claimed = new Set<string>();
  const sent: { occasionId: string; at: string; daysLeft: number }[] = [];
  const end = local(to).toMillis(); // once, not per tick (parsing it each tick cost more than the ticks)
  for (let ms = local(from).toMillis(); ms < end; ms += step) {
    if (down && ms >= down[0]! && ms < down[1]!) continue;
    const now = DateTime.fromMillis(ms, { zone: ZONE });
    for (const reminder of dueReminders(items, options.settings ?? DEFAULT_REMINDERS, now, ZONE)) {
      if (claimed.has(reminder.occasionId)) continue;
      claimed.add(reminder.occasionId);
      sent.push({ occasionId: reminder.occasionId, at: now.toISO()!, daysLeft: reminder.daysLeft });
    }
  }
  return sent;
}

describe('reminders: when they are due', () => {
  it('reminds 7 days and 1 day before a deadline at 09:00, once each', () => {
    const sent = simulate([deadline('d1', '2026-03-20')], '2026-03-01T00:00', '2026-03-25T00:00');
    assert.deepEqual(sent, [
      { occasionId: 'remind:d1:7d', at: '2026-03-13T09:00:00.000+01:00', daysLeft: 7 },
      { occasionId: 'remind:d1:1d', at: '2026-03-19T09:00:00.000+01:00', daysLeft: 1 },
    ]);
  });

  it('reminds the day before an event at 09:00, once', () => {
    const sent = simulate([event('e1', '2026-03-20')], '2026-03-01T00:00', '2026-03-25T00:00');
    assert.deepEqual(sent, [{ occasionId: 'remind:e1:1d', at: '2026-03-19T09:00:00.000+01:00', daysLeft: 1 }]);
  });

  it("counts from an event's start and a deadline's end", () => {
    const folkemodet: SchedulableItem = { id: 'fm', type: 'event', start: '2026-06-11', end: '2026-06-14', done: false };
    const evaluation: SchedulableItem = { id: 'ev', type: 'deadline', start: '2026-06-01', end: '2026-06-30', done: false };
    const sent = simulate([folkemodet, evaluation], '2026-05-25T00:00', '2026-07-02T00:00', { stepMinutes: 15 });
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.slice(0, 16)]),
      [
        ['remind:fm:1d', '2026-06-10T09:00'],
        ['remind:ev:7d', '2026-06-23T09:00'],
        ['remind:ev:1d', '2026-06-29T09:00'],
      ],
    );
  });

  it('is not due a minute early', () => {
    assert.deepEqual(dueAt([deadline('d1', '2026-03-20')], '2026-03-13T08:59'), []);
    assert.equal(dueAt([deadline('d1', '2026-03-20')], '2026-03-13T09:00').length, 1);
  });

  it('uses the configured offsets and hour, ignoring repeated offsets', () => {
    const settings: ReminderSettings = { enabled: true, eventDaysBefore: [2, 1, 1], deadlineDaysBefore: [14, 7, 1], hour: 10 };
    const sent = simulate([deadline('d', '2026-03-20'), event('e', '2026-03-20')], '2026-03-01T00:00', '2026-03-21T00:00', {
      settings,
    });
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.slice(0, 16)]),
      [
        ['remind:d:14d', '2026-03-06T10:00'],
        ['remind:d:7d', '2026-03-13T10:00'],
        ['remind:e:2d', '2026-03-18T10:00'],
        ['remind:d:1d', '2026-03-19T10:00'],
        ['remind:e:1d', '2026-03-19T10:00'],
      ],
    );
  });

  it('a reminder is for what is coming: a deadline written after its 7-day moment gets the 1-day one, not the 7-day one at once', () => {
    // Written on 17 March with the deadline on the 20th: the 7-day moment (13 March) came before the deadline existed.
    const written = deadline('d1', '2026-03-20', { writtenAt: '2026-03-17T10:00:00.000Z' });
    assert.deepEqual(dueAt([written], '2026-03-17T11:00'), []);
    const sent = simulate([written], '2026-03-17T11:00', '2026-03-22T00:00');
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.slice(0, 16)]),
      [['remind:d1:1d', '2026-03-19T09:00']],
    );
  });

  it('sends a passed reminder late, once, when the item existed at its moment (the bot was down)', () => {
    const known = deadline('d1', '2026-03-20', { writtenAt: '2026-03-01T10:00:00.000Z' });
    const [late] = dueAt([known], '2026-03-17T11:00');
    assert.deepEqual(late, { occasionId: 'remind:d1:7d', itemId: 'd1', daysBefore: 7, daysLeft: 3, snoozed: false });
  });

  it('after a long down-time sends only the latest passed reminder, even on the day itself', () => {
    const sent = simulate([deadline('d1', '2026-03-20')], '2026-03-01T00:00', '2026-03-25T00:00', {
      down: ['2026-03-12T00:00', '2026-03-20T12:00'],
    });
    assert.deepEqual(sent, [{ occasionId: 'remind:d1:1d', at: '2026-03-20T12:00:00.000+01:00', daysLeft: 0 }]);
  });

  it('sends nothing for done items, past items, or events that have already begun', () => {
    assert.deepEqual(dueAt([deadline('d1', '2026-03-20', { done: true })], '2026-03-19T10:00'), []);
    assert.deepEqual(dueAt([deadline('d1', '2026-03-19')], '2026-03-20T10:00'), []);
    const begun: SchedulableItem = { id: 'fm', type: 'event', start: '2026-06-11', end: '2026-06-14', done: false };
    assert.deepEqual(dueAt([begun], '2026-06-12T10:00'), []);
    const sent = simulate([deadline('d1', '2026-03-20', { done: true })], '2026-03-01T00:00', '2026-03-25T00:00');
    assert.deepEqual(sent, []);
  });

  it('sends nothing when reminders are off for the scope', () => {
    const off = { ...DEFAULT_REMINDERS, enabled: false };
    assert.deepEqual(dueAt([deadline('d1', '2026-03-20'), event('e1', '2026-03-20')], '2026-03-19T10:00', off), []);
  });

  it('keeps 09:00 local on the daylight-saving days', () => {
    // Event on Monday 30 March: its reminder is on Sunday 29 March, the spring-forward day.
    assert.deepEqual(dueReminders([event('e', '2026-03-30')], DEFAULT_REMINDERS, DateTime.fromISO('2026-03-29T06:59:00Z'), ZONE), []);
    assert.equal(dueReminders([event('e', '2026-03-30')], DEFAULT_REMINDERS, DateTime.fromISO('2026-03-29T07:00:00Z'), ZONE).length, 1);
    // A deadline on 5 April: its 7-day reminder is also on 29 March.
    const spring = simulate([event('e', '2026-03-30'), deadline('d', '2026-04-05')], '2026-03-28T00:00', '2026-03-30T00:00', {
      stepMinutes: 1,
    });
    assert.deepEqual(
      spring.map((s) => [s.occasionId, s.at]),
      [
        ['remind:e:1d', '2026-03-29T09:00:00.000+02:00'],
        ['remind:d:7d', '2026-03-29T09:00:00.000+02:00'],
      ],
    );
    // Event on Monday 26 October: reminded on Sunday 25 October, the fall-back day, at 09:00 winter time.
    const autumn = simulate([event('e', '2026-10-26')], '2026-10-24T00:00', '2026-10-27T00:00', { stepMinutes: 1 });
    assert.deepEqual(
      autumn.map((s) => [s.occasionId, DateTime.fromISO(s.at).toUTC().toISO()]),
      [['remind:e:1d', '2026-10-25T08:00:00.000Z']],
    );
  });
});

describe('reminders: snooze', () => {
  it('snoozes to tomorrow 09:00 or next Monday 09:00', () => {
    const wednesday = local('2026-03-18T15:20');
    assert.equal(snoozeUntil('tomorrow', wednesday, ZONE).toISO(), '2026-03-19T09:00:00.000+01:00');
    assert.equal(snoozeUntil('nextWeek', wednesday, ZONE).toISO(), '2026-03-23T09:00:00.000+01:00');
    assert.equal(snoozeUntil('nextWeek', local('2026-03-22T23:00'), ZONE).toISO(), '2026-03-23T09:00:00.000+01:00');
    assert.equal(snoozeUntil('nextWeek', local('2026-03-23T08:00'), ZONE).toISO(), '2026-03-30T09:00:00.000+02:00');
    assert.equal(snoozeUntil('tomorrow', local('2026-03-28T20:00'), ZONE).toISO(), '2026-03-29T09:00:00.000+02:00');
    assert.equal(snoozeUntil('tomorrow', wednesday, ZONE, 7).toISO(), '2026-03-19T07:00:00.000+01:00');
    assert.equal(snoozeUntil('tomorrow', DateTime.fromISO('2026-03-18T23:30:00Z'), ZONE).toISO(), '2026-03-20T09:00:00.000+01:00');
  });

  it('is silent until the snooze ends, then reminds once and carries on with later offsets', () => {
    // The 7-day reminder went out on 20 March; at 10:00 someone pressed "tomorrow".
    const until = snoozeUntil('tomorrow', local('2026-03-20T10:00'), ZONE).toISO()!;
    const item = deadline('d1', '2026-03-27', { snoozedUntil: until });
    assert.deepEqual(dueAt([item], '2026-03-20T12:00'), []);
    assert.deepEqual(dueAt([item], '2026-03-21T09:00'), [
      { occasionId: 'remind:d1:snooze:20260321T0900', itemId: 'd1', daysBefore: 6, daysLeft: 6, snoozed: true },
    ]);
    const sent = simulate([item], '2026-03-20T10:00', '2026-03-28T00:00');
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.slice(0, 16)]),
      [
        ['remind:d1:snooze:20260321T0900', '2026-03-21T09:00'],
        ['remind:d1:1d', '2026-03-26T09:00'],
      ],
    );
  });

  it('replaces the reminders a snooze jumped over', () => {
    const item = deadline('d1', '2026-03-27', { snoozedUntil: '2026-03-27T09:00:00+01:00' });
    const sent = simulate([item], '2026-03-20T10:00', '2026-03-28T00:00');
    assert.deepEqual(sent, [{ occasionId: 'remind:d1:snooze:20260327T0900', at: '2026-03-27T09:00:00.000+01:00', daysLeft: 0 }]);
  });

  it('ignores a snooze past the item, and an unreadable snooze', () => {
    assert.deepEqual(dueAt([event('e1', '2026-03-20', { snoozedUntil: '2026-03-23T09:00' })], '2026-03-23T09:00'), []);
    const garbled = dueAt([deadline('d1', '2026-03-20', { snoozedUntil: 'soon' })], '2026-03-19T09:00');
    assert.deepEqual(
      garbled.map((r) => r.occasionId),
      ['remind:d1:1d'],
    );
  });
});

describe('/remind command', () => {
  it('sets day offsets for deadlines and events, in Danish and English', () => {
    assert.deepEqual(parseRemindCommand('frist 14 7 1'), { kind: 'offsets', itemType: 'deadline', daysBefore: [14, 7, 1] });
    assert.deepEqual(parseRemindCommand('deadline 1, 7, 14'), { kind: 'offsets', itemType: 'deadline', daysBefore: [14, 7, 1] });
    assert.deepEqual(parseRemindCommand('arrangement 2 og 1 dage før'), { kind: 'offsets', itemType: 'event', daysBefore: [2, 1] });
    assert.deepEqual(parseRemindCommand('Events 2 and 1 days before'), { kind: 'offsets', itemType: 'event', daysBefore: [2, 1] });
    assert.deepEqual(parseRemindCommand('frister 3d 3 0'), { kind: 'offsets', itemType: 'deadline', daysBefore: [3, 0] });
    assert.deepEqual(parseRemindCommand('arrangement fra'), { kind: 'offsets', itemType: 'event', daysBefore: [] });
    assert.deepEqual(parseRemindCommand('deadline off'), { kind: 'offsets', itemType: 'deadline', daysBefore: [] });
  });

  it('switches all reminders and shows them', () => {
    assert.deepEqual(parseRemindCommand(''), { kind: 'show' });
    assert.deepEqual(parseRemindCommand('vis'), { kind: 'show' });
    assert.deepEqual(parseRemindCommand('fra'), { kind: 'off' });
    assert.deepEqual(parseRemindCommand('off'), { kind: 'off' });
    assert.deepEqual(parseRemindCommand('slå til'), { kind: 'on' });
    assert.deepEqual(parseRemindCommand('til'), { kind: 'on' });
    assert.deepEqual(parseRemindCommand('On'), { kind: 'on' });
  });

  it('sets the send hour', () => {
    assert.deepEqual(parseRemindCommand('kl. 10'), { kind: 'hour', hour: 10 });
    assert.deepEqual(parseRemindCommand('kl.8'), { kind: 'hour', hour: 8 });
    assert.deepEqual(parseRemindCommand('at 7:00'), { kind: 'hour', hour: 7 });
    assert.deepEqual(parseRemindCommand('13.00'), { kind: 'hour', hour: 13 });
  });

  it('rejects what it cannot read with a code, and the language the words were in', () => {
    const badNumber = parseRemindCommand('frist syv');
    assert.deepEqual(badNumber, { kind: 'error', lang: 'da', ok: false, code: 'badDays', word: 'syv', max: 365 });
    const tooFar = parseRemindCommand('deadline 400');
    assert.deepEqual(tooFar, { kind: 'error', lang: 'en', ok: false, code: 'badDays', word: '400', max: 365 });
    const noDays = parseRemindCommand('event');
    assert.deepEqual(noDays, { kind: 'error', lang: 'en', ok: false, code: 'noDays' });
    const halfHour = parseRemindCommand('kl. 9:30');
    assert.deepEqual(halfHour, { kind: 'error', lang: 'da', ok: false, code: 'notOnTheHour' });
    const badHour = parseRemindCommand('at 25');
    assert.ok(badHour.kind === 'error' && badHour.lang === 'en');
    assert.equal(parseRemindCommand('7 1').kind, 'error', 'offsets need frist/deadline or arrangement/event');
    assert.equal(parseRemindCommand('frist -1').kind, 'error');
    assert.equal(parseRemindCommand('sometimes').kind, 'error');
  });

  it('applies a command to the current settings', () => {
    assert.deepEqual(applyRemindCommand(DEFAULT_REMINDERS, { kind: 'offsets', itemType: 'deadline', daysBefore: [14, 7, 1] }), {
      ...DEFAULT_REMINDERS,
      deadlineDaysBefore: [14, 7, 1],
    });
    assert.deepEqual(applyRemindCommand(DEFAULT_REMINDERS, { kind: 'offsets', itemType: 'event', daysBefore: [] }), {
      ...DEFAULT_REMINDERS,
      eventDaysBefore: [],
    });
    assert.deepEqual(applyRemindCommand(DEFAULT_REMINDERS, { kind: 'hour', hour: 10 }), { ...DEFAULT_REMINDERS, hour: 10 });
    assert.equal(applyRemindCommand(DEFAULT_REMINDERS, { kind: 'off' }).enabled, false);
    assert.equal(applyRemindCommand({ ...DEFAULT_REMINDERS, enabled: false }, { kind: 'on' }).enabled, true);
  });
});
