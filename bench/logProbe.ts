// `npm run bench:log`: /log alone on the embedded store, for working on its cost (issue 26) in a minute rather than the
// full bench's quarter of an hour. One bot process (npm start's flags; BENCH_BOT_NODE_OPTIONS adds e.g. --cpu-prof):
// /log turns beside echo turns of the same process, request by request, with each side's CPU per turn; then 50 users
// on the echo floor, 50 and 200 users sending /log (a closed loop each); the bot's peak RSS and its RSS at rest. First,
// what one fsync costs on the disk it writes to (each confirmed /log waits for one).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { closeClient, postActivity, teamMessage } from './client';
import { runLoad } from './load';
import { CountingConnector } from './standIn';
import { forkSqliteBot } from './sqliteBotChild';
import { percentile } from './stats';

const TURN_AT = '2025-03-12T09:00:00.000Z';
const ROUNDS = Number(process.env.BENCH_LOG_ROUNDS ?? 3);
const TURNS = Number(process.env.BENCH_LOG_TURNS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LOAD_ONLY = process.env.BENCH_LOG_LOAD_ONLY === '1';
const TURNS_ONLY = process.env.BENCH_LOG_TURNS_ONLY === '1';

const fixed = (n: number, d = 2) => n.toFixed(d);

/** What one fsync costs on the disk of `dir`: `n` times a 4 KB write and an fsync of it, in ms. */
function fsyncTimes(dir: string, n: number): number[] {
  const file = path.join(dir, 'fsync-probe');
  const fd = fs.openSync(file, 'w');
  const times: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      fs.writeSync(fd, Buffer.alloc(4096, i), 0, 4096, (i % 64) * 4096);
      const t = process.hrtime.bigint();
      fs.fsyncSync(fd);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file);
  }
  return times;
}

async function main(): Promise<void> {
  process.stdout.write(
    `Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => fixed(l, 1))
      .join(' ')}\n`,
  );
  const connector = await new CountingConnector().start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-logprobe-'));
  const disk = fsyncTimes(dataDir, 200);
  process.stdout.write(
    `the disk of DATA_DIR: a 4 KB write and fsync, p50 ${fixed(percentile(disk, 50))} ms, p90 ${fixed(percentile(disk, 90))} ms, ` +
      `slowest ${fixed(Math.max(...disk))} ms (${disk.length}; every confirmed /log waits for one)\n`,
  );
  const { child, ask } = forkSqliteBot(dataDir);
  const cpu = async () => (await ask<'usage'>({ cmd: 'usage' })).cpuMicros;
  try {
    const ready = await ask<'ready'>(undefined);
    const serviceUrl = connector.url;
    let n = 0;
    const log = () =>
      teamMessage(`/log presse Nordjyske skrev om mikrolån i Hjørring, nr. ${++n}`, { teamId: '19:probe', serviceUrl, timestamp: TURN_AT });
    const echo = () => teamMessage('hej', { teamId: '19:echo', serviceUrl, timestamp: TURN_AT });
    for (let i = 0; i < 100; i++) {
      await postActivity(ready.echoPort, echo());
      await postActivity(ready.port, log());
    }
    if (!LOAD_ONLY) {
      for (let r = 0; r < ROUNDS; r++) {
        const logMs: number[] = [];
        const echoMs: number[] = [];
        for (let i = 0; i < TURNS; i++) {
          const echoFirst = i % 2 === 0;
          if (echoFirst) echoMs.push((await postActivity(ready.echoPort, echo())).ms);
          logMs.push((await postActivity(ready.port, log())).ms);
          if (!echoFirst) echoMs.push((await postActivity(ready.echoPort, echo())).ms);
        }
        let t = await cpu();
        for (let i = 0; i < TURNS; i++) await postActivity(ready.port, log());
        const logCpu = ((await cpu()) - t) / TURNS / 1000;
        t = await cpu();
        for (let i = 0; i < TURNS; i++) await postActivity(ready.echoPort, echo());
        const echoCpu = ((await cpu()) - t) / TURNS / 1000;
        const [l, e] = [percentile(logMs, 50), percentile(echoMs, 50)];
        process.stdout.write(
          `round ${r + 1}: /log p50 ${fixed(l)} ms, echo p50 ${fixed(e)} ms, ratio ${fixed(l / e)}x; ` +
            `p95 ${fixed(percentile(logMs, 95))} / ${fixed(percentile(echoMs, 95))}; CPU/turn /log ${fixed(logCpu)} ms, echo ${fixed(echoCpu)} ms\n`,
        );
      }
    }
    if (!TURNS_ONLY) {
      const confirmed = (id: string) => connector.confirmedLogs.has(id);
      const common = { serviceUrl, seconds: LOAD_SECONDS, maxTurns: 1_000_000, timestamp: TURN_AT };
      for (let r = 0; r < ROUNDS; r++) {
        const echo50 = await runLoad({
          ...common,
          teamId: '19:echo',
          port: ready.echoPort,
          users: 50,
          confirmed: () => true,
          text: (u, k) => `hej ${u} ${k}`,
        });
        const bot50 = await runLoad({ ...common, teamId: '19:load', port: ready.port, users: 50, confirmed });
        await ask<'stalls'>({ cmd: 'stalls', reset: true });
        const bot200 = await runLoad({ ...common, teamId: '19:load', port: ready.port, users: 200, confirmed });
        const st = await ask<'stalls'>({ cmd: 'stalls', reset: true });
        process.stdout.write(
          `load ${r + 1}: echo 50 ${fixed(echo50.perSecond, 0)}/s; /log 50 ${fixed(bot50.perSecond, 0)}/s (p99 ${fixed(bot50.latency.p99, 0)} ms, ` +
            `${bot50.notConfirmed} not confirmed, ${bot50.errors} errors); /log 200 ${fixed(bot200.perSecond, 0)}/s p50 ${fixed(bot200.latency.p50, 0)} ` +
            `p99 ${fixed(bot200.latency.p99, 0)} max ${fixed(bot200.latency.max, 0)} ms (sent ${fixed(bot200.slowestSentAtS, 1)} s in), ` +
            `${bot200.overOneS} over 1 s of ${bot200.turns}; loop max ${fixed(st.loopMaxMs, 0)} ms, GC max ${fixed(st.gcMaxMs, 0)} ms, ` +
            `GC ${fixed(st.gcTotalMs, 0)} ms in ${st.gcCount}\n`,
        );
      }
    }
    const stats = await ask<'stats'>({ cmd: 'stats' });
    await new Promise((r) => setTimeout(r, 20_000));
    const rest = await ask<'stats'>({ cmd: 'stats' });
    process.stdout.write(
      `peak RSS ${fixed(stats.maxRssKb / 1024, 0)} MB (at its highest sample: ${JSON.stringify(stats.peak)}); ` +
        `RSS at rest 20 s after ${fixed(rest.rssBytes / 2 ** 20, 0)} MB, live heap ${fixed(rest.heapUsedBytes / 2 ** 20, 0)} MB; ` +
        `load average ${os
          .loadavg()
          .map((l) => fixed(l, 1))
          .join(' ')}\n`,
    );
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.disconnect();
    await exited;
    await connector.stop();
    closeClient();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
