// The bot as `npm start` runs it (dist/bot/index.js: settings from the environment, SIGTERM handling, the embedded
// SQLite store), in a process of its own, so that tests can kill it like an operator or a platform would.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export interface BotProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

const INDEX = path.resolve(__dirname, '../../bot/index.js');

/**
 * Starts dist/bot/index.js on a free loopback port with DATA_DIR = dataDir; resolves when it says where it listens.
 * `nodeArgs` go before the entry (e.g. --require of a probe); `ipc` opens a message channel to the process.
 */
export async function startBotProcess(
  dataDir: string,
  env: Record<string, string> = {},
  o: {
    nodeArgs?: string[];
    ipc?: boolean;
    /** A command the bot runs under (e.g. unshare for a mount namespace of its own); it must exec its arguments. */
    wrap?: string[];
    /** Run as this user (the tests run as root, whom file permissions do not stop). */
    uid?: number;
  } = {},
): Promise<BotProcess> {
  const [command, ...args] = [...(o.wrap ?? []), process.execPath, ...(o.nodeArgs ?? []), INDEX];
  const child = spawn(command, args, {
    ...(o.uid !== undefined ? { uid: o.uid, gid: o.uid } : {}),
    // A folder of its own as the working directory: a developer's .env in the checkout must not change the test.
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TABLES_CONNECTION_STRING: '',
      LOG_LEVEL: 'warn',
      MicrosoftAppId: '',
      ...env,
    },
    stdio: o.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not start within 20 s:\n${output}`)), 20_000);
    const look = () => {
      const m = /listening on http:\/\/[^:]+:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before it listened:\n${output}`));
    });
  });
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}
