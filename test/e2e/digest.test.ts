// The weekly digest over HTTP: /digest now, the scheduled digest as a new thread in the team's channel, its settings,
// restarts, and what the connector's 403/404/429 answers do to the conversation reference.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  personalMessage,
  cardOf,
  cardText,
  FixedClock,
  TEAM,
  CHANNEL,
  TENANT,
  BOT_ID,
  type Harness,
} from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { scopeOf } from '../../bot/teams/activityTurn';
import type { Item } from '../../domain/items';
import type { LogEntry } from '../../domain/logEntry';

const ZONE = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const TEAM_SCOPE = scopeOf(channelMessage('x') as never).key;

function entry(id: string, happenedOn: string, kind: LogEntry['kind'], text: string, authorName: string): LogEntry {
  return {
    id,
    kind,
    text,
    happenedOn,
    authorName,
    authorAadId: 'aad',
    writtenAt: `${happenedOn}T10:00:00Z`,
    stakeholders: [],
    outlets: [],
    experiments: [],
    municipalities: [],
    words: [],
  };
}

function item(id: string, type: Item['type'], title: string, start: string, end = start, extra: Partial<Item> = {}): Item {
  return {
    id,
    type,
    title,
    period: { start, end, form: { kind: 'day' } },
    done: false,
    authorName: 'Bo Madsen',
    authorAadId: 'aad',
    writtenAt: '2024-11-01T10:00:00Z',
    ...extra,
  };
}

/** A week in the group's log, as of Monday 18 November 2024. */
async function seedWeek(h: Harness): Promise<void> {
  const { log, items } = h.app.services;
  await log.add(TEAM_SCOPE, entry('e1', '2024-11-12', 'press', 'TV2 Nord om mikrolån i Hjørring', 'Anne Sørensen'));
  await log.add(TEAM_SCOPE, entry('e2', '2024-11-14', 'meeting', 'Møde med KL om frikommuneforsøg', 'Bo Madsen'));
  await log.add(TEAM_SCOPE, entry('e3', '2024-11-15', 'press', 'Nordjyske: *fleksjob* <b>virker</b>', 'Anne Sørensen'));
  await log.add(TEAM_SCOPE, entry('e0', '2024-11-01', 'letter', 'Gammelt brev til ministeren', 'Bo Madsen'));
  await items.add(TEAM_SCOPE, [
    item('d-late', 'deadline', 'Høringssvar til ministeriet', '2024-11-15'),
    item('ev-soon', 'event', 'JobCamp Vejle', '2024-11-25', '2024-11-25', { time: { hour: 9, minute: 0 }, place: 'Vejle Musikteater' }),
    item('d-soon', 'deadline', 'Midtvejsrapport', '2024-12-06'),
    item('d-far', 'deadline', 'Slutrapport', '2025-03-01'),
    item('d-done', 'deadline', 'Afsluttet ansøgning', '2024-11-22', '2024-11-22', { done: true }),
  ]);
}

