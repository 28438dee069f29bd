// The tables Tovholder keeps. One table per kind of row, all partitioned by scope (PartitionKey = Scope.key), so a
// query reads one scope's rows of one kind. Azure evaluates a RowKey range within a partition on its clustered index;
// Azurite (the local emulator) scans a table per query, which is why the big log never shares a table with the
// small, hot rows (items, settings).
//
//   Log            entry|<happenedOn>|<id>       a log entry
//                  word|<word>|<inv date>|<id>    search index of entries ("find by words"), newest first
//                  who|<stakeholder>|<inv date>|<id>  stakeholder history, newest first
//   Items          events and deadlines, and their search index (see storage/itemRepository.ts)
//   Scopes         settings, stakeholder and experiment lists, undo audit records, claims (exactly-once sends)
//   Conversations  PartitionKey 'ref': one row per conversation the bot is in (proactive messages)
import { TableStore, type StorageUsage } from './tableStore';

export interface Tables {
  log: TableStore;
  items: TableStore;
  scopes: TableStore;
  conversations: TableStore;
}

export function openTables(connectionString: string): Tables {
  return {
    log: TableStore.fromConnectionString(connectionString, 'Log'),
    items: TableStore.fromConnectionString(connectionString, 'Items'),
    scopes: TableStore.fromConnectionString(connectionString, 'Scopes'),
    conversations: TableStore.fromConnectionString(connectionString, 'Conversations'),
  };
}

export async function ensureTables(tables: Tables): Promise<void> {
  await Promise.all(Object.values(tables).map((t: TableStore) => t.ensureTable()));
}

/** For /healthz: every table answers. */
export async function pingTables(tables: Tables): Promise<boolean> {
  const answers = await Promise.all(Object.values(tables).map((t: TableStore) => t.ping()));
  return answers.every(Boolean);
}

/** Round trips and rows read so far, over all tables. */
export function usageOf(tables: Tables): StorageUsage {
  const total: StorageUsage = { requests: 0, rowsRead: 0 };
  for (const t of Object.values(tables) as TableStore[]) {
    total.requests += t.usage.requests;
    total.rowsRead += t.usage.rowsRead;
  }
  return total;
}
