// better-sqlite3 behind node:sqlite's API, as much of it as the embedded store uses (DatabaseSync: exec, prepare,
// isOpen, isTransaction, close; backup), so `npm run bench:sqlite` can run the bot itself on the driver node:sqlite
// replaced and measure /log and 50 users through it. Bench only: better-sqlite3 is installed for it with --no-save.
import type * as NodeSqlite from 'node:sqlite';

interface BetterDatabase {
  exec(sql: string): void;
  prepare(sql: string): unknown;
  close(): void;
  readonly open: boolean;
  readonly inTransaction: boolean;
  backup(destination: string): Promise<unknown>;
}

export function betterSqliteDriver(): typeof NodeSqlite {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- installed for the bench only, not a dependency
  const Database = require('better-sqlite3') as new (file: string, options: { timeout: number }) => BetterDatabase;
  class DatabaseSync {
    readonly inner: BetterDatabase;
    constructor(file: string, options: { timeout?: number } = {}) {
      this.inner = new Database(file, { timeout: options.timeout ?? 0 });
    }
    exec(sql: string): void {
      this.inner.exec(sql);
    }
    prepare(sql: string): unknown {
      const statement = this.inner.prepare(sql) as { reader: boolean; raw(on: boolean): void; setReturnArrays?: (on: boolean) => void };
      // node:sqlite's rows as arrays (the store's range reads) are better-sqlite3's raw rows.
      if (statement.reader) statement.setReturnArrays = (on) => statement.raw(on);
      return statement;
    }
    close(): void {
      this.inner.close();
    }
    get isOpen(): boolean {
      return this.inner.open;
    }
    get isTransaction(): boolean {
      return this.inner.inTransaction;
    }
  }
  const backup = (db: DatabaseSync, destination: string) => db.inner.backup(destination);
  return { DatabaseSync, backup } as unknown as typeof NodeSqlite;
}