describe('weekly digest, end to end over HTTP', () => {
  let h: Harness;
  let clock: FixedClock;
  before(async () => {
    clock = new FixedClock(local('2024-11-18T07:00'));
    h = await startHarness({}, { clock });
    await seedWeek(h);
  });
  after(async () => {
    await h.stop();
  });

  it("/digest now posts last week's log and what is coming, at the turn's time, with a summary", async () => {
    const [reply] = await h.say(channelMessage('/overblik nu', { timestamp: '2024-11-18T10:00:00Z' }));
    const card = cardOf(reply);
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /Ugens overblik/);
    assert.match(text, /2 presse · 1 møde/);
    assert.match(text, /TV2 Nord om mikrolån i Hjørring/);
    assert.match(text, /logget af Anne Sørensen/);
    assert.match(text, /Nordjyske: \*fleksjob\* <b>virker<\/b>/); // user text shown as typed
    assert.doesNotMatch(text, /Gammelt brev/); // older than seven days
    assert.match(text, /JobCamp Vejle/);
    assert.match(text, /Vejle Musikteater/);
    assert.match(text, /Midtvejsrapport/);
    assert.doesNotMatch(text, /Slutrapport/); // more than 30 days ahead
    assert.doesNotMatch(text, /Afsluttet ansøgning/); // done
    // Overdue first.
    assert.ok(text.indexOf('Overskredne frister') < text.indexOf('Logget siden'));
    assert.match(text, /Høringssvar til ministeriet/);
    assert.equal(reply.summary, 'Ugens overblik: 3 ting logget, 1 overskredet frist, 1 arrangement på vej og 1 frist på vej.');
  });

  it('/digest now in English, and a quiet week says so in one line', async () => {
    const [reply] = await h.say(personalMessage('/digest now', { locale: 'en-US', timestamp: '2024-11-18T10:00:00Z' }));
    const card = cardOf(reply);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /A quiet week: nothing logged/);
    assert.equal(reply.summary, 'Weekly digest: a quiet week.');
  });

  it('/digest shows the schedule; the scheduled digest is a new thread in General, once', async () => {
    const [shown] = await h.say(channelMessage('/overblik', { timestamp: '2024-11-18T06:00:00Z' }));
    assert.match(shown.text, /hver mandag kl\. 08\.00 i teamets kanal Generelt/);
    h.connector.clear();
    clock.current = local('2024-11-18T07:59:30');
    assert.deepEqual((await h.app.scheduler.tick()).sent, []);
    clock.current = local('2024-11-18T08:00:10');
    const report = await h.app.scheduler.tick();
    assert.deepEqual(
      report.sent.filter((s) => s.startsWith(TEAM_SCOPE)),
      [`${TEAM_SCOPE} digest:2024-W47`],
    );
    const created = h.connector.created.filter((c) => c.body.channelData?.channel?.id === TEAM);
    assert.equal(created.length, 1);
    assert.equal(created[0]!.body.isGroup, true);
    assert.equal(created[0]!.body.bot.id, BOT_ID);
    assert.equal(created[0]!.body.tenantId, TENANT);
    const card = cardOf(created[0]!.body.activity);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /TV2 Nord om mikrolån/);
    assert.match(created[0]!.body.activity.summary, /^Ugens overblik: /);
    clock.current = local('2024-11-18T08:00:40');
    await h.app.scheduler.tick();
    clock.current = local('2024-11-18T15:00');
    await h.app.scheduler.tick();
    assert.equal(h.connector.created.filter((c) => c.body.channelData?.channel?.id === TEAM).length, 1);
  });

  it('/digest here moves it to this channel; /digest tirsdag 9:00 moves the day; /digest fra stops it', async () => {
    // Reminders of the seeded items go to the same channel: count the digests only.
    const digests = () => h.connector.created.filter((c) => /^(Ugens overblik|Weekly digest)/.test(c.body.activity?.summary ?? ''));
    const [here] = await h.say(channelMessage('/overblik her', { timestamp: '2024-11-19T10:00:00Z' }));
    assert.match(here.text, /i denne kanal/);
    const [moved] = await h.say(channelMessage('/overblik tirsdag 9:00', { timestamp: '2024-11-19T10:00:00Z' }));
    assert.match(moved.text, /hver tirsdag kl\. 09\.00 i den kanal/);
    h.connector.clear();
    clock.current = local('2024-11-25T08:30'); // the old slot: nothing
    await h.app.scheduler.tick();
    assert.equal(digests().length, 0);
    clock.current = local('2024-11-26T09:00:05');
    await h.app.scheduler.tick();
    assert.equal(digests().length, 1);
    assert.equal(digests()[0]!.body.channelData.channel.id, CHANNEL);

    const [off] = await h.say(channelMessage('/digest off', { locale: 'en-US', timestamp: '2024-11-26T10:00:00Z' }));
    assert.match(off.text, /The weekly digest is off/);
    h.connector.clear();
    clock.current = local('2024-12-03T09:00:05');
    await h.app.scheduler.tick();
    assert.equal(digests().length, 0);
    const [on] = await h.say(channelMessage('/overblik til', { timestamp: '2024-12-03T10:00:00Z' }));
    assert.match(on.text, /hver tirsdag kl\. 09\.00/);
  });

  it('a bad /digest gets a friendly answer saying how to write it, and changes nothing', async () => {
    const [reply] = await h.say(channelMessage('/overblik tirsdag 25:00', { timestamp: '2024-12-03T10:00:00Z' }));
    assert.match(reply.text, /"25:00" er ikke et gyldigt klokkeslæt\. Skriv fx "\/overblik tirsdag 9:00"/);
    const [shown] = await h.say(channelMessage('/overblik', { timestamp: '2024-12-03T10:00:00Z' }));
    assert.match(shown.text, /hver tirsdag kl\. 09\.00/);
  });
});

