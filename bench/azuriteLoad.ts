// `npm run bench:azurite-load`: what limits /log under load on the Azure path (issue 26: 400 confirmed /log a second
// at 50 users, p99 under 1 s at 200). The same Azurite and seed as bench/digestTick.ts, then rounds of 50 and 200
// users sending /log (bench/load.ts), each with the CPU that Azurite's process and the bot's spent in it: which of the
// two is saturated (a process of one thread cannot pass one core), and what each confirmed /log costs each of them.
//
// LOAD_ROUNDS (3), LOAD_SECONDS (10), BENCH_DIGEST_SCOPES (500, the tables' size as the full bench has them).
import * as os from 'node:os';
import { ROOT } from './startFlags';
import { CountingConnector } from './standIn';
import { runLoad } from './load';
import { cpuMs, log, startSeeded } from './digestTick';

const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);

async function main(): Promise<void> {
  const connector = await new CountingConnector().start();
  const { azurite, bots, ports } = await startSeeded(ROOT, connector, { scopes: Number(process.env.BENCH_DIGEST_SCOPES ?? 500), bots: 1 });
  const bot = bots[0]!;
  const confirmed = (id: string) => connector.confirmedLogs.has(id);
  const common = {
    serviceUrl: connector.url,
    teamId: '19:bench-load@thread.tacv2',
    seconds: SECONDS,
    maxTurns: 1_000_000,
    timestamp: '2025-03-12T09:00:00.000Z',
    confirmed,
  };
  await runLoad({ ...common, port: ports[0]!, users: 10, seconds: 3 }); // warm-up: not counted
  for (let r = 0; r < ROUNDS; r++) {
    for (const users of [50, 200]) {
      const load = os.loadavg()[0]!.toFixed(2);
      const azuriteBefore = cpuMs(azurite.pid!);
      const botBefore = await bot.cpuMs();
      const started = performance.now();
      const result = await runLoad({ ...common, port: ports[0]!, users });
      const wallS = (performance.now() - started) / 1000;
      const azuriteS = (cpuMs(azurite.pid!) - azuriteBefore) / 1000;
      const botS = ((await bot.cpuMs()) - botBefore) / 1000;
      const confirmedN = result.acknowledgedIds.length;
      log(
        `round ${r + 1}, ${users} users: ${result.perSecond.toFixed(0)} confirmed /log a second, p99 ${result.latency.p99.toFixed(0)} ms, ` +
          `max ${result.latency.max.toFixed(0)} ms, ${result.notConfirmed} not confirmed; CPU busy: Azurite ${((100 * azuriteS) / wallS).toFixed(0)} %, ` +
          `bot ${((100 * botS) / wallS).toFixed(0)} % of a core; per confirmed /log: Azurite ${((1000 * azuriteS) / Math.max(1, confirmedN)).toFixed(2)} ms, ` +
          `bot ${((1000 * botS) / Math.max(1, confirmedN)).toFixed(2)} ms; load ${load} before`,
      );
    }
  }
  for (const [msg, { count, first }] of bot.notes) log(`  bot: ${count} × ${msg}; first: ${first}`);
  await bot.stop();
  azurite.disconnect();
  await connector.stop();
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
