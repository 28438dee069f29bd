import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { isClosedDay, isDanishPublicHoliday, isWorkingDay, nextWorkingDay } from '../../domain/holidays';
import {
  applyDigestCommand,
  DEFAULT_DIGEST,
  DEFAULT_ZONE,
  digestOccasionAt,
  type DigestSettings,
  nextDigestAt,
  parseDigestCommand,
} from '../../domain/schedule';

const ZONE = DEFAULT_ZONE;

function local(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: ZONE });
}

interface Sent {
  occasionId: string;
  at: DateTime;
}

/**
 * The caller's loop with a fake clock: tick every `stepMinutes` from `from` to `to` (exclusive), skip ticks
 * while the bot is down, and "claim" each occasion id the first time it is due, as the storage claim would.
 */
function simulate(
  settings: DigestSettings,
  from: string,
  to: string,
  options: { stepMinutes?: number; down?: [string, string][]; claimed?: Set<string> } = {},
): Sent[] {
  const step = (options.stepMinutes ?? 5) * 60_000;
  const down = (options.down ?? []).map(([a, b]) => [local(a).toMillis(), local(b).toMillis()] as const);
  const claimed = options.claimed ?? new Set<string>();
  const sent: Sent[] = [];
  const end = local(to).toMillis(); // once, not per tick: parsing it again each tick was half this file's time
  for (let ms = local(from).toMillis(); ms < end; ms += step) {
    if (down.some(([a, b]) => ms >= a && ms < b)) continue;
    const now = DateTime.fromMillis(ms, { zone: ZONE });
    const occasion = digestOccasionAt(settings, now, ZONE);
    if (occasion && !claimed.has(occasion.occasionId)) {
      claimed.add(occasion.occasionId);
      sent.push({ occasionId: occasion.occasionId, at: now });
    }
  }
  return sent;
}

function isoWeekKey(at: DateTime): string {
  return `${at.weekYear}-W${String(at.weekNumber).padStart(2, '0')}`;
}

describe('Danish holidays', () => {
  it('knows the public holidays by date-holidays, with Danish names', () => {
    assert.deepEqual(isDanishPublicHoliday('2026-04-06'), { holiday: true, name: 'Anden påskedag' });
    assert.deepEqual(isDanishPublicHoliday('2026-05-25'), { holiday: true, name: 'Anden Pinsedag' });
    assert.deepEqual(isDanishPublicHoliday('2028-12-26'), { holiday: true, name: 'Anden Juledag' });
    assert.deepEqual(isDanishPublicHoliday('2029-01-01'), { holiday: true, name: 'Nytårsdag' });
    assert.deepEqual(isDanishPublicHoliday('2026-04-07'), { holiday: false });
  });

  it('does not count observances or the abolished Store Bededag as public holidays', () => {
    assert.equal(isDanishPublicHoliday('2026-06-05').holiday, false, 'Grundlovsdag is an observance');
    assert.equal(isDanishPublicHoliday('2026-12-24').holiday, false, 'juleaftensdag is an observance');
    assert.equal(isDanishPublicHoliday('2026-05-01').holiday, false, '1. maj is an observance');
    assert.equal(isDanishPublicHoliday('2024-04-26').holiday, false, 'Store Bededag was abolished from 2024');
  });

  it('treats 24 and 31 December as closed days, Grundlovsdag as a working day', () => {
    assert.deepEqual(isClosedDay('2026-12-24'), { closed: true, name: 'Juleaftensdag' });
    assert.deepEqual(isClosedDay('2026-12-31'), { closed: true, name: 'Nytårsaftensdag' });
    assert.deepEqual(isClosedDay('2026-12-25'), { closed: true, name: 'Juledag' });
    assert.equal(isWorkingDay('2026-06-05'), true);
    assert.equal(isWorkingDay('2026-12-24'), false);
  });

  it('finds the next working day past weekends and holidays', () => {
    assert.equal(isWorkingDay('2026-03-07'), false, 'a Saturday');
    assert.equal(nextWorkingDay('2026-03-06'), '2026-03-09');
    assert.equal(nextWorkingDay('2026-04-02'), '2026-04-07', 'Skærtorsdag to the Tuesday after Easter');
    assert.equal(nextWorkingDay('2028-12-25'), '2028-12-27');
    assert.equal(nextWorkingDay('2026-12-23'), '2026-12-28');
    assert.equal(nextWorkingDay('2026-12-30'), '2027-01-04');
  });

  it('rejects text that is not an ISO date', () => {
    assert.throws(() => isDanishPublicHoliday('6/4/2026'), RangeError);
    assert.throws(() => nextWorkingDay('2026-02-30'), RangeError);
  });
});

