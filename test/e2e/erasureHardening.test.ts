// Erasure under attack (issue 28), over HTTP on SQLite and on Azurite: /glem acts in its own team only and by Entra
// object id (two colleagues with one name: it asks which one; a namesake in another tenant keeps everything); /glem
// tekst changes this team's texts only, genitive forms included; the preview counts this team only. On the file: no
// byte of an erased name stays in the database, its WAL or a backup taken afterwards (raw bytes, UTF-8 and UTF-16),
// and a backup taken before is erased again by npm run restore from the journal. The operator's npm run erase does it
// everywhere and says what it changed per team.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  cardFacts,
  cardExecuteActions,
  type Harness,
} from '../support/botHarness';
import { freshAzurite } from '../support/azurite';
import type { EmbeddedAzurite } from '../support/embeddedAzurite';
import { tempDir } from '../support/backends';
import { scopeOf } from '../../bot/teams/activityTurn';
import type { Row, TableStore } from '../../storage/tableStore';
import { openAzureTables, openSqliteTables } from '../../storage/tables';
import type { Tables } from '../../storage/schema';
import { SqliteDatabase } from '../../storage/sqliteDatabase';
import { LOG_VERBS } from '../../cards/logButton';
import { ERASE_VERBS } from '../../cards/privacyCards';

