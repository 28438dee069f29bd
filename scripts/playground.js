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
const args = [cli, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--disable-telemetry',
  '--port', process.env.PLAYGROUND_PORT || '56150', ...process.argv.slice(2)];
process.stdout.write(`Agents Playground for the bot at ${endpoint} (open the address it prints below)\n`);
const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root });
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
