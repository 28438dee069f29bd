// What the digest reads of a scope's items (issue 26: the tick does this for every scope, and on Azure each read is a
// round trip): the open items due ahead, the overdue ones and the undated ones in ONE range read, the same items as
// dueBetween, overdue and undated give apart, and no row of the scope's future beyond the digest's window. On SQLite
// and on Azurite.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { ItemRepository } from '../../storage/itemRepository';
import type { Item } from '../../domain/items';

const SCOPE = 'tenant|team|digest-reads';
const base = { done: false, authorName: 'Anne', authorAadId: 'a', writtenAt: '2025-01-15T09:00:00.000Z' };
const span = { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } as const;
const deadline = (id: string, start: string, end = start, extra: Partial<Item> = {}): Item => ({
  ...base,
  id,
  type: 'deadline',
  title: `Frist ${id}`,
  period: { start, end, form: start === end ? { kind: 'day' } : span },
  ...extra,
});
const undated = (id: string, writtenAt: string, extra: Partial<Item> = {}): Item => ({
  ...base,
  id,
  type: 'event',
  title: `Arrangement ${id}`,
  writtenAt,
  ...extra,
});
const ids = (items: Item[]) => items.map((i) => i.id);

for (const backend of BACKENDS) {
  describe(`the digest's read of the items (${backend.name})`, function () {
    this.timeout(60_000);
    let open: OpenBackend;
    let repo: ItemRepository;
    const today = '2025-03-10';
    const to = '2025-04-09';

    before(async () => {
      open = await backend.open();
      repo = new ItemRepository(open.tables.items);
      await repo.add(SCOPE, [
        deadline('overdue', '2025-02-20'),
        deadline('today', '2025-03-10'),
        deadline('ahead', '2025-03-24'),
        deadline('last-day', '2025-04-09'),
        deadline('spanning', '2025-03-01', '2025-05-31'),
        { ...deadline('plan', '2025-03-28'), type: 'plan' },
        deadline('done', '2025-03-20', '2025-03-20', { done: true, doneAt: '2025-03-01T10:00:00.000Z', doneBy: 'Anne' }),
        // 40 deadlines past the window: the digest's read must not grow with them.
        ...Array.from({ length: 40 }, (_, i) =>
          deadline(`later${i}`, `${2026 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-10`),
        ),
        undated('undated-new', '2025-03-01T09:00:00.000Z'),
        undated('undated-old', '2024-11-01T09:00:00.000Z'),
      ]);
      // An undated item marked done keeps its nodate| row; the digest does not show it.
      await repo.add(SCOPE, [undated('undated-done', '2025-02-01T09:00:00.000Z')]);
      await repo.setDone(SCOPE, 'undated-done', true, { by: { name: 'Anne', aadObjectId: 'a' }, at: '2025-03-02T10:00:00.000Z' });
    });
    after(async () => {
      await open.close();
    });

    it('gives what dueBetween, overdue and undated give, in one round trip that reads no row past the window', async () => {
      const store = open.tables.items;
      const before = { ...store.usage };
      const read = await repo.digestItems(SCOPE, today, to);
      assert.equal(store.usage.requests - before.requests, 1);
      // The three undated rows (one of them done) and the five open rows keyed up to the window's end; not the
      // period that ends after it, nor the 40 deadlines of later years.
      assert.equal(store.usage.rowsRead - before.rowsRead, 8);
      assert.deepEqual(ids(read.due), ids(await repo.dueBetween(SCOPE, today, to)));
      assert.deepEqual(ids(read.due), ['today', 'ahead', 'plan', 'last-day']);
      assert.deepEqual(ids(read.overdue), ids(await repo.overdue(SCOPE, today)));
      assert.deepEqual(ids(read.overdue), ['overdue']);
      assert.deepEqual(ids(read.undated), ids(await repo.undated(SCOPE)));
      assert.deepEqual(ids(read.undated), ['undated-old', 'undated-new']);
    });

    it('finds nothing in a scope without items, and nothing of another scope', async () => {
      const read = await repo.digestItems('tenant|team|empty', today, to);
      assert.deepEqual(read, { due: [], overdue: [], undated: [] });
    });
  });
}
