// The failure modes of issue 11, over HTTP: storage that hangs, inputs that broke a turn, forms pressed again.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  personalMessage,
  cardAction,
  cardOf,
  cardText,
  cardFacts,
  cardExecuteActions,
  FixedClock,
  TENANT,
  type Harness,
} from '../support/botHarness';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { startBlackHole } from '../support/blackHole';
import { devConnectionString } from '../support/embeddedAzurite';
import { scopeOf } from '../../bot/teams/activityTurn';
import { LOG_VERBS } from '../../cards/logButton';

const SCOPE = scopeOf(channelMessage('x') as any).key;

describe('storage that never answers (a frozen service, a hung network)', function () {
  // Teams gives a turn 15 s: the bot must have answered well before.
  this.timeout(14_000);
  let h: Harness;
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  before(async function () {
    this.timeout(30_000);
    hole = await startBlackHole();
    // A store that never answers is given up on after 0.8 s here (5 s in production: DEFAULT_TIMEOUTS), /healthz's
    // look after as long (1.5 s in production).
    h = await startHarness(
      { TABLES_CONNECTION_STRING: devConnectionString(`http://127.0.0.1:${hole.port}`) },
      { start: { timeouts: { storageMs: 800 } } },
    );
  });
  after(async () => {
    await h.stop();
    await hole.stop();
  });

  it('answers a /log with "nothing saved, try again" instead of hanging', async () => {
    const [reply] = await h.say(channelMessage('/log presse TV2 Nord om mikrolån'));
    assert.match(reply.text, /kan ikke nå databasen/);
    assert.match(reply.text, /intet er gemt/);
    assert.match(reply.text, /Prøv igen/);
  });

  it('says 503 on /healthz', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    assert.equal(res.status, 503);
  });
});

