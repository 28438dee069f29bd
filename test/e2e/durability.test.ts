// Nothing confirmed is lost (issue 11): the bot as `npm start` runs it, on the embedded SQLite file, killed with
// SIGKILL in the middle of traffic and stopped with SIGTERM under 50 concurrent senders. Every /log the bot confirmed
// to the user (a "Logget" card that reached the connector) must be in the file afterwards.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { channelMessage, cardText } from '../support/botHarness';
import { startBotProcess, type BotProcess } from '../support/npmStartProcess';
import { tempDir } from '../support/backends';
import { SqliteDatabase } from '../../storage/sqliteDatabase';
import { openSqliteTables } from '../../storage/tables';
import { LOG_VERBS } from '../../cards/logButton';

/** The entry keys of the /log replies that reached the connector: what the bot confirmed as saved. */
function confirmedKeys(connector: ConnectorStandIn): Set<string> {
  const keys = new Set<string>();
  for (const r of connector.received) {
    const card = r.activity.attachments?.[0]?.content;
    if (!card || !/Logget/.test(cardText(card))) continue;
    const undo = (card.actions ?? []).find((a: { verb?: string }) => a.verb === LOG_VERBS.undo);
    if (undo?.data?.entry) keys.add(undo.data.entry);
  }
  return keys;
}

async function storedKeys(dataDir: string): Promise<Set<string>> {
  const database = SqliteDatabase.open(dataDir);
  try {
    const keys = new Set<string>();
    for await (const page of openSqliteTables(database, () => new Date()).log.scan()) {
      for (const row of page) if (row.rowKey.startsWith('entry|')) keys.add(row.rowKey);
    }
    return keys;
  } finally {
    database.close();
  }
}

/** `senders` loops posting /log until stop() or until the bot stops answering; the statuses it saw. */
function sendLogs(bot: BotProcess, connector: ConnectorStandIn, senders: number, tag: string) {
  let stopped = false;
  let sent = 0;
  const statuses = new Map<string, number>();
  const loops = Array.from({ length: senders }, async (_, s) => {
    for (let i = 0; !stopped; i++) {
      const activity = channelMessage(`/log presse Nordjyske om mikrolån ${tag} afsender ${s} nummer ${i}`, { id: `${tag}-${s}-${i}` });
      let status: string;
      try {
        const res = await fetch(`${bot.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ serviceUrl: connector.url, ...activity }),
        });
        await res.arrayBuffer();
        status = String(res.status);
      } catch {
        status = 'refused';
      }
      sent++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status !== '200') return; // the bot is going or gone
    }
  });
  return {
    get sent() {
      return sent;
    },
    statuses,
    stop() {
      stopped = true;
    },
    done: Promise.all(loops),
  };
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('nothing confirmed is lost (npm start on the embedded SQLite file)', function () {
  this.timeout(90_000);
  let connector: ConnectorStandIn;
  let dataDir: string;
  let bot: BotProcess | undefined;
  beforeEach(async () => {
    connector = await new ConnectorStandIn().start();
    dataDir = tempDir('tovholder-durable-');
  });
  afterEach(async () => {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    bot = undefined;
    await connector.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('kill -9 in the middle of traffic: every confirmed /log is there after a restart, and the bot serves again', async () => {
    bot = await startBotProcess(dataDir);
    const load = sendLogs(bot, connector, 20, 'kill');
    await until(() => confirmedKeys(connector).size >= 200, '200 confirmed /log');
    bot.child.kill('SIGKILL'); // in the middle of traffic: no chance to flush or close anything
    assert.equal(await bot.exited, 'SIGKILL');
    load.stop();
    await load.done;
    const confirmed = confirmedKeys(connector);
    const stored = await storedKeys(dataDir);
    const lost = [...confirmed].filter((k) => !stored.has(k));
    assert.deepEqual(lost, [], `${lost.length} of ${confirmed.size} confirmed entries were lost`);

    bot = await startBotProcess(dataDir);
    const before = connector.received.length;
    const res = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceUrl: connector.url, ...channelMessage('/søg afsender') }),
    });
    assert.equal(res.status, 200);
    await connector.waitFor(before + 1);
    assert.match(cardText(connector.received[before].activity.attachments[0].content), /fund/);
  });

  it('SIGTERM under 50 concurrent senders: refuses new work, finishes what it confirmed, stores all of it, exits 0', async () => {
    bot = await startBotProcess(dataDir, { LOG_LEVEL: 'info' });
    const load = sendLogs(bot, connector, 50, 'term');
    await until(() => confirmedKeys(connector).size >= 150, '150 confirmed /log');
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    load.stop();
    await load.done;
    assert.equal(code, 0, `exit code ${code}; output:\n${bot.output()}`);
    const confirmed = confirmedKeys(connector);
    const stored = await storedKeys(dataDir);
    const lost = [...confirmed].filter((k) => !stored.has(k));
    assert.deepEqual(lost, [], `${lost.length} of ${confirmed.size} confirmed entries were lost`);
    // Senders that were answered after SIGTERM got 503 or found the port closed; none got a 5xx of another kind.
    const other = [...load.statuses.keys()].filter((s) => !['200', '503', 'refused'].includes(s));
    assert.deepEqual(other, [], `statuses seen: ${JSON.stringify([...load.statuses])}`);
    assert.match(bot.output(), /"event":"stopped"/);
  });
});
