// The two stores behind the one TableStore interface, for suites that must hold on both: the embedded SQLite file (in
// a fresh temporary folder) and Azure Table Storage's emulator Azurite (in memory, in this process).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TableStore } from '../../storage/tableStore';
import { AzureTableStore } from '../../storage/azureTableStore';
import { SqliteTableStore } from '../../storage/sqliteTableStore';
import { SqliteDatabase } from '../../storage/sqliteDatabase';
import { openAzureTables, openSqliteTables, ensureTables } from '../../storage/tables';
import type { Tables } from '../../storage/schema';
import { freshAzurite } from './azurite';

export interface OpenBackend {
  tables: Tables;
  /** A store for a table of the test's own. */
  store(tableName: string): TableStore;
  /** Removes a table behind the store's back (an operator's mistake, a restore gone wrong). */
  dropTable(tableName: string): Promise<void>;
  close(): Promise<void>;
}

export interface Backend {
  name: string;
  open(): Promise<OpenBackend>;
}

export function tempDir(prefix = 'tovholder-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const sqliteBackend: Backend = {
  name: 'SQLite',
  async open() {
    const dir = tempDir();
    const database = SqliteDatabase.open(dir);
    const tables = openSqliteTables(database, () => new Date());
    await ensureTables(tables);
    return {
      tables,
      store: (name) => new SqliteTableStore(database, name, () => new Date()),
      async dropTable(name) {
        database.db.exec(`DROP TABLE IF EXISTS "${name}"`);
      },
      async close() {
        database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const azuriteBackend: Backend = {
  name: 'Azurite',
  async open() {
    const azurite = await freshAzurite();
    const tables = openAzureTables(azurite.connectionString);
    await ensureTables(tables);
    return {
      tables,
      store: (name) => AzureTableStore.fromConnectionString(azurite.connectionString, name),
      async dropTable(name) {
        await AzureTableStore.fromConnectionString(azurite.connectionString, name).client.deleteTable();
      },
      async close() {
        await azurite.close();
      },
    };
  },
};

export const BACKENDS: Backend[] = [sqliteBackend, azuriteBackend];