describe('inputs that broke a turn', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('saves a /log with a word too long to index (a pasted URL token) and finds it by its other words', async () => {
    const token = 'x'.repeat(480);
    const [reply] = await h.say(channelMessage(`/log presse Nordjyske om mikrolån https://nordjyske.dk/nyheder/${token} læst`));
    assert.match(cardText(cardOf(reply)), /Logget/);
    const [found] = await h.say(channelMessage('/søg nordjyske mikrolån'));
    assert.match(cardText(cardOf(found)), /1 fund/);
  });

  it("keeps one entry when the /log form's Gem is pressed three times with different dates: the last one wins", async () => {
    const msg = channelMessage('/log');
    const form = cardOf((await h.say(msg))[0]);
    const submit = cardExecuteActions(form)[0];
    for (const date of ['2024-11-12', '2024-11-13', '2024-11-14']) {
      const res = await h.post(
        cardAction(LOG_VERBS.create, { ...submit.data, kind: 'visit', text: 'Besøg fra STAR i Thisted om fleksjob', date }, msg),
      );
      assert.equal(res.status, 200);
      assert.equal(cardFacts(res.body.value).Art, 'Besøg');
    }
    const entries = (await h.app.services.log.between(SCOPE, '2024-11-01', '2024-11-30')).filter((e) => e.text.includes('Besøg fra STAR'));
    assert.deepEqual(
      entries.map((e) => e.happenedOn),
      ['2024-11-14'],
    );
    const [who] = await h.say(channelMessage('/hvem STAR'));
    assert.equal(cardFacts(cardOf(who)).Logposter, '1');
  });
  it('edits the date of an entry with 80 indexed words and 3 stakeholders (over 100 rows move): one entry, found once, no stale index rows', async () => {
    const words = Array.from({ length: 80 }, (_, i) => `ord${i}x`).join(' ');
    const msg = channelMessage(`/log møde med KL, STAR og VIVE om mikrolån ${words}`);
    const saved = cardOf((await h.say(msg))[0]);
    const undo = cardExecuteActions(saved).find((a) => a.verb === LOG_VERBS.undo);
    const entry = await h.app.services.log.get(SCOPE, undo.data.entry);
    assert.ok(entry);
    const res = await h.post(
      cardAction(
        LOG_VERBS.update,
        { entry: undo.data.entry, kind: 'meeting', text: entry.text, date: '2024-11-05', was: entry.happenedOn },
        msg,
      ),
    );
    assert.equal(res.status, 200);
    assert.match(cardText(res.body.value), /Rettet: møde/);
    assert.equal(cardFacts(res.body.value).Dato, 'tirsdag d. 5. november');
    const [found] = await h.say(channelMessage('/søg ord42x'));
    assert.match(cardText(cardOf(found)), /1 fund/);
    const [who] = await h.say(channelMessage('/hvem VIVE'));
    assert.equal(cardFacts(cardOf(who)).Logposter, '1');
    const rows = [];
    for await (const page of h.app.storage.tables.log.scan())
      rows.push(...page.filter((r) => r.partitionKey === SCOPE && String(r.id ?? '') === entry.id));
    assert.ok(rows.length > 0);
    assert.ok(
      rows.every((r) => r.happenedOn === undefined || r.happenedOn === '2024-11-05'),
      'every index row of the entry carries its new date',
    );
  });

  it('takes a 1,000-character text after a kind word (the kind word does not count) and refuses 1,001', async () => {
    const text = (n: number) => `Jyllandsposten om mikrolån ${'x'.repeat(n - 'Jyllandsposten om mikrolån '.length)}`;
    const [ok] = await h.say(channelMessage(`/log presse ${text(1000)}`));
    assert.match(cardText(cardOf(ok)), /Logget: presse/);
    const [tooLong] = await h.say(channelMessage(`/log presse ${text(1001)}`));
    assert.match(tooLong.text, /1001 tegn/);
    assert.match(tooLong.text, /Intet er gemt/);
  });

  it('shows Markdown typed by users as typed: in the /søg heading and in a display name', async () => {
    const from = {
      id: '29:mark',
      name: 'Mette **Admin** [klik](https://example.invalid)',
      aadObjectId: '6d4f6b2e-0000-4000-8000-000000000009',
    };
    const [saved] = await h.say(channelMessage('/log møde med KL om _mentorordningen_', { from }));
    const savedCard = cardOf(saved);
    const author = savedCard.body.find((n: any) => n.type === 'FactSet').facts.find((f: any) => f.title === 'Logget af').value;
    assert.doesNotMatch(author, /\*\*Admin\*\*|\[klik\]\(/, 'no bold and no link syntax survives');
    assert.equal(cardFacts(savedCard)['Logget af'], from.name, 'and it reads as typed');
    const [found] = await h.say(channelMessage('/søg **mentorordningen**'));
    const heading = cardOf(found).body[0].text as string;
    assert.doesNotMatch(heading, /\*\*mentorordningen\*\*/);
    assert.match(cardText(cardOf(found)), /\*\*mentorordningen\*\*/);
  });

  it('refuses an activity whose two tenant ids disagree, and stores nothing of it', async () => {
    const foreign = channelMessage('/log presse TV2 om mikrolån fra en fremmed', { tenantId: TENANT });
    (foreign as any).channelData = { ...(foreign as any).channelData, tenant: { id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' } };
    const [reply] = await h.say(foreign);
    assert.match(reply.text, /ikke sat op til jeres organisation/);
    const entries = await h.app.services.log.between(SCOPE, '2000-01-01', '2100-01-01');
    assert.ok(entries.every((e) => !e.text.includes('fremmed')));
    assert.ok(h.logs.some((l) => l.includes('"event":"tenant_refused"') && l.includes('"mismatch":true')));
  });

  it('answers Fortryd pressed twice at once: one undoes, the other says it is already undone, nothing goes wrong', async () => {
    const msg = channelMessage('/log presse Nordjyske om rehabiliteringsteams to gange');
    const undo = cardExecuteActions(cardOf((await h.say(msg))[0])).find((a) => a.verb === LOG_VERBS.undo);
    const answers = await Promise.all([1, 2, 3].map(() => h.post(cardAction(LOG_VERBS.undo, undo.data, msg))));
    const texts = answers.map((a) =>
      a.body.type === 'application/vnd.microsoft.card.adaptive' ? cardText(a.body.value) : String(a.body.value),
    );
    assert.equal(texts.filter((t) => /Fortrudt af/.test(t)).length, 1, texts.join('\n'));
    assert.ok(
      texts.every((t) => /Fortrudt af|allerede fortrudt|findes ikke/.test(t)),
      texts.join('\n'),
    );
    assert.ok(texts.every((t) => !/gik galt/.test(t)));
    const entries = await h.app.services.log.between(SCOPE, '2000-01-01', '2100-01-01');
    assert.ok(entries.every((e) => !e.text.includes('to gange')));
  });
});

describe('a Bot Connector that takes a request and never answers', function () {
  this.timeout(30_000);
  const ZONE = 'Europe/Copenhagen';
  const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
  const chat = (text: string, conversationId: string) => ({
    ...personalMessage(text),
    conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
  });
  let h: Harness;
  let clock: FixedClock;
  let hungConnector: ConnectorStandIn;
  before(async () => {
    clock = new FixedClock(local('2024-11-18T07:00'));
    // A hung connector is given up on after 0.8 s here (5 s for a reply and 10 s for a proactive send in production).
    h = await startHarness({}, { clock, start: { timeouts: { replyMs: 800, connectorMs: 800 } } });
    hungConnector = await new ConnectorStandIn().start();
  });
  after(async () => {
    await h.stop();
    await hungConnector.stop();
  });

  it("costs the turn its reply, not Teams' 15 s: the HTTP answer comes, the failure is logged, the next turn is served", async () => {
    h.connector.failure = (method) => (method === 'POST' ? { hang: true } : undefined);
    const res = await h.post(channelMessage('/hjælp'));
    assert.equal(res.status, 200);
    assert.ok(h.connector.hung >= 1);
    assert.ok(
      h.logs.some((l) => /took over 800 ms/.test(l)),
      'the timeout is in the log',
    );
    h.connector.failure = undefined;
    const [help] = await h.say(channelMessage('/hjælp'));
    assert.match(cardText(cardOf(help)), /Tovholder/);
  });

  it("delays only its own scope's digest: the other scopes get theirs in the same tick", async () => {
    // Two group chats learn of the bot; one of them is served by a connector that hangs.
    await h.say(chat('/hjælp', '19:chat-ok@thread.v2'));
    const res = await h.post({ ...chat('/hjælp', '19:chat-hung@thread.v2'), serviceUrl: hungConnector.url });
    assert.equal(res.status, 200);
    hungConnector.failure = () => ({ hang: true });
    clock.current = local('2024-11-25T08:00:05'); // the next Monday's digest time
    const result = await h.app.scheduler.tick();
    const digests = (id: string) =>
      h.connector.received.filter((r) => r.conversationId === id && /^Ugens overblik/.test(r.activity.summary ?? '')).length;
    assert.equal(digests('19:chat-ok@thread.v2'), 1, 'the healthy scope got its digest');
    assert.ok(hungConnector.hung >= 1, 'the hung connector was tried');
    assert.equal(result.failed.length, 1, 'and the hung scope is marked for a retry, not lost');
  });
});
