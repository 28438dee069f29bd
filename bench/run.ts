// `npm run bench`: the echo floor, turn latency at 1,000 and at 100,000 log entries, the digest for 500 scopes, 50 users
// under load, and the bot's peak RSS. Prints a table and writes it, with the machine's description, to bench/RESULTS.md.
// Nothing here is a test and nothing is asserted: the figures are reported beside the goals they are meant for.
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { openAzureTables, ensureTables, type Tables } from '../storage/tables';
import { LogRepository } from '../storage/logRepository';
import { ConversationRepository } from '../storage/conversationRepository';
import { scopeOf } from '../bot/teams/turn';
import type { FromBot, ToBot } from './botProcess';
import { CountingConnector } from './standIn';
import { closeClient, postActivity, teamMessage, TENANT, BOT } from './client';
import { plannedDeadlines, plannedEntries, seedEntries, seedItems, writeRows } from './seed';
import { runLoad, type LoadResult } from './load';
import { ms, ratio, summarize, table, type Summary } from './stats';

const TURNS = Number(process.env.BENCH_TURNS ?? 500);
/**
 * Entries in the large scope: the goal's 100,000 (~950,000 rows). Seeding them through Azurite's transaction endpoint
 * takes minutes (each insert splices LokiJS's sorted indexes); BENCH_BIG=20000 gives a quicker trial run.
 */
const BIG = Number(process.env.BENCH_BIG ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DIGEST_SCOPES = Number(process.env.BENCH_DIGEST_SCOPES ?? 500);
/** No command is measured for longer than this, however slow it turns out (the whole run must stay bounded). */
const COMMAND_BUDGET_S = Number(process.env.BENCH_COMMAND_BUDGET_S ?? 300);

/** The turns' instant: a Wednesday in March (what "this month" means), Copenhagen time. */
const TURN_AT = '2025-03-12T09:00:00.000Z';
const TODAY = DateTime.fromISO(TURN_AT).setZone('Europe/Copenhagen');
/** The default digest slot: Monday 08:00 Copenhagen (07:00 UTC in March). */
const DIGEST_AT = '2025-03-10T07:00:00.000Z';
const RARE_WORD = 'Limfjordsbroen';

const COMMANDS: Array<{ label: string; text: string }> = [
  { label: '/find (25 hits)', text: `/find ${RARE_WORD}` },
  { label: '"hvad skal vi nå i denne måned?"', text: 'hvad skal vi nå i denne måned?' },
  { label: '/digest now', text: '/digest now' },
  { label: '/log', text: '/log presse Nordjyske skrev om mikrolån i Hjørring' },
];

function log(line: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

class BotChild {
  private waiting: Array<(m: FromBot) => void> = [];
  errorLines = 0;
  turnLines = 0;
  constructor(readonly child: ChildProcess) {
    child.on('message', (m: FromBot) => this.waiting.shift()?.(m));
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const l of lines) {
        if (l.includes('"level":"error"')) this.errorLines++;
        if (l.includes('"event":"turn"')) this.turnLines++;
      }
    });
  }
  ask(m: ToBot | undefined): Promise<FromBot> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (m) this.child.send(m);
    });
  }
}

