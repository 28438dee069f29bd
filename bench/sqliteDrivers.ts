// npm run bench:sqlite: the SQLite driver the embedded store uses (node:sqlite, built into Node) against the one it
// replaced (better-sqlite3 12.11.1, a native module compiled at install), side by side in one run. Each round runs each
// driver in a fresh child process, alternating, on the store's own schema and pragmas (WAL, synchronous=FULL as the store
// had it when the drivers were compared: the fsync inside COMMIT, the same for both; a
// WITHOUT ROWID table of UTF-16BE blob keys, 2 MB page cache): a 10-row write transaction, a 50-row range read of a
// 20,000-row table with the rows' JSON decoded, and the process's RSS after it. Then the bot itself on each driver
// (bench/botProcess.ts, the `npm start` flags, a fresh DATA_DIR; bench/betterSqliteDriver.ts for better-sqlite3),
// alternating per round: /log turns one at a time, each beside an echo turn of the same process; 50 users sending
// /log; the bot's peak RSS. better-sqlite3 is installed for this bench only (npm install --no-save; it compiles for
// about 80 s the first time); figures are printed, never asserted.
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, table } from './stats';
import type { FromBot } from './botProcess';
import { CountingConnector } from './standIn';
import { closeClient, postActivity, teamMessage } from './client';
import { runLoad } from './load';
import { botFlags } from './startFlags';

type DriverName = 'node:sqlite' | 'better-sqlite3';
interface Figures {
  txP50: number;
  txP95: number;
  readP50: number;
  readP95: number;
  rssMb: number;
}

const ROUNDS = Number(process.env.BENCH_SQLITE_ROUNDS ?? 3);
const ROWS = 20_000;
const TRANSACTIONS = 300;
const READS = 2_000;

/** The minimum both drivers offer: exec, and prepared statements with run/all. */
interface Db {
  exec(sql: string): void;
  prepare(sql: string): { run(...p: unknown[]): unknown; all(...p: unknown[]): unknown[] };
  close(): void;
}

