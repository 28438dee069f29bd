// Issue 28: "Hent som Excel" on /eksport for a team with 10,000 entries in a year ended the bot (FATAL ERROR: Reached
// heap limit) under npm start's --max-old-space-size=128. Here the bot runs as npm start runs it (its flags read from
// package.json), on a log seeded with the largest export the README promises, and both files are downloaded twice at
// once, beside 50 users sending /log. The heap's peak is printed (a figure for the README, not asserted: memory belongs in the bench).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import * as ExcelJS from 'exceljs';
import { channelMessage, cardAction, cardExecuteActions, cardOf, cardLinks, cardText } from '../support/botHarness';
import { REPORT_VERBS } from '../../cards/reportCards';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { startBotProcess, type BotProcess } from '../support/npmStartProcess';
import { tempDir } from '../support/backends';
import { seedLogInKeyOrder } from '../support/seedInKeyOrder';
import { openSeedingSqlite, plannedEntries } from '../../bench/seed';
import { writeRows } from '../../bench/seed';
import { botFlags } from '../../bench/startFlags';
import { LogRepository } from '../../storage/logRepository';
import { scopeOf } from '../../bot/teams/activityTurn';
import { MAX_EXPORT_ENTRIES } from '../../domain/report';

/** What a long entry looks like: a paragraph pasted from an article (the seed's own texts are one short line). */
const PARAGRAPH =
  ' – Kommunerne har i forsøgsperioden afprøvet en enklere sagsbehandling, og evalueringen peger på færre møder, ' +
  'kortere forløb og borgere, der oplever at blive hørt. Styregruppen drøfter resultaterne på næste møde med KL og STAR.';

