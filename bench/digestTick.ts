// `npm run bench:digest`: the scheduler's digest tick for many scopes on Azurite alone (issue 26: 500 scopes' digests
// in under 5 s, none lost), without the rest of `npm run bench`. Each run starts a fresh Azurite in a process of its
// own, seeds about what the full bench has when it ticks (a scope of 1,000 entries, 500 deadlines and 200 stakeholders, then
// the 500 small scopes of bench/digestScopes.ts), starts the bot (bench/botProcess.ts) and ticks the slot. It reports
// the tick's wall time, the storage round trips per scope, and the CPU the bot and Azurite each spent on the tick
// (Azurite's read from /proc: it answers one request at a time, so its CPU bounds the tick).
//
// DIGEST_BOTS=/path/a,/path/b: the built roots (each with dist/bench/botProcess.js) of the bots to compare, run by run
// in turn (interleaved, so both meet the same moments of a shared machine); default: this one. DIGEST_RUNS (3),
// BENCH_DIGEST_SCOPES (500). DIGEST_TWO=1: two instances of each bot tick the slot at once (every digest once?).
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { ensureTables, openAzureTables } from '../storage/tables';
import type { Tables } from '../storage/schema';
import type { FromBot, ToBot } from './botProcess';
import { CountingConnector } from './standIn';
import { plannedDeadlines, seedEntries, seedItems, seedStakeholders } from './seed';
import { scopeKeyOf, seedDigestScopes } from './digestScopes';
import { botFlags, ROOT } from './startFlags';

const RUNS = Number(process.env.DIGEST_RUNS ?? 3);
const SCOPES = Number(process.env.BENCH_DIGEST_SCOPES ?? 500);
const TWO = process.env.DIGEST_TWO === '1';
const BOTS = (process.env.DIGEST_BOTS ?? ROOT).split(',').filter(Boolean);
const DIGEST_AT = '2025-03-10T07:00:00.000Z';
const TODAY = DateTime.fromISO('2025-03-12T09:00:00.000Z').setZone('Europe/Copenhagen');

/** A process's CPU time so far (ms), from /proc: right on a machine shared with other work. */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, clock ticks of 10 ms
}