function forkChild(file: string, env: Record<string, string>, execArgv: string[] = []): ChildProcess {
  return fork(path.join(__dirname, file), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
}

async function measure(port: number, make: () => object, turns: number, budgetS: number): Promise<Summary & { errors: number }> {
  const samples: number[] = [];
  let errors = 0;
  const endAt = performance.now() + budgetS * 1000;
  for (let i = 0; i < turns && performance.now() < endAt; i++) {
    const res = await postActivity(port, make());
    if (res.status !== 200) errors++;
    samples.push(res.ms);
  }
  return { ...summarize(samples), errors };
}

interface TierResult { size: string; rows: Array<{ label: string; s: Summary & { errors: number }; requestsPerTurn: number; rowsPerTurn: number }> }

async function measureTier(botChild: BotChild, bot: number, serviceUrl: string, teamId: string, size: string): Promise<TierResult> {
  const rows: TierResult['rows'] = [];
  const usage = async () => (await botChild.ask({ cmd: 'usage' })) as Extract<FromBot, { kind: 'usage' }>;
  for (const c of COMMANDS) {
    const before = await usage();
    const s = await measure(bot, () => teamMessage(c.text, { teamId, serviceUrl, timestamp: TURN_AT }), TURNS, COMMAND_BUDGET_S);
    const after = await usage();
    // What the bot asked of storage per turn: the same at both sizes when queries touch only the rows they return.
    const requestsPerTurn = (after.requests - before.requests) / s.count;
    const rowsPerTurn = (after.rowsRead - before.rowsRead) / s.count;
    log(`${size}: ${c.label}: n=${s.count} p50=${ms(s.p50)} p95=${ms(s.p95)} errors=${s.errors} storage requests/turn=${requestsPerTurn.toFixed(1)} rows read/turn=${rowsPerTurn.toFixed(1)}`);
    rows.push({ label: c.label, s, requestsPerTurn, rowsPerTurn });
  }
  return { size, rows };
}

function scopeKeyOf(teamId: string, serviceUrl: string): string {
  return scopeOf(teamMessage('', { teamId, serviceUrl, timestamp: TURN_AT }) as never).key;
}

async function seedDigestScopes(tables: Tables, serviceUrl: string, count: number): Promise<void> {
  const conversations = new ConversationRepository(tables.conversations);
  const monday = DateTime.fromISO(DIGEST_AT).setZone('Europe/Copenhagen');
  const log = new LogRepository(tables.log);
  for (let i = 0; i < count; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - i) }, async (_, k) => {
      const n = i + k;
      const teamId = `19:digest-team-${n}@thread.tacv2`;
      const scopeKey = scopeKeyOf(teamId, serviceUrl);
      await conversations.remember({
        scopeKey, kind: 'team', serviceUrl, channelId: 'msteams', tenantId: TENANT, conversationId: teamId, teamId, bot: BOT,
      });
      const entries = [...plannedEntries({ count: 5, recent: 5, recentDays: 6, today: monday, rareWord: RARE_WORD, rareCount: 0, seed: 10_000 + n })];
      await writeRows(tables.log, entries.map((e) => log.rowsFor(scopeKey, e)), 1);
      await seedItems(tables, scopeKey, plannedDeadlines({ past: 1, future: 3, perMonth: 30 / 7, firstInDays: 10, today: monday, seed: 20_000 + n }));
    }));
  }
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

async function measureStorage(tables: Tables): Promise<Array<[string, Summary]>> {
  const scope = 'bench|storage-floor';
  const repo = new LogRepository(tables.log);
  const entries = [...plannedEntries({ count: TURNS, recent: TURNS, recentDays: 30, today: TODAY, rareWord: RARE_WORD, rareCount: 0, seed: 99 })];
  return [
    ['point read of a missing row (Scopes)', await timeCalls(TURNS, () => tables.scopes.get(scope, 'settings|none'))],
    ['range query, empty result (Scopes)', await timeCalls(TURNS, () => tables.scopes.range(scope, 'stakeholder|', 'stakeholder|\uffff'))],
    ['one log entry\'s transaction (~10 rows, Log)', await timeCalls(TURNS, (i) => repo.add(scope, entries[i]!))],
  ];
}

interface LoadPhase { where: string; load: LoadResult; stored: number; lost: number; errorLines: number }

