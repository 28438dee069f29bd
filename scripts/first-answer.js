#!/usr/bin/env node
// Times a command (default `npm start`) from its launch until the bot answers a Teams-shaped message with 200: the
// figure the README gives for a first start. A local stand-in for the Bot Connector takes the bot's reply; all on
// 127.0.0.1. The bot gets a port of its own (PORT=0, read back from what it prints) and a throw-away DATA_DIR, so a
// developer's data is not touched.
//
//   node scripts/first-answer.js               # npm start in this checkout
//   node scripts/first-answer.js -- node dist/bot/index.js
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const POLL_MS = 50;
const GIVE_UP_MS = 30 * 60_000;

/** Answers the bot's reply and its member look-up, as the Bot Connector would. */
function startConnector() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.method === 'GET' ? { id: '29:user', name: 'First Start' } : { id: 'reply-1' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** "/hjælp" in a personal chat. */
function helpMessage(serviceUrl) {
  return {
    type: 'message',
    id: 'first-1',
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimezone: 'Europe/Copenhagen',
    locale: 'da-DK',
    text: '/hjælp',
    textFormat: 'plain',
    from: { id: '29:user', name: 'First Start', aadObjectId: '00000000-0000-4000-8000-000000000001' },
    recipient: { id: '28:tovholder', name: 'Tovholder' },
    conversation: { id: 'a:first-start', conversationType: 'personal', tenantId: '00000000-0000-4000-8000-0000000000aa' },
    channelData: { tenant: { id: '00000000-0000-4000-8000-0000000000aa' } },
  };
}

/** Resolves with the HTTP status of one POST, or 0 when nothing listens yet. */
function post(port, body) {
  return new Promise((resolve) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': data.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', () => resolve(0));
    req.end(data);
  });
}

async function main() {
  const dashes = process.argv.indexOf('--');
  const command = dashes >= 0 ? process.argv.slice(dashes + 1) : ['npm', 'start'];
  const connector = await startConnector();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-first-'));
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    detached: true, // its own process group, so that npm and the bot under it stop together
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TABLES_CONNECTION_STRING: '',
      MicrosoftAppId: '',
      LOG_LEVEL: 'warn',
    },
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  let port;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    port ??= /listening on http:\/\/[^:]+:(\d+)\//.exec(chunk.toString())?.[1];
  });
  const message = helpMessage(`http://127.0.0.1:${connector.address().port}/`);
  let status = 0;
  while (!exited && performance.now() - started < GIVE_UP_MS) {
    if (port === undefined) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      continue;
    }
    status = await post(port, message);
    if (status !== 0) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const seconds = (performance.now() - started) / 1000;
  if (!exited) process.kill(-child.pid, 'SIGTERM');
  connector.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (status !== 200) {
    process.stderr.write(`no 200: status ${status}${exited ? ', the command exited' : ''} after ${seconds.toFixed(2)} s\n`);
    process.exit(1);
  }
  process.stdout.write(`first answer (200) ${seconds.toFixed(2)} s after \`${command.join(' ')}\`\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
