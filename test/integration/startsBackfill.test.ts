// A due listing reads rows bounded by its answer: the open items up to the period's end and the deadline periods that
// start by then (starts| rows), not every open item of the scope's future. Items stored before the starts| rows existed
// get them from a backfill that pages from a marker, is safe to run again, and meanwhile the listing reads as before,
// so no ongoing period is missed. On SQLite and on Azurite.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { ItemRepository } from '../../storage/itemRepository';
import type { StoreAction, TableStore } from '../../storage/tableStore';
import type { Item } from '../../domain/items';

const SCOPE = 'tenant|team|starts';
const base = { done: false, authorName: 'Anne', authorAadId: 'a', writtenAt: '2024-01-15T09:00:00.000Z' };
const span = { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } as const;
const deadline = (id: string, start: string, end = start): Item => ({
  ...base,
  id,
  type: 'deadline',
  title: `Frist ${id}`,
  period: { start, end, form: start === end ? { kind: 'day' } : span },
});

/** The rows an item had before the starts| index: all but those. */
async function storeAsBefore(store: TableStore, repo: ItemRepository, items: Item[]): Promise<void> {
  let batch: StoreAction[] = [];
  for (const item of items) {
    const rows = repo.rowsFor(SCOPE, item).filter((r) => !r.rowKey.startsWith('starts|'));
    if (batch.length + rows.length > 100) {
      await store.transaction(batch);
      batch = [];
    }
    batch.push(...rows.map((r): StoreAction => ['create', r]));
  }
  if (batch.length) await store.transaction(batch);
}

for (const backend of BACKENDS) {
  describe(`due listings bounded by the answer, and the starts| backfill (${backend.name})`, function () {
    this.timeout(120_000);
    let open: OpenBackend;
    const today = '2025-03-12';
    // Two periods running past March (one until 2030, after the rest in key order), one deadline in March, and 60
    // single-day deadlines in the years after (open, not due).
    const items = [
      deadline('p1', '2025-02-01', '2030-12-31'),
      deadline('p2', '2025-03-20', '2025-04-15'),
      deadline('m1', '2025-03-25'),
      { ...deadline('plan1', '2025-04-01'), type: 'plan' as const, title: 'Plan: pressemeddelelse' },
      ...Array.from({ length: 60 }, (_, i) =>
        deadline(`f${String(i).padStart(2, '0')}`, `${2026 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-10`),
      ),
    ];

    before(async () => {
      open = await backend.open();
      await storeAsBefore(open.tables.items, new ItemRepository(open.tables.items), items);
    });
    after(async () => {
      await open.close();
    });

    it('lists what is ongoing past the period while the backfill is under way (a page per listing), and once it is done', async () => {
      const store = open.tables.items;
      const repo = new ItemRepository(store, { backfillPage: 10 });
      for (let listing = 1; listing <= 8; listing++) {
        const march = await repo.listing(SCOPE, '2025-03-01', '2025-03-31', today);
        assert.deepEqual(
          march.due.map((i) => i.id),
          ['m1'],
          `listing ${listing}`,
        );
        assert.deepEqual(
          march.ongoing.map((i) => i.id),
          ['p2', 'p1'],
          `listing ${listing}`,
        );
        assert.deepEqual(
          (await repo.ongoing(SCOPE, '2025-03-01', '2025-03-31')).map((i) => i.id),
          ['p2', 'p1'],
        );
      }
      assert.deepEqual(
        (await repo.openOfType(SCOPE, 'plan')).map((i) => i.id),
        ['plan1'],
      );
      // 64 open rows in pages of 10: done by now, and the starts| rows are those of the two periods.
      assert.deepEqual(await repo.backfillStarts(SCOPE), { done: true, items: 0 });
      assert.deepEqual(
        (await store.range(SCOPE, 'starts|', 'starts|\uffff')).map((r) => r.rowKey),
        ['starts|2025-02-01|p1', 'starts|2025-03-20|p2'],
      );
      assert.deepEqual(
        (await store.range(SCOPE, 'planned|', 'planned|\uffff')).map((r) => r.rowKey),
        ['planned|plan1'],
      );
      assert.deepEqual(
        (await repo.openOfType(SCOPE, 'plan')).map((i) => i.id),
        ['plan1'],
      );
    });

    it('reads only the rows of its answer: the 60 later deadlines are neither read nor scanned', async () => {
      const store = open.tables.items;
      const repo = new ItemRepository(store);
      await repo.listing(SCOPE, '2025-03-01', '2025-03-31', today); // the scope's marker, read once per process
      const before = { ...store.usage };
      await repo.listing(SCOPE, '2025-03-01', '2025-03-31', today);
      // open|..2025-03-31: m1; starts|..2025-03-31: p1, p2. Nothing of the 62 open items keyed later.
      assert.equal(store.usage.requests - before.requests, 2);
      assert.ok(store.usage.rowsScanned - before.rowsScanned <= 3, `rows scanned: ${store.usage.rowsScanned - before.rowsScanned}`);
    });

    it('keeps the starts| rows with the item: moved, marked done, reopened, and an item from before them marked done', async () => {
      const store = open.tables.items;
      const repo = new ItemRepository(store);
      const change = { by: { name: 'Anne', aadObjectId: 'a' }, at: '2025-03-12T10:00:00.000Z' };
      await repo.setDone(SCOPE, 'p1', true, change);
      const rows = async () => (await store.range(SCOPE, 'starts|', 'starts|\uffff')).map((r) => r.rowKey);
      assert.deepEqual(await rows(), ['starts|2025-03-20|p2']);
      await repo.setDone(SCOPE, 'p1', false, change);
      assert.deepEqual(await rows(), ['starts|2025-02-01|p1', 'starts|2025-03-20|p2']);
      // An item stored before the index, never backfilled (another scope): marking it done needs no starts| row.
      const old = deadline('o1', '2025-01-01', '2025-06-30');
      const other = 'tenant|team|starts-old';
      const oldRows = repo.rowsFor(other, old).filter((r) => !r.rowKey.startsWith('starts|'));
      await store.transaction(oldRows.map((r): StoreAction => ['create', r]));
      assert.equal((await repo.setDone(other, 'o1', true, change))?.done, true);
      await repo.update(SCOPE, { ...items[1]!, period: { start: '2025-03-22', end: '2025-04-15', form: span } }, change);
      assert.deepEqual(await rows(), ['starts|2025-02-01|p1', 'starts|2025-03-22|p2']);
    });
  });
}
