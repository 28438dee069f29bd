// A bench bot process on the embedded store (bench/botProcess.ts) under npm start's flags, and `ask`: send it a
// message and wait for its answer (`undefined` waits for what it says on its own, as 'ready'). Shared by the probes
// that measure the embedded store alone (bench/logProbe.ts, bench/readProbe.ts).
import { type ChildProcess, fork } from 'node:child_process';
import * as path from 'node:path';
import { botFlags } from './startFlags';
import type { FromBot, ToBot } from './botProcess';

export interface SqliteBotChild {
  child: ChildProcess;
  ask<K extends FromBot['kind']>(message: ToBot | undefined): Promise<Extract<FromBot, { kind: K }>>;
}

export function forkSqliteBot(dataDir: string): SqliteBotChild {
  const child = fork(path.join(__dirname, 'botProcess.js'), [], {
    env: { ...process.env, BENCH_STORE: 'sqlite', BENCH_DATA_DIR: dataDir },
    execArgv: [...botFlags(), '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const waiting: Array<(m: FromBot) => void> = [];
  child.on('message', (m: FromBot) => waiting.shift()?.(m));
  const ask = <K extends FromBot['kind']>(message: ToBot | undefined) =>
    new Promise<Extract<FromBot, { kind: K }>>((resolve) => {
      waiting.push(resolve as (m: FromBot) => void);
      if (message) child.send(message);
    });
  return { child, ask };
}
