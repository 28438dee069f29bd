// TableStore against a real Azurite: key ranges return only their rows, and the usage counters the bench reports
// count what was really asked of the service.
import assert from 'node:assert/strict';
import { freshAzurite } from '../support/azurite';
import { TableStore } from '../../storage/tableStore';
import { openTables, ensureTables, usageOf } from '../../storage/tables';
import { ScopeRepository } from '../../storage/scopeRepository';
import { encodeKeyPart } from '../../storage/keys';
import { ConversationRepository, type ConversationRef } from '../../storage/conversationRepository';
import type { EmbeddedAzurite } from '../../storage/embeddedAzurite';

describe('TableStore on Azurite', () => {
  let azurite: EmbeddedAzurite;
  let store: TableStore;
  before(async () => {
    azurite = await freshAzurite();
    store = TableStore.fromConnectionString(azurite.connectionString, 'UsageTest');
    await store.ensureTable();
    // Two partitions, 250 rows each, written in transactions of 50 (10 requests).
    for (const pk of ['scope-a', 'scope-b']) {
      for (let start = 0; start < 250; start += 50) {
        await store.transaction(Array.from({ length: 50 }, (_, i) => ['create', { partitionKey: pk, rowKey: `row|${String(start + i).padStart(4, '0')}`, n: start + i }] as const) as never);
      }
    }
    assert.deepEqual(store.usage, { requests: 10, rowsRead: 0 }, 'ten transactions, nothing read');
  });
  after(async () => { await azurite.close(); });

  it('reads a RowKey range of one partition and nothing around it, in key order', async () => {
    const rows = await store.range<{ partitionKey: string; rowKey: string; n: number }>('scope-a', 'row|0100', 'row|0110');
    assert.deepEqual(rows.map((r) => r.n), [100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    assert.ok(rows.every((r) => r.partitionKey === 'scope-a'));
  });

  it('counts one request per write, point read and query page, and every row read', async () => {
    const before = { ...store.usage };
    await store.range('scope-b', 'row|0000', 'row|0010');
    assert.deepEqual(store.usage, { requests: before.requests + 1, rowsRead: before.rowsRead + 10 });
    assert.equal((await store.range('scope-b', 'row|', 'row|\uffff', { limit: 5 })).length, 5);
    assert.deepEqual(store.usage, { requests: before.requests + 2, rowsRead: before.rowsRead + 15 });
    assert.equal(await store.get('scope-b', 'row|9999'), undefined);
    assert.equal((await store.get<{ partitionKey: string; rowKey: string; n: number }>('scope-b', 'row|0007'))?.n, 7);
    assert.deepEqual(store.usage, { requests: before.requests + 4, rowsRead: before.rowsRead + 16 });
    await store.upsert({ partitionKey: 'scope-b', rowKey: 'extra', n: -1 });
    await store.delete('scope-b', 'extra');
    assert.deepEqual(store.usage, { requests: before.requests + 6, rowsRead: before.rowsRead + 16 });
  });

  it('counts each page of a long query: 250 rows come in one page of up to 1,000', async () => {
    const before = { ...store.usage };
    assert.equal((await store.partition('scope-a')).length, 250);
    assert.deepEqual(store.usage, { requests: before.requests + 1, rowsRead: before.rowsRead + 250 });
  });

  it('adds the counters of all tables', async () => {
    const tables = openTables(azurite.connectionString);
    await ensureTables(tables);
    await tables.scopes.get('nobody', 'settings');
    await tables.log.range('nobody', 'a', 'b');
    assert.deepEqual(usageOf(tables), { requests: 2, rowsRead: 0 });
  });
});

describe('ScopeRepository settings on Azurite', () => {
  let azurite: EmbeddedAzurite;
  before(async () => { azurite = await freshAzurite(); });
  after(async () => { await azurite.close(); });

  it('reads every settings record of a scope in one request, by name, and nothing of other scopes or lists', async () => {
    const tables = openTables(azurite.connectionString);
    await ensureTables(tables);
    const scopes = new ScopeRepository(tables.scopes);
    await scopes.putSettings('tenant|team|a', 'digest', { weekday: 2, enabled: true });
    await scopes.putSettings('tenant|team|a', 'reminders', { enabled: false });
    await scopes.putSettings('tenant|team|b', 'digest', { weekday: 5 });
    await scopes.addName('tenant|team|a', 'stakeholder', { name: 'Radio Limfjord', aliases: [], outlet: true });
    const before = tables.scopes.usage.requests;
    const all = await scopes.allSettings('tenant|team|a');
    assert.equal(tables.scopes.usage.requests, before + 1);
    assert.deepEqual(Object.fromEntries(all), { digest: { weekday: 2, enabled: true }, reminders: { enabled: false } });
    assert.deepEqual(await scopes.getSettings('tenant|team|a', 'digest'), { weekday: 2, enabled: true });
    assert.equal((await scopes.allSettings('tenant|team|c')).size, 0);
  });
});

describe('ConversationRepository on Azurite', () => {
  let azurite: EmbeddedAzurite;
  before(async () => { azurite = await freshAzurite(); });
  after(async () => { await azurite.close(); });

  const ref = (o: Partial<ConversationRef> = {}): ConversationRef => ({
    scopeKey: 'tenant|groupChat|19:chat', kind: 'groupChat', serviceUrl: 'https://smba.example/emea/', channelId: 'msteams',
    tenantId: 'tenant', conversationId: '19:chat', bot: { id: '28:bot', name: 'Tovholder' }, ...o,
  });

  it('keeps the first "since", writes only on a change, and leaves a reference without one as long known', async () => {
    const tables = openTables(azurite.connectionString);
    await ensureTables(tables);
    const first = new ConversationRepository(tables.conversations);
    assert.equal(await first.remember(ref({ since: '2024-11-18T12:00:00.000Z' })), true);
    assert.equal(await first.remember(ref({ since: '2024-11-20T09:00:00.000Z' })), false);
    // Another process (a restart) that has not seen the row: reads it, keeps its since, writes only the change.
    const second = new ConversationRepository(tables.conversations);
    assert.equal(await second.remember(ref({ since: '2024-11-25T09:00:00.000Z' })), false);
    assert.equal(await second.remember(ref({ serviceUrl: 'https://smba.example/amer/', since: '2024-11-25T09:00:00.000Z' })), true);
    assert.deepEqual(await second.get('tenant|groupChat|19:chat'), ref({ serviceUrl: 'https://smba.example/amer/', since: '2024-11-18T12:00:00.000Z' }));
    // A row written before "since" existed stays without it.
    await tables.conversations.upsert({ partitionKey: 'ref', rowKey: encodeKeyPart('tenant|groupChat|19:old'), json: JSON.stringify(ref({ scopeKey: 'tenant|groupChat|19:old' })) }, 'Replace');
    await second.remember(ref({ scopeKey: 'tenant|groupChat|19:old', since: '2024-11-25T09:00:00.000Z' }));
    assert.equal((await second.get('tenant|groupChat|19:old'))?.since, undefined);
  });
});