describe('weekly digest over a fake-clock year', () => {
  // Ticks every 5 minutes through 2026, a 53-week ISO year, through both daylight-saving changes.
  let sent: Sent[] = [];
  before(() => {
    sent = simulate(DEFAULT_DIGEST, '2026-01-01T00:00', '2027-01-01T00:00');
  });
  const holidayMoves: Record<string, string> = {
    '2026-W15': '2026-04-07', // Anden påskedag, Monday 6 April
    '2026-W22': '2026-05-26', // Anden pinsedag, Monday 25 May
  };

  it('sends exactly one digest per ISO week whose Monday is in the year', () => {
    const expectedWeeks: string[] = [];
    for (let week = 2; week <= 53; week++) expectedWeeks.push(`digest:2026-W${String(week).padStart(2, '0')}`);
    assert.deepEqual(
      sent.map((s) => s.occasionId),
      expectedWeeks,
    );
    const perSendingWeek = new Map<string, number>();
    for (const s of sent) perSendingWeek.set(isoWeekKey(s.at), (perSendingWeek.get(isoWeekKey(s.at)) ?? 0) + 1);
    assert.ok([...perSendingWeek.values()].every((n) => n === 1));
    assert.equal(perSendingWeek.size, 52);
  });

  it('sends at 08:00 local on Monday, or Tuesday 08:00 after a holiday Monday', () => {
    for (const { occasionId, at } of sent) {
      const week = occasionId.slice('digest:'.length);
      assert.equal(at.toFormat('HH:mm'), '08:00', occasionId);
      assert.equal(at.toISODate(), holidayMoves[week] ?? at.set({ weekday: 1 }).toISODate(), occasionId);
      assert.equal(at.weekday, holidayMoves[week] ? 2 : 1, occasionId);
    }
  });

  it('keeps 08:00 local across both daylight-saving changes (UTC hour moves)', () => {
    const byWeek = new Map(sent.map((s) => [s.occasionId, s.at]));
    assert.equal(byWeek.get('digest:2026-W13')!.toUTC().toISO(), '2026-03-23T07:00:00.000Z');
    assert.equal(byWeek.get('digest:2026-W14')!.toUTC().toISO(), '2026-03-30T06:00:00.000Z');
    assert.equal(byWeek.get('digest:2026-W43')!.toUTC().toISO(), '2026-10-19T06:00:00.000Z');
    assert.equal(byWeek.get('digest:2026-W44')!.toUTC().toISO(), '2026-10-26T07:00:00.000Z');
  });

  it('moves a Friday 14:30 digest off Langfredag and Juledag, once per week', () => {
    const friday: DigestSettings = { enabled: true, weekday: 5, hour: 14, minute: 30 };
    const fridaySent = simulate(friday, '2026-01-01T00:00', '2027-01-01T00:00');
    assert.equal(fridaySent.length, 52);
    assert.equal(new Set(fridaySent.map((s) => s.occasionId)).size, 52);
    const moved = new Map<string, string>([
      ['digest:2026-W14', '2026-04-07'], // Langfredag 3 April; Monday 6 April is Anden påskedag
      ['digest:2026-W52', '2026-12-28'], // Juledag 25 December
    ]);
    for (const { occasionId, at } of fridaySent) {
      assert.equal(at.toFormat('HH:mm'), '14:30', occasionId);
      if (moved.has(occasionId)) assert.equal(at.toISODate(), moved.get(occasionId), occasionId);
      else assert.equal(at.weekday, 5, occasionId);
    }
    // The moved W14 digest and the regular W15 one are different occasions in different weeks.
    assert.equal(fridaySent.find((s) => s.occasionId === 'digest:2026-W15')!.at.toISODate(), '2026-04-10');
  });
});

