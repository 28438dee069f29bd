// Exactly once across instances: bot instances on one Azurite tick at the scheduled minute; every scope gets one digest.
// 'two bot processes' is the case as issue 5 puts it: two child processes (test/support/botChildProcess.ts, each the
// complete app of bot/app.ts), sharing nothing but the storage, as two App Service instances would; the parent posts to
// both over HTTP, sets their clocks and ticks them over IPC, and one connector stand-in receives what either sends.
// 'two bot instances' runs two complete apps in this process instead, for the cases that reach into an instance:
// a restart within the minute and a stale claim taken over after its lease, where the test injects the clock and
// writes a claim through the app's own repositories.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { DateTime } from 'luxon';
import { startHarness, channelMessage, personalMessage, FixedClock, TENANT, type Harness } from '../support/botHarness';
import { freshAzurite } from '../support/azurite';
import { ConnectorStandIn } from '../support/connectorStandIn';
import type { ToBotChild, FromBotChild } from '../support/botChildProcess';
import type { EmbeddedAzurite } from '../support/embeddedAzurite';
import { scopeOf } from '../../bot/teams/activityTurn';
import { CLAIM_LEASE_MS } from '../../bot/scheduler';

const ZONE = 'Europe/Copenhagen';
const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

function groupChat(text: string, conversationId: string): Record<string, unknown> {
  return { ...personalMessage(text), conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId: TENANT } };
}

/** The digests a stand-in received: team digests open a new thread (POST /v3/conversations), chats get an activity. */
function digestsIn(connector: ConnectorStandIn): Array<{ conversationId: string; activity: Record<string, any> }> {
  return [
    ...connector.created.map((c) => ({ conversationId: c.body.channelData?.channel?.id as string, activity: c.body.activity })),
    ...connector.received.filter((r) => !connector.created.some((c) => c.id === r.conversationId)),
  ].filter((r) => /^Ugens overblik/.test(r.activity?.summary ?? ''));
}

describe('two bot instances on one Table Storage', () => {
  let azurite: EmbeddedAzurite;
  let a: Harness;
  let b: Harness;
  let clock: FixedClock;
  const allDigests = () => [...digestsIn(a.connector), ...digestsIn(b.connector)];

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
    const targets = allDigests()
      .map((d) => d.conversationId)
      .sort();
    assert.deepEqual(targets, ['19:group-chat@thread.v2', '19:team-one@thread.tacv2', '19:team-two@thread.tacv2']);
  });

  it('an instance restarted within the minute does not send again', async () => {
    const sentBefore = allDigests().length;
    await a.stop();
    a = await startHarness({}, { azurite, clock });
    clock.current = local('2024-11-18T08:01:03');
    const reports = await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    // Nothing sent, nothing even tried (a try would have gone to the stopped stand-in and failed).
    assert.deepEqual(
      reports.map((r) => [...r.sent, ...r.failed]),
      [[], []],
    );
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

/** One bot instance in a child process (test/support/botChildProcess.ts), its output kept off mocha's. */
class BotChild {
  port = 0;
  private readonly child: ChildProcess;
  private readonly closed: Promise<void>;
  private readonly inbox: FromBotChild[] = [];
  private readonly waiting: Array<{ resolve: (m: FromBotChild) => void; reject: (err: Error) => void }> = [];
  private stderr = '';
  private ended: Error | undefined;

  constructor(env: Record<string, string>) {
    this.child = fork(path.join(__dirname, '../support/botChildProcess.js'), [], {
      env: { ...process.env, ...env },
      // stdout (the bot's log lines) is dropped; the end of stderr is kept for the message if the child dies.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => {
      this.stderr = (this.stderr + s).slice(-4000);
    });
    this.child.on('message', (m: FromBotChild) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter.resolve(m);
      else this.inbox.push(m);
    });
    this.child.on('error', (err) => {
      this.stderr += `\n${err.message}`;
    });
    // Gone once it has exited and its stderr pipe has closed: then it holds nothing in this process. (Not the child's
    // 'close' event: Node does not emit it after the parent has called disconnect().)
    const exited = new Promise<void>((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.ended = new Error(`bot child ended (${signal ?? `exit code ${code}`}): ${this.stderr.trim()}`);
        for (const w of this.waiting.splice(0)) w.reject(this.ended);
        resolve();
      }),
    );
    const stderrClosed = new Promise<void>((resolve) => this.child.stderr!.once('close', () => resolve()));
    this.closed = Promise.all([exited, stderrClosed]).then(() => undefined);
  }

  private next(): Promise<FromBotChild> {
    const m = this.inbox.shift();
    if (m) return Promise.resolve(m);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  async ready(): Promise<this> {
    const m = await this.next();
    if (m.kind !== 'ready') throw new Error(`bot child answered ${JSON.stringify(m)} instead of ready`);
    this.port = m.port;
    return this;
  }

  /** Sets the child's clock to `at` and runs one scheduler tick there; resolves to how many messages it sent. */
  async tick(at: DateTime): Promise<{ sent: number; failed: number }> {
    const answer = this.next();
    this.child.send({ cmd: 'tick', nowIso: at.toISO()! } satisfies ToBotChild);
    const m = await answer;
    if (m.kind !== 'ticked') throw new Error(`bot child answered ${JSON.stringify(m)} to a tick`);
    return { sent: m.sent, failed: m.failed };
  }

  async post(activity: Record<string, unknown>): Promise<void> {
    const res = await fetch(`http://127.0.0.1:${this.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${text}`);
  }

  /** Disconnects (the child then closes its app and exits) and waits until it has; kills it if it hangs. */
  async stop(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => this.child.kill(), 5000);
    await this.closed;
    clearTimeout(timer);
  }
}

