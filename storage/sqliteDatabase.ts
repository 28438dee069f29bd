// The embedded store's file: one SQLite database under DATA_DIR, opened once per process, in WAL mode. A write's
// promise settles only once its transaction is in the file on disk (the WAL fsynced), so a reply that says "saved"
// survives kill -9 and power loss. The fsync runs on libuv's thread pool, not in SQLite's COMMIT (synchronous=NORMAL
// plus our own fsync of the WAL, as durable as synchronous=FULL for what is confirmed): node:sqlite is synchronous, and
// with FULL every commit held the event loop for the disk's 3-30 ms, a third of it under 50 users. The SQL itself
// holds the loop for a fraction of a millisecond, which costs less than the promise machinery an async driver would add.
//
// What it refuses rather than confirm into the void (issue 28): a write after the file, its WAL or DATA_DIR was deleted
// or replaced under the running bot, and any write once the file is found damaged (quick_check at start and daily);
// read-only folders and a full disk are named as such. Erasure leaves no bytes behind: secure_delete is on, and
// purge() rewrites the file and empties the WAL. One process per DATA_DIR (DataFolderLock); a marker beside the file
// says it held data, so an empty or missing file is refused at start instead of silently starting empty.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sqlite, sqliteCode, type Connection, type Statement } from './sqliteDriver';
import { StorageUnavailableError, type StorageFault } from './tableStore';

export const DATABASE_FILE = 'tovholder.sqlite';
/** Beside the file once it holds Tovholder's tables: an empty or missing file then means data was lost. */
export const MARKER_FILE = 'tovholder.marker';
/** The lock one running process holds on its DATA_DIR (a tiny SQLite file: the OS drops the lock when the process dies). */
export const LOCK_FILE = 'tovholder.lock';

/** The bot must not start on this folder; the message says why and what to do. */
export class DataFolderRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderRefused';
  }
}

/**
 * One process per DATA_DIR: two would each cache what they read and never see the other's writes. An exclusive
 * SQLite lock on DATA_DIR/tovholder.lock, held until close() or the process's death (kill -9 included: the OS
 * releases it). `npm run backup` does not take it (it reads beside the running bot); migrate, erase and restore do.
 */
export class DataFolderLock {
  private constructor(private readonly db: Connection) {}

  static acquire(dataDir: string): DataFolderLock {
    fs.mkdirSync(dataDir, { recursive: true });
    let db: Connection | undefined;
    try {
      db = new (sqlite().DatabaseSync)(path.join(dataDir, LOCK_FILE), { timeout: 0 });
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      db.exec('PRAGMA journal_mode = OFF'); // it holds nothing worth a journal, and so needs no file beside it
      db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;');
      db.prepare('INSERT INTO holder VALUES (?)').run(process.pid);
      return new DataFolderLock(db);
    } catch (err) {
      if (db?.isOpen) db.close();
      if (sqliteCode(err)?.startsWith('SQLITE_BUSY')) {
        throw new DataFolderRefused(
          `another Tovholder process is using DATA_DIR ${dataDir} (it holds ${LOCK_FILE}). ` +
            'One process per data folder: stop the other one first (npm run backup may run beside it; npm start, migrate, ' +
            'erase and restore may not).',
        );
      }
      if (!writable(dataDir)) throw readOnlyFolder(dataDir, err);
      throw err;
    }
  }

  release(): void {
    if (this.db.isOpen) this.db.close();
  }
}

function readOnlyFolder(dataDir: string, err: unknown): DataFolderRefused {
  return new DataFolderRefused(`DATA_DIR ${dataDir} is read-only for this process (${(err as Error).message}). ${FAULT_ADVICE.readOnly}`);
}

/** Refuses a missing or 0-byte database file where the marker says there was data. */
function checkNotEmptied(dataDir: string, file: string): void {
  if (!fs.existsSync(path.join(dataDir, MARKER_FILE))) return;
  const size = fs.existsSync(file) ? fs.statSync(file).size : -1;
  if (size > 0) return;
  throw new DataFolderRefused(
    `${file} is ${size < 0 ? 'missing' : 'empty (0 bytes)'}, but ${MARKER_FILE} beside it says it ` +
      'held data. Starting would begin with an empty log. Restore the newest backup (npm run restore -- <backup file>, see ' +
      `README "Storage"), or, to start empty on purpose, delete ${path.join(dataDir, MARKER_FILE)}.`,
  );
}