function open(driver: DriverName, file: string): Db {
  if (driver === 'node:sqlite') {
    const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
    return new DatabaseSync(file, { timeout: 3000 }) as unknown as Db;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- installed for this bench only, not a dependency
  const Database = require('better-sqlite3') as new (file: string) => Db;
  return new Database(file);
}

const key = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

/** One child's run: seed, then time transactions and range reads. */
function measure(driver: DriverName): Figures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-sqlite-bench-'));
  try {
    const db = open(driver, path.join(dir, 'bench.sqlite'));
    for (const pragma of ['journal_mode = WAL', 'synchronous = FULL', 'cache_size = -2000']) db.exec(`PRAGMA ${pragma}`);
    db.exec(
      'CREATE TABLE t (pk BLOB NOT NULL, rk BLOB NOT NULL, etag TEXT NOT NULL, ts TEXT NOT NULL, props TEXT NOT NULL, ' +
        'PRIMARY KEY (pk, rk)) WITHOUT ROWID',
    );
    const put = db.prepare('INSERT OR REPLACE INTO t (pk, rk, etag, ts, props) VALUES (?, ?, ?, ?, ?)');
    const range = db.prepare('SELECT rk, etag, ts, props FROM t WHERE pk = ? AND rk >= ? AND rk < ? ORDER BY rk LIMIT ?');
    const props = JSON.stringify({
      text: 'Jyllandsposten skrev om mikrolån i Hjørring. '.repeat(12),
      kind: 'press',
      tags: ['JP', 'mikrolån'],
    });
    const pk = key('scope|team-1');
    db.exec('BEGIN');
    for (let i = 0; i < ROWS; i++) put.run(pk, key(`entry|${String(i).padStart(8, '0')}`), 'W/"1"', '2026-12-07T00:00:00Z', props);
    db.exec('COMMIT');
    const tx: number[] = [];
    for (let n = 0; n < TRANSACTIONS; n++) {
      const t0 = performance.now();
      db.exec('BEGIN IMMEDIATE');
      for (let i = 0; i < 10; i++) put.run(pk, key(`new|${n}|${i}`), 'W/"2"', '2026-12-07T00:00:00Z', props);
      db.exec('COMMIT');
      tx.push(performance.now() - t0);
    }
    const reads: number[] = [];
    for (let n = 0; n < READS; n++) {
      const from = String((n * 37) % (ROWS - 50)).padStart(8, '0');
      const t0 = performance.now();
      const rows = range.all(pk, key(`entry|${from}`), key('entry|~'), 50) as Array<{ props: string }>;
      for (const row of rows) JSON.parse(row.props);
      reads.push(performance.now() - t0);
    }
    db.close();
    return {
      txP50: percentile(tx, 50),
      txP95: percentile(tx, 95),
      readP50: percentile(reads, 50),
      readP95: percentile(reads, 95),
      rssMb: process.memoryUsage().rss / 2 ** 20,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ensureBetterSqlite(): void {
  try {
    require.resolve('better-sqlite3');
  } catch {
    process.stdout.write('Installing better-sqlite3 12.11.1 for this bench only (npm install --no-save; it compiles)...\n');
    const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', 'better-sqlite3@12.11.1'], {
      cwd: path.resolve(__dirname, '../..'),
      stdio: 'inherit',
      env: { ...process.env, JOBS: 'max' },
    });
    if (result.status !== 0) throw new Error('could not install better-sqlite3');
  }
}

function median(values: number[]): number {
  return percentile(values, 50);
}

function spread(values: number[], digits = 2): string {
  return `${median(values).toFixed(digits)} [${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}]`;
}

const TURN_AT = '2025-03-12T09:00:00.000Z';
const LOG_TURNS = Number(process.env.BENCH_SQLITE_LOG_TURNS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_SQLITE_LOAD_SECONDS ?? 10);
interface BotFigures {
  logP50: number;
  echoP50: number;
  ratio: number;
  perSecond: number;
  notConfirmed: number;
  peakRssMb: number;
}

/** The bot on `driver`: /log beside echo turns, then 50 users sending /log, then its peak RSS. */
async function measureBot(driver: DriverName, connector: CountingConnector): Promise<BotFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-sqlite-bot-'));
  const child = fork(path.join(__dirname, 'botProcess.js'), [], {
    env: { ...process.env, BENCH_STORE: 'sqlite', BENCH_DATA_DIR: dataDir, BENCH_SQLITE_DRIVER: driver },
    execArgv: botFlags(),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = () => new Promise<FromBot>((resolve) => child.once('message', resolve as never));
  try {
    const ready = (await next()) as Extract<FromBot, { kind: 'ready' }>;
    const serviceUrl = connector.url;
    const log = (n: number) =>
      teamMessage(`/log presse Nordjyske skrev om mikrolån i Hjørring nr. ${n}`, { teamId: '19:drivers', serviceUrl, timestamp: TURN_AT });
    const echo = () => teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT });
    for (let i = 0; i < 50; i++) await postActivity(ready.port, log(-i - 1)); // warm-up
    const logMs: number[] = [];
    const echoMs: number[] = [];
    for (let i = 0; i < LOG_TURNS; i++) {
      echoMs.push((await postActivity(ready.echoPort, echo())).ms);
      logMs.push((await postActivity(ready.port, log(i))).ms);
    }
    const load = await runLoad({
      port: ready.port,
      serviceUrl,
      teamId: '19:drivers-load',
      users: 50,
      seconds: LOAD_SECONDS,
      maxTurns: 1_000_000,
      timestamp: TURN_AT,
      confirmed: (id) => connector.confirmedLogs.has(id),
    });
    child.send({ cmd: 'stats' });
    const stats = (await next()) as Extract<FromBot, { kind: 'stats' }>;
    const logP50 = percentile(logMs, 50);
    const echoP50 = percentile(echoMs, 50);
    return {
      logP50,
      echoP50,
      ratio: logP50 / echoP50,
      perSecond: load.perSecond,
      notConfirmed: load.notConfirmed,
      peakRssMb: stats.maxRssKb / 1024,
    };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.disconnect();
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const childDriver = process.argv[2] as DriverName | undefined;
  if (childDriver) {
    process.stdout.write(JSON.stringify(measure(childDriver)));
    return;
  }
  ensureBetterSqlite();
  const drivers: DriverName[] = ['node:sqlite', 'better-sqlite3'];
  const results = new Map<DriverName, Figures[]>(drivers.map((d) => [d, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const driver of round % 2 === 0 ? drivers : [...drivers].reverse()) {
      const run = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', __filename, driver], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${driver} failed: ${run.stderr}`);
      results.get(driver)!.push(JSON.parse(run.stdout) as Figures);
    }
  }
  process.stdout.write(`\nSQLite drivers, Node ${process.version}, ${ROUNDS} rounds alternating, median [min–max], ms and MB\n\n`);
  process.stdout.write(
    `${table(
      ['driver', '10-row tx p50', 'tx p95', '50-row read p50', 'read p95', 'RSS MB'],
      drivers.map((d) => {
        const f = results.get(d)!;
        return [
          d,
          spread(f.map((x) => x.txP50)),
          spread(f.map((x) => x.txP95)),
          spread(
            f.map((x) => x.readP50),
            3,
          ),
          spread(
            f.map((x) => x.readP95),
            3,
          ),
          spread(
            f.map((x) => x.rssMb),
            0,
          ),
        ];
      }),
    )}\n`,
  );

  const connector = await new CountingConnector().start();
  const bots = new Map<DriverName, BotFigures[]>(drivers.map((d) => [d, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const driver of round % 2 === 0 ? drivers : [...drivers].reverse()) bots.get(driver)!.push(await measureBot(driver, connector));
  }
  await connector.stop();
  closeClient();
  process.stdout.write(
    `\nThe bot on each driver (${botFlags().join(' ')}), ${ROUNDS} rounds alternating, median [min–max]: ${LOG_TURNS} /log turns one at a time ` +
      `beside as many echo turns; 50 users sending /log for ${LOAD_SECONDS} s; peak RSS of the whole run\n\n`,
  );
  process.stdout.write(
    `${table(
      ['driver', '/log p50 (ms)', 'echo p50 (ms)', '/log p50 / echo', '50 users: confirmed /log a second', 'not confirmed', 'peak RSS MB'],
      drivers.map((d) => {
        const f = bots.get(d)!;
        return [
          d,
          spread(f.map((x) => x.logP50)),
          spread(f.map((x) => x.echoP50)),
          spread(f.map((x) => x.ratio)),
          spread(
            f.map((x) => x.perSecond),
            0,
          ),
          String(f.reduce((n, x) => n + x.notConfirmed, 0)),
          spread(
            f.map((x) => x.peakRssMb),
            0,
          ),
        ];
      }),
    )}\n`,
  );
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
