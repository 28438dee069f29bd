#!/usr/bin/env node
// `npm run playground`: the Microsoft 365 Agents Playground, a Teams-like chat page, pointed at the running bot.
// Start the bot first with `npm start` in another terminal. On machines without internet (like CI), run it inside a
// network namespace of its own (see README): the Playground tries to reach the internet even with telemetry off.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const root = path.resolve(__dirname, '..');
if (fs.existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
const port = process.env.PORT || '3978';
const endpoint = `http://127.0.0.1:${port}/api/messages`;
const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
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
