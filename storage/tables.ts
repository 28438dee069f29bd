// Opening the tables (storage/schema.ts says which there are and what rows each holds). Where they live: without
// TABLES_CONNECTION_STRING, in one SQLite file under DATA_DIR (durable on every write); with it, in Azure Table
// Storage or Cosmos DB for Table.
import type { StorageUsage, TableStore } from './tableStore';
import { TABLE_NAMES, type Tables } from './schema';
import type * as AzureModule from './azureTableStore';
import { SqliteTableStore, type WallClock } from './sqliteTableStore';
import { SqliteDatabase } from './sqliteDatabase';
import { FileErasureJournal, JOURNAL_TABLE, TableErasureJournal, type ErasureJournal } from './erasureJournal';

function tablesOf(make: (name: string) => TableStore): Tables {
  return {
    log: make(TABLE_NAMES.log),
    items: make(TABLE_NAMES.items),
    scopes: make(TABLE_NAMES.scopes),
    conversations: make(TABLE_NAMES.conversations),
  };
}

/**
 * The Azure SDK, loaded only when Azure is used: the embedded default never needs it. Alone it costs 16 MB of RSS and
 * 70 ms to load; beside botbuilder, which shares most of its @azure/core-* packages, about 2 MB (measured with
 * node -e "require(...)").
 */
function azureModule(): typeof AzureModule {
  return require('./azureTableStore') as typeof AzureModule;
}

export function openAzureTables(connectionString: string, timeoutMs?: number, outageHoldMs?: number): Tables {
  const { AzureTableStore, OutageGuard, CallSlots } = azureModule();
  const guard = new OutageGuard(outageHoldMs); // one account: one outage
  const slots = new CallSlots(); // and one limit of calls in flight
  return tablesOf((name) => AzureTableStore.fromConnectionString(connectionString, name, { guard, slots, timeoutMs }));
}

export function openSqliteTables(database: SqliteDatabase, wallClock: WallClock): Tables {
  return tablesOf((name) => new SqliteTableStore(database, name, wallClock));
}

export interface Storage {
  tables: Tables;
  /** For the start-up banner: where data is kept (never the connection string: it holds a key). */
  description: string;
  /** The embedded file, when storage is embedded (backup, tests). */
  database?: SqliteDatabase;
  /** Where erasures are recorded, for re-applying them to a restored backup (storage/erasureJournal.ts). */
  journal: ErasureJournal;
  /** After an erasure: no byte of what was erased stays in the file or its WAL (SQLite); nothing to do on Azure. */
  purge(): Promise<void>;
  /** The embedded file's quick_check: undefined when sound (always on Azure, which keeps its own). */
  checkIntegrity(): string | undefined;
  close(): Promise<void>;
}

/** The embedded SQLite file under dataDir, or Azure when a connection string is given. */
/**
 * `exclusive`: this process must be the only one on DATA_DIR (the bot, erase, restore take its lock; npm run import
 * writes beside the running bot, which SQLite's own locking allows, and does not).
 */
export function openStorage(options: {
  dataDir: string;
  connectionString?: string;
  wallClock: WallClock;
  exclusive?: boolean;
  /** Azure only: one call's timeout, and how long after one timed out every call fails at once (OutageGuard). */
  timeoutMs?: number;
  outageHoldMs?: number;
}): Storage {
  if (options.connectionString) {
    const account = /AccountName=([^;]+)/i.exec(options.connectionString)?.[1];
    const journalStore = azureModule().AzureTableStore.fromConnectionString(options.connectionString, JOURNAL_TABLE);
    return {
      tables: openAzureTables(options.connectionString, options.timeoutMs, options.outageHoldMs),
      description: `Azure Table Storage${account ? ` (account ${account})` : ''}, from TABLES_CONNECTION_STRING`,
      journal: new TableErasureJournal(journalStore),
      async purge() {
        /* Azure keeps no deleted rows we can reach */
      },
      checkIntegrity: () => undefined,
      async close() {
        /* HTTP clients: nothing to flush */
      },
    };
  }
  const database = SqliteDatabase.open(options.dataDir, { lock: options.exclusive });
  return {
    tables: openSqliteTables(database, options.wallClock),
    description: `embedded SQLite, ${database.file}`,
    database,
    journal: new FileErasureJournal(options.dataDir),
    purge: () => database.purge(),
    checkIntegrity: () => database.checkIntegrity(),
    async close() {
      database.close();
    },
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
  const total: StorageUsage = { requests: 0, rowsRead: 0, rowsScanned: 0 };
  for (const t of Object.values(tables) as TableStore[]) {
    total.requests += t.usage.requests;
    total.rowsRead += t.usage.rowsRead;
    total.rowsScanned += t.usage.rowsScanned;
  }
  return total;
}
