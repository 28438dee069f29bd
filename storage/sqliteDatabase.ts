// The embedded store's file: one SQLite database under DATA_DIR, opened once per process. WAL journal and
// synchronous=FULL: a write's transaction is in the file on disk (fsynced) before the call returns, so a reply that
// says "saved" survives kill -9 and power loss. better-sqlite3 is synchronous: a write holds the event loop for a
// fraction of a millisecond, which costs less than the promise machinery an async driver would add.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';

export const DATABASE_FILE = 'tovholder.sqlite';

/** The page cache per connection, in KiB. */
const CACHE_KIB = 2000;

/** One write waiting for the next commit: its work, and whom to tell how it went. */
interface PendingWrite {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export class SqliteDatabase {
  private readonly inode: number;
  private pending: PendingWrite[] = [];

  private constructor(readonly db: Database.Database, readonly file: string) {
    this.inode = fs.statSync(file).ino;
  }

  /** Opens (or creates) DATA_DIR/tovholder.sqlite. */
  static open(dataDir: string): SqliteDatabase {
    fs.mkdirSync(dataDir, { recursive: true });
    return SqliteDatabase.openFile(path.join(dataDir, DATABASE_FILE));
  }

  /** `singleFile`: no WAL beside it (a backup copy, which must be one file to move around). */
  static openFile(file: string, options: { singleFile?: boolean } = {}): SqliteDatabase {
    const db = new Database(file);
    db.pragma(options.singleFile ? 'journal_mode = DELETE' : 'journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Another process (npm run backup, a second instance by mistake) may hold the lock for a moment: wait, briefly.
    db.pragma('busy_timeout = 3000');
    // SQLite's own default page cache (2 MB), not better-sqlite3's 16 MB: the cache filled up under the bench's
    // 10,000-entry turns and digest and was 11-14 MB of the bot's peak RSS; a page it misses is read from the OS's
    // file cache, which costs microseconds against milliseconds for a turn.
    db.pragma(`cache_size = ${-CACHE_KIB}`);
    return new SqliteDatabase(db, file);
  }

  /**
   * Runs `work` (synchronous SQLite writes) in the next commit. Writes that arrive in the same turn of the event loop
   * share one transaction and so one fsync (group commit): under 50 concurrent senders the fsync, not SQLite, was the
   * limit, and better-sqlite3 holds the event loop while it waits for the disk. Each write still stands or falls
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
      this.db.transaction(() => {
        for (const write of batch) {
          try {
            // A transaction function called inside another is a savepoint (better-sqlite3): all or nothing, alone.
            outcomes.push({ ok: true, value: this.db.transaction(write.work)() });
          } catch (err) {
            outcomes.push({ ok: false, err });
          }
        }
      })();
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

  get open(): boolean {
    return this.db.open;
  }

  /** The database answers and its file is still the one we opened (a deleted DATA_DIR would swallow every write). */
  healthy(): boolean {
    try {
      if (!this.db.open || fs.statSync(this.file).ino !== this.inode) return false;
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  /** A consistent copy of the whole database while it is in use (SQLite's online backup API). */
  async backupTo(destination: string): Promise<void> {
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    await this.db.backup(destination);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
