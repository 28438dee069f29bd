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
const { spawn, spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const home = path.join(__dirname, 'playground');
const cli = path.join(home, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/** Runs `npm ci` in scripts/playground/ when the Playground is missing or older than its package-lock.json. */
function ensureInstalled() {
  const installed = fs.existsSync(cli) ? fs.statSync(path.join(home, 'node_modules', '.package-lock.json'), { throwIfNoEntry: false }) : undefined;
  if (installed && installed.mtimeMs >= fs.statSync(path.join(home, 'package-lock.json')).mtimeMs) return;
  process.stdout.write('Installing the Agents Playground into scripts/playground/ (first run only)...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: home, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureInstalled();
if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
const port = process.env.PORT || '3978';
const endpoint = `http://127.0.0.1:${port}/api/messages`;
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const args = [cli, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--disable-telemetry',
  '--port', playgroundPort, ...process.argv.slice(2)];
const env = {
  ...process.env,
  // The bot is "Tovholder" in the Playground's channel, not "Test Bot" (see scripts/playground.yml).
  M365_AGENTS_PLAYGROUND_CONFIG_PATH: process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH || path.join(__dirname, 'playground.yml'),
  // Its log goes next to the bot's data, not into ./devTools in the checkout.
  M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE
    || path.join(path.resolve(root, process.env.DATA_DIR || '.data'), 'playground.log'),
  // The Playground stamps each message with its own process's time zone: make that the bot's.
  TZ: process.env.TZ || process.env.BOT_TIMEZONE || 'Europe/Copenhagen',
};
fs.mkdirSync(path.dirname(env.M365_AGENTS_PLAYGROUND_LOGFILE), { recursive: true });
process.stdout.write(`Agents Playground for the bot at ${endpoint}\nOpen http://127.0.0.1:${playgroundPort} in a browser (its log: ${env.M365_AGENTS_PLAYGROUND_LOGFILE})\n`);
const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root, env });
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
