// The first working loop, over HTTP: restify + CloudAdapter + Azurite, replies caught by the connector stand-in.
import assert from 'node:assert/strict';
import { startHarness, channelMessage, personalMessage, cardOf, cardText, type Harness, BOT_ID } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';

describe('foundation, end to end over HTTP', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('answers /hjælp in a channel with the Danish help card, threaded under the message', async () => {
    const activity = channelMessage('/hjælp');
    const [reply] = await h.say(activity);
    const card = cardOf(reply);
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Tovholder holder fast i trådene/);
    assert.match(cardText(card), /\/log presse Jyllandsposten om mikrolån/);
    assert.match(cardText(card), /deles af hele teamet/);
    const received = h.connector.received.at(-1)!;
    assert.equal(received.replyToId, activity.id);
    assert.equal(reply.from?.id, BOT_ID);
  });

  it('answers /help in English', async () => {
    const [reply] = await h.say(channelMessage('/help', { locale: 'en-US' }));
    assert.match(cardText(cardOf(reply)), /keeps hold of the threads/);
  });

  it('answers a message that is only the @mention with the help card', async () => {
    const [reply] = await h.say(channelMessage(''));
    assert.match(cardText(cardOf(reply)), /Tovholder/);
  });

  it('answers an unknown command with "did you mean" and a pointer to help', async () => {
    const [reply] = await h.say(channelMessage('/logout'));
    assert.equal(reply.type, 'message');
    assert.match(reply.text, /\/logout/);
    assert.match(reply.text, /Mente du \/log\?/);
    assert.match(reply.text, /\/hjælp/);
    assert.equal(reply.textFormat, 'plain');
  });

  it('works in a personal chat and on a channel other than msteams', async () => {
    const [reply] = await h.say(personalMessage('/hjælp'));
    assert.match(cardText(cardOf(reply)), /Tovholder/);
    // A personal chat keeps a log of its own: the help card must not promise the team sees it.
    assert.match(cardText(cardOf(reply)), /ser kun du/);
    assert.doesNotMatch(cardText(cardOf(reply)), /hele teamet/);
    const [emulator] = await h.say({ ...personalMessage('hjælp'), channelId: 'emulator', channelData: {} });
    assert.match(cardText(cardOf(emulator)), /Tovholder/);
  });

  it('answers GET /healthz with 200 while storage answers', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('refuses malformed JSON with 400 and a body over 256 KB with 413, and keeps serving', async () => {
    const bad = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });
    assert.equal(bad.status, 400);
    const notActivity = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1,2]',
    });
    assert.equal(notActivity.status, 400);
    const big = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...channelMessage('/log presse x'), padding: 'x'.repeat(300 * 1024) }),
    });
    assert.equal(big.status, 413);
    const [reply] = await h.say(channelMessage('/hjælp'));
    assert.match(cardText(cardOf(reply)), /Tovholder/);
  });

  it('answers a GET on /api/messages (a probe) with 405, logged as routine (info), not as a warning', async () => {
    const probe = await fetch(`${h.baseUrl}/api/messages`);
    assert.equal(probe.status, 405);
    const errors = h.logs.map((l) => JSON.parse(l)).filter((l) => l.event === 'http_error' && l.status === 405);
    assert.deepEqual(
      errors.map((l) => l.level),
      ['info'],
    );
  });

  it('writes one structured JSON log line per turn, without the message text at info level', async () => {
    await h.say(channelMessage('/hjælp hemmelig tekst'));
    const turns = h.logs.map((l) => JSON.parse(l)).filter((l) => l.event === 'turn');
    const last = turns.at(-1);
    assert.equal(last.command, 'help');
    assert.equal(last.outcome, 'ok');
    assert.equal(typeof last.latencyMs, 'number');
    assert.match(last.scope, /team/);
    assert.match(last.turnId, /^[0-9a-f]{8}$/);
    assert.ok(!h.logs.some((l) => l.includes('hemmelig')));
  });
});

describe('authentication', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({
      MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      HOST: '127.0.0.1',
    });
  });
  after(async () => {
    await h.stop();
  });

  it('answers 401 to a request without a token when an app id is set, and sends nothing', async () => {
    const res = await h.post(channelMessage('/hjælp'));
    assert.equal(res.status, 401);
    assert.equal(h.connector.received.length, 0);
  });

  it('answers 401 to a malformed bearer token', async () => {
    const res = await h.post(channelMessage('/hjælp'), { authorization: 'Bearer not.a.jwt' });
    assert.equal(res.status, 401);
    assert.ok(!h.logs.some((l) => l.includes('not-a-real-secret')));
  });
});
