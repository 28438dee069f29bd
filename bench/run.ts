// `npm run bench`: the bot as users run it (the `npm start` entry's app, over HTTP) on the embedded SQLite store (the
// default) and on the Azure path (Azurite in a process of its own), one after the other in one run. Every command is
// measured in rounds, each turn beside a turn of the echo floor (the same botbuilder, restify and CloudAdapter in the
// same process), request by request, so both meet the same moment of a shared machine: p50 over the echo's p50 per
// round, reported as median [lowest–highest] of the rounds; the bot's CPU per turn; storage round trips, rows read and
// rows scanned per turn; at 1k, 100k and 1M entries. Then the digest for 500 scopes, the calendar feed, load (50 users
// on the echo floor, 50 and 200 users sending /log), the bot's RSS, and the time from start to the first answer.
// Prints the figures and writes them, with the machine's description, to bench/RESULTS.md. Nothing here is a test and
// nothing is asserted: the figures are reported beside the goals they are meant for (bench/goals.ts).
//
// BENCH_QUICK=1: a run of a few minutes (3 rounds of 50 turns per command, SQLite at 1,000 and 10,000 entries,
// Azurite at 1,000, 3 s per load step), written to bench/RESULTS-quick.md unless BENCH_RESULTS names another file.
// BENCH_COMMANDS=find,status measures only those commands (keys: due, find, who, digest, status, gaps, log).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { openAzureTables, ensureTables } from '../storage/tables';
import type { Tables } from '../storage/schema';
import { LogRepository } from '../storage/logRepository';
import type { FromBot, ToBot } from './botProcess';
import type { PeakParts } from './peakWatch';
import { CountingConnector } from './standIn';
import { closeClient, getPath, postActivity, teamMessage } from './client';
import { CalendarFeedRepository } from '../storage/calendarFeedRepository';
import { FEED_FETCHES_PER_MINUTE } from '../bot/calendarLinks';
import { openSeedingSqlite, plannedDeadlines, plannedEntries, seedItems } from './seed';
import { runLoad, type LoadResult } from './load';
import { ms, spread, spreadText, summarize, table, times, type Spread, type Summary } from './stats';
import { botFlags, ROOT } from './startFlags';
import { goalsSection } from './goals';
import { commandsNamed, ALL_COMMANDS, RARE_WORD, seedMeasuredScope, TODAY, TURN_AT } from './scenario';
import { attacksSection, type AttackCost } from './attacks';
import { scopeKeyOf, seedDigestScopes } from './digestScopes';
import { twoInstances, twoInstancesSection, type TwoInstancesResult } from './twoInstances';

type StoreKind = 'sqlite' | 'azure';

const QUICK = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';
/** Turns per round of a command, each beside an echo turn; ROUNDS rounds; CPU_TURNS more of the command alone per round. */
const TURNS = Number(process.env.BENCH_TURNS ?? (QUICK ? 50 : 200));
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const CPU_TURNS = Number(process.env.BENCH_CPU_TURNS ?? (QUICK ? 30 : 100));
function sizes(name: string, full: string, quick: string): number[] {
  return (process.env[name] ?? (QUICK ? quick : full))
    .split(',')
    .map(Number)
    .filter((n) => n >= 1000)
    .sort((a, b) => a - b);
}
/**
 * Entries in the measured scopes. SQLite: 1,000 / 100,000 / 1,000,000 (seeding 1,000,000 entries, ~9.5 million rows,
 * takes minutes; the quick run samples 1,000 / 10,000). Azurite: 1,000 / 10,000 by default, because seeding Azurite is slow (each insert splices LokiJS's
 * sorted indexes: 100,000 entries took 433 s); BENCH_AZURE_SIZES=1000,10000,100000 adds the large size.
 */
const SQLITE_SIZES = sizes('BENCH_SQLITE_SIZES', '1000,100000,1000000', '1000,10000');
const AZURE_SIZES = sizes('BENCH_AZURE_SIZES', '1000,10000', '1000');
const STORES = (process.env.BENCH_STORES ?? 'sqlite,azure').split(',').filter((s): s is StoreKind => s === 'sqlite' || s === 'azure');
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? (QUICK ? 3 : 10));
const DIGEST_SCOPES = Number(process.env.BENCH_DIGEST_SCOPES ?? 500);
/** No command is measured for longer than this, however slow it turns out (the whole run must stay bounded). */
const COMMAND_BUDGET_S = Number(process.env.BENCH_COMMAND_BUDGET_S ?? (QUICK ? 30 : 120));

/** The default digest slot: Monday 08:00 Copenhagen (07:00 UTC in March). */
const DIGEST_AT = '2025-03-10T07:00:00.000Z';
/** The next week's slot: two instances tick it at once (bench/twoInstances.ts). */
const NEXT_DIGEST_AT = '2025-03-17T07:00:00.000Z';
const COMMANDS = commandsNamed(process.env.BENCH_COMMANDS, 'BENCH_COMMANDS');

function log(line: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

const BOT_FLAGS = botFlags();

class BotChild {
  private waiting: Array<(m: FromBot) => void> = [];
  errorLines = 0;
  sendFailures = 0;
  constructor(readonly child: ChildProcess) {
    child.on('message', (m: FromBot) => this.waiting.shift()?.(m));
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const l of lines) {
        // A send the scheduler reports failed says why only in its warning (bench/twoInstances.ts counts them).
        if (l.includes('"event":"proactive_send_failed"') && ++this.sendFailures <= 3)
          process.stderr.write(`[bot send failed] ${l.slice(0, 800)}\n`);
        if (!l.includes('"level":"error"')) continue;
        // The first few are shown: an error is a finding, not noise.
        if (++this.errorLines <= 3) process.stderr.write(`[bot error] ${l.slice(0, 1500)}\n`);
      }
    });
  }
  ask(m: ToBot | undefined): Promise<FromBot> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (m) this.child.send(m);
    });
  }
  async usage(): Promise<Extract<FromBot, { kind: 'usage' }>> {
    return (await this.ask({ cmd: 'usage' })) as Extract<FromBot, { kind: 'usage' }>;
  }
  async stalls(reset: boolean): Promise<Extract<FromBot, { kind: 'stalls' }>> {
    return (await this.ask({ cmd: 'stalls', reset })) as Extract<FromBot, { kind: 'stalls' }>;
  }
  async stats(): Promise<Extract<FromBot, { kind: 'stats' }>> {
    return (await this.ask({ cmd: 'stats' })) as Extract<FromBot, { kind: 'stats' }>;
  }
}