describe('two bot processes on one Table Storage', () => {
  let azurite: EmbeddedAzurite | undefined;
  let connector: ConnectorStandIn | undefined;
  const children: BotChild[] = [];

  before(async () => {
    azurite = await freshAzurite();
    connector = await new ConnectorStandIn().start();
    const env = (id: string) => ({
      TOVHOLDER_CHILD_TABLES: azurite!.connectionString,
      TOVHOLDER_CHILD_NOW: local('2024-11-18T07:00').toISO()!,
      TOVHOLDER_CHILD_ID: id,
    });
    children.push(new BotChild(env('process-a')), new BotChild(env('process-b')));
    const [a, b] = await Promise.all(children.map((c) => c.ready()));
    // Three scopes, known through both processes (load-balanced traffic); the replies go to the stand-in, as will the
    // digests, to the serviceUrl kept in each scope's conversation reference.
    const viaStandIn = (activity: Record<string, unknown>) => ({ ...activity, serviceUrl: connector!.url });
    const say = async (child: BotChild, activity: Record<string, unknown>) => {
      const before = connector!.received.length;
      await child.post(viaStandIn(activity));
      await connector!.waitFor(before + 1);
    };
    await say(a, channelMessage('/overblik', { teamId: '19:team-one@thread.tacv2', channelId: '19:team-one@thread.tacv2' }));
    await say(b, channelMessage('/overblik', { teamId: '19:team-two@thread.tacv2', channelId: '19:team-two-comms@thread.tacv2' }));
    await say(b, groupChat('/overblik', '19:group-chat@thread.v2'));
    connector.clear();
  });
  after(async () => {
    await Promise.all(children.map((c) => c.stop()));
    await connector?.stop();
    await azurite?.close();
  });

  it('both processes tick at the scheduled minute, twice: one digest per scope reaches the connector', async () => {
    const [a, b] = children;
    const first = await Promise.all([a.tick(local('2024-11-18T08:00:03')), b.tick(local('2024-11-18T08:00:03'))]);
    const second = await Promise.all([b.tick(local('2024-11-18T08:00:33')), a.tick(local('2024-11-18T08:00:33'))]);
    const targets = digestsIn(connector!)
      .map((d) => d.conversationId)
      .sort();
    assert.deepEqual(targets, ['19:group-chat@thread.v2', '19:team-one@thread.tacv2', '19:team-two@thread.tacv2']);
    // What the processes say they did agrees: three sends between them, none failed, none after the first minute's.
    const reports = [...first, ...second];
    assert.equal(
      reports.reduce((n, r) => n + r.sent, 0),
      3,
    );
    assert.equal(
      reports.reduce((n, r) => n + r.failed, 0),
      0,
    );
    assert.deepEqual(
      second.map((r) => r.sent),
      [0, 0],
    );
  });
});
