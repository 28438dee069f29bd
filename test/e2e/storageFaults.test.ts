// Storage faults on the embedded file never confirm into the void (issue 28), over HTTP: the WAL, the file or the
// data folder deleted or replaced under the running bot; a damaged page, found at start and by the scheduler's daily
// check; an emptied file where the marker says there was data; a second process on the same DATA_DIR; a full disk (a
// tmpfs in a mount namespace of the bot's own) and a read-only file or folder (the bot as an unprivileged user).
// Each answer says "intet er gemt" and names the fault; /healthz says 503; the operator's log says what to do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { startHarness, channelMessage, cardOf, cardText, FixedClock, type Harness } from '../support/botHarness';
import { startBotProcess, type BotProcess } from '../support/npmStartProcess';
import { tempDir } from '../support/backends';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { DataFolderRefused } from '../../storage/sqliteDatabase';

const DB = 'tovholder.sqlite';

async function log(h: Harness, text: string): Promise<string> {
  const [reply] = await h.say(channelMessage(`/log ${text}`));
  return reply.attachments ? cardText(cardOf(reply)) : String(reply.text);
}

async function health(baseUrl: string): Promise<number> {
  return (await fetch(`${baseUrl}/healthz`)).status;
}

/** A /log posted to a bot in a process of its own (its reply goes to the connector stand-in). */
async function postLog(bot: BotProcess, connectorUrl: string, text: string): Promise<number> {
  const res = await fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...channelMessage(`/log ${text}`), serviceUrl: connectorUrl }),
  });
  return res.status;
}

/** Overwrites the cell pointers of a leaf page in the second half of the file: "Offset 65535 out of range". */
function damagePage(file: string): number {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = Math.floor(bytes.length / pageSize / 2); page < bytes.length / pageSize; page++) {
    if (bytes[page * pageSize] !== 0x0a) continue; // a leaf of a WITHOUT ROWID table (an index b-tree)
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, page * pageSize + 8);
    fs.closeSync(fd);
    return page + 1;
  }
  throw new Error('no leaf page to damage');
}

describe('files deleted or replaced under the running bot', function () {
  this.timeout(30_000);
  const cases: Array<[string, (dir: string) => void]> = [
    ['the WAL is deleted', (dir) => fs.unlinkSync(path.join(dir, `${DB}-wal`))],
    ['the database file is deleted', (dir) => fs.unlinkSync(path.join(dir, DB))],
    ['the data folder is deleted', (dir) => fs.rmSync(dir, { recursive: true, force: true })],
    [
      'the database file is replaced by a copy',
      (dir) => {
        fs.copyFileSync(path.join(dir, DB), path.join(dir, 'copy'));
        fs.renameSync(path.join(dir, 'copy'), path.join(dir, DB));
      },
    ],
  ];
  for (const [what, attack] of cases) {
    it(`${what}: /log says nothing was saved and why, /healthz says 503, the log says what to do`, async () => {
      const h = await startHarness();
      try {
        assert.match(await log(h, 'møde med KL om mikrolån'), /Logget/);
        assert.equal(await health(h.baseUrl), 200);
        attack(h.dataDir!);
        const answer = await log(h, 'presse TV2 Nord om fleksjob');
        assert.match(answer, /slettet eller udskiftet/);
        assert.match(answer, /intet er gemt/);
        assert.equal(await health(h.baseUrl), 503);
        const fault = h.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'storage_fault');
        assert.ok(fault, h.logs.join('\n'));
        assert.equal(fault.fault, 'fileGone');
        assert.match(fault.action, /restore the newest backup/);
        // Still refused on the next try: nothing is ever confirmed into the deleted file.
        assert.match(await log(h, 'presse DR om fleksjob'), /intet er gemt/);
      } finally {
        await h.stop();
      }
    });
  }
});