function forkChild(file: string, env: Record<string, string>, execArgv: string[] = []): ChildProcess {
  return fork(path.join(__dirname, file), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
}

/** One round of a command: its turns and the echo floor's, one after the other, request by request. */
interface Round {
  bot: Summary;
  echo: Summary;
  cpuMsPerTurn: number;
  cpuTurns: number;
}
interface CommandRow {
  label: string;
  rounds: Round[];
  errors: number;
  /** Per round: the command's p50 and p95 over the echo floor's of the same round. */
  ratioP50: Spread;
  ratioP95: Spread;
  p50: Spread;
  echoP50: Spread;
  /** The bot process's CPU per turn, from turns of the command alone (no echo turns between). */
  cpuMs: Spread;
  requestsPerTurn: number;
  rowsPerTurn: number;
  scannedPerTurn: number;
}
interface TierResult {
  entries: number;
  seedS: number;
  rows: CommandRow[];
}

/**
 * A round: `turns` pairs of requests, the echo floor's and the command's, alternating which goes first, so both meet
 * the same moment of a shared machine; then `CPU_TURNS` turns of the command alone for its CPU per turn.
 */
async function interleavedRound(
  bot: BotChild,
  ports: { bot: number; echo: number },
  make: () => object,
  echo: () => object,
  turns: number,
  endAt: number,
): Promise<Round & { errors: number }> {
  const botMs: number[] = [];
  const echoMs: number[] = [];
  let errors = 0;
  const one = async (port: number, activity: object, into: number[]) => {
    const res = await postActivity(port, activity);
    if (res.status !== 200 && ++errors <= 3) log(`turn answered ${res.status} after ${ms(res.ms)} ms`);
    into.push(res.ms);
  };
  for (let i = 0; i < turns && performance.now() < endAt; i++) {
    if (i % 2 === 0) {
      await one(ports.echo, echo(), echoMs);
      await one(ports.bot, make(), botMs);
    } else {
      await one(ports.bot, make(), botMs);
      await one(ports.echo, echo(), echoMs);
    }
  }
  const before = await bot.usage();
  let n = 0;
  for (; n < CPU_TURNS && performance.now() < endAt; n++) await one(ports.bot, make(), []);
  const after = await bot.usage();
  return {
    bot: summarize(botMs),
    echo: summarize(echoMs),
    cpuMsPerTurn: n ? (after.cpuMicros - before.cpuMicros) / n / 1000 : NaN,
    cpuTurns: n,
    errors,
  };
}

async function measureCommand(
  bot: BotChild,
  ports: { bot: number; echo: number },
  label: string,
  make: () => object,
  echo: () => object,
): Promise<CommandRow> {
  const before = await bot.usage();
  const rounds: Round[] = [];
  let errors = 0;
  let botTurns = 0;
  const endAt = performance.now() + COMMAND_BUDGET_S * 1000;
  for (let r = 0; r < ROUNDS && performance.now() < endAt; r++) {
    const round = await interleavedRound(bot, ports, make, echo, TURNS, endAt);
    rounds.push(round);
    errors += round.errors;
    botTurns += round.bot.count + round.cpuTurns;
  }
  const after = await bot.usage();
  // What the bot asked of storage per turn (the echo floor asks nothing): the same at every size when every query reads
  // only rows of its answer. Rows scanned: what SQLite went through, filtered rows too.
  const per = (d: number) => d / Math.max(1, botTurns);
  return {
    label,
    rounds,
    errors,
    ratioP50: spread(rounds.map((x) => x.bot.p50 / x.echo.p50)),
    ratioP95: spread(rounds.map((x) => x.bot.p95 / x.echo.p95)),
    p50: spread(rounds.map((x) => x.bot.p50)),
    echoP50: spread(rounds.map((x) => x.echo.p50)),
    cpuMs: spread(rounds.map((x) => x.cpuMsPerTurn)),
    requestsPerTurn: per(after.requests - before.requests),
    rowsPerTurn: per(after.rowsRead - before.rowsRead),
    scannedPerTurn: per(after.rowsScanned - before.rowsScanned),
  };
}

async function measureTier(
  bot: BotChild,
  ports: { bot: number; echo: number },
  serviceUrl: string,
  teamId: string,
  store: StoreKind,
  entries: number,
  seedS: number,
): Promise<TierResult> {
  const rows: CommandRow[] = [];
  const echo = () => teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT });
  for (const c of COMMANDS) {
    const row = await measureCommand(bot, ports, c.label, () => teamMessage(c.text, { teamId, serviceUrl, timestamp: TURN_AT }), echo);
    log(
      `${store} ${entries.toLocaleString('en')}: ${c.label}: ${row.rounds.length} rounds of ${row.rounds[0]?.bot.count ?? 0}, p50 ${spreadText(row.p50)} ms ` +
        `(echo ${spreadText(row.echoP50)}), p50/echo ${spreadText(row.ratioP50, times)}, CPU/turn ${spreadText(row.cpuMs)} ms, errors ${row.errors}, ` +
        `round trips/turn ${row.requestsPerTurn.toFixed(1)}, rows read/turn ${row.rowsPerTurn.toFixed(1)}, scanned/turn ${row.scannedPerTurn.toFixed(1)}`,
    );
    rows.push(row);
  }
  return { entries, seedS, rows };
}

