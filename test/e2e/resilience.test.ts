// Safety and bad days, over HTTP: other tenants, broken invokes, and Table Storage going away and coming back.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startHarness, channelMessage, personalMessage, cardAction, cardOf, cardText, type Harness, TENANT } from '../support/botHarness';
import { freshAzurite } from '../support/azurite';
import type { EmbeddedAzurite } from '../support/embeddedAzurite';
import { cardProblems } from '../support/cardValidation';
import { scopeOf } from '../../bot/teams/activityTurn';
import { LOG_VERBS } from '../../cards/logButton';

const OTHER_TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('tenant allow-list', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ ALLOWED_TENANTS: TENANT });
  });
  after(async () => {
    await h.stop();
  });

  it('serves an allowed tenant', async () => {
    const [reply] = await h.say(channelMessage('/log møde med KL om mikrolån'));
    assert.match(cardText(cardOf(reply)), /Logget/);
  });

  it('refuses another tenant politely, stores nothing, shows nothing, and logs the refusal', async () => {
    const foreign = channelMessage('/log møde med KL om mikrolån', { tenantId: OTHER_TENANT });
    const [reply] = await h.say(foreign);
    assert.match(reply.text, /ikke sat op til jeres organisation/);
    const scope = scopeOf(foreign as any).key;
    assert.equal((await h.app.services.log.between(scope, '0000', '9999')).length, 0);
    assert.equal(await h.app.services.conversations.get(scope), undefined);
    const [search] = await h.say(channelMessage('/søg mikrolån', { tenantId: OTHER_TENANT }));
    assert.doesNotMatch(JSON.stringify(search), /mikrolån.*fund/);
    assert.ok(h.logs.some((l) => l.includes('"event":"tenant_refused"') && l.includes(OTHER_TENANT)));
  });

  it('refuses a card action from another tenant with a card, not an error', async () => {
    const res = await h.post(cardAction(LOG_VERBS.undo, { key: 'entry|2024-11-20|x' }, personalMessage('x', { tenantId: OTHER_TENANT })));
    assert.equal(res.status, 200);
    assert.match(cardText(res.body.value), /not set up for your organisation|ikke sat op/);
  });
});

describe('invokes Teams may send', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('answers an unknown verb with 200 and an error card', async () => {
    const res = await h.post(cardAction('no.such.verb', {}, channelMessage('x')));
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(cardProblems(res.body.value), []);
    assert.match(cardText(res.body.value), /knap kender jeg ikke/);
  });

  it('answers an invoke with no value with 200 and an error card, and keeps serving', async () => {
    const res = await h.post({ ...cardAction(LOG_VERBS.undo, {}, channelMessage('x')), value: undefined });
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    const bad = await h.post({
      ...cardAction(LOG_VERBS.undo, {}, channelMessage('x')),
      value: { action: { verb: LOG_VERBS.undo, data: 'not an object' } },
    });
    assert.equal(bad.status, 200);
    assert.match(JSON.stringify(bad.body), /findes ikke/);
    const [reply] = await h.say(channelMessage('/hjælp'));
    assert.match(cardText(cardOf(reply)), /Tovholder/);
  });
});

describe('Azure Table Storage outage (Azurite stopped and started again)', () => {
  let h: Harness;
  let dataDir: string;
  let port: number;
  let azurite: EmbeddedAzurite;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-outage-'));
    azurite = await freshAzurite(dataDir);
    port = Number(new URL(/TableEndpoint=([^;]+)/.exec(azurite.connectionString)![1]).port);
    h = await startHarness({}, { azurite });
  });
  after(async () => {
    await h.stop();
    await azurite.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the user nothing was saved while storage is down, says 503, and recovers without a restart', async () => {
    const [saved] = await h.say(channelMessage('/log presse Nordjyske om samtaler før nedbruddet'));
    assert.match(cardText(cardOf(saved)), /Logget/);

    await azurite.close(); // storage goes away mid-test
    const health = await fetch(`${h.baseUrl}/healthz`);
    assert.equal(health.status, 503);
    const [down] = await h.say(channelMessage('/log presse TV2 under nedbruddet'));
    assert.match(down.text, /kan ikke nå databasen/);
    assert.match(down.text, /intet er gemt/);
    const id = /fejl-id ([0-9a-f]{8})/.exec(down.text)![1];
    assert.doesNotMatch(down.text, /Error|ECONNREFUSED|at .*\.js/);
    assert.ok(
      h.logs.some((l) => l.includes(id) && l.includes('storage_unavailable')),
      'the log has the turn id',
    );
    const [downEn] = await h.say(channelMessage('/find anything', { locale: 'en-US' }));
    assert.match(downEn.text, /nothing was saved/);

    azurite = await freshAzurite(dataDir, port); // storage comes back on the same address
    assert.equal((await fetch(`${h.baseUrl}/healthz`)).status, 200);
    const [after] = await h.say(channelMessage('/log presse TV2 efter nedbruddet'));
    assert.match(cardText(cardOf(after)), /Logget/);
    const found = cardText(cardOf((await h.say(channelMessage('/søg nedbruddet')))[0]));
    assert.match(found, /2 fund/, 'the entry from before is still there, the one during is not');
    assert.match(found, /før nedbruddet/);
    assert.doesNotMatch(found, /under nedbruddet/);
  });

  it('answers a card button pressed during an outage with a message that leaves the card', async () => {
    const msg = channelMessage('/log møde med STAR om rehabiliteringsteams');
    const card = cardOf((await h.say(msg))[0]);
    const undo = JSON.parse(JSON.stringify(card)).actions.find((a: any) => a.verb === LOG_VERBS.undo);
    await azurite.close();
    const res = await h.post(cardAction(LOG_VERBS.undo, undo.data, msg));
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.activity.message');
    assert.match(res.body.value, /intet er gemt/);
    azurite = await freshAzurite(dataDir, port);
    const again = await h.post(cardAction(LOG_VERBS.undo, undo.data, msg));
    assert.match(cardText(again.body.value), /Fortrudt/);
  });
});