export function log(line: string): void {
  process.stdout.write(`[digest ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** A bot process of bench/botProcess.ts, with its warnings and errors kept by message. */
export class Bot {
  private waiting: Array<(m: FromBot) => void> = [];
  /** The bot's warnings and errors, by their message (a failed send says why). */
  readonly notes = new Map<string, { count: number; first: string }>();
  constructor(readonly child: ChildProcess) {
    child.on('message', (m: FromBot) => this.waiting.shift()?.(m));
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const l of lines) {
        if (!/"level":"(warn|error)"/.test(l)) continue;
        const msg = /"event":"([^"]+)"/.exec(l)?.[1] ?? l.slice(0, 80);
        const seen = this.notes.get(msg);
        if (seen) seen.count++;
        else this.notes.set(msg, { count: 1, first: l.slice(0, 1200) });
      }
    });
  }
  ask(m: ToBot | undefined): Promise<FromBot> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (m) this.child.send(m);
    });
  }
  async cpuMs(): Promise<number> {
    return ((await this.ask({ cmd: 'usage' })) as Extract<FromBot, { kind: 'usage' }>).cpuMicros / 1000;
  }
  async stop(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.disconnect();
    await exited;
  }
}

interface RunResult {
  bot: string;
  seconds: number;
  digests: number;
  reminders: number;
  distinct: number;
  failed: number;
  received: number;
  callsPerScope: number;
  botCpuS: number;
  azuriteCpuS: number;
}

/**
 * A fresh Azurite (in a process of its own) holding what the full bench holds when it ticks the digest: a scope of
 * 1,000 entries (`entries`), 500 deadlines and 200 stakeholders, and `scopes` small scopes; then `bots` bot processes
 * of the build under `root` on it.
 */
export async function startSeeded(
  root: string,
  connector: CountingConnector,
  o: { scopes: number; bots: number; entries?: number },
): Promise<{ azurite: ChildProcess; tables: Tables; bots: Bot[]; ports: number[] }> {
  const dist = path.join(root, 'dist', 'bench');
  const azurite = fork(path.join(dist, 'azuriteProcess.js'), [], { execArgv: ['--max-old-space-size=8192'], stdio: 'inherit' });
  const { connectionString } = await new Promise<{ connectionString: string }>((r) => azurite.once('message', r as never));
  const tables = openAzureTables(connectionString, 60_000);
  await ensureTables(tables);
  const seeded = performance.now();
  const big = scopeKeyOf('19:bench-1000@thread.tacv2', connector.url);
  const count = o.entries ?? 1000;
  await seedEntries(tables, big, {
    count,
    recent: 1000,
    recentDays: 365,
    today: TODAY,
    rareWord: 'Limfjordsbroen',
    rareStakeholder: 'KL',
    rareCount: 25,
    seed: 1,
  });
  await seedItems(tables, big, plannedDeadlines({ past: 250, future: 250, perMonth: 20, today: TODAY, seed: 2 }));
  await seedStakeholders(tables, big, 200);
  await seedDigestScopes(tables, connector.url, o.scopes, DIGEST_AT);
  log(`${path.basename(root)}: seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
  const env = { ...process.env, BENCH_STORE: 'azure', BENCH_TABLES: connectionString };
  const bots = Array.from(
    { length: o.bots },
    () => new Bot(fork(path.join(dist, 'botProcess.js'), [], { env, execArgv: botFlags(), stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })),
  );
  // Each one's 'ready' waited for at once: one that comes while another is awaited would be dropped.
  const ready = await Promise.all(bots.map((b) => b.ask(undefined)));
  return { azurite, tables, bots, ports: ready.map((r) => (r as Extract<FromBot, { kind: 'ready' }>).port) };
}

async function oneRun(root: string, connector: CountingConnector): Promise<RunResult> {
  const entries = process.env.DIGEST_ENTRIES ? Number(process.env.DIGEST_ENTRIES) : undefined;
  const { azurite, tables, bots } = await startSeeded(root, connector, { scopes: SCOPES, bots: TWO ? 2 : 1, entries });
  if (process.env.DIGEST_CALLS === '1') await callCosts(tables, connector.url, azurite.pid!);
  const receivedBefore = connector.proactive;
  const azuriteBefore = cpuMs(azurite.pid!);
  const botBefore = await Promise.all(bots.map((b) => b.cpuMs()));
  const started = performance.now();
  const ticks = (await Promise.all(bots.map((b) => b.ask({ cmd: 'tick', nowIso: DIGEST_AT })))) as Array<
    Extract<FromBot, { kind: 'ticked' }>
  >;
  const seconds = (performance.now() - started) / 1000;
  const azuriteCpuS = (cpuMs(azurite.pid!) - azuriteBefore) / 1000;
  const botAfter = await Promise.all(bots.map((b) => b.cpuMs()));
  const digests = ticks.reduce((n, t) => n + t.digests, 0);
  const sent = ticks.reduce((n, t) => n + t.sent, 0);
  const result: RunResult = {
    bot: path.basename(root),
    seconds,
    digests,
    reminders: sent - digests,
    distinct: new Set(ticks.flatMap((t) => t.sentKeys)).size,
    failed: ticks.reduce((n, t) => n + t.failed, 0),
    received: connector.proactive - receivedBefore,
    callsPerScope: ticks.reduce((n, t) => n + t.requests, 0) / Math.max(1, digests),
    botCpuS: botAfter.reduce((n, c, i) => n + c - botBefore[i]!, 0) / 1000,
    azuriteCpuS,
  };
  for (const [i, b] of bots.entries())
    for (const [msg, { count, first }] of b.notes) log(`  bot ${i + 1}: ${count} × ${msg}; first: ${first}`);
  await Promise.all(bots.map((b) => b.stop()));
  azurite.disconnect();
  return result;
}

/** What one call of each kind the tick makes costs Azurite's CPU on the seeded tables (one at a time, 200 of each). */
async function callCosts(tables: Tables, serviceUrl: string, pid: number): Promise<void> {
  const scope = (n: number) => scopeKeyOf(`19:digest-team-${n}@thread.tacv2`, serviceUrl);
  const kinds: Array<[string, (i: number) => Promise<unknown>]> = [
    ['Log: range of entry| (7 days)', (i) => tables.log.range(scope(i), 'entry|2025-03-03', 'entry|2025-03-10~')],
    ['Log: range of written|', (i) => tables.log.range(scope(i), 'written|2025-03-02T23', 'written|2025-03-10T23:59:59.999Z')],
    ['Items: range of open|', (i) => tables.items.range(scope(i), 'open|', 'open|2025-04-09~')],
    ['Items: point read', (i) => tables.items.get(scope(i), 'meta|open-index')],
    ['Scopes: range of settings|', (i) => tables.scopes.range(scope(i), 'settings|', 'settings|~')],
    ['Scopes: insert', (i) => tables.scopes.insert({ partitionKey: scope(i), rowKey: `claim|probe${i}`, state: 'sending' })],
    ['Scopes: update', (i) => tables.scopes.update({ partitionKey: scope(i), rowKey: `claim|probe${i}`, state: 'sent' }, 'Merge')],
    [
      'Scopes: transaction of 2 inserts',
      (i) =>
        tables.scopes.transaction([
          ['create', { partitionKey: scope(i), rowKey: `claim|probeA${i}`, state: 'sending' }],
          ['create', { partitionKey: scope(i), rowKey: `claim|probeB${i}`, state: 'sending' }],
        ]),
    ],
  ];
  for (const [label, call] of kinds) {
    const before = cpuMs(pid);
    const t = performance.now();
    for (let i = 0; i < 200; i++) await call(i);
    log(
      `  Azurite CPU per call, ${label}: ${((cpuMs(pid) - before) / 200).toFixed(2)} ms (wall ${((performance.now() - t) / 200).toFixed(2)} ms)`,
    );
  }
}

async function main(): Promise<void> {
  const connector = await new CountingConnector().start();
  const results: RunResult[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const root of BOTS) {
      const load = os.loadavg()[0]!.toFixed(2);
      const x = await oneRun(root, connector);
      results.push(x);
      log(
        `run ${r + 1} ${x.bot}${TWO ? ' (two instances)' : ''}: ${x.seconds.toFixed(2)} s, ${x.digests} digests (${x.distinct} distinct sends), ` +
          `${x.reminders} reminders, ${x.failed} failed, ${x.received} received, ${x.callsPerScope.toFixed(1)} calls/scope, ` +
          `CPU bot ${x.botCpuS.toFixed(2)} s, Azurite ${x.azuriteCpuS.toFixed(2)} s; load ${load} before`,
      );
    }
  }
  await connector.stop();
}

if (require.main === module) {
  void main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
