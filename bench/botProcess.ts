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
import { watchPeak, type PeakParts } from './peakWatch';

export type ToBot = { cmd: 'tick'; nowIso: string } | { cmd: 'clock'; nowIso: string } | { cmd: 'stats' } | { cmd: 'usage' };
export type FromBot =
  | { kind: 'ready'; port: number; echoPort: number }
  | { kind: 'ticked'; ms: number; sent: number; digests: number; failed: number; gone: number }
  | { kind: 'stats'; maxRssKb: number; rssBytes: number; heapUsedBytes: number; peak: PeakParts }
  | { kind: 'usage'; requests: number; rowsRead: number }
  | { kind: 'clocked' }
  | { kind: 'error'; message: string };

class SettableClock implements Clock {
  current = DateTime.fromISO('2025-03-12T09:00:00Z');
  now(): DateTime {
    return this.current;
  }
}

async function main(): Promise<void> {
  const peak = watchPeak();
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
      send({ kind: 'usage', ...usageOf(app.storage.tables) });
    } else if (m.cmd === 'clock') {
      // The server's clock alone (the calendar feed's rate limit counts by it), without a scheduler tick.
      clock.current = DateTime.fromISO(m.nowIso, { setZone: true });
      send({ kind: 'clocked' });
    } else if (m.cmd === 'tick') {
      clock.current = DateTime.fromISO(m.nowIso, { setZone: true });
      const started = performance.now();
      app.scheduler.tick().then(
        (r) =>
          send({
            kind: 'ticked',
            ms: performance.now() - started,
            sent: r.sent.length,
            digests: r.sent.filter((s) => / digest:/.test(s)).length,
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
