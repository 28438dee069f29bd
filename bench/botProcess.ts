// The bot under test, in a process of its own so that its peak RSS is measured alone: Tovholder (bot/app.ts
// startApp) on the store the parent names (BENCH_STORE=sqlite: the embedded file in BENCH_DATA_DIR, the default users
// run; BENCH_STORE=azure: the Azurite whose connection string is BENCH_TABLES), and the echo floor on the same
// restify + CloudAdapter path. The parent drives the scheduler's clock and asks for figures over IPC.
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startApp } from '../bot/app';
import type { Clock } from '../bot/ports';
import { startEchoServer } from './echoBot';
import { usageOf } from '../storage/tables';
import { useSqliteDriverForBench } from '../storage/sqliteDriver';
import { betterSqliteDriver } from './betterSqliteDriver';
import { watchPeak, type PeakParts } from './peakWatch';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/** What holds the event loop: its longest delay (a turn waiting for the loop) and the garbage collector's pauses. */
function watchStalls(): {
  read(): { loopMaxMs: number; loopP99Ms: number; gcMaxMs: number; gcTotalMs: number; gcCount: number };
  reset(): void;
} {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let gcMaxMs = 0;
  let gcTotalMs = 0;
  let gcCount = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMaxMs = Math.max(gcMaxMs, e.duration);
      gcTotalMs += e.duration;
      gcCount++;
    }
  }).observe({ entryTypes: ['gc'] });
  return {
    read: () => ({ loopMaxMs: loop.max / 1e6, loopP99Ms: loop.percentile(99) / 1e6, gcMaxMs, gcTotalMs, gcCount }),
    reset() {
      loop.reset();
      gcMaxMs = 0;
      gcTotalMs = 0;
      gcCount = 0;
    },
  };
}

export type ToBot =
  | { cmd: 'tick'; nowIso: string }
  | { cmd: 'clock'; nowIso: string }
  | { cmd: 'stats' }
  | { cmd: 'usage' }
  | { cmd: 'stalls'; reset: boolean }
  /** The bot's CPU profile from `start` until `stop`, written to `file` (bench/readProbe.ts: one command's turns alone). */
  | { cmd: 'profile'; action: 'start' }
  | { cmd: 'profile'; action: 'stop'; file: string };
export type FromBot =
  | { kind: 'ready'; port: number; echoPort: number }
  | {
      kind: 'ticked';
      ms: number;
      sent: number;
      digests: number;
      digestScopes: string[];
      sentKeys: string[];
      failed: number;
      gone: number;
      requests: number;
    }
  | { kind: 'stats'; maxRssKb: number; rssBytes: number; heapUsedBytes: number; peak: PeakParts }
  | { kind: 'usage'; requests: number; rowsRead: number; rowsScanned: number; cpuMicros: number }
  | { kind: 'stalls'; loopMaxMs: number; loopP99Ms: number; gcMaxMs: number; gcTotalMs: number; gcCount: number }
  | { kind: 'clocked' }
  | { kind: 'profiled' }
  | { kind: 'error'; message: string };

class SettableClock implements Clock {
  current = DateTime.fromISO('2025-03-12T09:00:00Z');
  now(): DateTime {
    return this.current;
  }
}

const inspector = new Session();
/** Starts or stops the CPU profiler of this process (node:inspector), writing the profile on stop. */
async function profile(m: Extract<ToBot, { cmd: 'profile' }>): Promise<void> {
  if (m.action === 'start') {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
    await inspector.post('Profiler.start');
    return;
  }
  const { profile } = await inspector.post('Profiler.stop');
  fs.writeFileSync(m.file, JSON.stringify(profile));
  inspector.disconnect();
}

async function main(): Promise<void> {
  // npm run bench:sqlite: the same bot on better-sqlite3, the driver node:sqlite replaced.
  if (process.env.BENCH_SQLITE_DRIVER === 'better-sqlite3') useSqliteDriverForBench(betterSqliteDriver());
  const peak = watchPeak();
  const stalls = watchStalls();
  const azure = process.env.BENCH_STORE === 'azure';
  // Logs go to stdout as in production (the parent counts error lines and discards the rest): their cost is part of a turn.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    TABLES_CONNECTION_STRING: azure ? (process.env.BENCH_TABLES ?? '') : '',
    DATA_DIR: process.env.BENCH_DATA_DIR ?? '',
  });
  const logger = createLogger(config.logLevel);
  const clock = new SettableClock();
  const app = await startApp(config, logger, clock);
  const echo = await startEchoServer(config, logger);
  const send = (m: FromBot) => process.send!(m);
  process.on('message', (m: ToBot) => {
    if (m.cmd === 'stats') {
      const rssBytes = process.memoryUsage().rss;
      // With --expose-gc (the bench passes it): what is still referenced, not garbage not yet collected.
      (globalThis as { gc?: () => void }).gc?.();
      send({
        kind: 'stats',
        maxRssKb: process.resourceUsage().maxRSS,
        rssBytes,
        heapUsedBytes: process.memoryUsage().heapUsed,
        peak: peak(),
      });
    } else if (m.cmd === 'usage') {
      const cpu = process.cpuUsage();
      send({ kind: 'usage', ...usageOf(app.storage.tables), cpuMicros: cpu.user + cpu.system });
    } else if (m.cmd === 'stalls') {
      send({ kind: 'stalls', ...stalls.read() });
      if (m.reset) stalls.reset();
    } else if (m.cmd === 'profile') {
      void profile(m).then(() => send({ kind: 'profiled' }));
    } else if (m.cmd === 'clock') {
      // The server's clock alone (the calendar feed's rate limit counts by it), without a scheduler tick.
      clock.current = DateTime.fromISO(m.nowIso, { setZone: true });
      send({ kind: 'clocked' });
    } else if (m.cmd === 'tick') {
      clock.current = DateTime.fromISO(m.nowIso, { setZone: true });
      const started = performance.now();
      const requestsBefore = usageOf(app.storage.tables).requests;
      app.scheduler.tick().then(
        (r) =>
          send({
            kind: 'ticked',
            ms: performance.now() - started,
            sent: r.sent.length,
            digests: r.sent.filter((s) => / digest:/.test(s)).length,
            // "<scope> <occasion>": which scopes got a digest, so two instances' ticks can be checked for doubles.
            digestScopes: r.sent.filter((s) => / digest:/.test(s)).map((s) => s.slice(0, s.lastIndexOf(' '))),
            sentKeys: r.sent,
            requests: usageOf(app.storage.tables).requests - requestsBefore,
            failed: r.failed.length,
            gone: r.gone.length,
          }),
        (err: Error) => send({ kind: 'error', message: err.message }),
      );
    }
  });
  process.on('disconnect', () => {
    echo.server.close();
    void app.close().finally(() => process.exit(0));
  });
  send({ kind: 'ready', port: app.port, echoPort: echo.port });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