async function timeCalls(n: number, call: (i: number) => Promise<unknown>): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await call(i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** One storage call of each kind from the bench process, with the bot's own store code: what a round trip costs. */
async function measureStorage(tables: Tables): Promise<Array<[string, Summary]>> {
  const scope = 'bench|storage-floor';
  const repo = new LogRepository(tables.log);
  const entries = [
    ...plannedEntries({ count: TURNS, recent: TURNS, recentDays: 30, today: TODAY, rareWord: RARE_WORD, rareCount: 0, seed: 99 }),
  ];
  return [
    ['point read of a missing row (Scopes)', await timeCalls(TURNS, () => tables.scopes.get(scope, 'settings|none'))],
    ['range read, empty result (Scopes)', await timeCalls(TURNS, () => tables.scopes.range(scope, 'stakeholder|', 'stakeholder|\uffff'))],
    ["one log entry's transaction (~10 rows, Log)", await timeCalls(TURNS, (i) => repo.add(scope, entries[i]!))],
  ];
}

/** The log line of the feed's figures. */
function feedLine(f: FeedResult): string {
  return (
    `calendar feed, ${f.items} items (${f.inFeed} in it, ${f.bytes} bytes): p50=${ms(f.full.p50)} p95=${ms(f.full.p95)}, ` +
    `304: p50=${ms(f.notModified.p50)}, round trips/fetch=${f.requestsPerFetch.toFixed(1)}, rows read/fetch=${f.rowsPerFetch.toFixed(0)}`
  );
}

/** The feed's row in the results table. */
function feedRow(store: StoreKind, f: FeedResult): string[] {
  return [
    STORE_NAME[store],
    String(f.items),
    String(f.inFeed),
    f.bytes.toLocaleString('en'),
    String(f.full.count),
    ms(f.full.p50),
    ms(f.full.p95),
    `${ms(f.echo.p50)} (${times(f.ratioP50)}, 304: ${times(f.ratio304P50)})`,
    ms(f.notModified.p50),
    ms(f.notModified.p95),
    f.requestsPerFetch.toFixed(1),
    f.rowsPerFetch.toFixed(0),
    f.statuses,
  ];
}

/** Items in the team whose calendar feed is measured (issue 24). */
const FEED_ITEMS = 2000;

interface FeedResult {
  items: number;
  inFeed: number;
  bytes: number;
  full: Summary;
  notModified: Summary;
  requestsPerFetch: number;
  rowsPerFetch: number;
  statuses: string;
  /** The echo floor's turns, one beside each fetch, and the fetches' p50 over theirs. */
  echo: Summary;
  ratioP50: number;
  ratio304P50: number;
}

/**
 * GET /calendar/<token>.ics of a team with 2,000 deadlines (1,000 behind today, 1,000 ahead, 20 a month): the whole
 * feed, then the 304 a poller gets with the ETag it has (read, hashed, not written). The bot's
 * clock moves a minute on after every 30 fetches, so the per-address rate limit never answers instead.
 */
async function measureFeed(bot: BotChild, port: number, echoPort: number, tables: Tables, serviceUrl: string): Promise<FeedResult> {
  const scopeKey = scopeKeyOf('19:bench-calendar@thread.tacv2', serviceUrl);
  const half = FEED_ITEMS / 2;
  await seedItems(tables, scopeKey, plannedDeadlines({ past: half, future: half, perMonth: 20, today: TODAY, seed: 424 }));
  const feed = await new CalendarFeedRepository(tables.scopes).ensure(scopeKey, { name: 'Bench', fallback: 'Tovholder' }, 'da');
  const path = `/calendar/${feed.token}.ics`;
  let minute = 0;
  const fetches = Math.min(TURNS, 200);
  const timed = async (headers: Record<string, string>) => {
    const samples: number[] = [];
    let last: { status: number; bytes: number; etag?: string } = { status: 0, bytes: 0 };
    const statuses = new Map<number, number>();
    const echoMs: number[] = [];
    for (let i = 0; i < fetches; i++) {
      echoMs.push((await postActivity(echoPort, teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT }))).ms);
      const nextWindow = DateTime.fromISO(TURN_AT)
        .plus({ minutes: ++minute * 2 })
        .toISO()!;
      if (i % FEED_FETCHES_PER_MINUTE === 0) await bot.ask({ cmd: 'clock', nowIso: nextWindow });
      const r = await getPath(port, path, headers);
      samples.push(r.ms);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      last = r;
    }
    return { s: summarize(samples), last, statuses, echo: summarize(echoMs) };
  };
  await timed({}); // warm-up
  const before = await bot.usage();
  const full = await timed({});
  const after = await bot.usage();
  const notModified = await timed({ 'If-None-Match': full.last.etag ?? '' });
  await bot.ask({ cmd: 'clock', nowIso: TURN_AT });
  const body = await fetch(`http://127.0.0.1:${port}${path}`)
    .then((r) => r.text())
    .catch(() => '');
  const statuses = [...full.statuses, ...notModified.statuses].map(([k, v]) => `${k}: ${v}`).join(', ');
  return {
    items: FEED_ITEMS,
    inFeed: (body.match(/BEGIN:VEVENT/g) ?? []).length,
    bytes: full.last.bytes,
    full: full.s,
    notModified: notModified.s,
    requestsPerFetch: (after.requests - before.requests) / fetches,
    rowsPerFetch: (after.rowsRead - before.rowsRead) / fetches,
    statuses,
    echo: full.echo,
    ratioP50: full.s.p50 / full.echo.p50,
    ratio304P50: notModified.s.p50 / notModified.echo.p50,
  };
}

interface Stalls {
  loopMaxMs: number;
  loopP99Ms: number;
  gcMaxMs: number;
  gcTotalMs: number;
  gcCount: number;
}
interface LoadRound {
  echo50: LoadResult;
  bot50: LoadResult;
  bot200: LoadResult;
  stalls200: Stalls;
}
interface LoadPhase {
  rounds: LoadRound[];
  /** Confirmed /log a second with 50 users, and the echo floor's answers a second with 50 users, per round. */
  bot50: Spread;
  echo50: Spread;
  /** 200 users: p99 and the slowest answer per round. */
  p99at200: Spread;
  maxAt200: Spread;
  notConfirmed: number;
  errors: number;
  stored: number;
  lost: number;
  errorLines: number;
  tableRows: string;
}