/** 50 users sending /log, then every acknowledged entry looked up in storage by id. */
async function loadPhase(where: string, botChild: BotChild, port: number, tables: Tables, serviceUrl: string, teamId: string): Promise<LoadPhase> {
  const errorLinesBefore = botChild.errorLines;
  const load = await runLoad({ port, serviceUrl, teamId, users: 50, seconds: LOAD_SECONDS, maxTurns: 60_000, timestamp: TURN_AT });
  const stored = await new LogRepository(tables.log).between(scopeKeyOf(teamId, serviceUrl), '0001-01-01', '9999-12-31');
  const storedIds = new Set(stored.map((e) => e.id));
  const lost = load.acknowledgedIds.filter((id) => !storedIds.has(id)).length;
  const errorLines = botChild.errorLines - errorLinesBefore;
  log(`load (${where}): ${load.ok} ok in ${load.seconds.toFixed(1)} s = ${load.perSecond.toFixed(0)}/s, HTTP errors ${load.errors}, bot error lines ${errorLines}, p95 ${ms(load.latency.p95)} ms, stored ${stored.length}, lost ${lost}`);
  return { where, load, stored: stored.length, lost, errorLines };
}

async function startAzurite(): Promise<{ child: ChildProcess; tables: Tables; connectionString: string }> {
  const child = forkChild('azuriteProcess.js', {}, ['--max-old-space-size=8192']);
  const { connectionString } = await new Promise<{ connectionString: string }>((resolve) => child.once('message', resolve as never));
  const tables = openAzureTables(connectionString);
  await ensureTables(tables);
  return { child, tables, connectionString };
}

