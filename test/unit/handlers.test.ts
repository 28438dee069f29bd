// Command handlers on their narrow ports, with in-memory fakes: no HTTP, no storage. (The end-to-end tests run the
// same handlers against the real server and storage.)
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { runLog, type LogPorts } from '../../bot/commands/log/logCommand';
import { answerQuestion } from '../../bot/commands/items/questions';
import type { ItemReader } from '../../bot/commands/items/itemListing';
import type { Turn } from '../../bot/turn';
import type { LogEntry } from '../../domain/logEntry';
import { keyDate, type Item } from '../../domain/items';
import type { IsoDate } from '../../domain/types';
import { settingsOf, digestSettingsFrom, reminderSettingsFrom, saveDigestSettings, type SettingsStore } from '../../bot/settings';
import { DEFAULT_DIGEST } from '../../domain/schedule';
import { DEFAULT_REMINDERS } from '../../domain/reminders';

const SCOPE = 'tenant|team|t1';

function turnAt(iso: string, lang: 'da' | 'en' = 'da'): Turn {
  return {
    now: DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' }),
    zone: 'Europe/Copenhagen',
    lang,
    scope: { key: SCOPE, kind: 'team', tenantId: 'tenant', teamId: 't1' },
    author: { name: 'Anne Sørensen', aadObjectId: 'aad-anne', id: '29:anne' },
    activityId: 'a1',
    conversationId: '19:general@thread.tacv2',
    mentions: [],
  };
}

function logPorts(): LogPorts & { added: LogEntry[]; infos: string[] } {
  const added: LogEntry[] = [];
  const infos: string[] = [];
  return {
    added,
    infos,
    scopes: { sharedNames: async () => [] },
    log: {
      async add(_scope, entry) {
        if (added.some((e) => e.id === entry.id)) return 'duplicate';
        added.push(entry);
        return 'saved';
      },
      async between(_scope, from, to) {
        return added.filter((e) => e.happenedOn >= from && e.happenedOn <= to);
      },
      async findById(_scope, id) {
        return added.find((e) => e.id === id);
      },
    },
    logger: {
      info: (event) => {
        infos.push(event);
      },
    },
  };
}

/** Items in memory, answering the reads a listing makes the way ItemRepository does. */
function itemReader(items: Item[]): ItemReader {
  const open = () => items.filter((i) => !i.done && i.period);
  return {
    async dueBetween(_s: string, from: IsoDate, to: IsoDate, opts: { includeDone?: boolean } = {}) {
      return items.filter((i) => (opts.includeDone || !i.done) && keyDate(i) && keyDate(i)! >= from && keyDate(i)! <= to);
    },
    async overdue(_s: string, today: IsoDate) {
      return open().filter((i) => keyDate(i)! < today && i.period!.end < today);
    },
    async ongoing(_s: string, from: IsoDate, to: IsoDate) {
      return open().filter((i) => (keyDate(i)! > to && i.period!.start <= to) || (keyDate(i)! < from && i.period!.end >= from));
    },
    async get(_s: string, id: string) {
      return items.find((i) => i.id === id);
    },
    async undated() {
      return items.filter((i) => !i.period && !i.done);
    },
    async listing(s: string, from: IsoDate, to: IsoDate, today: IsoDate, opts: { includeDone?: boolean } = {}) {
      return {
        due: await this.dueBetween(s, from, to, opts),
        overdue: await this.overdue(s, today),
        ongoing: await this.ongoing(s, from, to),
      };
    },
  } as ItemReader;
}

function item(id: string, title: string, start: IsoDate, end = start, type: Item['type'] = 'deadline'): Item {
  return {
    id,
    type,
    title,
    done: false,
    period: { start, end, form: { kind: 'day' } },
    authorName: 'Anne',
    authorAadId: 'aad',
    writtenAt: '2024-11-01T10:00:00Z',
  };
}

function texts(card: unknown): string {
  return JSON.stringify(card);
}