describe("the largest export, twice at once, under npm start's flags (issue 28)", function () {
  this.timeout(240_000);
  let dataDir: string;
  let bot: BotProcess | undefined;
  let connector: ConnectorStandIn;
  const today = DateTime.now().setZone('Europe/Copenhagen');
  const year = today.year;
  const message = (text: string) => channelMessage(text, { timestamp: new Date().toISOString() });
  let excel = '';
  let scope = '';
  const get = async (url: string) => {
    const r = await fetch(url);
    return { status: r.status, body: Buffer.from(await r.arrayBuffer()) };
  };
  /** Posts a message to the bot and returns its reply. */
  const ask = async (text: string) => {
    const before = connector.received.length;
    const res = await fetch(`${bot!.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceUrl: connector.url, ...message(text) }),
    });
    assert.equal(res.status, 200);
    return (await connector.waitFor(before + 1, 60_000))[before].activity;
  };
  /** The links a report card's first download button fetches when pressed (the card holds buttons, not links). */
  const fileLinks = async (text: string) => {
    const button = cardExecuteActions(cardOf(await ask(text))).find((a) => a.verb === REPORT_VERBS.files);
    assert.ok(button, `a download button on ${text}`);
    const res = await fetch(`${bot!.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceUrl: connector.url, ...cardAction(button.verb, button.data, message('')) }),
    });
    assert.equal(res.status, 200);
    return cardLinks(((await res.json()) as { value: unknown }).value);
  };

  before(async () => {
    dataDir = tempDir('tovholder-big-export-');
    const seeding = openSeedingSqlite(dataDir, () => new Date());
    seeding.durable(false);
    scope = scopeOf(message('x') as never).key;
    const firstDay = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'Europe/Copenhagen' });
    const days = Math.max(1, Math.floor(today.diff(firstDay, 'days').days));
    const plan = { count: MAX_EXPORT_ENTRIES, recent: MAX_EXPORT_ENTRIES, recentDays: days, today, rareWord: 'Aggersund', rareCount: 10 };
    await seedLogInKeyOrder(
      seeding.tables.log,
      scope,
      (function* () {
        for (const e of plannedEntries({ ...plan, seed: 28 })) yield { ...e, text: `${e.text}${PARAGRAPH}` };
      })(),
    );
    seeding.database.close();
    connector = await new ConnectorStandIn().start();
    bot = await startBotProcess(
      dataDir,
      { TOVHOLDER_HEAP_PROBE: path.join(dataDir, 'heap.json') },
      {
        nodeArgs: [...botFlags(), '--require', path.resolve(__dirname, '../support/heapProbe.js')],
      },
    );
  });
  after(async () => {
    if (bot) {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
    await connector.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`exports ${MAX_EXPORT_ENTRIES.toLocaleString('en')} entries of a year, Excel twice at once, slides, beside 50 users`, async () => {
    assert.match(bot!.output(), /max-old-space-size|listening/); // started
    const links = await fileLinks(`/eksport ${year}`);
    excel = links['Hent som Excel'];
    assert.ok(excel, JSON.stringify(Object.keys(links)));
    const slides = (await fileLinks(`/status ${year}`))['Hent som PowerPoint'];
    // Beside 50 users each sending /log and waiting for the answer before the next, for as long as the files take.
    let downloading = true;
    let answered = 0;
    const user = async (u: number) => {
      for (let i = 0; downloading; i++) {
        const r = await fetch(`${bot!.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Other teams: the exported team's log stays at the limit.
          body: JSON.stringify({
            serviceUrl: connector.url,
            ...channelMessage(`/log møde med KL om mikrolån, bruger ${u} nr. ${i}`, {
              timestamp: new Date().toISOString(),
              teamId: `19:team-${u % 5}@thread.tacv2`,
            }),
          }),
        });
        assert.equal(r.status, 200);
        answered++;
      }
    };
    const users = Promise.all(Array.from({ length: 50 }, (_, u) => user(u)));
    const files = Promise.all([get(excel), get(excel), get(slides)]).finally(() => {
      downloading = false;
    });
    const [[a, b, pptx]] = await Promise.all([files, users]);
    assert.ok(answered >= 50, `${answered} /log answered meanwhile`);
    assert.equal(pptx.status, 200);
    assert.equal(pptx.body.subarray(0, 2).toString(), 'PK');
    for (const file of [a, b]) {
      assert.equal(file.status, 200);
      assert.equal(file.body.subarray(0, 2).toString(), 'PK');
    }
    for (const file of [a, b]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.body as unknown as ArrayBuffer);
      assert.equal(wb.worksheets[0].rowCount, MAX_EXPORT_ENTRIES + 1, 'a heading and every entry');
    }
    const health = await fetch(`${bot!.baseUrl}/healthz`);
    assert.equal(health.status, 200, `the bot is still there:\n${bot!.output().slice(-2000)}`);
    bot!.child.kill('SIGUSR2');
    await new Promise((r) => setTimeout(r, 300));
    const peak = JSON.parse(fs.readFileSync(path.join(dataDir, 'heap.json'), 'utf8')) as { heapMb: number; rssMb: number };
    process.stdout.write(
      `      (${MAX_EXPORT_ENTRIES} entries, two Excel downloads and the slides at once beside 50 users, ` +
        `${answered} /log answered meanwhile: ` +
        `heap peak ${peak.heapMb.toFixed(0)} MB, RSS peak ${peak.rssMb.toFixed(0)} MB, file ${(a.body.length / 1024).toFixed(0)} KB)\n`,
    );
  });

  it('refuses a period with more entries than a file holds: no links on the card, and the old link says why', async () => {
    const seeding = openSeedingSqlite(dataDir, () => new Date());
    const repo = new LogRepository(seeding.tables.log);
    for (const e of plannedEntries({ count: 1, recent: 1, recentDays: 1, today, rareWord: 'Ekstra', rareCount: 1, seed: 29 })) {
      await writeRows(seeding.tables.log, [repo.rowsFor(scope, { ...e, id: 'one-too-many' })]);
    }
    seeding.database.close();
    const card = cardOf(await ask(`/eksport ${year}`));
    assert.deepEqual(Object.keys(cardLinks(card)), []);
    assert.deepEqual(
      cardExecuteActions(card).filter((a) => a.verb === REPORT_VERBS.files),
      [],
      'no download buttons either',
    );
    assert.match(cardText(card), /Perioden har 10\.001 logposter, og en fil kan højst rumme 10\.000\. Vælg en kortere periode/);
    const old = await fetch(excel);
    assert.equal(old.status, 413);
    assert.match(await old.text(), /Vælg en kortere periode/);
  });
});
