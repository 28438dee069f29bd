// The failure modes of issue 11, over HTTP: storage that hangs, inputs that broke a turn, forms pressed again.
import assert from 'node:assert/strict';
import { startHarness, channelMessage, cardAction, cardOf, cardText, cardFacts, cardExecuteActions, type Harness } from '../support/botHarness';
import { startBlackHole } from '../support/blackHole';
import { devConnectionString } from '../support/embeddedAzurite';
import { scopeOf } from '../../bot/teams/turn';

const SCOPE = scopeOf(channelMessage('x') as any).key;

describe('storage that never answers (a frozen service, a hung network)', function () {
  // Teams gives a turn 15 s: the bot must have answered well before.
  this.timeout(14_000);
  let h: Harness;
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  before(async function () {
    this.timeout(30_000);
    hole = await startBlackHole();
    h = await startHarness({ TABLES_CONNECTION_STRING: devConnectionString(`http://127.0.0.1:${hole.port}`) });
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
  before(async () => { h = await startHarness(); });
  after(async () => { await h.stop(); });

  it('saves a /log with a word too long to index (a pasted URL token) and finds it by its other words', async () => {
    const token = 'x'.repeat(480);
    const [reply] = await h.say(channelMessage(`/log presse Nordjyske om mikrolån https://nordjyske.dk/nyheder/${token} læst`));
    assert.match(cardText(cardOf(reply)), /Logget/);
    const [found] = await h.say(channelMessage('/søg nordjyske mikrolån'));
    assert.match(cardText(cardOf(found)), /1 fund/);
  });

  it('keeps one entry when the /log form\'s Gem is pressed three times with different dates: the last one wins', async () => {
    const msg = channelMessage('/log');
    const form = cardOf((await h.say(msg))[0]);
    const submit = cardExecuteActions(form)[0];
    for (const date of ['2024-11-12', '2024-11-13', '2024-11-14']) {
      const res = await h.post(cardAction('log.create', { ...submit.data, kind: 'visit', text: 'Besøg fra STAR i Thisted om fleksjob', date }, msg));
      assert.equal(res.status, 200);
      assert.equal(cardFacts(res.body.value).Art, 'Besøg');
    }
    const entries = (await h.app.services.log.between(SCOPE, '2024-11-01', '2024-11-30')).filter((e) => e.text.includes('Besøg fra STAR'));
    assert.deepEqual(entries.map((e) => e.happenedOn), ['2024-11-14']);
    const [who] = await h.say(channelMessage('/hvem STAR'));
    assert.equal(cardFacts(cardOf(who)).Logposter, '1');
  });
});
