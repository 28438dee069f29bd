// Exactly once across instances: two complete bot apps (each its own server, adapter, repositories and scheduler)
// in this process, on one Azurite, tick at the scheduled minute; every scope gets one digest. Two apps in one process
// rather than two child processes: the clock can then be injected without a test-only switch in bot/index.ts, and
// the apps still share nothing but the storage, as two App Service instances would.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness, channelMessage, personalMessage, FixedClock, TENANT, type Harness,
} from '../support/botHarness';
import { freshAzurite } from '../support/azurite';
import type { EmbeddedAzurite } from '../../storage/embeddedAzurite';
import { scopeOf } from '../../bot/turn';
import { CLAIM_LEASE_MS } from '../../bot/scheduler';

const ZONE = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

function groupChat(text: string, conversationId: string): Record<string, unknown> {
  return { ...personalMessage(text), conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT } };
}

describe('two bot instances on one Table Storage', () => {
  let azurite: EmbeddedAzurite;
  let a: Harness;
  let b: Harness;
  let clock: FixedClock;
  const digestsAt = (h: Harness) => [
    ...h.connector.created.map((c) => ({ conversationId: c.body.channelData?.channel?.id as string, activity: c.body.activity })),
    ...h.connector.received.filter((r) => !h.connector.created.some((c) => c.id === r.conversationId)),
  ].filter((r) => /^Ugens overblik/.test(r.activity?.summary ?? ''));
  const allDigests = () => [...digestsAt(a), ...digestsAt(b)];

  before(async () => {
    azurite = await freshAzurite();
    clock = new FixedClock(local('2024-11-18T07:00'));
    a = await startHarness({}, { azurite, clock });
    b = await startHarness({}, { azurite, clock });
    // Three scopes, known through both instances (load-balanced traffic).
    await a.say(channelMessage('/overblik', { teamId: '19:team-one@thread.tacv2', channelId: '19:team-one@thread.tacv2' }));
    await b.say(channelMessage('/overblik', { teamId: '19:team-two@thread.tacv2', channelId: '19:team-two-comms@thread.tacv2' }));
    await b.say(groupChat('/overblik', '19:group-chat@thread.v2'));
    a.connector.clear();
    b.connector.clear();
  });
  after(async () => {
    await a.stop();
    await b.stop();
    await azurite.close();
  });

  it('both tick at the scheduled minute, several times over: one digest per scope', async () => {
    clock.current = local('2024-11-18T08:00:03');
    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    clock.current = local('2024-11-18T08:00:33');
    await Promise.all([b.app.scheduler.tick(), a.app.scheduler.tick()]);
    const targets = allDigests().map((d) => d.conversationId).sort();
    assert.deepEqual(targets, ['19:group-chat@thread.v2', '19:team-one@thread.tacv2', '19:team-two@thread.tacv2']);
  });

  it('an instance restarted within the minute does not send again', async () => {
    const sentBefore = allDigests().length;
    await a.stop();
    a = await startHarness({}, { azurite, clock });
    clock.current = local('2024-11-18T08:01:03');
    const reports = await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    // Nothing sent, nothing even tried (a try would have gone to the stopped stand-in and failed).
    assert.deepEqual(reports.map((r) => [...r.sent, ...r.failed]), [[], []]);
    assert.equal(sentBefore, 3);
  });

  it('a claim left "sending" by an instance that died is taken over after its lease, and sent once', async () => {
    const scope = scopeOf(groupChat('x', '19:group-chat@thread.v2') as never).key;
    // Next week: an instance claims the digest and dies before sending.
    clock.current = local('2024-11-25T08:00:02');
    const dead = await a.app.services.claims.claim(scope, 'digest:2024-W48', 'dead-instance', clock.now(), CLAIM_LEASE_MS);
    assert.ok(dead);
    a.connector.clear();
    b.connector.clear();
    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    assert.equal(allDigests().filter((d) => d.conversationId === '19:group-chat@thread.v2').length, 0);
    clock.current = clock.current.plus({ milliseconds: CLAIM_LEASE_MS + 1000 });
    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    assert.equal(allDigests().filter((d) => d.conversationId === '19:group-chat@thread.v2').length, 1);
    assert.deepEqual(await b.app.services.claims.state(scope, 'digest:2024-W48'), { state: 'sent', attempts: 1 });
  });
});
