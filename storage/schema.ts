// The tables Tovholder keeps. One table per kind of row, all partitioned by scope (PartitionKey = Scope.key), so a
// query reads one scope's rows of one kind, a RowKey range on the table's clustered key (on Azure and in SQLite).
//
//   Log            entry|<happenedOn>|<id>       a log entry
//                  word|<word>|<inv date>|<id>    search index of entries ("find by words"), newest first
//                  who|<stakeholder>|<inv date>|<id>  stakeholder history, newest first
//                  id|<id>                        points to the entry's row whatever its date
//                  written|<instant>|<id>         by the time it was logged (the digest's "logged this week")
//                  about|<experiment>|<inv date>|<id>, place|<municipality>|<inv date>|<id>  the /forsøg and /kommune pages
//                  audit|<when>|<id>              what Undo removed (the audit record), written with the removal
//                  hist|entry|<id>|<at>|…         change records of entries, beside them (storage/historyRepository.ts)
//   Items          events and deadlines, and their search index (see storage/itemRepository.ts)
//                  hist|item|<id>|<at>|…          change records of items (approval marks too)
//   Scopes         shared by five repositories, each with the first RowKey parts SCOPES_ROWS gives it: settings,
//                  the stakeholder and experiment lists, claims (exactly-once sends), the experiments' registry
//                  (records, status history, results) and the change records of settings, erasures and the registry;
//                  the download links' key has a partition of its own
//   Conversations  PartitionKey 'ref': one row per conversation the bot is in (proactive messages)
//
import type { TableStore } from './tableStore';

export interface Tables {
  log: TableStore;
  items: TableStore;
  scopes: TableStore;
  conversations: TableStore;
}

/** Table names, the same on both stores (npm run migrate copies table by table). */
export const TABLE_NAMES: Record<keyof Tables, string> = { log: 'Log', items: 'Items', scopes: 'Scopes', conversations: 'Conversations' };

/** The kinds of things with a change history, and the table each one's records live in: beside the thing, so that
 *  the change and its record are written in one transaction (storage/historyRepository.ts). */
export const HISTORY_TABLES = {
  entry: 'log',
  item: 'items',
  settings: 'scopes',
  erasure: 'scopes',
  experiment: 'scopes',
  result: 'scopes',
} as const satisfies Record<string, keyof Tables>;
export type HistoryKind = keyof typeof HISTORY_TABLES;

/** The history kinds by name. */
export const ENTRY = 'entry' satisfies HistoryKind;
export const ITEM = 'item' satisfies HistoryKind;
export const SETTINGS = 'settings' satisfies HistoryKind;
/** An erasure's own record (who, when, how many rows; never the name), in the admin's scope. */
export const ERASURE = 'erasure' satisfies HistoryKind;
export const EXPERIMENT = 'experiment' satisfies HistoryKind;
export const RESULT = 'result' satisfies HistoryKind;

/** Each history kind's table, for HistoryRepository. */
export function historyStores(tables: Tables): Record<HistoryKind, TableStore> {
  const stores = {} as Record<HistoryKind, TableStore>;
  for (const [kind, table] of Object.entries(HISTORY_TABLES) as Array<[HistoryKind, keyof Tables]>) stores[kind] = tables[table];
  return stores;
}

/** The first RowKey part of every kind of row in the Scopes table, by what writes it (each followed by '|'). */
export const SCOPES_ROWS = {
  /** storage/scopeRepository.ts: a setting. */
  settings: 'settings',
  /** storage/scopeRepository.ts: the name lists (their names are the lists', NameList). */
  stakeholderList: 'stakeholder',
  experimentList: 'experiment',
  /** storage/claimRepository.ts: an exactly-once claim of a scheduled send. */
  claim: 'claim',
  /** storage/experimentRepository.ts: an experiment's page (record, status history, results), its summary, its
   *  municipalities and its results' search words. */
  experiment: 'x',
  experimentSummary: 'xs',
  experimentMunicipality: 'xm',
  resultWord: 'xw',
  /** storage/historyRepository.ts: a change record. */
  history: 'hist',
} as const;

/** The partition of the download links' signing key (storage/downloadKeyRepository.ts), apart from every scope's. */
export const DOWNLOAD_KEY_PARTITION = 'download-links';
