// One bot instance in a process of its own, for tests of several instances on one Table Storage (test/e2e/
// twoInstances.test.ts): the real app (bot/app.ts startApp) on a free port against the storage the parent names, with a
// clock the parent sets over IPC. Started with child_process.fork of the compiled file; not a test file itself.
//   env TOVHOLDER_CHILD_TABLES  the Table Storage connection string (the parent's Azurite)
//   env TOVHOLDER_CHILD_NOW     the clock's first instant, ISO 8601 with offset
//   env TOVHOLDER_CHILD_ID      optional: the instance id its claims carry
// It says { kind: 'ready', port } when it listens; on { cmd: 'tick', nowIso } it sets the clock, runs one scheduler tick
// and answers { kind: 'ticked', sent }; when the parent disconnects it closes the app and exits.
import { DateTime } from 'luxon';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp } from '../../bot/app';
import type { Clock } from '../../bot/ports';

export type ToBotChild = { cmd: 'tick'; nowIso: string };
export type FromBotChild =
  | { kind: 'ready'; port: number }
  | { kind: 'ticked'; sent: number; failed: number }
  | { kind: 'error'; message: string };

class SettableClock implements Clock {
  constructor(public current: DateTime) {}
  now(): DateTime {
    return this.current;
  }
}

const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true });

async function main(): Promise<void> {
  if (!process.send) throw new Error('botChildProcess runs under child_process.fork (it needs the IPC channel)');
  const send = (m: FromBotChild) => process.send!(m);
  const start = instant(process.env.TOVHOLDER_CHILD_NOW ?? '');
  if (!start.isValid) throw new Error(`TOVHOLDER_CHILD_NOW is not an ISO instant: ${process.env.TOVHOLDER_CHILD_NOW}`);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TABLES_CONNECTION_STRING: process.env.TOVHOLDER_CHILD_TABLES ?? '',
    LOG_LEVEL: 'warn',
  });
  const clock = new SettableClock(start);
  const app = await startApp(config, createLogger(config.logLevel), clock, { instanceId: process.env.TOVHOLDER_CHILD_ID });
  process.on('message', (m: ToBotChild) => {
    if (m.cmd !== 'tick') return;
    clock.current = instant(m.nowIso);
    app.scheduler.tick().then(
      (r) => send({ kind: 'ticked', sent: r.sent.length, failed: r.failed.length }),
      (err: Error) => send({ kind: 'error', message: err.message }),
    );
  });
  process.on('disconnect', () => {
    void app.close().finally(() => process.exit(0));
  });
  send({ kind: 'ready', port: app.port });
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