describe('/log on its ports', () => {
  it('saves what was understood and answers with the saved card and a summary', async () => {
    const ports = logPorts();
    const replies = await runLog({
      turn: turnAt('2024-11-20T10:00'),
      args: 'presse Jyllandsposten skrev om mikrolån i går',
      services: ports,
    });
    assert.equal(ports.added.length, 1);
    const [entry] = ports.added;
    assert.equal(entry!.kind, 'press');
    assert.equal(entry!.happenedOn, '2024-11-19');
    assert.equal(entry!.authorName, 'Anne Sørensen');
    assert.equal(replies.length, 1);
    assert.equal(replies[0]!.summary, 'Logget: Jyllandsposten skrev om mikrolån i går');
    assert.match(texts(replies[0]!.card), /Logget: presse/);
  });

  it('a redelivered activity is saved once and answered once', async () => {
    const ports = logPorts();
    await runLog({ turn: turnAt('2024-11-20T10:00'), args: 'møde med KL', services: ports });
    const again = await runLog({ turn: turnAt('2024-11-20T10:00'), args: 'møde med KL', services: ports });
    assert.deepEqual(again, []);
    assert.equal(ports.added.length, 1);
    assert.deepEqual(ports.infos, ['duplicate_activity']);
  });

  it("says what was wrong, in the turn's language, and saves nothing", async () => {
    const ports = logPorts();
    const [reply] = await runLog({ turn: turnAt('2024-11-20T10:00', 'en'), args: 'press', services: ports });
    assert.match(reply!.text!, /^Write what happened after "press"/);
    assert.equal(ports.added.length, 0);
  });
});

describe('a due question on its ports', () => {
  it('"hvad skal vi nå i december?" lists December\'s deadlines and not other months: a question about another period shows that period only', async () => {
    const items = itemReader([
      item('i1', 'Slutrapport', '2024-12-15'),
      item('i2', 'Budget', '2025-01-10'),
      item('i3', 'Høringssvar', '2024-11-01'),
    ]);
    const replies = await answerQuestion('hvad skal vi nå i december?', turnAt('2024-11-20T10:00'), { items });
    assert.ok(replies);
    assert.equal(replies[0]!.summary, 'Det, der skal nås');
    const card = texts(replies[0]!.card);
    assert.ok(card.includes('Slutrapport'));
    assert.ok(!card.includes('Budget'));
    assert.ok(!card.includes('Høringssvar'), "November's overdue deadline belongs to answers about now (issue 13)");
  });

  it('"when is" with no match says how to add it, in English', async () => {
    const replies = await answerQuestion('when is the final report?', turnAt('2024-11-20T10:00', 'en'), { items: itemReader([]) });
    assert.ok(replies);
    assert.match(replies[0]!.text!, /^I know of no deadline or event matching "final report"/);
  });

  it('leaves what is not a question to the turn loop', async () => {
    assert.equal(await answerQuestion('vi ses i morgen', turnAt('2024-11-20T10:00'), { items: itemReader([]) }), undefined);
  });

  it('answers a short thanks shortly, in its language', async () => {
    assert.deepEqual(await answerQuestion('tak for i dag', turnAt('2024-11-20T10:00'), { items: itemReader([]) }), [
      { text: 'Selv tak! Skriv bare, når der er mere at holde styr på.' },
    ]);
    assert.match(
      (await answerQuestion('thanks!', turnAt('2024-11-20T10:00', 'en'), { items: itemReader([]) }))![0]!.text!,
      /^You're welcome!/,
    );
  });
});

describe('scope settings', () => {
  it('gives the defaults to a scope with no records, and each field its default where a record is malformed', async () => {
    assert.deepEqual(digestSettingsFrom(undefined), DEFAULT_DIGEST);
    assert.deepEqual(reminderSettingsFrom(undefined), DEFAULT_REMINDERS);
    assert.deepEqual(digestSettingsFrom({ enabled: 'yes', weekday: 9, hour: 7, minute: 30.5, channelId: 42, lang: 'de' }), {
      ...DEFAULT_DIGEST,
      hour: 7,
    });
    assert.deepEqual(reminderSettingsFrom({ eventDaysBefore: [2, -1], deadlineDaysBefore: [14, 7], hour: 24, lang: 'en' }), {
      ...DEFAULT_REMINDERS,
      deadlineDaysBefore: [14, 7],
      lang: 'en',
    });
  });

  it('reads both records in one read and writes the one changed', async () => {
    const records = new Map<string, unknown>();
    let reads = 0;
    const store: SettingsStore = {
      async allSettings() {
        reads++;
        return new Map(records);
      },
      async putSettings(_scope, name, value) {
        records.set(name, JSON.parse(JSON.stringify(value)));
      },
    };
    await saveDigestSettings(store, SCOPE, { ...DEFAULT_DIGEST, weekday: 2, channelId: '19:x', lang: 'da' });
    const settings = await settingsOf(store, SCOPE);
    assert.equal(reads, 1);
    assert.deepEqual(settings.digest, { ...DEFAULT_DIGEST, weekday: 2, channelId: '19:x', lang: 'da' });
    assert.deepEqual(settings.reminders, DEFAULT_REMINDERS);
  });
});