describe('weekly digest at the edges', () => {
  it('moves a Christmas Monday past both Christmas days (2028), and nytårsdag to Tuesday (2029)', () => {
    const sent = simulate(DEFAULT_DIGEST, '2028-12-18T00:00', '2029-01-09T00:00');
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.toISO()]),
      [
        ['digest:2028-W51', '2028-12-18T08:00:00.000+01:00'],
        ['digest:2028-W52', '2028-12-27T08:00:00.000+01:00'],
        ['digest:2029-W01', '2029-01-02T08:00:00.000+01:00'],
        ['digest:2029-W02', '2029-01-08T08:00:00.000+01:00'],
      ],
    );
    const moved = digestOccasionAt(DEFAULT_DIGEST, local('2028-12-27T08:00'), ZONE);
    assert.deepEqual(moved?.movedFrom, { date: '2028-12-25', holiday: 'Juledag' });
  });

  it('moves a 2. juledag Monday to Tuesday (2022) and a juleaften Monday past Christmas (2029)', () => {
    assert.equal(digestOccasionAt(DEFAULT_DIGEST, local('2022-12-26T12:00'), ZONE), undefined);
    assert.equal(digestOccasionAt(DEFAULT_DIGEST, local('2022-12-27T08:00'), ZONE)?.occasionId, 'digest:2022-W52');
    assert.equal(nextDigestAt(DEFAULT_DIGEST, local('2029-12-23T12:00'), ZONE)?.toISO(), '2029-12-27T08:00:00.000+01:00');
  });

  it('sends a Sunday 02:30 digest once on both daylight-saving Sundays (1-minute ticks)', () => {
    const sunday: DigestSettings = { enabled: true, weekday: 7, hour: 2, minute: 30 };
    const spring = simulate(sunday, '2026-03-28T00:00', '2026-03-31T00:00', { stepMinutes: 1 });
    // 02:30 does not exist on 29 March: it goes out when the clock has passed it, at 03:30 summer time.
    assert.deepEqual(
      spring.map((s) => [s.occasionId, s.at.toISO()]),
      [['digest:2026-W13', '2026-03-29T03:30:00.000+02:00']],
    );
    const autumn = simulate(sunday, '2026-10-24T00:00', '2026-10-27T00:00', { stepMinutes: 1 });
    assert.equal(autumn.length, 1);
    assert.equal(autumn[0]!.occasionId, 'digest:2026-W43');
    assert.equal(autumn[0]!.at.toFormat('yyyy-MM-dd HH:mm'), '2026-10-25 02:30');
  });

  it('sends a missed digest once when the bot comes back the same day', () => {
    const sent = simulate(DEFAULT_DIGEST, '2026-03-01T00:00', '2026-03-09T00:00', {
      down: [['2026-03-02T07:00', '2026-03-02T10:00']],
    });
    assert.deepEqual(
      sent.map((s) => [s.occasionId, s.at.toISO()]),
      [['digest:2026-W10', '2026-03-02T10:00:00.000+01:00']],
    );
  });

  it('skips the digest when the bot is down all of the scheduled day', () => {
    const sent = simulate(DEFAULT_DIGEST, '2026-03-01T00:00', '2026-03-10T00:00', {
      down: [['2026-03-02T00:00', '2026-03-03T00:00']],
    });
    assert.deepEqual(
      sent.map((s) => s.occasionId),
      ['digest:2026-W11'],
    );
    assert.equal(digestOccasionAt(DEFAULT_DIGEST, local('2026-03-03T00:00'), ZONE), undefined);
  });

  it('does not send twice when the time is moved later within the same week', () => {
    const claimed = new Set<string>();
    const monday = simulate(DEFAULT_DIGEST, '2026-03-02T00:00', '2026-03-03T00:00', { claimed });
    assert.deepEqual(
      monday.map((s) => s.occasionId),
      ['digest:2026-W10'],
    );
    const friday: DigestSettings = { enabled: true, weekday: 5, hour: 14, minute: 30 };
    assert.equal(digestOccasionAt(friday, local('2026-03-06T14:30'), ZONE)?.occasionId, 'digest:2026-W10');
    assert.deepEqual(
      simulate(friday, '2026-03-03T00:00', '2026-03-14T00:00', { claimed }).map((s) => s.occasionId),
      ['digest:2026-W11'],
    );
  });

  it('sends no digest scheduled before the conversation was first heard from', () => {
    // Added on Monday at 08:30: not this Monday's 08:00 digest, but the next one.
    assert.equal(digestOccasionAt(DEFAULT_DIGEST, local('2026-03-02T09:00'), ZONE, local('2026-03-02T08:30')), undefined);
    assert.equal(
      digestOccasionAt(DEFAULT_DIGEST, local('2026-03-09T08:00'), ZONE, local('2026-03-02T08:30'))?.occasionId,
      'digest:2026-W11',
    );
    // Heard from before 08:00: that day's digest goes out, also late the same day.
    assert.equal(
      digestOccasionAt(DEFAULT_DIGEST, local('2026-03-02T09:00'), ZONE, local('2026-03-02T07:59'))?.occasionId,
      'digest:2026-W10',
    );
  });

  it('answers for a `now` in another zone by the scope zone', () => {
    const occasion = digestOccasionAt(DEFAULT_DIGEST, DateTime.fromISO('2026-03-02T07:00:00Z', { zone: 'utc' }), ZONE);
    assert.equal(occasion?.occasionId, 'digest:2026-W10');
    assert.equal(digestOccasionAt(DEFAULT_DIGEST, DateTime.fromISO('2026-03-02T06:59:00Z', { zone: 'utc' }), ZONE), undefined);
  });

  it('sends nothing when disabled', () => {
    const off = { ...DEFAULT_DIGEST, enabled: false };
    assert.deepEqual(simulate(off, '2026-03-01T00:00', '2026-03-15T00:00'), []);
    assert.equal(nextDigestAt(off, local('2026-03-01T00:00'), ZONE), undefined);
  });

  it('tells when the next digest goes out', () => {
    const next = (iso: string, settings = DEFAULT_DIGEST) => nextDigestAt(settings, local(iso), ZONE)?.toISO();
    assert.equal(next('2026-03-23T08:00'), '2026-03-30T08:00:00.000+02:00');
    assert.equal(next('2026-03-23T07:59'), '2026-03-23T08:00:00.000+01:00');
    assert.equal(next('2026-04-04T12:00'), '2026-04-07T08:00:00.000+02:00');
    assert.equal(next('2026-04-06T09:00'), '2026-04-07T08:00:00.000+02:00');
    assert.equal(next('2026-04-07T08:00'), '2026-04-13T08:00:00.000+02:00');
    assert.equal(next('2026-04-03T00:00', { enabled: true, weekday: 5, hour: 14, minute: 30 }), '2026-04-07T14:30:00.000+02:00');
  });
});