/**
 * ROUNDS rounds of: 50 users on the echo floor, 50 users sending /log, 200 users sending /log, LOAD_SECONDS each (a
 * closed loop: each user waits for its answer), with the bot's event-loop delay and GC pauses read over the 200;
 * then every acknowledged entry looked up in storage by id.
 */
async function loadPhase(
  bot: BotChild,
  ports: { bot: number; echo: number },
  tables: Tables,
  connector: CountingConnector,
  tableRows: string,
): Promise<LoadPhase> {
  const serviceUrl = connector.url;
  const teamId = '19:bench-load@thread.tacv2';
  const errorLinesBefore = bot.errorLines;
  const confirmed = (id: string) => connector.confirmedLogs.has(id);
  const rounds: LoadRound[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const common = { serviceUrl, teamId, seconds: LOAD_SECONDS, maxTurns: 1_000_000, timestamp: TURN_AT };
    const echo50 = await runLoad({ ...common, port: ports.echo, users: 50, confirmed: () => true, text: (u, n) => `hej ${u} ${n}` });
    const bot50 = await runLoad({ ...common, port: ports.bot, users: 50, confirmed });
    await bot.stalls(true);
    const bot200 = await runLoad({ ...common, port: ports.bot, users: 200, confirmed });
    const stalls200 = await bot.stalls(true);
    log(
      `load round ${r + 1}: echo 50 users ${echo50.perSecond.toFixed(0)}/s; /log 50 users ${bot50.perSecond.toFixed(0)}/s confirmed (p99 ${ms(bot50.latency.p99)} ms, ` +
        `${bot50.notConfirmed} not confirmed, ${bot50.errors} HTTP errors); /log 200 users ${bot200.perSecond.toFixed(0)}/s, p99 ${ms(bot200.latency.p99)} ms, ` +
        `max ${ms(bot200.latency.max)} ms (sent ${bot200.slowestSentAtS.toFixed(1)} s in), ${bot200.overOneS} over 1 s, ${bot200.overThreeS} over 3 s of ${bot200.turns}; event loop max ${ms(stalls200.loopMaxMs)} ms, GC max ${ms(stalls200.gcMaxMs)} ms (${stalls200.gcCount} GCs, ${ms(stalls200.gcTotalMs)} ms)`,
    );
    rounds.push({ echo50, bot50, bot200, stalls200 });
  }
  const stored = await new LogRepository(tables.log).between(scopeKeyOf(teamId, serviceUrl), '0001-01-01', '9999-12-31');
  const storedIds = new Set(stored.map((e) => e.id));
  const acknowledged = rounds.flatMap((x) => [...x.bot50.acknowledgedIds, ...x.bot200.acknowledgedIds]);
  const lost = acknowledged.filter((id) => !storedIds.has(id)).length;
  const botLoads = rounds.flatMap((x) => [x.bot50, x.bot200]);
  return {
    rounds,
    bot50: spread(rounds.map((x) => x.bot50.perSecond)),
    echo50: spread(rounds.map((x) => x.echo50.perSecond)),
    p99at200: spread(rounds.map((x) => x.bot200.latency.p99)),
    maxAt200: spread(rounds.map((x) => x.bot200.latency.max)),
    notConfirmed: botLoads.reduce((n, l) => n + l.notConfirmed, 0),
    errors: botLoads.reduce((n, l) => n + l.errors, 0),
    stored: stored.length,
    lost,
    errorLines: bot.errorLines - errorLinesBefore,
    tableRows,
  };
}

async function startAzurite(): Promise<{ child: ChildProcess; tables: Tables; connectionString: string }> {
  const child = forkChild('azuriteProcess.js', {}, ['--max-old-space-size=8192']);
  const { connectionString } = await new Promise<{ connectionString: string }>((resolve) => child.once('message', resolve as never));
  const tables = openAzureTables(connectionString);
  await ensureTables(tables);
  return { child, tables, connectionString };
}