describe('a damaged database file', function () {
  this.timeout(60_000);
  let dataDir: string;
  before(async () => {
    dataDir = tempDir('tovholder-corrupt-');
    const h = await startHarness({}, { dataDir });
    for (let i = 0; i < 120; i++) await log(h, `møde med KL om mikrolån nummer ${i} ${'og meget mere tekst '.repeat(8)}`);
    await h.stop();
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is found at start: writes refused with a plain answer, reads go on, /healthz 503, the log says how to restore', async () => {
    const copy = tempDir('tovholder-corrupt-copy-');
    fs.cpSync(dataDir, copy, { recursive: true });
    damagePage(path.join(copy, DB));
    const h = await startHarness({}, { dataDir: copy });
    try {
      assert.equal(await health(h.baseUrl), 503);
      const fault = h.logs.map((l) => JSON.parse(l)).find((l) => l.event === 'storage_fault');
      assert.ok(fault, h.logs.join('\n'));
      assert.equal(fault.fault, 'corrupt');
      assert.match(fault.detail, /^quick_check: /);
      assert.match(fault.action, /npm run restore/);
      const answer = await log(h, 'presse TV2 Nord om fleksjob');
      assert.match(answer, /beskadiget/);
      assert.match(answer, /intet er gemt/);
      // Reads go on where the pages are sound.
      const [help] = await h.say(channelMessage('/hjælp'));
      assert.ok(help.attachments, 'the help card is shown');
    } finally {
      await h.stop();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("is found by the scheduler's daily check on its clock while the bot runs", async () => {
    const copy = tempDir('tovholder-corrupt-copy-');
    fs.cpSync(dataDir, copy, { recursive: true });
    const clock = new FixedClock(DateTime.fromISO('2024-11-20T09:00:00Z'));
    const h = await startHarness({}, { dataDir: copy, clock });
    try {
      await h.app.scheduler.tick(); // the first tick checks (and finds the file sound)
      assert.equal(await health(h.baseUrl), 200);
      h.app.storage.database!.db.pragma('wal_checkpoint(TRUNCATE)'); // every page in the file, none only in the WAL
      damagePage(path.join(copy, DB));
      clock.current = clock.current.plus({ hours: 1 });
      await h.app.scheduler.tick();
      assert.equal(await health(h.baseUrl), 200, 'an hour later: not checked yet (daily)');
      clock.current = clock.current.plus({ hours: 24 });
      await h.app.scheduler.tick();
      assert.equal(await health(h.baseUrl), 503);
      assert.match(await log(h, 'presse TV2 Nord om fleksjob'), /beskadiget.*intet er gemt/s);
    } finally {
      await h.stop();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('an emptied database file, and two processes on one data folder', function () {
  this.timeout(60_000);

  it('refuses to start on a 0-byte file where the marker says there was data (npm start and in-process)', async () => {
    const dataDir = tempDir('tovholder-empty-');
    try {
      const h = await startHarness({}, { dataDir });
      assert.match(await log(h, 'møde med KL om mikrolån'), /Logget/);
      await h.stop();
      assert.ok(fs.existsSync(path.join(dataDir, 'tovholder.marker')));
      fs.truncateSync(path.join(dataDir, DB), 0);
      for (const f of [`${DB}-wal`, `${DB}-shm`]) fs.rmSync(path.join(dataDir, f), { force: true });
      await assert.rejects(
        startHarness({}, { dataDir }),
        (err: Error) => err instanceof DataFolderRefused && /empty \(0 bytes\)/.test(err.message),
      );
      await assert.rejects(startBotProcess(dataDir), (err: Error) =>
        /exited \(2\)[\s\S]*cannot start: .*empty \(0 bytes\).*npm run restore/.test(err.message),
      );
      assert.equal(fs.statSync(path.join(dataDir, DB)).size, 0, 'nothing was started on it');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets one process hold a data folder: a second npm start refuses with a clear message, the first serves on', async () => {
    const dataDir = tempDir('tovholder-lock-');
    const first = await startBotProcess(dataDir);
    try {
      await assert.rejects(startBotProcess(dataDir), (err: Error) =>
        /exited \(2\)[\s\S]*another Tovholder process is using DATA_DIR/.test(err.message),
      );
      await assert.rejects(startHarness({}, { dataDir }), DataFolderRefused);
      assert.equal(await health(first.baseUrl), 200);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    // Released with the process: the folder can be used again.
    const again = await startHarness({}, { dataDir });
    await again.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

/** Whether this machine lets us give the bot a mount namespace of its own (root, with unshare). */
function canUnshare(): boolean {
  return process.getuid?.() === 0 && spawnSync('unshare', ['-m', 'true']).status === 0;
}

describe('a full disk and a read-only file or folder are named as such', function () {
  this.timeout(60_000);
  const NOBODY = 65534;

  it('a full disk: "fuld, intet er gemt", /healthz 503, the log names it; writes work again once space is freed', async function () {
    if (!canUnshare()) this.skip();
    const dataDir = tempDir('tovholder-full-');
    // The bot's DATA_DIR is an 8 MB tmpfs in a mount namespace of its own (nothing outside sees it).
    const bot = await startBotProcess(
      dataDir,
      {},
      {
        wrap: ['unshare', '-m', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=8m tmpfs "$DATA_DIR" && exec "$@"', 'sh'],
      },
    );
    const connector = await new ConnectorStandIn().start();
    const inside = `/proc/${bot.child.pid}/root${dataDir}`;
    try {
      assert.equal(await postLog(bot, connector.url, 'møde med KL om mikrolån'), 200);
      await connector.waitFor(1);
      assert.match(JSON.stringify(connector.received.at(-1)!.activity), /Logget/);
      // Fill the disk.
      const fd = fs.openSync(path.join(inside, 'filler'), 'w');
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024, 1));
      } catch (err) {
        assert.equal((err as NodeJS.ErrnoException).code, 'ENOSPC');
      } finally {
        fs.closeSync(fd);
      }
      assert.equal(await postLog(bot, connector.url, 'presse TV2 Nord om fleksjob '.repeat(20)), 200);
      await connector.waitFor(2);
      const answer = String(connector.received.at(-1)!.activity.text);
      assert.match(answer, /Disken med min database er fuld, så intet er gemt/);
      assert.equal(await health(bot.baseUrl), 503);
      assert.match(bot.output(), /"storage_fault".*"fault":"diskFull".*Free space/);
      fs.unlinkSync(path.join(inside, 'filler'));
      assert.equal(await health(bot.baseUrl), 200);
      assert.equal(await postLog(bot, connector.url, 'presse DR om fleksjob'), 200);
      await connector.waitFor(3);
      assert.match(JSON.stringify(connector.received.at(-1)!.activity), /Logget/);
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
      await connector.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a read-only file: "skrivebeskyttet, intet er gemt", /healthz 503; a read-only folder: the bot says so at start', async function () {
    if (process.getuid?.() !== 0) this.skip(); // it runs the bot as another user
    const dataDir = tempDir('tovholder-ro-');
    fs.chownSync(dataDir, NOBODY, NOBODY);
    const connector = await new ConnectorStandIn().start();
    try {
      let bot = await startBotProcess(dataDir, {}, { uid: NOBODY });
      assert.equal(await postLog(bot, connector.url, 'møde med KL om mikrolån'), 200);
      await connector.waitFor(1);
      bot.child.kill('SIGTERM');
      await bot.exited;
      // The file read-only: the bot starts (it can still show what is saved), and says why it saves nothing.
      fs.chmodSync(path.join(dataDir, DB), 0o444);
      bot = await startBotProcess(dataDir, {}, { uid: NOBODY });
      try {
        assert.equal(await postLog(bot, connector.url, 'presse TV2 Nord om fleksjob'), 200);
        await connector.waitFor(2);
        assert.match(String(connector.received.at(-1)!.activity.text), /skrivebeskyttet\), så intet er gemt/);
        assert.equal(await health(bot.baseUrl), 503);
        assert.match(bot.output(), /"storage_fault".*"fault":"readOnly"/);
      } finally {
        bot.child.kill('SIGTERM');
        await bot.exited;
      }
      // The folder read-only: SQLite cannot make its WAL; the bot refuses to start and names it.
      fs.chmodSync(path.join(dataDir, DB), 0o644);
      fs.chmodSync(dataDir, 0o555);
      await assert.rejects(startBotProcess(dataDir, {}, { uid: NOBODY }), (err: Error) =>
        /cannot start: DATA_DIR .* is read-only/.test(err.message),
      );
    } finally {
      await connector.stop();
      fs.chmodSync(dataDir, 0o755);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