describe("digest sends: restarts and the connector's answers", () => {
  let h: Harness;
  let clock: FixedClock;
  const chat = (text: string, conversationId: string, o: { timestamp?: string } = {}) => ({
    ...personalMessage(text, o),
    conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
  });
  const chatScope = (id: string) => scopeOf(chat('x', id) as never).key;

  beforeEach(async () => {
    clock = new FixedClock(local('2024-11-18T07:00'));
    h = await startHarness({}, { clock });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('keeps one reference per conversation, refreshed when serviceUrl changes, removed on uninstall', async () => {
    await h.say(chat('/overblik', '19:chat-a@thread.v2'));
    const ref = await h.app.services.conversations.get(chatScope('19:chat-a@thread.v2'));
    assert.equal(ref?.conversationId, '19:chat-a@thread.v2');
    assert.equal(ref?.serviceUrl, h.connector.url);
    // Unchanged: not written again.
    assert.equal(await h.app.services.conversations.remember(ref!), false);
    // The connector moved: a second stand-in answers at the new serviceUrl (and gets the reply).
    const moved = await new ConnectorStandIn().start();
    try {
      await h.post({ ...chat('', '19:chat-a@thread.v2'), type: 'message', text: '/overblik', serviceUrl: moved.url });
      assert.equal((await h.app.services.conversations.get(chatScope('19:chat-a@thread.v2')))?.serviceUrl, moved.url);
      assert.equal((await moved.waitFor(1))[0]!.conversationId, '19:chat-a@thread.v2');
    } finally {
      await moved.stop();
    }
    const res = await h.post({ ...chat('', '19:chat-a@thread.v2'), type: 'installationUpdate', action: 'remove', text: undefined });
    assert.equal(res.status, 200);
    assert.equal(await h.app.services.conversations.get(chatScope('19:chat-a@thread.v2')), undefined);
  });

  it('learns of a team when the bot is added to it', async () => {
    const res = await h.post({
      ...channelMessage(''),
      type: 'conversationUpdate',
      text: undefined,
      entities: undefined,
      membersAdded: [{ id: BOT_ID, name: 'Tovholder' }],
      channelData: { tenant: { id: TENANT }, team: { id: TEAM, name: 'Frikommunenetværket' }, eventType: 'teamMemberAdded' },
      conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    });
    assert.equal(res.status, 200);
    const ref = await h.app.services.conversations.get(TEAM_SCOPE);
    assert.equal(ref?.kind, 'team');
    assert.equal(ref?.conversationId, TEAM);
  });

  it('a restart during the scheduled minute still sends one digest', async () => {
    await h.say(chat('/overblik', '19:chat-b@thread.v2'));
    clock.current = local('2024-11-18T08:00:05');
    await h.app.scheduler.tick();
    assert.equal(h.connector.received.filter((r) => r.conversationId === '19:chat-b@thread.v2' && r.activity.summary).length, 1);
    await h.app.close();
    const again = await startHarness({}, h.sameStorage);
    try {
      again.connector.failure = undefined;
      await again.app.scheduler.tick();
      clock.current = local('2024-11-18T08:00:35');
      await again.app.scheduler.tick();
      // The reference still points at the first connector: nothing more arrived there.
      assert.equal(h.connector.received.filter((r) => r.conversationId === '19:chat-b@thread.v2' && r.activity.summary).length, 1);
    } finally {
      await again.stop();
    }
  });

  it("a chat that first writes after Monday's digest time gets its first digest the next Monday", async () => {
    const digestsIn = (id: string) =>
      h.connector.received.filter((r) => r.conversationId === id && /^Ugens overblik/.test(r.activity.summary ?? '')).length;
    clock.current = local('2024-11-18T13:00');
    await h.say(chat('/hjælp', '19:chat-new@thread.v2'));
    clock.current = local('2024-11-18T13:00:30');
    await h.app.scheduler.tick();
    assert.equal(digestsIn('19:chat-new@thread.v2'), 0);
    // Written to again later: the first time it was heard from stays.
    clock.current = local('2024-11-20T10:00');
    await h.say(chat('/hjælp', '19:chat-new@thread.v2'));
    clock.current = local('2024-11-25T08:00:05');
    await h.app.scheduler.tick();
    assert.equal(digestsIn('19:chat-new@thread.v2'), 1);
  });

  it('a 403 removes the reference; the digest is not retried there', async () => {
    await h.say(chat('/overblik', '19:chat-c@thread.v2'));
    h.connector.failure = (method, path) => (method === 'POST' && path.includes('19:chat-c') ? { status: 403 } : undefined);
    clock.current = local('2024-11-18T08:00:05');
    const report = await h.app.scheduler.tick();
    assert.equal(report.gone.length, 1);
    assert.equal(await h.app.services.conversations.get(chatScope('19:chat-c@thread.v2')), undefined);
    assert.ok(h.logs.some((l) => l.includes('proactive_conversation_gone')));
    h.connector.failure = undefined;
    clock.current = local('2024-11-18T09:00');
    assert.equal((await h.app.scheduler.tick()).sent.length, 0);
  });

  it('a 404 is logged and retried with backoff, and the reference is kept', async () => {
    await h.say(chat('/overblik', '19:chat-d@thread.v2'));
    const scope = chatScope('19:chat-d@thread.v2');
    h.connector.failure = (method, path) => (method === 'POST' && path.includes('19:chat-d') ? { status: 404 } : undefined);
    clock.current = local('2024-11-18T08:00:05');
    assert.equal((await h.app.scheduler.tick()).failed.length, 1);
    assert.ok(await h.app.services.conversations.get(scope));
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'proactive_send_failed');
    assert.equal(line.status, 404);
    // Still failing on the next try after a minute's backoff; kept again.
    clock.current = local('2024-11-18T08:01:10');
    assert.equal((await h.app.scheduler.tick()).failed.length, 1);
    // Within the (now two-minute) backoff: not tried.
    h.connector.failure = undefined;
    clock.current = local('2024-11-18T08:02:10');
    assert.equal((await h.app.scheduler.tick()).sent.length, 0);
    clock.current = local('2024-11-18T08:03:20');
    assert.equal((await h.app.scheduler.tick()).sent.length, 1);
    assert.equal(h.connector.received.filter((r) => r.conversationId === '19:chat-d@thread.v2' && r.activity.summary).length, 1);
    assert.deepEqual(await h.app.services.claims.state(scope, 'digest:2024-W47'), { state: 'sent', attempts: 2 });
  });

  it('a 5xx is retried too, and a 429 waits for its Retry-After', async () => {
    await h.say(chat('/overblik', '19:chat-e@thread.v2'));
    let answer = { status: 500 } as { status: number; headers?: Record<string, string> };
    h.connector.failure = (method, path) => (method === 'POST' && path.includes('19:chat-e') ? answer : undefined);
    clock.current = local('2024-11-18T08:00:05');
    assert.equal((await h.app.scheduler.tick()).failed.length, 1);
    answer = { status: 429, headers: { 'retry-after': '600' } };
    clock.current = local('2024-11-18T08:01:10');
    assert.equal((await h.app.scheduler.tick()).failed.length, 1);
    const statuses = h.logs
      .map((l) => JSON.parse(l))
      .filter((l) => l.event === 'proactive_send_failed')
      .map((l) => l.status);
    assert.deepEqual(statuses, [500, 429]);
    h.connector.failure = undefined;
    clock.current = local('2024-11-18T08:06:00'); // past the backoff, but not past Retry-After
    assert.equal((await h.app.scheduler.tick()).sent.length, 0);
    clock.current = local('2024-11-18T08:11:20');
    assert.equal((await h.app.scheduler.tick()).sent.length, 1);
  });
});