/** What the operator should do about a fault (the log line says it; the README explains). */
export const FAULT_ADVICE: Record<StorageFault, string> = {
  fileGone:
    'the database file, its WAL or DATA_DIR was deleted or replaced while the bot ran: writes are refused. ' +
    'Stop the bot; if tovholder.sqlite is gone, restore the newest backup (npm run restore -- <backup file>); start the bot.',
  corrupt:
    'the database file is damaged: writes are refused, reads go on where they can. Stop the bot, restore the newest ' +
    'backup (npm run restore -- DATA_DIR/backups/<newest>.sqlite), start the bot; the README "Storage" says more.',
  readOnly:
    'DATA_DIR is read-only (permissions or a read-only mount): nothing can be saved. Make it writable for the ' + 'user running the bot.',
  diskFull: 'the disk holding DATA_DIR is full: nothing can be saved. Free space on it; writes work again at once.',
};

/** WAL pages after which a commit checkpoints them into the file (SQLite's default is 1,000). */
const CHECKPOINT_PAGES = 4000;
/** The page cache per connection, in KiB. */
const CACHE_KIB = 2000;

/** One write waiting for the next commit: its work, and whom to tell how it went. */
interface PendingWrite {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** A file's identity: deleting and re-creating it, or moving another file over it, changes it. */
interface FileId {
  dev: number;
  ino: number;
}
function fileId(file: string): FileId | undefined {
  try {
    const st = fs.statSync(file);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
}
const sameFile = (a: FileId | undefined, b: FileId | undefined) => !!a && !!b && a.dev === b.dev && a.ino === b.ino;

/** The transaction statements a commit runs, prepared once (exec would compile each one again for every write). */
interface TransactionStatements {
  begin: Statement;
  commit: Statement;
  rollback: Statement;
  savepoint: Statement;
  release: Statement;
  rollbackToSavepoint: Statement;
}

/** The WAL, opened by us too: only to fsync it (fsync flushes the file, whichever descriptor wrote it). */
interface WalHandle {
  fd: number;
  id: FileId;
}

export class SqliteDatabase {
  private readonly id: FileId;
  private wal: WalHandle | undefined;
  private pending: PendingWrite[] = [];
  /** Settles batches committed since the fsync in flight began: they wait for the next one (see whenOnDisk). */
  private unsynced: Array<(err: unknown) => void> = [];
  private syncInFlight = false;
  /** False while the bench seeds (synchronous=OFF, no fsync); see durable(). */
  private syncsCommits: boolean;
  private transactionStatements: TransactionStatements | undefined;
  /** A fault that refuses every write until restart: the file gone or replaced, or damaged. */
  private lasting: { fault: 'fileGone' | 'corrupt'; detail: string } | undefined;
  private lock: DataFolderLock | undefined;
  /** Told once per fault (the composition root logs it for the operator). */
  onFault: ((fault: StorageFault, detail: string) => void) | undefined;
  private lastReported: StorageFault | undefined;
  /** While purge() rewrites the file on its own thread: writes wait for it (it is the one writer meanwhile). */
  private purging: Promise<void> | undefined;

  private constructor(
    readonly db: Connection,
    readonly file: string,
    /** True for the WAL file the bot writes: commits are fsynced by whenOnDisk. False for a single-file copy (its own
     *  synchronous=FULL does it). */
    private readonly walMode: boolean,
  ) {
    this.id = fileId(file)!;
    this.syncsCommits = walMode;
  }

  /**
   * Opens (or creates) DATA_DIR/tovholder.sqlite, as the running bot's own (`lock`: DATA_DIR's lock, and the marker
   * checked and written). Throws DataFolderRefused when another process holds the folder or the file was emptied.
   */
  static open(dataDir: string, options: { lock?: boolean } = {}): SqliteDatabase {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, DATABASE_FILE);
    const lock = options.lock ? DataFolderLock.acquire(dataDir) : undefined;
    try {
      checkNotEmptied(dataDir, file);
      // The WAL and its index are made beside the file: a folder the bot cannot write to is refused here, by name (not
      // every driver fails at open: node:sqlite opens such a file and would only fail at the first write).
      if (lock && !writable(dataDir)) throw readOnlyFolder(dataDir, new Error('no write permission on the folder'));
      const database = SqliteDatabase.openFile(file);
      database.lock = lock;
      return database;
    } catch (err) {
      lock?.release();
      if (err instanceof DataFolderRefused) throw err;
      if (!writable(dataDir)) throw readOnlyFolder(dataDir, err);
      throw err;
    }
  }

  /** Writes the marker once the file holds Tovholder's tables (after they were ensured at start). */
  markHoldsData(): void {
    const marker = path.join(path.dirname(this.file), MARKER_FILE);
    if (fs.existsSync(marker)) return;
    const tables = this.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n === 0) return;
    fs.writeFileSync(
      marker,
      `This folder holds Tovholder's data in ${DATABASE_FILE}. If that file is ever missing or empty, ` +
        'the bot refuses to start: restore a backup (npm run restore -- <backup file>), or delete this marker to start empty on purpose.\n',
    );
  }

