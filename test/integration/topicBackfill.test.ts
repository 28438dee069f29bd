// Entries logged before the registry (issue 14) have no experiment or municipality index rows. The backfill writes
// them in pages from where the scope's marker stopped, in transactions of at most 100 actions, leaves an entry undone
// meanwhile alone, is safe to run again, and runs by itself as the pages are viewed. On SQLite and on Azurite.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { LogRepository } from '../../storage/logRepository';
import type { Row, StoreAction, TableStore } from '../../storage/tableStore';
import type { LogEntry } from '../../domain/logEntry';
import { searchWords } from '../../domain/text';

const SCOPE = 'tenant|team|backfill';

function entry(n: number): LogEntry {
  const day = `2019-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const text =
    n % 3 === 0
      ? `Nordjyske om lægeattester i Hjørring, artikel ${n}`
      : n % 3 === 1
        ? `Møde med KL om mikrolån ${n}`
        : `Brev til ministeren ${n}`;
  return {
    id: `entry${String(n).padStart(8, '0')}`,
    kind: n % 3 === 0 ? 'press' : 'meeting',
    text,
    happenedOn: day,
    authorName: 'Anne Sørensen',
    authorAadId: 'a',
    writtenAt: `${day}T09:00:00.000Z`,
    stakeholders: [],
    outlets: [],
    experiments: n % 3 === 0 ? ['lægeattester'] : n % 3 === 1 ? ['mikrolån'] : [],
    municipalities: n % 3 === 0 ? ['Hjørring'] : [],
    words: searchWords(text),
  };
}

const isTopic = (r: Row) => r.rowKey.startsWith('about|') || r.rowKey.startsWith('place|');

for (const backend of BACKENDS) {
  describe(`the experiment and municipality indexes of entries logged before the registry (${backend.name})`, function () {
    this.timeout(120_000);
    let open: OpenBackend;
    let largest = 0;
    let measured: TableStore;
    const total = 61;

    before(async () => {
      open = await backend.open();
      const store = open.tables.log;
      measured = Object.create(store);
      measured.transaction = async (actions: StoreAction[]) => {
        largest = Math.max(largest, actions.length);
        return store.transaction(actions);
      };
      // The entries as the version before the registry stored them: every row but the topic rows.
      const seed = new LogRepository(store);
      let batch: StoreAction[] = [];
      for (let n = 0; n < total; n++) {
        const rows = seed.rowsFor(SCOPE, entry(n)).filter((r) => !isTopic(r));
        if (batch.length + rows.length > 100) {
          await store.transaction(batch);
          batch = [];
        }
        batch.push(...rows.map((r): StoreAction => ['create', r]));
      }
      if (batch.length) await store.transaction(batch);
    });
    after(async () => {
      await open.close();
    });

    it("writes them a page at a time, resuming where it stopped, and the pages' first view finishes it", async () => {
      const first = await new LogRepository(measured).backfillTopics(SCOPE, { pageSize: 10, pages: 1 });
      assert.equal(first.done, false);
      assert.ok(
        first.entries > 0 && first.entries <= 10,
        `the first 10 entries by date, those naming an experiment or a municipality: ${first.entries}`,
      );
      // An entry of a later page undone before the backfill reaches it: it gets no rows.
      const undone = entry(60);
      await new LogRepository(measured).undo(SCOPE, undone, { name: 'Anne', aadObjectId: 'a' }, '2024-01-01T00:00:00Z');
      // The first view of a page in this process advances it by a page of 500: the rest.
      assert.equal((await new LogRepository(measured).hitsForExperiment(SCOPE, 'lægeattester')).length, 20);
      const repo2 = new LogRepository(measured);
      const hits = await repo2.hitsForExperiment(SCOPE, 'lægeattester');
      assert.equal(hits.length, 20, 'every lægeattester entry but the one undone (0, 3, …, 57)');
      assert.equal((await repo2.hitsForExperiment(SCOPE, 'mikrolån')).length, 20);
      assert.equal((await repo2.hitsForMunicipality(SCOPE, 'Hjørring')).length, 20);
      assert.ok(!hits.some((h) => h.id === undone.id));
      assert.ok(largest <= 100, `largest transaction: ${largest}`);
    });

    it('is safe to run again: nothing more to do, and the rows are as they were', async () => {
      const count = async () => {
        let n = 0;
        for await (const page of open.tables.log.scan()) n += page.filter((r) => r.partitionKey === SCOPE && isTopic(r)).length;
        return n;
      };
      const before = await count();
      assert.deepEqual(await new LogRepository(measured).backfillTopics(SCOPE), { done: true, entries: 0 });
      assert.equal(await count(), before);
      assert.equal(before, 20 + 20 + 20);
    });
  });
}
