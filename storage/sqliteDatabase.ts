// The embedded store's file: one SQLite database under DATA_DIR, opened once per process. WAL journal and
// synchronous=FULL: a write's transaction is in the file on disk (fsynced) before the call returns, so a reply that
// says "saved" survives kill -9 and power loss. node:sqlite is synchronous: a write holds the event loop for a
// fraction of a millisecond, which costs less than the promise machinery an async driver would add.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sqlite, type Connection, type Statement } from './sqliteDriver';

export const DATABASE_FILE = 'tovholder.sqlite';

/** The page cache per connection, in KiB. */
const CACHE_KIB = 2000;

/** One write waiting for the next commit: its work, and whom to tell how it went. */
interface PendingWrite {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** The transaction statements a commit runs, prepared once (exec would compile each one again for every write). */
interface TransactionStatements {
  begin: Statement;
  commit: Statement;
  rollback: Statement;
  savepoint: Statement;
  release: Statement;
  rollbackToSavepoint: Statement;
}

export class SqliteDatabase {
  private readonly inode: number;
  private pending: PendingWrite[] = [];
  private transactionStatements: TransactionStatements | undefined;

  private constructor(readonly db: Connection, readonly file: string) {
    this.inode = fs.statSync(file).ino;
  }

  /** Opens (or creates) DATA_DIR/tovholder.sqlite. */
  static open(dataDir: string): SqliteDatabase {
    fs.mkdirSync(dataDir, { recursive: true });
    return SqliteDatabase.openFile(path.join(dataDir, DATABASE_FILE));
  }

  /** `singleFile`: no WAL beside it (a backup copy, which must be one file to move around). */
  static openFile(file: string, options: { singleFile?: boolean } = {}): SqliteDatabase {
    // Another process (npm run backup, a second instance by mistake) may hold the lock for a moment: wait, briefly.
    const db = new (sqlite().DatabaseSync)(file, { timeout: 3000 });
    db.exec(options.singleFile ? 'PRAGMA journal_mode = DELETE' : 'PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    // SQLite's default page cache (2 MB; better-sqlite3 set 16 MB): a larger cache filled up under the bench's
    // 10,000-entry turns and digest and was 11-14 MB of the bot's peak RSS; a page it misses is read from the OS's
    // file cache, which costs microseconds against milliseconds for a turn.
    db.exec(`PRAGMA cache_size = ${-CACHE_KIB}`);
    return new SqliteDatabase(db, file);
  }

  /**
   * Runs `work` (synchronous SQLite writes) in the next commit. Writes that arrive in the same turn of the event loop
   * share one transaction and so one fsync (group commit): under 50 concurrent senders the fsync, not SQLite, was the
   * limit, and node:sqlite holds the event loop while it waits for the disk. Each write still stands or falls
   * alone: it runs in a savepoint of its own, and one that throws (a conflict, a stale ETag) is rolled back without
   * touching the others. Every promise settles only after the commit is on disk, so a caller that says "saved" after
   * awaiting it says so truthfully.
   */
  write<R>(work: () => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; err: unknown }> = [];
    try {
      const tx = this.transactions();
      tx.begin.run();
      try {
        for (const write of batch) outcomes.push(this.inSavepoint(tx, write.work));
        tx.commit.run();
      } catch (err) {
        if (this.db.isTransaction) tx.rollback.run();
        throw err;
      }
    } catch (err) {
      // The commit itself failed (disk full, file gone): nothing of the batch is saved.
      for (const write of batch) write.reject(err);
      return;
    }
    batch.forEach((write, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.err);
    });
  }

  /** One write, all or nothing and alone: a savepoint rolled back on its own error, leaving the batch's others. */
  private inSavepoint(tx: TransactionStatements, work: () => unknown): { ok: true; value: unknown } | { ok: false; err: unknown } {
    tx.savepoint.run();
    try {
      const value = work();
      tx.release.run();
      return { ok: true, value };
    } catch (err) {
      tx.rollbackToSavepoint.run();
      tx.release.run();
      return { ok: false, err };
    }
  }

  private transactions(): TransactionStatements {
    this.transactionStatements ??= {
      begin: this.db.prepare('BEGIN IMMEDIATE'),
      commit: this.db.prepare('COMMIT'),
      rollback: this.db.prepare('ROLLBACK'),
      savepoint: this.db.prepare('SAVEPOINT one_write'),
      release: this.db.prepare('RELEASE one_write'),
      rollbackToSavepoint: this.db.prepare('ROLLBACK TO one_write'),
    };
    return this.transactionStatements;
  }

  get open(): boolean {
    return this.db.isOpen;
  }

  /** The database answers and its file is still the one we opened (a deleted DATA_DIR would swallow every write). */
  healthy(): boolean {
    try {
      if (!this.db.isOpen || fs.statSync(this.file).ino !== this.inode) return false;
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  /** A consistent copy of the whole database while it is in use (SQLite's online backup API). */
  async backupTo(destination: string): Promise<void> {
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    await sqlite().backup(this.db, destination);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
