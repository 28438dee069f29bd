#!/usr/bin/env node
// `npm run playground`: the Microsoft 365 Agents Playground, a Teams-like chat page, pointed at the running bot.
// Start the bot first with `npm start` in another terminal. On machines without internet (like CI), run it inside a
// network namespace of its own (see README): the Playground tries to reach the internet even with telemetry off.
//
// The Playground is installed on the first run into scripts/playground/ (its own package.json and package-lock.json
// pin the version), so that `npm start` and `npm test` never download it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const home = path.join(__dirname, 'playground');
const cli = path.join(home, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** Runs `npm ci` in scripts/playground/ when the Playground is missing or older than its package-lock.json. */
function ensureInstalled() {
  const installed = fs.existsSync(cli)
    ? fs.statSync(path.join(home, 'node_modules', '.package-lock.json'), { throwIfNoEntry: false })
    : undefined;
  if (installed && installed.mtimeMs >= fs.statSync(path.join(home, 'package-lock.json')).mtimeMs) return;
  process.stdout.write('Installing the Agents Playground into scripts/playground/ (first run only)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: home, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/**
 * Why no browser can be opened here, or undefined when one probably can. The Playground opens one with `xdg-open` on
 * Linux; when that is missing it dies with exit code 1 and writes why only to its log file.
 */
function noBrowserReason() {
  if (process.platform !== 'linux' || process.env.WSL_DISTRO_NAME) return undefined; // macOS, Windows and WSL open their own
  if (!onPath('xdg-open')) return 'xdg-open is not installed here (a server or a container?)';
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'there is no graphical display here (DISPLAY and WAYLAND_DISPLAY are not set)';
  return undefined;
}

function lastLines(file, count) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log was written)';
  }
}

ensureInstalled();
if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
const port = process.env.PORT || '3978';
const endpoint = `http://127.0.0.1:${port}/api/messages`;
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const args = [
  cli,
  'start',
  '--app-endpoint',
  endpoint,
  '--channel-id',
  'msteams',
  '--disable-telemetry',
  '--port',
  playgroundPort,
  ...process.argv.slice(2),
];
const noBrowser = process.env.TEAMSAPPTESTER_BROWSER ? undefined : noBrowserReason();
const env = {
  ...process.env,
  // The bot is "Tovholder" in the Playground's channel, not "Test Bot" (see scripts/playground.yml).
  M365_AGENTS_PLAYGROUND_CONFIG_PATH: process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH || path.join(__dirname, 'playground.yml'),
  // Its log goes next to the bot's data, not into ./devTools in the checkout.
  M365_AGENTS_PLAYGROUND_LOGFILE:
    process.env.M365_AGENTS_PLAYGROUND_LOGFILE || path.join(path.resolve(root, process.env.DATA_DIR || '.data'), 'playground.log'),
  // The Playground stamps each message with its own process's time zone: make that the bot's.
  TZ: process.env.TZ || process.env.BOT_TIMEZONE || 'Europe/Copenhagen',
  // The Playground's own switch for not opening a browser.
  ...(noBrowser ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
};
const logFile = env.M365_AGENTS_PLAYGROUND_LOGFILE;
fs.mkdirSync(path.dirname(logFile), { recursive: true });
process.stdout.write(`Agents Playground for the bot at ${endpoint} (its log: ${logFile})\n`);

// Its stdout is piped, so it says "Listening on <port>" (the port it really took: another when the one asked for is busy).
const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'inherit'], cwd: root, env });
readline.createInterface({ input: child.stdout }).on('line', (line) => {
  const listening = /^Listening on (\d+)/.exec(line);
  if (!listening) return void process.stdout.write(`${line}\n`);
  const address = `http://127.0.0.1:${listening[1]}`;
  process.stdout.write(
    noBrowser
      ? `Open ${address} in a browser: none was opened because ${noBrowser}.\n`
      : `Opening ${address} in your browser (if none appears, open that address yourself).\n`,
  );
  process.stdout.write('Stop it with Ctrl-C.\n');
});
child.on('exit', (code, signal) => {
  if (code)
    process.stderr.write(
      `The Agents Playground stopped with exit code ${code}. The end of its log (${logFile}):\n${lastLines(logFile, 15)}\n`,
    );
  process.exit(code ?? (signal ? 0 : 1));
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
