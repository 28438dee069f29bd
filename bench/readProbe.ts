// `npm run bench:reads`: the read commands alone on the embedded store, for working on their cost (issue 26) in a minute
// or two rather than the full bench's quarter of an hour. One bot process (npm start's flags), one scope of
// BENCH_READS_SIZE entries (1,000; the full bench's seed, bench/scenario.ts). Per command (BENCH_COMMANDS=who,status;
// default bare (a turn that reads nothing), due, find, who, digest, status): turns beside echo turns of the same process, request by request, in
// BENCH_ROUNDS rounds of BENCH_TURNS, with p50 over the echo's p50 per round; the CPU per turn of the command alone and
// of the echo alone (BENCH_CPU_TURNS each, alternating in blocks, so both meet the same machine); storage round trips,
// rows read and rows scanned per turn. BENCH_PROFILE_DIR=/tmp/prof writes a CPU profile of the command's CPU turns and
// one of the echo's, to compare what a turn costs beyond the echo bot.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureTables } from '../storage/tables';
import { scopeOf } from '../bot/teams/activityTurn';
import { closeClient, postActivity, teamMessage } from './client';
import { openSeedingSqlite } from './seed';
import { commandsNamed, seedMeasuredScope, TODAY, TURN_AT } from './scenario';
import { CountingConnector } from './standIn';
import { forkSqliteBot } from './sqliteBotChild';
import { percentile } from './stats';

const SIZE = Number(process.env.BENCH_READS_SIZE ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TURNS = Number(process.env.BENCH_TURNS ?? 100);
const CPU_TURNS = Number(process.env.BENCH_CPU_TURNS ?? 100);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
/** A turn of the bot that reads nothing and answers in one line of text: what every turn costs beyond the echo's. */
const BARE = { key: 'bare', label: '/hvem without a name (a line of text, no storage)', text: '/hvem' };
const COMMANDS = (process.env.BENCH_COMMANDS ?? 'bare,due,find,who,digest,status')
  .split(',')
  .flatMap((k) => (k === 'bare' ? [BARE] : commandsNamed(k, 'BENCH_COMMANDS')));

const fixed = (n: number, d = 2) => n.toFixed(d);
const median = (xs: number[]) => percentile(xs, 50);
const spreadOf = (xs: number[], f: (n: number) => string) => `${f(median(xs))} [${f(Math.min(...xs))}–${f(Math.max(...xs))}]`;

async function main(): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((l) => fixed(l, 1))
      .join(' ');
  process.stdout.write(`Node ${process.version}, load average ${load()}, ${SIZE.toLocaleString('en')} entries\n`);
  const connector = await new CountingConnector().start();
  const serviceUrl = connector.url;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-readprobe-'));
  const teamId = '19:bench-reads@thread.tacv2';
  const seeding = openSeedingSqlite(dataDir, () => TODAY.toJSDate());
  await ensureTables(seeding.tables);
  seeding.durable(false);
  const scopeKey = scopeOf(teamMessage('', { teamId, serviceUrl, timestamp: TURN_AT }) as never).key;
  const t = performance.now();
  const seeded = await seedMeasuredScope(seeding.tables, scopeKey, SIZE, 0);
  seeding.durable(true);
  seeding.database.close();
  process.stdout.write(`seeded ${seeded.rows.toLocaleString('en')} rows in ${fixed((performance.now() - t) / 1000, 1)} s\n`);

  const { child, ask } = forkSqliteBot(dataDir);
  const usage = () => ask<'usage'>({ cmd: 'usage' });
  try {
    const ready = await ask<'ready'>(undefined);
    const echo = () => postActivity(ready.echoPort, teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT }));
    for (const c of COMMANDS) {
      const command = () => postActivity(ready.port, teamMessage(c.text, { teamId, serviceUrl, timestamp: TURN_AT }));
      for (let i = 0; i < 100; i++) {
        await echo();
        await command();
      }
      const ratios: number[] = [];
      const cpu: number[] = [];
      const echoCpu: number[] = [];
      let errors = 0;
      let turns = 0;
      const before = await usage();
      const cpuOf = async (turn: () => Promise<{ status: number }>) => {
        const b = (await usage()).cpuMicros;
        for (let i = 0; i < CPU_TURNS; i++) if ((await turn()).status !== 200) errors++;
        return ((await usage()).cpuMicros - b) / CPU_TURNS / 1000;
      };
      for (let r = 0; r < ROUNDS; r++) {
        const own: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < TURNS; i++) {
          const first = i % 2 === 0;
          if (!first) floor.push((await echo()).ms);
          const m = await command();
          if (m.status !== 200) errors++;
          own.push(m.ms);
          if (first) floor.push((await echo()).ms);
        }
        ratios.push(median(own) / median(floor));
        echoCpu.push(await cpuOf(echo));
        cpu.push(await cpuOf(command));
        turns += TURNS + CPU_TURNS;
      }
      const after = await usage();
      if (PROFILE_DIR) {
        fs.mkdirSync(PROFILE_DIR, { recursive: true });
        for (const [name, turn] of [
          [c.key, command],
          ['echo', echo],
        ] as const) {
          await ask<'profiled'>({ cmd: 'profile', action: 'start' });
          for (let i = 0; i < CPU_TURNS * 3; i++) await turn();
          await ask<'profiled'>({ cmd: 'profile', action: 'stop', file: path.join(PROFILE_DIR, `${name}.cpuprofile`) });
        }
      }
      const per = (d: number) => fixed(d / turns, 1);
      process.stdout.write(
        `${c.label}: p50/echo ${spreadOf(ratios, (n) => `${fixed(n)}x`)}, CPU/turn ${spreadOf(cpu, fixed)} ms ` +
          `(echo ${spreadOf(echoCpu, fixed)}), round trips ${per(after.requests - before.requests)}, ` +
          `rows read ${per(after.rowsRead - before.rowsRead)}, scanned ${per(after.rowsScanned - before.rowsScanned)}, ` +
          `errors ${errors}; load ${load()}\n`,
      );
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await exited;
    closeClient();
    await connector.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
