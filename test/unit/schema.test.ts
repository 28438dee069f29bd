// storage/schema.ts: the Scopes table's five writers keep apart, and every history kind has a table.
import assert from 'node:assert/strict';
import { DOWNLOAD_KEY_PARTITION, HISTORY_TABLES, historyStores, SCOPES_ROWS, TABLE_NAMES, type Tables } from '../../storage/schema';
import type { TableStore } from '../../storage/tableStore';

describe('the storage schema', () => {
  it('gives each kind of row in Scopes its own first RowKey part', () => {
    const firsts = Object.values(SCOPES_ROWS);
    assert.equal(new Set(firsts).size, firsts.length);
    for (const first of firsts) assert.doesNotMatch(first, /\|/, `${first} is one key part`);
    assert.ok(!DOWNLOAD_KEY_PARTITION.includes('|'), 'the key partition cannot be a scope key (those have | in them)');
  });

  it('puts every history kind in a table that exists, beside what it records', () => {
    const tables = Object.fromEntries(
      Object.keys(TABLE_NAMES).map((name) => [name, { name } as unknown as TableStore]),
    ) as unknown as Tables;
    const stores = historyStores(tables);
    for (const [kind, table] of Object.entries(HISTORY_TABLES))
      assert.equal(stores[kind as keyof typeof HISTORY_TABLES], tables[table], kind);
    assert.equal(HISTORY_TABLES.entry, 'log');
    assert.equal(HISTORY_TABLES.item, 'items');
  });
});
