// What /huller reads (bot/commands/gaps.ts readGaps): over 10,000 entries and 200 stakeholders, the Log table once in
// chunks of SUMMARY_CHUNK entries the first time; after a write, only the chunk that holds the entry written (none while
// nothing is written), and one range of the Scopes table (the registry's records and results), once the scope's names
// and settings are cached as after any turn; never a read per entry, stakeholder or experiment. (Its time is in
// `npm run bench`.)
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DateTime } from 'luxon';
import type { Tables } from '../../storage/schema';
import type { SqliteDatabase } from '../../storage/sqliteDatabase';
import type { TableStore } from '../../storage/tableStore';
import { LogRepository } from '../../storage/logRepository';
import { SUMMARY_CHUNK } from '../../storage/logSummaries';
import type { LogEntry } from '../../domain/logEntry';
import { ScopeRepository } from '../../storage/scopeRepository';
import { ExperimentRepository } from '../../storage/experimentRepository';
import { openSeedingSqlite, plannedEntries, seedStakeholders } from '../../bench/seed';
import { seedLogInKeyOrder } from '../support/seedInKeyOrder';
import { readGaps } from '../../bot/commands/plans/gaps';
import { tempDir } from '../support/backends';
import { SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import { gapsLogFold, summarizeLog } from '../../domain/gaps';

const SCOPE = 'tenant|team|gaps-reads';
const TODAY = DateTime.fromISO('2025-03-12T10:00:00', { zone: 'Europe/Copenhagen' });

/** A store that counts its range reads (as `name`) and the rows they return (as `name rows`). */
function counted(store: TableStore, counts: Map<string, number>, name: string): TableStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'range' && typeof value === 'function') {
        return async (...args: unknown[]) => {
          counts.set(name, (counts.get(name) ?? 0) + 1);
          const rows = (await (value as (...a: unknown[]) => Promise<unknown[]>).apply(target, args)) as unknown[];
          counts.set(`${name} rows`, (counts.get(`${name} rows`) ?? 0) + rows.length);
          return rows;
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('/huller reads a chunk of the log after a change, over 10,000 entries and 200 stakeholders', function () {
  this.timeout(120_000);
  let dir: string;
  let database: SqliteDatabase;
  let tables: Tables;
  before(async () => {
    dir = tempDir('tovholder-gaps-reads-');
    const seeding = openSeedingSqlite(dir, () => new Date());
    database = seeding.database;
    tables = seeding.tables;
    const plan = { count: 10_000, recent: 1_000, recentDays: 365, today: TODAY, rareWord: 'Limfjordsbroen', rareCount: 25, seed: 7 };
    seeding.durable(false); // seeding only (an fsync per commit was most of this suite's time): the reads below are the same
    await seedLogInKeyOrder(tables.log, SCOPE, plannedEntries(plan));
    await seedStakeholders(tables, SCOPE, 200);
    seeding.durable(true);
  });
  after(() => {
    database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the Log in chunks once, then only the chunk a write touched, and the Scopes table once, and finds every gap', async () => {
    const counts = new Map<string, number>();
    const scopes = new ScopeRepository(counted(tables.scopes, counts, 'Scopes'));
    const readers = {
      log: new LogRepository(counted(tables.log, counts, 'Log')),
      experiments: new ExperimentRepository(counted(tables.scopes, counts, 'Scopes')),
      scopes,
    };
    const first = await readGaps(readers, SCOPE, TODAY); // the first turn of a process loads the scope's names and settings
    const entries = counts.get('Log rows')!;
    assert.ok(entries > 9_000, `${entries} entries`);
    assert.equal(counts.get('Log'), Math.floor(entries / SUMMARY_CHUNK) + 1);
    // The seeded log names outlets and municipalities every few days: none of those is a gap; the 178 added
    // stakeholders are (the outlets among them are media, one line; the rest have no threshold by default).
    assert.ok(!first.gaps.some((g) => g.kind === 'media' || g.kind === 'quietMunicipality'), JSON.stringify(first.gaps.slice(0, 5)));
    assert.ok(first.gaps.some((g) => g.kind === 'stakeholder' && g.name === 'Folketinget'));
    assert.equal((await scopes.sharedNames(SCOPE, 'stakeholder')).length + SEED_STAKEHOLDERS.length, 200);

    // A new entry: the next /huller reads the chunk that holds it again (one range) and follows it.
    await readers.log.add(SCOPE, {
      id: 'gaps-reads-1',
      kind: 'meeting',
      text: 'møde med Folketinget',
      happenedOn: '2025-03-12',
      authorName: 'Anne',
      authorAadId: '',
      writtenAt: '2025-03-12T09:00:00.000Z',
      stakeholders: ['Folketinget'],
      outlets: [],
      experiments: [],
      municipalities: [],
      words: ['møde'],
    });
    counts.clear();
    const after = await readGaps(readers, SCOPE, TODAY);
    assert.equal(counts.get('Log'), 1);
    assert.ok(counts.get('Log rows')! <= 2 * SUMMARY_CHUNK, `${counts.get('Log rows')} rows read`);
    assert.equal(counts.get('Scopes'), 1);
    assert.ok(!after.gaps.some((g) => g.kind === 'stakeholder' && g.name === 'Folketinget'));
    // Nothing written since: the log's summary is kept, and only the registry is read.
    counts.clear();
    await readGaps(readers, SCOPE, TODAY);
    assert.deepEqual(Object.fromEntries(counts), { Scopes: 1, 'Scopes rows': counts.get('Scopes rows') });
  });

  it('folds a log larger than one page page by page, to the same summary as one pass over all of it', async () => {
    const counts = new Map<string, number>();
    const paged = new LogRepository(counted(tables.log, counts, 'Log'), { summaryPage: 3_000 });
    const summary = await paged.summaryOf(SCOPE, 'gaps', gapsLogFold);
    assert.equal(counts.get('Log'), 4, 'about 10,000 entries in pages of 3,000');
    const all = await new LogRepository(tables.log).between(SCOPE, '0001-01-01', '9999-12-31');
    assert.ok(all.length > 9_000 && all.length < 12_000, `${all.length} entries`);
    assert.deepEqual(summary, summarizeLog(all));
  });

  it('follows an edit that moves an entry to another chunk and an undo of the latest entry, reading those chunks only', async () => {
    const counts = new Map<string, number>();
    const log = new LogRepository(counted(tables.log, counts, 'Log'), { summaryPage: 3_000 });
    const whole = async () => summarizeLog(await new LogRepository(tables.log).between(SCOPE, '0001-01-01', '9999-12-31'));
    await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
    const entry: LogEntry = {
      id: 'gaps-reads-moved',
      kind: 'press',
      text: 'Nordjyske skrev om Kragholm-forsøget',
      happenedOn: '2025-03-12',
      authorName: 'Anne',
      authorAadId: '',
      writtenAt: '2025-03-12T09:00:00.000Z',
      stakeholders: ['Kragholm Udvalget'],
      outlets: ['Nordjyske'],
      experiments: ['Kragholm-forsøget'],
      municipalities: ['Brønderslev'],
      words: ['nordjyske'],
    };
    await log.add(SCOPE, entry);
    counts.clear();
    const added = await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
    assert.equal(added.stakeholders.get('kragholm udvalget'), '2025-03-12');
    assert.deepEqual(added, await whole());
    assert.equal(counts.get('Log'), 1, 'the last chunk');

    // Moved back two years: out of the last chunk into an early one; both are read again.
    const moved = { ...entry, happenedOn: '2023-02-01' };
    await log.replace(SCOPE, entry, moved);
    counts.clear();
    const edited = await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
    assert.equal(edited.stakeholders.get('kragholm udvalget'), '2023-02-01');
    assert.deepEqual(edited, await whole());
    assert.equal(counts.get('Log'), 2, 'the chunk it left and the chunk it joined');
    assert.ok(counts.get('Log rows')! <= 2 * 3_000 + 2);

    // Undone: the names only it had leave the summary.
    await log.undo(SCOPE, moved, { name: 'Anne', aadObjectId: '' }, '2025-03-12T10:00:00.000Z');
    counts.clear();
    const undone = await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
    assert.equal(undone.stakeholders.get('kragholm udvalget'), undefined);
    assert.equal(undone.told.get('kragholm-forsøget'), undefined);
    assert.deepEqual(undone, await whole());
    assert.equal(counts.get('Log'), 1);

    // A write the repository was not told about (straight to the table): the whole log is read again.
    await tables.log.upsert({ partitionKey: SCOPE, rowKey: 'meta|unrelated', note: 'x' });
    counts.clear();
    assert.deepEqual(await log.summaryOf(SCOPE, 'gaps', gapsLogFold), await whole());
    assert.equal(counts.get('Log'), 4);
  });
});