  /** `singleFile`: no WAL beside it (a backup copy, which must be one file to move around). */
  static openFile(file: string, options: { singleFile?: boolean } = {}): SqliteDatabase {
    // Another process (npm run backup, a second instance by mistake) may hold the lock for a moment: wait, briefly.
    const db = new (sqlite().DatabaseSync)(file, { timeout: 3000 });
    db.exec(options.singleFile ? 'PRAGMA journal_mode = DELETE' : 'PRAGMA journal_mode = WAL');
    // WAL: COMMIT writes the transaction to the WAL and whenOnDisk fsyncs it off the event loop before any write's
    // promise settles; checkpoints still fsync the WAL before and the file after (SQLite does that under NORMAL too).
    db.exec(options.singleFile ? 'PRAGMA synchronous = FULL' : 'PRAGMA synchronous = NORMAL');
    // The checkpoint runs inside a COMMIT on the bot's thread and fsyncs twice: every 4,000 WAL pages (16 MB) rather
    // than SQLite's 1,000, pages written again and again (an index's last leaf) are copied once instead of four times.
    // Measured with 8 /log entries a commit, 6,000 entries: COMMIT 20-23 against 11-13 ms of wall, 3.8-4.3 against
    // 3.1-3.4 ms of CPU (README "Performance").
    if (!options.singleFile) db.exec(`PRAGMA wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // SQLite's default page cache (2 MB; better-sqlite3 set 16 MB): a larger cache filled up under the bench's
    // 10,000-entry turns and digest and was 11-14 MB of the bot's peak RSS; a page it misses is read from the OS's
    // file cache, which costs microseconds against milliseconds for a turn.
    db.exec(`PRAGMA cache_size = ${-CACHE_KIB}`);
    // Deleted rows are overwritten with zeros, not left in free space: an erased name must leave the file.
    db.exec('PRAGMA secure_delete = ON');
    return new SqliteDatabase(db, file, !options.singleFile);
  }

  /**
   * Runs `work` (synchronous SQLite writes) in the next commit. Writes that arrive in the same turn of the event loop
   * share one transaction (group commit), and commits made while an fsync is under way share the next fsync. Each
   * write still stands or falls alone: it runs in a savepoint of its own, and one that throws (a conflict, a stale
   * ETag) is rolled back without touching the others. Every promise settles only after the commit is on disk, so a
   * caller that says "saved" after awaiting it says so truthfully.
   */
  write<R>(work: () => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(): void {
    if (this.purging) {
      void this.purging.then(() => this.flush());
      return;
    }
    const batch = this.pending;
    this.pending = [];
    const refused = this.refusal();
    if (refused) {
      for (const write of batch) write.reject(refused);
      return;
    }
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
      const failure = this.unavailable(err);
      for (const write of batch) write.reject(failure);
      return;
    }
    this.whenOnDisk((syncErr) => {
      // Committed, but the fsync failed: it may or may not survive a power loss, so the writer is told it is uncertain.
      const unsure =
        syncErr === undefined ? undefined : new StorageUnavailableError(syncErr, this.faultOf(syncErr), { maybeWritten: true });
      // Committed into a file that is no longer DATA_DIR's (deleted under us): that is not saved either.
      const failure = unsure ?? this.refusal();
      if (failure) {
        for (const write of batch) write.reject(failure);
        return;
      }
      this.lastReported = undefined;
      batch.forEach((write, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) write.resolve(outcome.value);
        else write.reject(outcome.err);
      });
    });
  }

  /**
   * Calls `settle` once what is committed now is on disk (or with the fsync's error). The fsync of the WAL runs on
   * libuv's thread pool, so turns go on meanwhile; commits made while one is under way wait for the next, which covers
   * all of them (the commit after a batch's own: never one begun before it was written).
   */
  private whenOnDisk(settle: (err: unknown) => void): void {
    if (!this.syncsCommits) {
      settle(undefined);
      return;
    }
    this.unsynced.push(settle);
    if (!this.syncInFlight) this.syncWal();
  }

  private syncWal(): void {
    const waiting = this.unsynced;
    this.unsynced = [];
    let wal: WalHandle;
    try {
      wal = this.openWal();
    } catch (err) {
      for (const settle of waiting) settle(err);
      return;
    }
    this.syncInFlight = true;
    fs.fsync(wal.fd, (err) => {
      this.syncInFlight = false;
      if (!this.db.isOpen) this.closeWal();
      for (const settle of waiting) settle(err ?? undefined);
      if (this.unsynced.length > 0) this.syncWal();
    });
  }

  /** Our descriptor of the WAL (opened at the first commit, which made it), and its directory entry fsynced once. */
  private openWal(): WalHandle {
    if (this.wal) return this.wal;
    const fd = openForSync(`${this.file}-wal`);
    const st = fs.fstatSync(fd);
    this.wal = { fd, id: { dev: st.dev, ino: st.ino } };
    syncDirectory(path.dirname(this.file)); // a new file's name is on disk only once its folder is fsynced
    return this.wal;
  }

  private closeWal(): void {
    if (!this.wal) return;
    fs.closeSync(this.wal.fd);
    this.wal = undefined;
  }

  /**
   * For the bench's seeding connection only: `false` turns off every fsync (synchronous=OFF, none of ours) while it
   * writes thousands of entries; `true` restores what the bot runs with.
   */
  durable(on: boolean): void {
    if (!this.walMode) return;
    this.db.exec(`PRAGMA synchronous = ${on ? 'NORMAL' : 'OFF'}`);
    this.syncsCommits = on;
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

  /**
   * For /healthz: the database answers, its file and WAL are still the ones we opened (a deleted DATA_DIR would
   * swallow every write), nothing found it damaged, and its folder takes writes (writable, not full).
   */
  healthy(): boolean {
    try {
      if (!this.db.isOpen || this.refusal() || this.checkWritable()) return false;
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  /** Whether the file and its folder take writes: readOnly or diskFull (told to onFault) when they do not. */
  checkWritable(): StorageFault | undefined {
    const dir = path.dirname(this.file);
    let fault: StorageFault | undefined;
    if (!writable(dir) || !writable(this.file)) fault = 'readOnly';
    else if (freeBytes(dir) === 0) fault = 'diskFull';
    if (fault === 'readOnly') this.report(fault, `${this.file} or its folder is not writable`);
    if (fault === 'diskFull') this.report(fault, `no space left on the disk of ${dir}`);
    return fault;
  }

  /** Why writes are refused right now (a lasting fault, or the file or WAL replaced), or undefined. */
  private refusal(): StorageUnavailableError | undefined {
    if (!this.lasting) {
      const walId = this.wal?.id;
      const wal = walId ? fileId(`${this.file}-wal`) : undefined;
      if (!sameFile(fileId(this.file), this.id) || (walId && !sameFile(wal, walId))) {
        const which = walId && !sameFile(wal, walId) ? `${this.file}-wal` : this.file;
        this.fail('fileGone', `${which} was deleted or replaced while the bot ran`);
      }
    }
    return this.lasting ? new StorageUnavailableError(new Error(this.lasting.detail), this.lasting.fault) : undefined;
  }

  private fail(fault: 'fileGone' | 'corrupt', detail: string): void {
    this.lasting ??= { fault, detail };
    this.report(fault, detail);
  }

  private report(fault: StorageFault, detail: string): void {
    if (this.lastReported === fault) return;
    this.lastReported = fault;
    this.onFault?.(fault, detail);
  }

  /** A SQLite error as the fault it means, when it means one (see StorageFault); lasting ones refuse later writes too. */
  faultOf(err: unknown): StorageFault | undefined {
    const code = sqliteCode(err) ?? String((err as { code?: unknown })?.code ?? '');
    const dir = path.dirname(this.file);
    let fault: StorageFault | undefined;
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') fault = 'corrupt';
    else if (code === 'SQLITE_FULL') fault = 'diskFull';
    else if (code.startsWith('SQLITE_READONLY')) fault = 'readOnly';
    else if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
      if (!writable(dir)) fault = 'readOnly';
      else if (freeBytes(dir) === 0) fault = 'diskFull';
      else if (this.refusal()) fault = 'fileGone';
    }
    if (fault === 'corrupt') this.fail('corrupt', (err as Error).message);
    else if (fault) this.report(fault, (err as Error).message);
    return fault;
  }

  /** A failed SQLite call as StorageUnavailableError, with its fault when known. */
  unavailable(err: unknown): StorageUnavailableError {
    if (err instanceof StorageUnavailableError) return err;
    return new StorageUnavailableError(err, this.faultOf(err));
  }

  /**
   * SQLite's quick_check (pages, cells, free list; not index contents, which integrity_check would also read at many
   * times the cost): undefined when sound, else what it found. A damaged file refuses writes from then on. It runs on
   * a connection of its own, which reads the file as it is on disk: this connection's page cache would hide damage
   * done to the file after the pages were read.
   */
  checkIntegrity(): string | undefined {
    if (this.refusal()) return this.lasting!.detail;
    let problems: string;
    try {
      if (!fs.existsSync(this.file)) throw new Error(`${this.file} does not exist`);
      const probe = new (sqlite().DatabaseSync)(this.file, { readOnly: true });
      try {
        const rows = probe.prepare('PRAGMA quick_check(20)').all() as Array<{ quick_check: string }>;
        problems = rows.map((r) => r.quick_check).join('; ');
      } finally {
        probe.close();
      }
      if (problems === 'ok') return undefined;
    } catch (err) {
      if (this.refusal()) return this.lasting!.detail;
      problems = (err as Error).message;
    }
    this.fail('corrupt', `quick_check: ${problems.slice(0, 500)}`);
    return problems;
  }

  /** The fault refusing writes until restart, if any (for the start-up banner and tests). */
  get fault(): StorageFault | undefined {
    return this.lasting?.fault;
  }

  /**
   * After an erasure: rewrites the file (VACUUM: no deleted cell, free page or stale index key keeps the old bytes)
   * and empties the WAL (checkpoint, truncated to 0 bytes), so the erased text is in neither. It runs on a worker
   * thread with a connection of its own (storage/purgeWorker.ts): on this thread it held every request for as long as
   * it ran (0.6-1 s at 10,000 entries). Reads go on meanwhile; writes wait in the queue and commit after it.
   */
  async purge(): Promise<void> {
    await this.write(() => undefined); // writes already queued are committed first; none is open after this
    const refused = this.refusal();
    if (refused) throw refused;
    const rewrite = rewriteOnWorker(this.file);
    this.purging = rewrite.then(
      () => undefined,
      () => undefined,
    );
    try {
      await rewrite;
    } catch (err) {
      throw this.unavailable(err);
    } finally {
      this.purging = undefined;
    }
  }

  /** A consistent copy of the whole database while it is in use (SQLite's online backup API). */
  async backupTo(destination: string): Promise<void> {
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    await sqlite().backup(this.db, destination);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
    // An fsync under way still uses the descriptor: it is closed when that returns (syncWal).
    if (!this.syncInFlight) this.closeWal();
    this.lock?.release();
  }
}

/** Runs storage/purgeWorker.js on the file; rejects with SQLite's error (its code kept) when it fails. */
function rewriteOnWorker(file: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'purgeWorker.js'), { workerData: { file } });
    let answered = false;
    worker.once('message', (m: { ok: boolean; message?: string; errcode?: number; code?: string }) => {
      answered = true;
      if (m.ok) resolve();
      else reject(Object.assign(new Error(m.message), { errcode: m.errcode, code: m.code }));
    });
    worker.once('error', (err) => {
      answered = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the rewrite's worker stopped (exit code ${code}) before it was done`));
    });
  });
}

/** A descriptor to fsync a file by: writable where it may be (Windows flushes only those), else read-only (Linux and
 *  macOS flush either). */
function openForSync(file: string): number {
  try {
    return fs.openSync(file, 'r+');
  } catch {
    return fs.openSync(file, 'r');
  }
}

function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function freeBytes(dir: string): number | undefined {
  try {
    const st = fs.statfsSync(dir);
    return st.bavail * st.bsize;
  } catch {
    return undefined;
  }
}
