// The proactive sender against a local connector stand-in: what it posts where, and how it reads the answers.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';
import { ConnectorSender, retryAfterMs } from '../../bot/teams/proactive';
import { loadConfig } from '../../bot/config';
import type { ConversationRef } from '../../storage/conversationRepository';
import { ConnectorStandIn } from '../support/connectorStandIn';

const NOW = DateTime.fromISO('2024-11-18T08:00:00Z');
const clock = { now: () => NOW };

function refTo(serviceUrl: string, kind: ConversationRef['kind'] = 'groupChat'): ConversationRef {
  return {
    scopeKey: 'scope',
    kind,
    serviceUrl,
    channelId: 'msteams',
    tenantId: 'tenant',
    conversationId: kind === 'team' ? '19:general@thread.tacv2' : '19:chat@thread.v2',
    bot: { id: '28:bot', name: 'Tovholder' },
    ...(kind === 'team' ? { teamId: '19:general@thread.tacv2' } : {}),
  } as ConversationRef;
}

describe('ConnectorSender', () => {
  let connector: ConnectorStandIn;
  const sender = new ConnectorSender(loadConfig({}), clock);

  beforeEach(async () => {
    connector = await new ConnectorStandIn().start();
  });
  afterEach(async () => {
    await connector.stop();
  });

  it('posts to /v3/conversations/{id}/activities in a chat, with no token in local anonymous mode', async () => {
    const outcome = await sender.send(refTo(connector.url), { text: 'Hej' });
    assert.equal(outcome.kind, 'sent');
    assert.equal(connector.received.length, 1);
    const [got] = connector.received;
    assert.equal(got!.conversationId, '19:chat@thread.v2');
    assert.equal(got!.activity.text, 'Hej');
    assert.equal(got!.activity.conversation.id, '19:chat@thread.v2');
    assert.equal(got!.authorization, undefined);
  });

  it('starts a new thread in a team channel', async () => {
    const outcome = await sender.send(refTo(connector.url, 'team'), { text: 'Overblik' }, '19:other@thread.tacv2');
    assert.deepEqual(outcome, { kind: 'sent', activityId: 'activity-1' });
    assert.equal(connector.created[0]!.body.channelData.channel.id, '19:other@thread.tacv2');
  });

  it('reads 403 as gone and 429 as failed with its Retry-After', async () => {
    connector.failure = () => ({ status: 403 });
    assert.deepEqual(await sender.send(refTo(connector.url), { text: 'x' }), { kind: 'gone', status: 403 });
    connector.failure = () => ({ status: 429, headers: { 'retry-after': '120' } });
    const limited = await sender.send(refTo(connector.url), { text: 'x' });
    assert.ok(limited.kind === 'failed' && limited.status === 429 && limited.retryAfterMs === 120_000, JSON.stringify(limited));
  });

  it('gives up on a connector that never answers', async () => {
    const hung = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const quick = new ConnectorSender(loadConfig({}), clock, 200);
      const started = Date.now();
      const outcome = await quick.send(refTo(`http://127.0.0.1:${(hung.address() as AddressInfo).port}/`), { text: 'x' });
      assert.equal(outcome.kind, 'failed');
      assert.equal(outcome.kind === 'failed' && outcome.status, undefined);
      assert.ok(Date.now() - started < 5000, 'gave up after its timeout');
    } finally {
      hung.closeAllConnections();
      await new Promise<void>((resolve) => hung.close(() => resolve()));
    }
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    assert.equal(retryAfterMs('30', NOW.toJSDate()), 30_000);
    assert.equal(retryAfterMs('Mon, 18 Nov 2024 08:02:00 GMT', NOW.toJSDate()), 120_000);
    assert.equal(retryAfterMs(null, NOW.toJSDate()), undefined);
    assert.equal(retryAfterMs('soon', NOW.toJSDate()), undefined);
  });
});
