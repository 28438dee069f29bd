// ItemRepository against a real in-process Azurite: search, the due/overdue/ongoing/undated ranges, Done, edits and
// the Undo of a pasted timeline, each within its own scope.
import assert from 'node:assert/strict';
import { freshAzurite } from '../support/azurite';
import { AzureTableStore } from '../../storage/azureTableStore';
import { ItemRepository } from '../../storage/itemRepository';
import { itemsTouching, type Item } from '../../domain/items';
import type { EmbeddedAzurite } from '../support/embeddedAzurite';

describe('ItemRepository against Azurite', () => {
  let azurite: EmbeddedAzurite;
  let repo: ItemRepository;
  const scope = 'tenant|team|search';
  const base = { done: false, authorName: 'Anne', authorAadId: 'a', writtenAt: '2024-01-15T09:00:00.000Z' };
  const item = (id: string, title: string, start: string, end = start, extra: Partial<Item> = {}): Item => ({
    ...base,
    id,
    type: 'deadline',
    title,
    period: { start, end, form: start === end ? { kind: 'day' } : { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } },
    ...extra,
  });

  before(async () => {
    azurite = await freshAzurite();
    repo = new ItemRepository(AzureTableStore.fromConnectionString(azurite.connectionString, 'Items'));
    await repo.add(scope, [
      item('a', 'Aflevering af slutrapport til ØIM', '2024-12-15'),
      item('b', 'Byrådsbehandling i alle kommuner', '2024-10-01', '2024-11-30'),
      item('c', 'Godkendelse i styregruppen', '2024-08-11', '2024-08-20'),
      { ...base, id: 'd', type: 'event', title: 'Beskæftigelsestræf', period: undefined },
      {
        ...base,
        id: 'e',
        type: 'event',
        title: 'Folkemødet på Bornholm',
        period: { start: '2024-06-13', end: '2024-06-16', form: { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } },
      },
    ]);
    await repo.add('other|scope', [item('x', 'Slutrapport i en anden scope', '2024-12-15')]);
  });
  after(async () => {
    await azurite.close();
  });

  it('search finds items whose title has words starting with every query word, within the scope only', async () => {
    assert.deepEqual(
      (await repo.search(scope, ['slutrap'])).map((i) => i.id),
      ['a'],
    );
    assert.deepEqual(
      (await repo.search(scope, ['SLUTRAPPORT', 'øim'])).map((i) => i.id),
      ['a'],
    );
    assert.deepEqual(
      (await repo.search(scope, ['slutrapport', 'kommuner'])).map((i) => i.id),
      [],
    );
    assert.deepEqual(
      (await repo.search(scope, ['beskæftigelses'])).map((i) => i.id),
      ['d'],
    );
    assert.deepEqual(
      (await repo.search(scope, ['i'])).map((i) => i.id),
      [],
    );
    assert.deepEqual(
      (await repo.search(scope, [])).map((i) => i.id),
      [],
    );
  });

  const numbers = 'tenant|team|numbers';
  const addNumbered = () =>
    repo.add(numbers, [
      item('n1', 'Milepæl 14 i projektet', '2025-03-01'),
      item('n2', 'Milepæl 14s opfølgning', '2025-03-02'),
      item('n3', 'Milepæl 14th review', '2025-03-03'),
      item('n4', 'Milepæl 140', '2025-03-04'),
      item('n5', 'Milepæl 14ø', '2025-03-05'),
      item('n6', 'Milepæl 1 og 4', '2025-03-06'),
    ]);

  it('search finds a number as written or with an s, never a longer word that begins with it', async () => {
    // One range reads both ("14s|" to past "14|"): the words that sort between ("14th", "14ø") are not the number.
    await addNumbered();
    const ids = (items: Item[]) => items.map((i) => i.id).sort();
    assert.deepEqual(ids(await repo.search(numbers, ['14'])), ['n1', 'n2']);
    assert.deepEqual(ids(await repo.search(numbers, ['14th'])), ['n3']);
    assert.deepEqual(ids(await repo.search(numbers, ['140'])), ['n4']);
    const [fourteen, one, none] = await repo.searchEach(numbers, [['milepæl', '14'], ['milepæl', '1'], ['15']]);
    assert.deepEqual([ids(fourteen), ids(one), ids(none)], [['n1', 'n2'], ['n6'], []]);
  });

  it('searchEach finds for each query what search finds for it alone, also where it checks words on the items', async () => {
    // Words the queries share ("milepæl") are read from the index; each query's own words are checked on the items
    // those found: the same answer as reading every word.
    await addNumbered(); // once: a second add of the same ids is a duplicate
    const queries = [
      ['Milepæl', '14'],
      ['milepæl', '1'],
      ['milepæl', 'opfølg'],
      ['milepæl', 'review', '14th'],
      ['milepæl', 'i', 'projektet', '14'],
      ['milepæl', '14ø'],
      ['milepæl', '140'],
      ['milepæl', '15'],
      ['14'],
      ['og'],
      [],
    ];
    const each = await repo.searchEach(numbers, queries);
    const alone = await Promise.all(queries.map((q) => repo.search(numbers, q)));
    assert.deepEqual(each, alone);
    assert.deepEqual(
      each.map((items) => items.map((i) => i.id)),
      [['n1', 'n2'], ['n6'], ['n2'], ['n3'], ['n1'], ['n5'], ['n4'], [], ['n1', 'n2'], [], []],
    );
  });

  it('due, overdue, ongoing and undated are the rows they say', async () => {
    assert.deepEqual(
      (await repo.dueBetween(scope, '2024-11-01', '2024-11-30')).map((i) => i.id),
      ['b'],
    );
    assert.deepEqual(
      (await repo.ongoing(scope, '2024-10-01', '2024-10-31')).map((i) => i.id),
      ['b'],
    );
    assert.deepEqual(
      (await repo.ongoing(scope, '2024-06-14', '2024-06-30')).map((i) => i.id),
      ['e'],
    );
    assert.deepEqual((await repo.overdue(scope, '2024-08-21')).map((i) => i.id).sort(), ['c', 'e']);
    assert.deepEqual(
      (await repo.overdue(scope, '2024-06-14')).map((i) => i.id),
      [],
    ); // Folkemødet is still on
    assert.deepEqual(
      (await repo.undated(scope)).map((i) => i.id),
      ['d'],
    );
  });

  it('the items touching a period, taken from those touching its whole year (itemsTouching), are what touching reads for the period', async () => {
    const ids = (items: Item[]) => items.map((i) => i.id);
    const spanning = 'tenant|team|touching';
    await repo.add(spanning, [
      item('n1', 'Ansøgning om forlængelse', '2024-03-01'),
      item('n2', 'Evaluering, første del', '2024-01-20', '2024-04-10'),
      item('n3', 'Høring', '2023-11-01', '2024-02-15'),
      item('n4', 'Slutrapport', '2024-09-01', '2025-02-01'),
      item('n5', 'Indstilling', '2024-02-01', '2024-02-29', { done: true }),
      {
        ...base,
        id: 'n6',
        type: 'event',
        title: 'Netværksmøde',
        period: { start: '2024-02-27', end: '2024-03-02', form: { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } },
      },
      item('n7', 'Tidligere frist', '2023-12-01'),
    ]);
    await repo.setDone(spanning, 'n2', true, { by: { name: 'Anne', aadObjectId: 'a' }, at: '2024-04-01T10:00:00.000Z' });
    const year = await repo.touching(spanning, '2024-01-01', '2024-12-31');
    for (const [from, to] of [
      ['2024-02-01', '2024-03-12'],
      ['2024-03-02', '2024-03-02'],
      ['2024-01-01', '2024-12-31'],
      ['2024-10-01', '2024-12-31'],
      ['2024-01-01', '2024-01-31'],
    ]) {
      const touching = await repo.touching(spanning, from!, to!);
      assert.deepEqual(ids(itemsTouching(year, from!, to!)), ids(touching), `${from}..${to}`);
      // One read of the open items up to `to` gives what the open items due in the period and those running into it gave.
      const apart = [
        ...(await repo.dueBetween(spanning, from!, to!, { includeDone: true })),
        ...(await repo.ongoing(spanning, from!, to!)),
      ];
      assert.deepEqual([...new Set(ids(apart))].sort(), ids(touching).sort(), `${from}..${to}: as read apart`);
    }
  });

  it('listing reads in one go what dueBetween, overdue and ongoing read apart, for windows around and away from today', async () => {
    const ids = (items: Item[]) => items.map((i) => i.id);
    const windows: Array<[string, string, string]> = [
      ['2024-11-01', '2024-11-30', '2024-11-12'],
      ['2024-10-01', '2024-10-31', '2024-08-21'],
      ['2024-06-14', '2024-06-30', '2024-06-14'],
      ['2024-08-01', '2024-08-31', '2024-12-20'],
      ['2024-01-01', '2024-12-31', '2024-08-21'],
      ['2025-01-01', '2025-01-31', '2024-08-21'],
    ];
    for (const [from, to, today] of windows) {
      const one = await repo.listing(scope, from, to, today, { includeDone: true });
      assert.deepEqual(ids(one.due), ids(await repo.dueBetween(scope, from, to, { includeDone: true })), `due ${from}..${to} on ${today}`);
      assert.deepEqual(ids(one.overdue), ids(await repo.overdue(scope, today)), `overdue on ${today}`);
      assert.deepEqual(ids(one.ongoing), ids(await repo.ongoing(scope, from, to)), `ongoing ${from}..${to}`);
    }
  });

  it('setDone moves an item out of the open listings and back; another scope finds nothing', async () => {
    assert.equal(
      await repo.setDone('other|scope', 'c', true, { by: { name: 'Bo', aadObjectId: 'bo-id' }, at: '2024-08-21T10:00:00Z' }),
      undefined,
    );
    const done = await repo.setDone(scope, 'c', true, { by: { name: 'Bo', aadObjectId: 'bo-id' }, at: '2024-08-21T10:00:00Z' });
    assert.equal(done?.done, true);
    assert.equal(done?.doneBy, 'Bo');
    assert.deepEqual(
      (await repo.dueBetween(scope, '2024-08-01', '2024-08-31')).map((i) => i.id),
      [],
    );
    assert.deepEqual(
      (await repo.dueBetween(scope, '2024-08-01', '2024-08-31', { includeDone: true })).map((i) => i.id),
      ['c'],
    );
    assert.equal((await repo.search(scope, ['styregruppen']))[0].done, true);
    const open = await repo.setDone(scope, 'c', false, { by: { name: 'Bo', aadObjectId: 'bo-id' }, at: '2024-08-22T10:00:00Z' });
    assert.equal(open?.doneBy, undefined);
    assert.deepEqual(
      (await repo.dueBetween(scope, '2024-08-01', '2024-08-31')).map((i) => i.id),
      ['c'],
    );
  });

  it('update re-indexes an edited title and date; add of existing ids is a duplicate', async () => {
    const before = (await repo.get(scope, 'a'))!;
    await repo.update(scope, {
      ...before,
      title: 'Endelig rapport til ministeriet',
      period: { start: '2025-01-10', end: '2025-01-10', form: { kind: 'day' } },
      snoozedUntil: '2024-12-01T08:00:00Z',
    });
    assert.deepEqual(await repo.search(scope, ['slutrapport']), []);
    assert.deepEqual(
      (await repo.search(scope, ['ministeriet'])).map((i) => i.id),
      ['a'],
    );
    assert.deepEqual(
      (await repo.dueBetween(scope, '2025-01-01', '2025-01-31')).map((i) => i.snoozedUntil),
      ['2024-12-01T08:00:00Z'],
    );
    assert.equal(await repo.add(scope, [item('b', 'Byrådsbehandling i alle kommuner', '2024-10-01', '2024-11-30')]), 'duplicate');
  });

  it('removeBatch removes every item of a paste and its index rows, only in its own scope', async () => {
    const paste = Array.from({ length: 30 }, (_, i) =>
      item(`p${i}`, `Punkt ${i} i tidsplanen`, '2025-03-01', '2025-03-01', { batchId: 'batch1' }),
    );
    assert.equal(await repo.add(scope, paste), 'saved');
    assert.equal((await repo.search(scope, ['tidsplanen'])).length, 30);
    assert.deepEqual(await repo.removeBatch('other|scope', 'batch1'), { removed: 0, kept: 0 });
    assert.deepEqual(await repo.removeBatch(scope, 'batch1'), { removed: 30, kept: 0 });
    assert.deepEqual(await repo.search(scope, ['tidsplanen']), []);
    assert.deepEqual(await repo.dueBetween(scope, '2025-03-01', '2025-03-01'), []);
  });
});