async function maxRssMbOf(child: ChildProcess): Promise<number> {
  const stats = await new Promise<{ maxRssKb: number }>((resolve) => { child.once('message', resolve as never); child.send({ cmd: 'stats' }); });
  return stats.maxRssKb / 1024;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
  const connector = await new CountingConnector().start();

  const { child: azurite, tables, connectionString } = await startAzurite();

  // BENCH_BOT_NODE_OPTIONS: flags for the bot's node (e.g. a heap cap) to see what they do to memory and latency.
  const botFlags = (process.env.BENCH_BOT_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const botChild = new BotChild(forkChild('botProcess.js', { BENCH_TABLES: connectionString }, [...botFlags, '--expose-gc']));
  const ready = (await botChild.ask(undefined)) as Extract<FromBot, { kind: 'ready' }>;
  const serviceUrl = connector.url;
  const memory: Array<[string, number, number]> = [];
  const snapshot = async (phase: string) => {
    const s = (await botChild.ask({ cmd: 'stats' })) as Extract<FromBot, { kind: 'stats' }>;
    memory.push([phase, s.rssBytes / 2 ** 20, s.heapUsedBytes / 2 ** 20]);
  };
  await snapshot('started, idle');
  log(`bot on :${ready.port}, echo floor on :${ready.echoPort}, connector stand-in at ${serviceUrl}`);

  // Warm-up (JIT, connection pools, tables created): not counted.
  await measure(ready.echoPort, () => teamMessage('hej', { teamId: '19:warm', serviceUrl, timestamp: TURN_AT }), 100, 30);
  await measure(ready.port, () => teamMessage('/find mikrolån', { teamId: '19:warm', serviceUrl, timestamp: TURN_AT }), 100, 30);

  await snapshot('after warm-up');
  // 1. The floor.
  const floor = await measure(ready.echoPort, () => teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT }), TURNS, 60);
  log(`echo floor: n=${floor.count} p50=${ms(floor.p50)} p95=${ms(floor.p95)}`);

  // 2a. A scope holding 1,000 entries.
  const smallTeam = '19:bench-1k@thread.tacv2';
  const smallScope = scopeKeyOf(smallTeam, serviceUrl);
  let t = performance.now();
  const small = await seedEntries(tables, smallScope, { count: 1000, recent: 1000, recentDays: 365, today: TODAY, rareWord: RARE_WORD, rareCount: 25, seed: 1 });
  await seedItems(tables, smallScope, plannedDeadlines({ past: 50, future: 50, perMonth: 20, today: TODAY, seed: 2 }));
  log(`seeded ${small.entries} entries (${small.rows} rows) + 100 deadlines in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const tierSmall = await measureTier(botChild, ready.port, serviceUrl, smallTeam, '1,000 entries');

  await snapshot('after the 1,000-entry turns');
  // The storage floor: one round trip to Azurite from the same kind of client the bot uses (for what limits a turn).
  const storageFloor = await measureStorage(tables);
  for (const [label, s] of storageFloor) log(`storage floor: ${label}: p50=${ms(s.p50)} p95=${ms(s.p95)}`);
  // 4. The digest for 500 scopes (before the big seed: the Log table then holds what a young deployment holds).
  t = performance.now();
  await seedDigestScopes(tables, serviceUrl, DIGEST_SCOPES);
  log(`seeded ${DIGEST_SCOPES} scopes with references, 5 entries and 4 deadlines each (3 open, 10-24 days ahead) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const proactiveBefore = connector.proactive;
  const tick = (await botChild.ask({ cmd: 'tick', nowIso: DIGEST_AT })) as Extract<FromBot, { kind: 'ticked' }>;
  const digestsReceived = connector.proactive - proactiveBefore;
  log(`digest tick: ${tick.digests} digests and ${tick.sent - tick.digests} reminders sent, ${tick.failed} failed, ${tick.gone} gone, ${digestsReceived} received by the stand-in, in ${ms(tick.ms)} ms`);

  await snapshot('after the digest tick');
  // 2b. A scope holding BIG entries (the goal: 100,000) and 2,000 deadlines.
  const bigTeam = '19:bench-100k@thread.tacv2';
  const bigScope = scopeKeyOf(bigTeam, serviceUrl);
  t = performance.now();
  const big = await seedEntries(tables, bigScope, { count: BIG, recent: 1000, recentDays: 365, today: TODAY, rareWord: RARE_WORD, rareCount: 25, seed: 3 });
  await seedItems(tables, bigScope, plannedDeadlines({ past: 1000, future: 1000, perMonth: 20, today: TODAY, seed: 4 }));
  const bigSeedS = (performance.now() - t) / 1000;
  log(`seeded ${big.entries} entries (${big.rows} rows) + 2,000 deadlines in ${bigSeedS.toFixed(1)} s`);
  const tierBig = await measureTier(botChild, ready.port, serviceUrl, bigTeam, `${big.entries.toLocaleString('en')} entries`);

  await snapshot(`after the ${BIG.toLocaleString('en')}-entry turns`);
  // 3. Load: 50 users sending /log for 60 s. Here, on a Log table of ~1 million rows, where every Azurite insert splices
  // LokiJS's indexes; and again below with a second bot and Azurite on a young table, to see what the bot itself carries.
  const loadOld = await loadPhase(`Log table of ${(big.rows + small.rows).toLocaleString('en')}+ rows`, botChild, ready.port, tables, serviceUrl, '19:bench-load@thread.tacv2');
  await snapshot('after the load');
  // 5. Memory.
  const stats = (await botChild.ask({ cmd: 'stats' })) as Extract<FromBot, { kind: 'stats' }>;
  const azuriteMb = await maxRssMbOf(azurite);
  const peakMb = stats.maxRssKb / 1024;
  log(`bot peak RSS ${peakMb.toFixed(0)} MB (Azurite's process: ${azuriteMb.toFixed(0)} MB, not the bot's)`);
  botChild.child.disconnect();
  azurite.disconnect();

  // 3b. The same load on a fresh bot and a fresh Azurite (warmed up with 100 turns first).
  const fresh = await startAzurite();
  const freshBot = new BotChild(forkChild('botProcess.js', { BENCH_TABLES: fresh.connectionString }, botFlags));
  const freshReady = (await freshBot.ask(undefined)) as Extract<FromBot, { kind: 'ready' }>;
  await measure(freshReady.port, () => teamMessage('/log møde med KL om mikrolån', { teamId: '19:warm', serviceUrl, timestamp: TURN_AT }), 100, 30);
  const loadYoung = await loadPhase('young Log table', freshBot, freshReady.port, fresh.tables, serviceUrl, '19:bench-load@thread.tacv2');
  const freshPeakMb = ((await freshBot.ask({ cmd: 'stats' })) as Extract<FromBot, { kind: 'stats' }>).maxRssKb / 1024;
  freshBot.child.disconnect();
  fresh.child.disconnect();
  await connector.stop();
  closeClient();

  const report = render({ startedAt, floor, storageFloor, tiers: [tierSmall, tierBig], tick, digestsReceived, loads: [loadYoung, loadOld],
    peakMb, freshPeakMb, memory, botFlags, azuriteMb, bigSeedS, bigRows: big.rows, totalS: (Date.now() - startedAt.getTime()) / 1000 });
  process.stdout.write('\n' + report + '\n');
  // BENCH_RESULTS: another file for trial runs (a profiled run, smaller sizes), so bench/RESULTS.md stays the full run.
  const out = process.env.BENCH_RESULTS ?? path.join(__dirname, '..', '..', 'bench', 'RESULTS.md');
  fs.writeFileSync(out, report);
  log(`written to ${out}`);
}