async function maxRssMbOf(child: ChildProcess): Promise<number> {
  const stats = await new Promise<{ maxRssKb: number }>((resolve) => {
    child.once('message', resolve as never);
    child.send({ cmd: 'stats' });
  });
  return stats.maxRssKb / 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** idleRssMb: 1 s after the first answer; restRssMb: 20 s after it, once V8 has tidied its heap on an idle process. */
interface FirstStart {
  flags: string[];
  firstAnswerMs: number[];
  idleRssMb: number[];
  restRssMb: number[];
}
/** V8's memory reducer shrinks an idle heap about 10 s after the last work (measured by npm run bench:memory). */
const AT_REST_MS = 20_000;

/**
 * The production entry point as `npm start` runs it after its build (node <start flags> dist/bot/index.js) on a new,
 * empty DATA_DIR: from spawn until the first message is answered, three times; and the process's RSS once idle.
 */
async function measureFirstStart(serviceUrl: string): Promise<FirstStart> {
  const result: FirstStart = { flags: BOT_FLAGS, firstAnswerMs: [], idleRssMb: [], restRssMb: [] };
  for (let round = 0; round < 3; round++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-bench-start-'));
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [...BOT_FLAGS, path.join(ROOT, 'dist', 'bot', 'index.js')], {
      cwd: dataDir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TABLES_CONNECTION_STRING: '', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    let answered = false;
    while (!answered && performance.now() - started < 30_000) {
      const res = await postActivity(port, teamMessage('/hjælp', { teamId: '19:first-start', serviceUrl, timestamp: TURN_AT }), 10_000);
      if (res.status === 200) answered = true;
      else await new Promise((r) => setTimeout(r, 5));
    }
    result.firstAnswerMs.push(answered ? performance.now() - started : NaN);
    await new Promise((r) => setTimeout(r, 1000));
    result.idleRssMb.push(rssMbOfPid(child.pid!));
    await new Promise((r) => setTimeout(r, AT_REST_MS - 1000));
    result.restRssMb.push(rssMbOfPid(child.pid!));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  log(
    `npm start path: first answer after ${result.firstAnswerMs.map((v) => ms(v)).join(' / ')} ms, idle RSS ${result.idleRssMb.map((v) => v.toFixed(0)).join(' / ')} MB after 1 s, ${result.restRssMb.map((v) => v.toFixed(0)).join(' / ')} MB after 20 s (flags: ${BOT_FLAGS.join(' ') || 'none'})`,
  );
  return result;
}

function rssMbOfPid(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

interface StoreRun {
  store: StoreKind;
  readyMs: number;
  firstAnswerMs: number;
  echoCpuMs: Spread;
  storageFloor: Array<[string, Summary]>;
  tiers: TierResult[];
  digestSeedS: number;
  tick: Extract<FromBot, { kind: 'ticked' }>;
  /** The calendar feed of a team with 2,000 items (issue 24). */
  feed: FeedResult;
  digestsReceived: number;
  load: LoadPhase;
  memory: Array<[string, number, number]>;
  peakMb: number;
  peakParts: PeakParts;
  azuriteMb?: number;
  /** Azure only: a second bot process on the same Azurite (bench/twoInstances.ts). */
  two?: TwoInstancesResult;
}

async function runStore(store: StoreKind, connector: CountingConnector): Promise<StoreRun> {
  log(`--- ${store === 'sqlite' ? 'embedded SQLite (the default)' : 'Azure path: Azurite in a process of its own'} ---`);
  const serviceUrl = connector.url;
  let tables: Tables;
  let azurite: ChildProcess | undefined;
  let dataDir: string | undefined;
  let env: Record<string, string>;
  let durable: (on: boolean) => void = () => undefined;
  let closeStore: () => void = () => undefined;
  if (store === 'azure') {
    const started = await startAzurite();
    azurite = started.child;
    tables = started.tables;
    env = { BENCH_STORE: 'azure', BENCH_TABLES: started.connectionString };
  } else {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-bench-'));
    const seeding = openSeedingSqlite(dataDir, () => TODAY.toJSDate());
    tables = seeding.tables;
    await ensureTables(tables);
    durable = seeding.durable;
    closeStore = () => seeding.database.close();
    env = { BENCH_STORE: 'sqlite', BENCH_DATA_DIR: dataDir };
  }

  // Start: from fork until the bot listens, and until it has answered its first message.
  const forkedAt = performance.now();
  const bot = new BotChild(forkChild('botProcess.js', env, [...BOT_FLAGS, '--expose-gc']));
  const ready = (await bot.ask(undefined)) as Extract<FromBot, { kind: 'ready' }>;
  const readyMs = performance.now() - forkedAt;
  const first = await postActivity(
    ready.port,
    teamMessage('hvad skal vi nå i denne måned?', { teamId: '19:first', serviceUrl, timestamp: TURN_AT }),
  );
  const firstAnswerMs = performance.now() - forkedAt;
  log(`bot listening ${ms(readyMs)} ms after fork, first answer (status ${first.status}) after ${ms(firstAnswerMs)} ms`);

  const memory: Array<[string, number, number]> = [];
  const snapshot = async (phase: string) => {
    const s = await bot.stats();
    memory.push([phase, s.rssBytes / 2 ** 20, s.heapUsedBytes / 2 ** 20]);
  };
  await new Promise((r) => setTimeout(r, 500));
  await snapshot('started, answered one message, idle');

  // Warm-up (JIT, connection pools, statements prepared): not counted.
  const ports = { bot: ready.port, echo: ready.echoPort };
  for (let i = 0; i < 100; i++) {
    await postActivity(ready.echoPort, teamMessage('hej', { teamId: '19:warm', serviceUrl, timestamp: TURN_AT }));
    await postActivity(ready.port, teamMessage('/find mikrolån', { teamId: '19:warm', serviceUrl, timestamp: TURN_AT }));
  }
  // The echo floor's own CPU per turn (the same restify server and CloudAdapter, a reply and nothing else).
  const echoCpu: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = await bot.usage();
    for (let i = 0; i < CPU_TURNS; i++)
      await postActivity(ready.echoPort, teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT }));
    echoCpu.push(((await bot.usage()).cpuMicros - before.cpuMicros) / CPU_TURNS / 1000);
  }
  const echoCpuMs = spread(echoCpu);
  log(`echo floor: CPU per turn ${spreadText(echoCpuMs)} ms`);

  const tiers: TierResult[] = [];
  const sizesHere = store === 'sqlite' ? SQLITE_SIZES : AZURE_SIZES;
  let digest: { seedS: number; tick: Extract<FromBot, { kind: 'ticked' }>; received: number } | undefined;
  let storageFloor: Array<[string, Summary]> = [];
  let seededRows = 0;
  let feedResult: FeedResult | undefined;
  for (const [i, size] of sizesHere.entries()) {
    // Every scope holds the same recent year; a larger one adds older entries (bench/scenario.ts).
    const teamId = `19:bench-${size}@thread.tacv2`;
    const scopeKey = scopeKeyOf(teamId, serviceUrl);
    const t = performance.now();
    durable(false);
    const seeded = await seedMeasuredScope(tables, scopeKey, size, i);
    seededRows += seeded.rows;
    durable(true);
    const seedS = (performance.now() - t) / 1000;
    log(
      `seeded ${seeded.entries.toLocaleString('en')} entries (${seeded.rows.toLocaleString('en')} rows) + ${2 * seeded.deadlines} deadlines in ${seedS.toFixed(1)} s`,
    );
    tiers.push(await measureTier(bot, ports, serviceUrl, teamId, store, size, seedS));
    await snapshot(`after the ${size.toLocaleString('en')}-entry turns`);

    if (i === 0) {
      // One storage call of each kind, then the digest for 500 scopes, while the tables are young.
      storageFloor = await measureStorage(tables);
      for (const [label, s] of storageFloor) log(`storage call: ${label}: p50=${ms(s.p50)} p95=${ms(s.p95)}`);
      const t2 = performance.now();
      durable(false);
      await seedDigestScopes(tables, serviceUrl, DIGEST_SCOPES, DIGEST_AT);
      durable(true);
      const seedS2 = (performance.now() - t2) / 1000;
      log(`seeded ${DIGEST_SCOPES} scopes (reference, 5 entries, 4 deadlines each) in ${seedS2.toFixed(1)} s`);
      const before = connector.proactive;
      const tick = (await bot.ask({ cmd: 'tick', nowIso: DIGEST_AT })) as Extract<FromBot, { kind: 'ticked' }>;
      const received = connector.proactive - before;
      log(
        `digest tick: ${tick.digests} digests and ${tick.sent - tick.digests} reminders sent, ${tick.failed} failed, ${tick.gone} gone, ${received} received, in ${ms(tick.ms)} ms`,
      );
      digest = { seedS: seedS2, tick, received };
      await snapshot('after the digest tick');
      feedResult = await measureFeed(bot, ready.port, ready.echoPort, tables, serviceUrl);
      log(feedLine(feedResult));
    }
  }

  const load = await loadPhase(bot, ports, tables, connector, `${seededRows.toLocaleString('en')}+ rows seeded`);
  await snapshot('after the load');
  let two: TwoInstancesResult | undefined;
  if (store === 'azure') {
    const second = new BotChild(forkChild('botProcess.js', env, BOT_FLAGS));
    const secondReady = (await second.ask(undefined)) as Extract<FromBot, { kind: 'ready' }>;
    const instance = (b: BotChild, port: number) => ({
      port,
      tick: async (nowIso: string) => (await b.ask({ cmd: 'tick', nowIso })) as Extract<FromBot, { kind: 'ticked' }>,
    });
    two = await twoInstances({
      a: instance(bot, ready.port),
      b: instance(second, secondReady.port),
      tables,
      connector,
      timestamp: TURN_AT,
      digestAt: NEXT_DIGEST_AT,
      seconds: LOAD_SECONDS,
      rounds: ROUNDS,
      log,
    });
    const secondExited = new Promise((r) => second.child.once('exit', r));
    second.child.disconnect();
    await secondExited;
  }
  const final = await bot.stats();
  const peakMb = final.maxRssKb / 1024;
  const azuriteMb = azurite ? await maxRssMbOf(azurite) : undefined;
  log(`bot peak RSS ${peakMb.toFixed(0)} MB${azuriteMb ? ` (Azurite's own process: ${azuriteMb.toFixed(0)} MB, not the bot's)` : ''}`);
  const exited = new Promise((r) => bot.child.once('exit', r));
  bot.child.disconnect();
  await exited;
  azurite?.disconnect();
  closeStore();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    store,
    readyMs,
    firstAnswerMs,
    echoCpuMs,
    storageFloor,
    tiers,
    digestSeedS: digest!.seedS,
    tick: digest!.tick,
    digestsReceived: digest!.received,
    load,
    memory,
    peakMb,
    peakParts: final.peak,
    azuriteMb,
    feed: feedResult!,
    ...(two ? { two } : {}),
  };
}

