// Issue 27: `npm run import` reads a workbook or a CSV with the columns our own export writes, so that one team's
// export can be imported into another team. Over HTTP: a team logs its autumn, /eksport gives the files through the
// download links, the import (dist/bot/cli/import.js in a process of its own, on the bot's own storage while the bot
// runs) brings them into another team, whose own export then reads the same. On SQLite and on Azurite.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { startHarness, channelMessageAt, cardOf, cardText, pressDownload, FixedClock, type Harness } from '../support/botHarness';
import { tempDir } from '../support/backends';

const CLI = path.resolve(__dirname, '../../bot/cli/import.js');
const FROM = '19:import-from@thread.tacv2';

/** Runs the import as `npm run import` does, on the harness's storage; its exit code and what it printed. */
function runImport(h: Harness, args: string[]): Promise<{ code: number | null; out: string }> {
  const storage = h.azurite
    ? { TABLES_CONNECTION_STRING: h.azurite.connectionString, DATA_DIR: '' }
    : { DATA_DIR: h.dataDir!, TABLES_CONNECTION_STRING: '' };
  // A folder of its own as the working directory: a developer's .env must not change the test.
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: tempDir('tovholder-import-cwd-'),
    env: { PATH: process.env.PATH ?? '', ...storage },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`npm run import: an export brought into another team (issue 27), on ${store === 'sqlite' ? 'SQLite' : 'Azurite'}`, function () {
    this.timeout(90_000);
    let h: Harness;
    const clock = new FixedClock(DateTime.fromISO('2019-09-01T08:00:00Z'));
    const files = tempDir('tovholder-import-files-');
    before(async () => {
      h = await startHarness({}, { store, clock });
    });
    after(async () => {
      await h.stop();
      fs.rmSync(files, { recursive: true, force: true });
    });

    const on = (local: string, text: string, teamId: string) => channelMessageAt(clock, local, text, { teamId });
    const card = async (local: string, text: string, teamId: string) => cardOf((await h.say(on(local, text, teamId)))[0]!);
    async function download(local: string, teamId: string, title: string, name: string): Promise<string> {
      // The card's button fetches fresh links (a card lives for months); the file is read back through its link.
      const pressed = await pressDownload(h, await card(local, '/eksport 2019', teamId), on(local, '', teamId));
      const res = await fetch(pressed.links[title]!);
      assert.equal(res.status, 200);
      const file = path.join(files, name);
      fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      return file;
    }
    const csvRows = (file: string) => fs.readFileSync(file, 'utf8').split('\r\n').filter(Boolean);

    let xlsx: string;
    let csv: string;
    before(async () => {
      const autumn: Array<[string, string]> = [
        ['2019-09-05T10:00', '/log presse P1 om forsøg med mikrolån i Hjørring'],
        ['2019-09-20T11:00', '/interessent tilføj medie Radio Limfjord'],
        ['2019-09-20T11:05', '/log presse Radio Limfjord: "mentor virker"; borgmesteren citeret'],
        ['2019-10-08T10:00', '/log henvendelse Brev til Beskæftigelsesministeren om lægeattester'],
        ['2019-10-20T09:00', '/log besøg fra STAR i starten af oktober om mikrolån'],
        ['2019-11-04T09:00', '/log møde =SUM(A1) stod i referatet fra KL-mødet i går'],
      ];
      for (const [at, text] of autumn) await h.say(on(at, text, FROM));
      xlsx = await download('2019-12-01T10:00', FROM, 'Hent som Excel', 'log-2019.xlsx');
      csv = await download('2019-12-01T10:01', FROM, 'Hent som CSV', 'log-2019.csv');
    });

    it("imports the workbook into another team: the same rows come back out of that team's own export", async () => {
      const to = `19:import-xlsx-${store}@thread.tacv2`;
      await h.say(on('2019-12-02T09:00', '/hjælp', to)); // the bot is in the team
      const run = await runImport(h, [xlsx, '--team', to]);
      assert.equal(run.code, 0, run.out);
      assert.match(run.out, /log-2019\.xlsx → 19:import-xlsx-.*: 5 saved, 0 already in the log, 0 skipped/);
      const back = csvRows(await download('2019-12-02T09:01', to, 'Hent som CSV', `back-${store}.csv`));
      assert.deepEqual(back, csvRows(csv), 'the same dates, kinds, texts, tags, authors and instants');
      // The period came back as a period, and the entries are found, tagged, in the team.
      const found = cardText(await card('2019-12-02T09:02', '/søg mikrolån', to));
      assert.match(found, /2 fund/);
      assert.match(found, /start oktober · Besøg · Anne Sørensen/);
      assert.match(cardText(await card('2019-12-02T09:03', '/hvem STAR', to)), /Logposter\n1/);
    });

    it('imports the CSV too; again, it saves nothing twice', async () => {
      const to = `19:import-csv-${store}@thread.tacv2`;
      await h.say(on('2019-12-02T09:00', '/hjælp', to));
      const first = await runImport(h, [csv, '--team', to]);
      assert.equal(first.code, 0, first.out);
      assert.match(first.out, /5 saved, 0 already in the log, 0 skipped/);
      const again = await runImport(h, [xlsx, '--team', to]);
      assert.match(again.out, /0 saved, 5 already in the log, 0 skipped/);
      const back = csvRows(await download('2019-12-02T09:01', to, 'Hent som CSV', `back-csv-${store}.csv`));
      // The CSV has the period in words, as the workbook does ("start oktober 2019"): it comes back a period.
      assert.deepEqual(back, csvRows(csv));
      assert.match(back.join('\n'), /^start oktober 2019;i starten af oktober;Besøg;/m);
      assert.match(back.join('\n'), /=SUM\(A1\)/, 'a formula-like text kept as text');
    });

    it("reports the rows it skipped, and why; a file without the export's columns imports nothing", async () => {
      const to = `19:import-bad-${store}@thread.tacv2`;
      await h.say(on('2019-12-02T09:00', '/hjælp', to));
      const lines = csvRows(csv);
      const edited = path.join(files, `edited-${store}.csv`);
      fs.writeFileSync(
        edited,
        [
          lines[0],
          lines[1],
          '31-02-2019;;presse;En dag der ikke findes;;;;Bo;',
          '05-09-2019;;snak;Ingen art;;;;Bo;',
          '05-09-2019;;møde;;;;;Bo;',
        ].join('\r\n'),
      );
      const run = await runImport(h, [edited, '--team', to]);
      assert.equal(run.code, 0, run.out);
      assert.match(run.out, /1 saved, 0 already in the log, 3 skipped/);
      assert.match(run.out, /row 3: no date \("31-02-2019"\): not saved/);
      assert.match(run.out, /row 4: no kind \("snak"\): not saved/);
      assert.match(run.out, /row 5: no text: not saved/);
      const wrong = path.join(files, `wrong-${store}.csv`);
      fs.writeFileSync(wrong, 'Navn;Email\r\nAnne;anne@example.org\r\n');
      const refused = await runImport(h, [wrong, '--team', to]);
      assert.equal(refused.code, 2);
      assert.match(refused.out, /lacks the columns Dato, Art, Tekst that the export writes; nothing was imported/);
      const unknown = await runImport(h, [csv, '--team', '19:no-such-team@thread.tacv2']);
      assert.equal(unknown.code, 2);
      assert.match(
        unknown.out,
        /The bot is not in a team 19:no-such-team@thread\.tacv2\. The teams it is in:\n(.|\n)*--team 19:import-bad/,
      );
    });
  });
}