function render(r: {
  startedAt: Date; floor: Summary; storageFloor: Array<[string, Summary]>; tiers: TierResult[]; tick: Extract<FromBot, { kind: 'ticked' }>; digestsReceived: number;
  loads: LoadPhase[]; peakMb: number; freshPeakMb: number; memory: Array<[string, number, number]>; botFlags: string[]; azuriteMb: number; bigSeedS: number; bigRows: number; totalS: number;
}): string {
  const cpu = os.cpus();
  const latencyRows: string[][] = [['echo floor (same server, adapter, client)', '–', String(r.floor.count), ms(r.floor.p50), ms(r.floor.p95), '1.0x', '1.0x', '']];
  for (const tier of r.tiers) {
    for (const row of tier.rows) {
      latencyRows.push([row.label, tier.size, String(row.s.count), ms(row.s.p50), ms(row.s.p95), ratio(row.s.p50, r.floor.p50), ratio(row.s.p95, r.floor.p95), String(row.s.errors)]);
    }
  }
  const growthRows = r.tiers[0]!.rows.map((row, i) => {
    const bigRow = r.tiers[1]!.rows[i]!;
    return [row.label, ms(row.s.p50), ms(bigRow.s.p50), ratio(bigRow.s.p50, row.s.p50),
      `${row.requestsPerTurn.toFixed(1)} / ${bigRow.requestsPerTurn.toFixed(1)}`, `${row.rowsPerTurn.toFixed(0)} / ${bigRow.rowsPerTurn.toFixed(0)}`];
  });
  return [
    '# Benchmark results',
    '',
    `Run of \`npm run bench\` on ${r.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${r.totalS.toFixed(0)} s in all.`,
    `Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
    'Storage: Azurite 3.37 in memory, in a process of its own. Bot: one process (bot/app.ts startApp) with the echo floor',
    'on a second port of the same process. Client and connector stand-in: the bench process. All on 127.0.0.1.',
    `Node flags for the bot: ${r.botFlags.length ? r.botFlags.join(' ') : 'none, as with \`npm start\`'} (plus --expose-gc, used only to read the live heap between phases).`,
    'Latency is POST /api/messages until the HTTP answer: the bot sends its reply to the connector stand-in during the',
    'turn, before it answers 200, so the span includes the reply\'s arrival. One request at a time.',
    '',
    '## Turn latency (ms)',
    '',
    table(['command', 'scope holds', 'turns', 'p50', 'p95', 'p50 / floor', 'p95 / floor', 'errors'], latencyRows),
    '',
    'Both scopes hold the same recent year (1,000 entries; the /find word in 25 of them; 20 deadlines a month around',
    `today, the past ones done); the large scope adds ${(BIG - 1000).toLocaleString('en')} older entries (20 years back) and 1,900 more deadlines,`,
    `so a command has the same work to show at both sizes. Seeding the large scope (${r.bigRows.toLocaleString('en')} rows) took ${r.bigSeedS.toFixed(0)} s.`,
    `A command is measured for ${TURNS} turns or ${COMMAND_BUDGET_S} s, whichever comes first. /log turns run last and add entries.`,
    '',
    'One storage call from the bench process to Azurite, with @azure/data-tables as the bot uses it (right after the',
    '1,000-entry turns): what a turn pays per round trip it makes.',
    '',
    table(['storage call', 'calls', 'p50', 'p95'], r.storageFloor.map(([label, s]) => [label, String(s.count), ms(s.p50), ms(s.p95)])),
    '',
    `## Latency at ${BIG.toLocaleString('en')} entries against 1,000 (p50)`,
    '',
    table(['command', '1,000', BIG.toLocaleString('en'), 'ratio', 'storage requests / turn', 'rows read / turn'], growthRows),
    '',
    'The last two columns count what the bot asked of storage per turn (its TableStore counters), at 1,000 / at',
    `${BIG.toLocaleString('en')} entries: the same work at both sizes means every query reads only the rows it returns.`,
    'Azurite still evaluates each query against every row of the table (LokiJS), which is what the latency ratio shows;',
    'Azure Table Storage serves a PartitionKey + RowKey range from its index.',
    '',
    '## Load: 50 users sending /log',
    '',
    table(['storage', 'users', 'seconds', 'acknowledged', 'per second', 'HTTP errors', 'bot error log lines', 'p50', 'p95', 'stored', 'lost'],
      r.loads.map((l) => [l.where, String(l.load.users), l.load.seconds.toFixed(1), String(l.load.ok), l.load.perSecond.toFixed(0), String(l.load.errors),
        String(l.errorLines), ms(l.load.latency.p50), ms(l.load.latency.p95), String(l.stored), String(l.lost)])),
    '',
    'The young table: a second bot process on a second, empty Azurite, after 100 warm-up turns: what the bot carries.',
    'The large table: the run\'s own bot and Azurite after the 100,000-entry seed, where each Azurite insert grows slower.',
    '"lost" counts acknowledged turns (HTTP 200) whose entry is not in storage afterwards (looked up by id).',
    '',
    '## Digest for many scopes',
    '',
    table(['digests sent', 'reminders sent', 'failed', 'gone', 'received by stand-in', 'seconds for the whole tick'], [[
      String(r.tick.digests), String(r.tick.sent - r.tick.digests), String(r.tick.failed), String(r.tick.gone), String(r.digestsReceived), (r.tick.ms / 1000).toFixed(2),
    ]]),
    '',
    `One \`app.scheduler.tick()\` at the default slot (Monday 08:00 Copenhagen) with a fixed clock: for each scope it reads`,
    'the settings, claims the occasion, composes the digest from storage, sends it to the stand-in and records the claim.',
    `${DIGEST_SCOPES} seeded scopes (5 entries, 4 deadlines each) plus the scopes the latency turns created. The seeded`,
    'deadlines are 10, 17 and 24 days ahead: in the digest, but no reminder is due at the slot, so the tick sends digests;',
    'reminders it sends anyway (the latency scopes\' deadlines) are counted apart.',
    '',
    '## Memory',
    '',
    table(['process', 'peak RSS (MB)'], [['bot (whole run)', r.peakMb.toFixed(0)], ['bot of the young-table load (warm-up and load only)', r.freshPeakMb.toFixed(0)],
      ['Azurite (separate process; not the bot)', r.azuriteMb.toFixed(0)]]),
    '',
    'The bot\'s RSS before, and V8 heap still in use after, a full garbage collection at the end of each phase:',
    '',
    table(['after', 'RSS (MB)', 'live heap (MB)'], r.memory.map(([phase, rss, heap]) => [phase, rss.toFixed(0), heap.toFixed(0)])),
    '',
  ].join('\n');
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