const loadSamples: number[] = [];

/** The attack step in a process of its own, as `node dist/bench/attacks.js` runs it: in this process it counted the
 *  garbage collector's work on the load generator's heap (what the load steps left), which the bot never has. */
function attacksInOwnProcess(): Promise<AttackCost[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'attacks.js'), '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as AttackCost[])
        : reject(new Error(`the attack step exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0]!;
  log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadAtStart.toFixed(1)}${QUICK ? ', QUICK run' : ''}`,
  );
  log(`bot node flags (from npm start): ${BOT_FLAGS.join(' ') || 'none'}`);
  const connector = await new CountingConnector().start();
  const firstStart = await measureFirstStart(connector.url);
  const runs: StoreRun[] = [];
  for (const store of STORES) {
    runs.push(await runStore(store, connector));
    loadSamples.push(os.loadavg()[0]!);
  }
  await connector.stop();
  closeClient();

  const attacks = await attacksInOwnProcess();
  log(`attack inputs: ${attacks.map((a) => `${a.name} ${a.medianMs.toFixed(0)} ms`).join('; ')}`);
  const report = `${render({ startedAt, firstStart, runs, totalS: (Date.now() - startedAt.getTime()) / 1000, load: [loadAtStart, ...loadSamples] })}\n${attacksSection(attacks)}`;
  process.stdout.write(`\n${report}\n`);
  // BENCH_RESULTS: another file for trial runs, so bench/RESULTS.md stays the full run.
  const out = process.env.BENCH_RESULTS ?? path.join(ROOT, 'bench', QUICK ? 'RESULTS-quick.md' : 'RESULTS.md');
  fs.writeFileSync(out, report);
  log(`written to ${out}`);
}

const STORE_NAME: Record<StoreKind, string> = { sqlite: 'SQLite', azure: 'Azurite' };