describe('/digest command', () => {
  const set = (weekday: number | undefined, hour?: number, minute?: number) => {
    const command: Record<string, unknown> = { kind: 'set' };
    if (weekday !== undefined) command.weekday = weekday;
    if (hour !== undefined) Object.assign(command, { hour, minute });
    return command;
  };

  it('reads Danish weekdays and times', () => {
    assert.deepEqual(parseDigestCommand('tirsdag 9:00'), set(2, 9, 0));
    assert.deepEqual(parseDigestCommand('mandag kl. 8'), set(1, 8, 0));
    assert.deepEqual(parseDigestCommand('hver fredag kl 14.30'), set(5, 14, 30));
    assert.deepEqual(parseDigestCommand('Ons. kl.7'), set(3, 7, 0));
    assert.deepEqual(parseDigestCommand('lørdag 10'), set(6, 10, 0));
    assert.deepEqual(parseDigestCommand('søndag'), set(7));
    assert.deepEqual(parseDigestCommand('kl. 9.15'), set(undefined, 9, 15));
  });

  it('reads English weekdays and times', () => {
    assert.deepEqual(parseDigestCommand('friday 14:30'), set(5, 14, 30));
    assert.deepEqual(parseDigestCommand('every Thursday at 9'), set(4, 9, 0));
    assert.deepEqual(parseDigestCommand('tue 2:30 pm'), set(2, 14, 30));
    assert.deepEqual(parseDigestCommand('wed 12am'), set(3, 0, 0));
    assert.deepEqual(parseDigestCommand('on mondays at 07:45'), set(1, 7, 45));
  });

  it('reads the single-word commands in both languages', () => {
    assert.deepEqual(parseDigestCommand(''), { kind: 'show' });
    assert.deepEqual(parseDigestCommand('  vis '), { kind: 'show' });
    assert.deepEqual(parseDigestCommand('off'), { kind: 'off' });
    assert.deepEqual(parseDigestCommand('fra'), { kind: 'off' });
    assert.deepEqual(parseDigestCommand('slå fra'), { kind: 'off' });
    assert.deepEqual(parseDigestCommand('on'), { kind: 'on' });
    assert.deepEqual(parseDigestCommand('til'), { kind: 'on' });
    assert.deepEqual(parseDigestCommand('turn on'), { kind: 'on' });
    assert.deepEqual(parseDigestCommand('her'), { kind: 'here' });
    assert.deepEqual(parseDigestCommand('here'), { kind: 'here' });
    assert.deepEqual(parseDigestCommand('nu'), { kind: 'now' });
    assert.deepEqual(parseDigestCommand('NOW'), { kind: 'now' });
  });

  it('rejects invalid times and unknown words with a code, and the language the words were in', () => {
    for (const args of ['fredag 25:00', 'mandag 24:00', 'tirsdag 9:60', 'onsdag 9:5', 'friday 13pm', 'friday 0 am']) {
      const result = parseDigestCommand(args);
      assert.equal(result.kind, 'error', args);
    }
    const danish = parseDigestCommand('fredag 25:00');
    assert.deepEqual(danish, { kind: 'error', lang: 'da', ok: false, code: 'badTime', word: '25:00' });
    const english = parseDigestCommand('friday 25:00');
    assert.deepEqual(english, { kind: 'error', lang: 'en', ok: false, code: 'badTime', word: '25:00' });
    const twoDays = parseDigestCommand('mandag tirsdag');
    assert.deepEqual(twoDays, { kind: 'error', lang: 'da', ok: false, code: 'twoWeekdays' });
    const unknown = parseDigestCommand('sometimes');
    assert.deepEqual(unknown, { kind: 'error', lang: undefined, ok: false, code: 'unknownWord', word: 'sometimes' });
    assert.equal(parseDigestCommand('kl.').kind, 'error');
    assert.equal(parseDigestCommand('9 10').kind, 'error');
  });

  it('applies a command to the current settings, keeping what it does not name', () => {
    const current: DigestSettings = { enabled: false, weekday: 5, hour: 14, minute: 30 };
    assert.deepEqual(applyDigestCommand(current, { kind: 'set', weekday: 2 }), { enabled: true, weekday: 2, hour: 14, minute: 30 });
    assert.deepEqual(applyDigestCommand(current, { kind: 'set', hour: 9, minute: 0 }), { enabled: true, weekday: 5, hour: 9, minute: 0 });
    assert.deepEqual(applyDigestCommand(DEFAULT_DIGEST, { kind: 'off' }), { ...DEFAULT_DIGEST, enabled: false });
    assert.deepEqual(applyDigestCommand(current, { kind: 'on' }), { ...current, enabled: true });
  });
});