const ANNE = { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
const ANNE_TOO = { id: '29:anne2', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-00000000000a' };
const ANNE_ELSEWHERE = { id: '29:anne3', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-00000000000c' };
const KAREN = { id: '29:karen', name: 'Karen Lund', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000009' };
const OTHER_TENANT = { tenantId: '0b7c2a11-1111-4111-8111-111111111111', teamId: '19:andet-team@thread.tacv2' };
const SCOPE_A = scopeOf(channelMessage('x') as any).key;
const SCOPE_B = scopeOf(channelMessage('x', OTHER_TENANT) as any).key;
const at = (minutes: number) => DateTime.fromISO('2024-11-20T09:00:00Z').plus({ minutes }).toISO()!;
const CLI = path.resolve(__dirname, '../../storage/cli');
const DB_PREFIX = 'tovholder.sqlite';

async function everyRow(tables: Tables): Promise<Row[]> {
  const out: Row[] = [];
  for (const store of Object.values(tables) as TableStore[]) for await (const page of store.scan()) out.push(...page);
  return out;
}

/** Rows (of one scope, or all) whose keys or properties hold the text, any case. */
async function holding(tables: Tables, needle: string, scope?: string): Promise<number> {
  const lower = needle.toLowerCase();
  const rows = (await everyRow(tables)).filter((r) => !scope || r.partitionKey === scope);
  return rows.filter((r) => JSON.stringify(r).toLowerCase().includes(lower)).length;
}

/** Where the raw bytes of a file hold the text, in UTF-8, UTF-16LE or UTF-16BE, in any of three cases. */
function rawHits(file: string, text: string): string[] {
  if (!fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const hits: string[] = [];
  for (const variant of new Set([text, text.toLowerCase(), text.toUpperCase()])) {
    const encodings: Array<[string, Buffer]> = [
      ['utf8', Buffer.from(variant, 'utf8')],
      ['utf16le', Buffer.from(variant, 'utf16le')],
      ['utf16be', Buffer.from(variant, 'utf16le').swap16()],
    ];
    for (const [encoding, needle] of encodings) if (bytes.includes(needle)) hits.push(`${path.basename(file)}: ${variant} (${encoding})`);
  }
  return hits;
}

/**
 * Every file of the data folder (database, WAL, shared memory, journal, marker), scanned; not the replaced-… folder a
 * restore leaves with the file it replaced (the operator deletes it; npm run erase reminds them).
 */
function rawHitsInFolder(dir: string, text: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !path.relative(dir, e.parentPath).startsWith('replaced-'))
    .flatMap((e) => rawHits(path.join(e.parentPath, e.name), text));
}

function action(card: unknown, verb: string, nth = 0): any {
  const found = cardExecuteActions(card).filter((a) => a.verb === verb)[nth];
  assert.ok(found, `the card has a ${verb} button`);
  return found;
}

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const options = { env: { PATH: process.env.PATH ?? '', ...env }, cwd: tempDir('tovholder-cli-') };
    execFile(process.execPath, [path.join(CLI, script), ...args], options, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`erasure in its own team, by object id, and really gone (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    let azurite: EmbeddedAzurite | undefined;
    let dataDir: string | undefined;
    const storageEnv = (): Record<string, string> =>
      azurite ? { TABLES_CONNECTION_STRING: azurite.connectionString } : { DATA_DIR: dataDir!, TABLES_CONNECTION_STRING: '' };
    const say = (text: string, from: typeof ANNE, minute: number, where = {}) =>
      h.say(channelMessage(text, { from, timestamp: at(minute), ...where }));
    const press = (verb: string, data: unknown, minute: number, where = {}) =>
      h.post(cardAction(verb, data as Record<string, unknown>, channelMessage('', { from: KAREN, timestamp: at(minute), ...where })));
    /** A copy of every row, as an operator's copy of the tables (a backup taken before the erasures). */
    let copyBefore: Array<{ table: keyof Tables; row: Row }> = [];
    let backupFile: string | undefined;

    before(async () => {
      if (store === 'azurite') azurite = await freshAzurite();
      else dataDir = tempDir('tovholder-erase-');
      h = await startHarness({ ADMINS: KAREN.aadObjectId }, azurite ? { azurite } : { dataDir });
      // Team A: two colleagues called Anne Sørensen, an outside person in the genitive, a name both teams use.
      await say('/log møde med KL om mikrolån', ANNE, 0);
      await say('/log presse TV2 Nord om fleksjob', ANNE_TOO, 1);
      const kragholm = cardOf((await say('/log møde med Jens Kragholm og Per Holm om mikrolån', KAREN, 2))[0]);
      await say('/log møde med STAR om Jens Kragholms notat om fleksjob', KAREN, 3);
      await say('/interessent tilføj Jens Kragholm', KAREN, 3);
      // Edits leave change records, and on the file more copies in pages and the WAL.
      for (let i = 0; i < 5; i++) {
        const text = `møde med Jens Kragholm og Per Holm om mikrolån (${i})`;
        await press(LOG_VERBS.update, { entry: action(kragholm, LOG_VERBS.edit).data.entry, kind: 'meeting', text, lang: 'da' }, 4 + i);
      }
      // Team B, another tenant: a namesake of Anne's, and Per Holm.
      await say('/log møde med Per Holm om fleksjob, citeret: Anne Sørensen', ANNE_ELSEWHERE, 10, OTHER_TENANT);
      copyBefore = [];
      for (const [table, s] of Object.entries(h.app.storage.tables) as Array<[keyof Tables, TableStore]>) {
        for await (const page of s.scan()) for (const row of page) copyBefore.push({ table, row });
      }
      if (h.app.storage.database) {
        backupFile = path.join(tempDir('tovholder-backup-'), 'before.sqlite');
        await h.app.storage.database.backupTo(backupFile);
        assert.ok(rawHits(backupFile, 'Kragholm').length > 0, 'the backup taken before holds the name');
      }
    });
    after(async () => {
      await h?.stop();
      await azurite?.close();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('asks which Anne when two colleagues of the team share the name, and erases only the one chosen, only here', async () => {
      const tables = h.app.storage.tables;
      const [asked] = await say('/glem Anne Sørensen', KAREN, 20);
      const question = cardOf(asked);
      assert.match(cardText(question), /2 kolleger her hedder Anne Sørensen/);
      assert.equal(cardExecuteActions(question).filter((a) => a.verb === ERASE_VERBS.choose).length, 2);
      const chosen = cardExecuteActions(question).find((a) => a.verb === ERASE_VERBS.choose && a.data.id === ANNE.aadObjectId);
      const preview = (await press(ERASE_VERBS.choose, chosen.data, 21)).body.value;
      // The preview counts this team's rows of her only: her one entry.
      assert.equal(cardFacts(preview).Logposter, '1');
      const done = await press(ERASE_VERBS.confirm, action(preview, ERASE_VERBS.confirm).data, 22);
      assert.match(cardText(done.body.value), /Slettet/);
      assert.equal(await holding(tables, ANNE.aadObjectId), 0);
      // The other Anne of the team keeps her name and id; the Anne of the other tenant keeps everything.
      const entriesA = await tables.log.range(SCOPE_A, 'entry|', 'entry|\uffff');
      assert.equal(entriesA.find((e) => String(e.text).includes('KL'))!.authorName, 'tidligere medlem');
      const tv2 = entriesA.find((e) => String(e.text).includes('TV2'))!;
      assert.deepEqual([tv2.authorName, tv2.authorAadId], ['Anne Sørensen', ANNE_TOO.aadObjectId]);
      const [b] = await tables.log.range(SCOPE_B, 'entry|', 'entry|\uffff');
      assert.deepEqual(
        [b.authorName, b.authorAadId, b.text],
        ['Anne Sørensen', ANNE_ELSEWHERE.aadObjectId, 'møde med Per Holm om fleksjob, citeret: Anne Sørensen'],
      );
    });

    it("/glem tekst changes this team's texts only, and its preview counts this team only", async () => {
      const tables = h.app.storage.tables;
      // In the other team Jens Kragholm is nobody: nothing to erase there, whatever team A holds.
      const [nothing] = await say('/glem tekst Jens Kragholm', KAREN, 30, OTHER_TENANT);
      assert.match(nothing.text, /fandt intet om "Jens Kragholm"/);
      const preview = cardOf((await say('/glem tekst Per Holm', KAREN, 31))[0]);
      assert.equal(cardFacts(preview).Logposter, '1');
      await press(ERASE_VERBS.confirm, action(preview, ERASE_VERBS.confirm).data, 32);
      assert.equal(await holding(tables, 'Per Holm', SCOPE_A), 0);
      assert.ok((await holding(tables, 'Per Holm', SCOPE_B)) > 0);
    });

    it('takes the genitive too, and leaves no byte of the name in the file, its WAL or a later backup', async () => {
      const tables = h.app.storage.tables;
      const preview = cardOf((await say('/glem tekst Jens Kragholm', KAREN, 40))[0]);
      assert.equal(cardFacts(preview).Logposter, '2'); // "Jens Kragholms notat" is his too
      await press(ERASE_VERBS.confirm, action(preview, ERASE_VERBS.confirm).data, 41);
      assert.equal(await holding(tables, 'Kragholm'), 0);
      const notes = (await tables.log.range(SCOPE_A, 'entry|', 'entry|\uffff')).map((e) => String(e.text));
      assert.ok(notes.includes('møde med STAR om [slettet] notat om fleksjob'), notes.join(' / '));
      assert.match(cardText(cardOf((await say('/søg kragholm', KAREN, 42))[0])), /Intet fundet/);
      if (store !== 'sqlite') return;
      // The raw bytes: database file, WAL, shared memory, journal, marker.
      assert.deepEqual(rawHitsInFolder(dataDir!, 'Kragholm'), []);
      assert.deepEqual(rawHitsInFolder(dataDir!, ANNE.aadObjectId), []);
      assert.deepEqual(rawHitsInFolder(dataDir!, 'Per Holm').length > 0, true, 'team B still holds Per Holm: the scan does see names');
      const later = path.join(tempDir('tovholder-backup-'), 'after.sqlite');
      await h.app.storage.database!.backupTo(later);
      assert.deepEqual(rawHits(later, 'Kragholm'), []);
      assert.deepEqual(rawHits(later, ANNE.aadObjectId), []);
    });

    it('keeps the journal without a name in clear, and a restore of a backup taken before erases them again', async () => {
      if (store === 'sqlite') {
        const journal = fs.readFileSync(path.join(dataDir!, 'erasure-journal.jsonl'), 'utf8');
        assert.equal(journal.trim().split('\n').length, 3);
        for (const clear of ['Kragholm', 'kragholm', 'Per Holm', 'per holm', ANNE.aadObjectId]) assert.ok(!journal.includes(clear), clear);
        await h.stop();
        const restored = await run('restore.js', [backupFile!], storageEnv());
        assert.equal(restored.code, 0, restored.out);
        assert.match(restored.out, new RegExp(`${SCOPE_A.replace(/[|]/g, '\\|')}: .*log entries`));
        const database = SqliteDatabase.open(dataDir!);
        try {
          const tables = openSqliteTables(database, () => new Date());
          assert.equal(await holding(tables, 'Kragholm'), 0);
          assert.equal(await holding(tables, ANNE.aadObjectId), 0);
          assert.equal(await holding(tables, 'Per Holm', SCOPE_A), 0);
          assert.ok((await holding(tables, 'Per Holm', SCOPE_B)) > 0);
          assert.ok((await holding(tables, ANNE_TOO.aadObjectId)) > 0, 'the other Anne is still there');
        } finally {
          database.close();
        }
        const current = path.join(dataDir!, 'tovholder.sqlite');
        const left = [...rawHits(current, 'Kragholm'), ...rawHits(`${current}-wal`, 'Kragholm'), ...rawHits(current, ANNE.aadObjectId)];
        assert.deepEqual(left, []);
        h = await startHarness({ ADMINS: KAREN.aadObjectId }, { dataDir });
        return;
      }
      // Azure: the operator restores the tables from a copy (here: every row as it was before), then --reapply.
      const tables = h.app.storage.tables;
      for (const [table, s] of Object.entries(tables) as Array<[keyof Tables, TableStore]>) {
        for (const row of await everyRow({ [table]: s } as unknown as Tables)) await s.delete(row.partitionKey, row.rowKey);
      }
      for (const { table, row } of copyBefore) await tables[table].upsert(row, 'Replace');
      assert.ok((await holding(tables, 'Kragholm')) > 0);
      const restored = await run('restore.js', ['--reapply'], storageEnv());
      assert.equal(restored.code, 0, restored.out);
      const fresh = openAzureTables(azurite!.connectionString);
      assert.equal(await holding(fresh, 'Kragholm'), 0);
      assert.equal(await holding(fresh, ANNE.aadObjectId), 0);
      assert.ok((await holding(fresh, 'Per Holm', SCOPE_B)) > 0);
      assert.ok((await holding(fresh, ANNE_TOO.aadObjectId)) > 0);
    });

    it('npm run erase erases one colleague everywhere by object id and says what it changed per team', async () => {
      await h.stop();
      const refused = await run('erase.js', ['--person', 'Anne Sørensen'], storageEnv());
      assert.equal(refused.code, 2);
      assert.match(refused.out, /not an Entra object id/);
      const dry = await run('erase.js', ['--person', ANNE_ELSEWHERE.aadObjectId, '--dry-run'], storageEnv());
      assert.equal(dry.code, 0, dry.out);
      assert.match(dry.out, /Nothing changed \(--dry-run\)/);
      const erased = await run('erase.js', ['--person', ANNE_ELSEWHERE.aadObjectId], storageEnv());
      assert.equal(erased.code, 0, erased.out);
      assert.match(erased.out, new RegExp(`${SCOPE_B.replace(/[|]/g, '\\|')}: 1 log entries`));
      if (dataDir) assert.match(erased.out, /replaced-.* holds? a copy from before a restore/);
      assert.doesNotMatch(erased.out, new RegExp(SCOPE_A.replace(/[|]/g, '\\|')));
      const text = await run('erase.js', ['--text', 'Per Holm'], storageEnv());
      assert.equal(text.code, 0, text.out);
      assert.match(text.out, /Done: \d+ rows changed in 1 scopes/);
      h = await startHarness({ ADMINS: KAREN.aadObjectId }, azurite ? { azurite } : { dataDir });
      const tables = h.app.storage.tables;
      assert.equal(await holding(tables, ANNE_ELSEWHERE.aadObjectId), 0);
      assert.equal(await holding(tables, 'Per Holm'), 0);
      assert.ok((await holding(tables, ANNE_TOO.aadObjectId)) > 0);
      const [b] = await tables.log.range(SCOPE_B, 'entry|', 'entry|\uffff');
      assert.equal(b.authorName, 'tidligere medlem');
      if (dataDir) assert.deepEqual(rawHitsInFolder(dataDir, ANNE_ELSEWHERE.aadObjectId), []);
    });
  });
}

describe('erased means gone from a file of realistic size (SQLite)', function () {
  this.timeout(120_000);

  it('leaves no byte of a name in the file or its WAL after erasing it from 1,500 entries, reading and writing meanwhile', async () => {
    const { openSeedingSqlite, seedEntries } = await import('../../bench/seed.js');
    const { ensureTables } = await import('../../storage/tables.js');
    const { planErasure } = await import('../../storage/erasure.js');
    const dir = tempDir('tovholder-erase-size-');
    const seeded = openSeedingSqlite(dir, () => new Date());
    try {
      await ensureTables(seeded.tables);
      const scope = 'tenant|team|erase';
      seeded.durable(false); // seeding only: the erasure below runs with the bot's fsync per commit
      await seedEntries(seeded.tables, scope, {
        count: 1500,
        recent: 500,
        recentDays: 90,
        today: DateTime.fromISO('2024-11-20'),
        rareWord: 'Kragholmsk',
        rareCount: 40,
        seed: 7,
      });
      seeded.durable(true);
      const files = () =>
        fs
          .readdirSync(dir)
          .filter((f) => f.startsWith(DB_PREFIX))
          .map((f) => path.join(dir, f));
      assert.ok(files().flatMap((f) => rawHits(f, 'Kragholmsk')).length > 0, 'the seeded file holds the word');
      const plan = await planErasure(seeded.tables, { mode: 'text', name: 'Kragholmsk', scope });
      assert.equal(plan.counts.entries, 40);
      await plan.apply();
      // The rewrite runs on a thread of its own: this one keeps reading, and a write made meanwhile is saved after it.
      let rewritten = false;
      const purge = seeded.database.purge().then(() => {
        rewritten = true;
      });
      const during = seeded.tables.scopes.upsert({ partitionKey: scope, rowKey: 'written-while-rewriting', note: 'kept' });
      let readsMeanwhile = 0;
      while (!rewritten) {
        assert.ok(await seeded.tables.scopes.get(scope, 'written-while-rewriting').then(() => true));
        readsMeanwhile++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all([purge, during]);
      // On this thread VACUUM held the event loop from start to end: one or two turns of it, not dozens of reads.
      assert.ok(readsMeanwhile > 10, `only ${readsMeanwhile} reads answered while the file was rewritten`);
      assert.equal((await seeded.tables.scopes.get<Row & { note: string }>(scope, 'written-while-rewriting'))?.note, 'kept');
      assert.deepEqual(
        files().flatMap((f) => rawHits(f, 'Kragholmsk')),
        [],
      );
      assert.equal(seeded.database.checkIntegrity(), undefined);
    } finally {
      seeded.database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