function render(r: { startedAt: Date; firstStart: FirstStart; runs: StoreRun[]; totalS: number; load: number[] }): string {
  const cpu = os.cpus();
  const flags = r.firstStart.flags.join(' ') || 'none';
  const out: string[] = [
    '# Benchmark results',
    '',
    `Run of \`npm run bench\`${QUICK ? ' (BENCH_QUICK=1: fewer turns and sizes; not the full run)' : ''}${COMMANDS.length < ALL_COMMANDS.length ? ` (BENCH_COMMANDS: ${COMMANDS.map((c) => c.key).join(', ')} only)` : ''} on ${r.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${r.totalS.toFixed(0)} s in all.`,
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
    'The cores are shared with other work (other test runs on the same machine), so absolute figures are noisy; what the',
    'goals are about are the ratios within one run (to the echo floor measured by the same bot process, 100k against 1k).',
    `The machine's 1-minute load average, at the start and after each store (2 cores: above 2 means work was waiting): ${r.load.map((l) => l.toFixed(1)).join(', ')}.`,
    '',
    'Two stores, one after the other, each with a bot process of its own (bot/app.ts startApp, the echo floor on a second',
    'port of the same process): **SQLite**, the embedded default (one file in a new temporary DATA_DIR, WAL, every write',
    'confirmed after its commit is fsynced), and **Azurite** (the Azure path: @azure/data-tables against Azurite 3.37 in memory, in a process of',
    'its own). Client and connector stand-in: the bench process. All on 127.0.0.1.',
    `Node flags for the bot: ${flags}, as \`npm start\` gives them (read from package.json), plus --expose-gc, used only to read`,
    'the live heap between phases.',
    'Latency is POST /api/messages until the HTTP answer: the bot sends its reply to the connector stand-in during the',
    "turn, before it answers 200, so the span includes the reply's arrival. One request at a time.",
    '',
    '## A quick first start',
    '',
    table(
      ['what', 'round 1', 'round 2', 'round 3'],
      [
        [
          `\`node ${flags === 'none' ? '' : `${flags} `}dist/bot/index.js\` (the \`npm start\` path, built), new DATA_DIR: spawn until the first answer (ms)`,
          ...r.firstStart.firstAnswerMs.map((v) => ms(v)),
        ],
        ['the same process idle 1 s after that answer: RSS (MB)', ...r.firstStart.idleRssMb.map((v) => v.toFixed(0))],
        [
          `the same process at rest, ${AT_REST_MS / 1000} s after that answer: RSS (MB)`,
          ...r.firstStart.restRssMb.map((v) => v.toFixed(0)),
        ],
      ],
    ),
    '',
    table(
      ['store', 'fork until listening (ms)', 'fork until the first answer (ms)'],
      r.runs.map((run) => [STORE_NAME[run.store], ms(run.readyMs), ms(run.firstAnswerMs)]),
    ),
    '',
    '`npm start` itself first transpiles what changed (esbuild, no type check; see the README) and, on a fresh clone, runs `npm ci --omit=dev`.',
    '',
    ...goalsSection({ firstStart: r.firstStart, runs: r.runs, digestScopes: DIGEST_SCOPES }),
  ];

  for (const run of r.runs) {
    const name = STORE_NAME[run.store];
    const rows: string[][] = [];
    for (const tier of run.tiers) {
      for (const row of tier.rows) {
        rows.push([
          row.label,
          tier.entries.toLocaleString('en'),
          `${row.rounds.length}×${row.rounds[0]?.bot.count ?? 0}`,
          spreadText(row.p50),
          spreadText(row.echoP50),
          spreadText(row.ratioP50, times),
          spreadText(row.ratioP95, times),
          spreadText(row.cpuMs),
          String(row.errors),
          row.requestsPerTurn.toFixed(1),
          row.rowsPerTurn.toFixed(0),
          row.scannedPerTurn.toFixed(0),
        ]);
      }
    }
    out.push(
      `## ${name}: turn latency beside the echo floor, interleaved (ms; median round [lowest–highest])`,
      '',
      table(
        [
          'command',
          'entries in scope',
          'rounds × turns',
          'p50',
          'echo p50 (same rounds)',
          'p50 / echo',
          'p95 / echo',
          'CPU / turn',
          'errors',
          'round trips / turn',
          'rows read / turn',
          'rows scanned / turn',
        ],
        rows,
      ),
      '',
      `The echo floor's own CPU per turn: ${spreadText(run.echoCpuMs)} ms.`,
      `Seeding: ${run.tiers.map((t) => `${t.entries.toLocaleString('en')} entries in ${t.seedS.toFixed(0)} s`).join(', ')}.`,
      '',
      table(
        ["storage call (bench process, the bot's store code)", 'calls', 'p50', 'p95'],
        run.storageFloor.map(([label, s]) => [label, String(s.count), ms(s.p50), ms(s.p95)]),
      ),
      '',
    );
  }

  out.push('## Cost against history (CPU per turn of the bot process, ms: median round)', '');
  const allSizes = [...new Set(r.runs.flatMap((run) => run.tiers.map((t) => t.entries)))].sort((a, b) => a - b);
  const growth: string[][] = [];
  for (const run of r.runs) {
    for (const [c, cmd] of COMMANDS.entries()) {
      const bySize = new Map(run.tiers.map((t) => [t.entries, t.rows[c]!]));
      const first = run.tiers[0]!.rows[c]!;
      const last = run.tiers[run.tiers.length - 1]!;
      growth.push([
        STORE_NAME[run.store],
        cmd.label,
        ...allSizes.map((s) => (bySize.has(s) ? ms(bySize.get(s)!.cpuMs.median) : '–')),
        run.tiers.length > 1 ? `${times(last.rows[c]!.cpuMs.median / first.cpuMs.median)} (${last.entries / 1000}k/1k)` : '–',
        run.tiers.map((t) => t.rows[c]!.requestsPerTurn.toFixed(1)).join(' / '),
        run.tiers.map((t) => t.rows[c]!.rowsPerTurn.toFixed(0)).join(' / '),
        run.tiers.map((t) => t.rows[c]!.scannedPerTurn.toFixed(0)).join(' / '),
      ]);
    }
  }
  out.push(
    table(
      [
        'store',
        'command',
        ...allSizes.map((s) => s.toLocaleString('en')),
        'ratio',
        'round trips / turn by size',
        'rows read / turn by size',
        'rows scanned / turn by size',
      ],
      growth,
    ),
    '',
    'Every scope holds the same recent year (1,000 entries; the /find word and the /who stakeholder in the same 25 of them;',
    '20 deadlines a month either side of today, the past ones done, at least 25 months either side: all of the window of',
    "/status's milestones); a larger scope adds older entries (20 years back) and more deadlines further out, so a command",
    'has the same work to show at every size. Round',
    "trips, rows read and rows scanned are the bot's own TableStore counters (SQLite applies a property filter after the key",
    'range, so every row it goes through is counted; Azure does not say, so there scanned = read). CPU per turn is the bot',
    `process's user + system time over ${CPU_TURNS} turns of the command alone in each round.`,
    `A command is measured in ${ROUNDS} rounds of ${TURNS} turns, each beside an echo turn (alternating which goes first), or for ${COMMAND_BUDGET_S} s`,
    'in all, whichever comes first. /log turns run last and add entries.',
    '',
  );

  out.push(
    '## Load: users sending /log, beside the echo floor under the same load',
    '',
    table(
      [
        'store',
        'echo, 50 users: answers / s',
        '/log, 50 users: confirmed / s',
        '/log, 200 users: p99 (ms)',
        '200 users: slowest (ms)',
        '200 users: event loop max / GC max (ms)',
        '200 users: slowest sent at (s into the load)',
        '200 users: answers over 1 s / 3 s',
        'answered "try again"',
        'HTTP errors',
        'bot error log lines',
        'stored',
        'lost',
        'tables then',
      ],
      r.runs.map((run) => {
        const l = run.load;
        return [
          STORE_NAME[run.store],
          spreadText(l.echo50, (v) => v.toFixed(0)),
          spreadText(l.bot50, (v) => v.toFixed(0)),
          spreadText(l.p99at200),
          spreadText(l.maxAt200),
          l.rounds.map((x) => `${ms(x.stalls200.loopMaxMs)} / ${ms(x.stalls200.gcMaxMs)}`).join(', '),
          l.rounds.map((x) => x.bot200.slowestSentAtS.toFixed(1)).join(', '),
          l.rounds.map((x) => `${x.bot200.overOneS} / ${x.bot200.overThreeS} of ${x.bot200.turns}`).join(', '),
          String(l.notConfirmed),
          String(l.errors),
          String(l.errorLines),
          String(l.stored),
          String(l.lost),
          l.tableRows,
        ];
      }),
    ),
    '',
    `${ROUNDS} rounds, each: 50 users on the echo floor, 50 users sending /log, 200 users sending /log, ${LOAD_SECONDS} s each. Each user sends`,
    'and waits for the answer before the next (a closed loop), on a connection of its own (keep-alive).',
    '"confirmed" counts turns whose reply was the saved entry\'s log card (the connector stand-in looks for its Undo button); a turn',
    'answered with "storage is unavailable, try again" (HTTP 200, nothing saved, as the bot promises) is counted apart.',
    '"lost" counts confirmed turns whose entry is not in storage afterwards (looked up by id).',
    '',
  );

  out.push(
    '## Digest for many scopes',
    '',
    table(
      [
        'store',
        'digests sent',
        'reminders sent',
        'failed',
        'gone',
        'received by stand-in',
        'seconds for the whole tick',
        'round trips / scope',
      ],
      r.runs.map((run) => [
        STORE_NAME[run.store],
        String(run.tick.digests),
        String(run.tick.sent - run.tick.digests),
        String(run.tick.failed),
        String(run.tick.gone),
        String(run.digestsReceived),
        (run.tick.ms / 1000).toFixed(2),
        (run.tick.requests / Math.max(1, run.tick.digests)).toFixed(1),
      ]),
    ),
    '',
    'One `app.scheduler.tick()` at the default slot (Monday 08:00 Copenhagen) with a fixed clock: for each scope it reads',
    'the settings, claims the occasion, composes the digest from storage, sends it to the stand-in and records the claim.',
    `${DIGEST_SCOPES} seeded scopes (5 entries, 4 deadlines each) plus the scopes the 1,000-entry turns created. The seeded`,
    'deadlines are 10, 17 and 24 days ahead: in the digest, but no reminder is due at the slot; reminders it sends anyway',
    "(the measured scopes' deadlines) are counted apart.",
    '',
  );

  for (const run of r.runs) if (run.two) out.push(...twoInstancesSection(run.two));

  out.push(
    '## Calendar feed of a team (issue 24)',
    '',
    table(
      [
        'store',
        'items in team',
        'in the feed',
        'bytes',
        'fetches',
        'p50',
        'p95',
        'echo p50 beside (p50 / echo)',
        '304 p50',
        '304 p95',
        'round trips / fetch',
        'rows read / fetch',
        'answers',
      ],
      r.runs.map((run) => feedRow(run.store, run.feed)),
    ),
    '',
    `GET /calendar/<token>.ics of a team with ${FEED_ITEMS.toLocaleString('en')} deadlines (half behind today, half ahead, 20 a month;`,
    'the feed holds those from 12 months back on), then the same with the ETag it gave (304). A fetch is two point reads',
    "(the address, then the team's current one) and one range read of the Items table; the rows read are the team's items",
    "ending within the feed's range. The 304 reads as much but does not write the feed: its ETag is a hash of the items read.",
    '',
  );

  out.push(
    '## Memory',
    '',
    table(
      ['process', 'peak RSS (MB)'],
      r.runs.flatMap((run) => [
        [`bot on ${STORE_NAME[run.store]} (whole run: all sizes, digest, load)`, run.peakMb.toFixed(0)],
        ...(run.azuriteMb ? [['Azurite (its own process; not the bot)', run.azuriteMb.toFixed(0)]] : []),
      ]),
    ),
    '',
    "The bot's RSS before, and the V8 heap still in use after, a full garbage collection at the end of each phase:",
    '',
    table(
      ['store', 'after', 'RSS (MB)', 'live heap (MB)'],
      r.runs.flatMap((run) => run.memory.map(([phase, rss, heap]) => [STORE_NAME[run.store], phase, rss.toFixed(0), heap.toFixed(0)])),
    ),
    '',
    "What the bot's RSS was made of at its highest sample (every 50 ms; a shorter spike counts in the peak above only):",
    '',
    table(
      [
        'store',
        'seconds after start',
        'RSS (MB)',
        'V8 heap: old space',
        'new space',
        'code, large objects',
        'native (SQLite cache, buffers, malloc)',
        'mapped files (node with ICU, libraries)',
      ],
      r.runs.map(({ store, peakParts: p }) => [
        STORE_NAME[store],
        p.atS.toFixed(0),
        p.rssMb.toFixed(0),
        p.heap.oldMb.toFixed(0),
        p.heap.newMb.toFixed(0),
        p.heap.otherMb.toFixed(0),
        p.nativeMb?.toFixed(0) ?? '–',
        p.filesMb?.toFixed(0) ?? '–',
      ]),
    ),
    '',
  );
  // Figures of the benches that run apart (the SQLite drivers, a first start from a fresh clone, the 1M-entry tier),
  // written by hand with their dates and commands, so a new run of this bench keeps them beside its own.
  const others = path.join(ROOT, 'bench', 'OTHER-RESULTS.md');
  if (fs.existsSync(others)) out.push(fs.readFileSync(others, 'utf8'));
  return out.join('\n');
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
