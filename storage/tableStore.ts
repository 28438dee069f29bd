// The one storage interface the repositories use: Azure Table Storage's model (PartitionKey + RowKey, ETags,
// transactions within a partition, RowKey range reads), implemented twice: storage/sqliteTableStore.ts (the durable
// embedded default, one SQLite file) and storage/azureTableStore.ts (Azure Table Storage or Cosmos DB for Table).
// Both keep Azure's key rules and size limits (storage/rowRules.ts), so data moves between them unchanged.
// Nothing here knows Bot Framework.
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the writes of one piece of work (a turn) came to. The turn loop runs a command inside recordingWrites and the
 * stores note every write there, so that a turn failing after something was saved (a read after the write timed
 * out) never tells the user that nothing was.
 */
export interface WriteRecord {
  saved: boolean;
  uncertain: boolean;
}
const currentWrites = new AsyncLocalStorage<WriteRecord>();

export async function recordingWrites<T>(record: WriteRecord, work: () => Promise<T>): Promise<T> {
  return currentWrites.run(record, work);
}

const currentBackground = new AsyncLocalStorage<true>();

/**
 * Runs work that no user is waiting on (the scheduler's tick). Its Azure calls wait for a free call slot as long as it
 * takes, and only after every call a turn is waiting to make (storage/slots.ts); once sent, each may take
 * BACKGROUND_TIMEOUT_FACTOR times a turn's call (storage/azureTableStore.ts).
 */
export function inBackground<T>(work: () => Promise<T>): Promise<T> {
  return currentBackground.run(true, work);
}

/** Whether the current work runs inBackground. */
export function isBackground(): boolean {
  return currentBackground.getStore() === true;
}

/** Called by the stores: a write of the current work was saved, or may land (it timed out after it was sent). */
export function noteWrite(outcome: 'saved' | 'uncertain'): void {
  const record = currentWrites.getStore();
  if (record) record[outcome] = true;
}

/**
 * Why the embedded file refuses a write, when it knows: its file or WAL was deleted or replaced under the running bot,
 * the file is damaged, its folder is read-only, or the disk is full. The user's answer and the operator's log name it.
 */
export type StorageFault = 'fileGone' | 'corrupt' | 'readOnly' | 'diskFull';

/**
 * Storage did not answer (down, unreachable, timed out, or a 5xx). The caller tells the user nothing was saved, unless
 * `maybeWritten`: a write was sent and then timed out, or Azure answered that it could not tell (500, 504), so it may
 * still land (Azurite paused for 18 s stored ten writes answered as failed): the user is told it is uncertain.
 */
export class StorageUnavailableError extends Error {
  readonly maybeWritten: boolean;
  constructor(
    readonly cause: unknown,
    readonly fault?: StorageFault,
    opts: { maybeWritten?: boolean } = {},
  ) {
    super(fault ? `storage refuses writes (${fault})` : 'storage is unavailable');
    this.name = 'StorageUnavailableError';
    this.maybeWritten = opts.maybeWritten ?? false;
  }
}

/**
 * A request storage refused, with the status Azure Tables would answer: 400 (bad key or size), 404 (no such row),
 * 409 (the row exists), 412 (the ETag is stale). The Azure SDK's errors carry the same `statusCode`.
 */
export class StorageRequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StorageRequestError';
  }
}

export type Row = { partitionKey: string; rowKey: string; etag?: string } & Record<string, unknown>;

/** Merge keeps the properties a write does not name; Replace drops them. */
export type WriteMode = 'Merge' | 'Replace';

/** One write of a transaction. `update` is guarded by the row's etag (or '*' when it has none). */
export type StoreAction =
  | ['create', Row]
  | ['delete', { partitionKey: string; rowKey: string }]
  | ['upsert', Row, WriteMode?]
  | ['update', Row, WriteMode?];

/** A condition on a property, applied within a RowKey range (the only kind of filter the repositories need). */
export interface PropertyCondition {
  property: string;
  op: 'eq' | 'lt' | 'le' | 'gt' | 'ge';
  value: string;
}

/** What this store has asked of its backend: the bench reports it per turn (a query's cost on Azure follows the rows it reads). */
export interface StorageUsage {
  /** Round trips: each get, write, transaction and each page of a query (on SQLite: each statement run). */
  requests: number;
  /** Rows that came back from queries and point reads. */
  rowsRead: number;
  /**
   * Rows the backend went through to answer (SQLite: every row of a key range, a property filter being applied here,
   * after decoding, so nothing is scanned unseen). Azure does not say how many rows a filtered query passed over: there
   * this counts the rows that came back, the same as rowsRead.
   */
  rowsScanned: number;
}

/** Does `row` meet every condition? A missing property meets none (as in SQL and in Azure's filters). */
export function meetsAll(row: Record<string, unknown>, where: readonly PropertyCondition[]): boolean {
  for (const c of where) {
    const v = row[c.property];
    if (v === undefined || v === null) return false;
    const text = String(v);
    const ok =
      c.op === 'eq'
        ? text === c.value
        : c.op === 'lt'
          ? text < c.value
          : c.op === 'le'
            ? text <= c.value
            : c.op === 'gt'
              ? text > c.value
              : text >= c.value;
    if (!ok) return false;
  }
  return true;
}

export interface TableStore {
  readonly tableName: string;
  readonly usage: StorageUsage;
  /**
   * True when this process is the only writer (the embedded file: one bot instance by design), so a cache may keep
   * what it read until it changes it itself. False on Azure, where other instances write the same tables.
   */
  readonly soleWriter: boolean;
  /**
   * Writes this process has made to the table (counted when each completes, failed ones too: a timeout may have
   * written). A cache of what was read is stale once this has moved since the read began.
   */
  readonly writeCount: number;
  /** Creates the table if it is missing; retried on the next call if storage was down. */
  ensureTable(): Promise<void>;
  /** For /healthz: does storage answer right now (within a second or two)? */
  ping(): Promise<boolean>;
  get<T extends Row>(partitionKey: string, rowKey: string): Promise<T | undefined>;
  /**
   * Point reads of several rows of one partition, in the order asked (undefined for a missing row). SQLite: one
   * statement. Azure has no multi-get (an OR of RowKeys scans the partition), so there it is one read per row, in
   * parallel.
   */
  getMany<T extends Row>(partitionKey: string, rowKeys: readonly string[]): Promise<Array<T | undefined>>;
  /**
   * Insert that fails with 409 (see isConflict) when the row exists: the basis of idempotency and claims. Returns the
   * new row's ETag (undefined only if the backend did not say), so a guarded update can follow without a re-read.
   */
  insert(row: Row): Promise<string | undefined>;
  upsert(row: Row, mode?: WriteMode): Promise<void>;
  /** Update guarded by the row's ETag (412 on a concurrent change, 404 when the row is gone). Returns the new ETag. */
  update(row: Row, mode?: WriteMode): Promise<string | undefined>;
  /** Deletes a row; a missing row is not an error. */
  delete(partitionKey: string, rowKey: string): Promise<void>;
  /**
   * Rows of one partition with RowKey in [from, to), in key order, optionally only those meeting every condition.
   * A key range is the only kind of query used on large partitions: the store reads the rows it returns.
   */
  range<T extends Row>(
    partitionKey: string,
    from: string,
    to: string,
    opts?: { limit?: number; where?: PropertyCondition[] },
  ): Promise<T[]>;
  /** Every row of a partition (small partitions only: settings, lists). */
  partition<T extends Row>(partitionKey: string): Promise<T[]>;
  /** Every row of the table, in pages (migration and backup checks, never on a turn). */
  scan(): AsyncIterable<Row[]>;
  /** Atomic writes within one partition, at most 100 actions (Azure's limit), all or nothing. */
  transaction(actions: StoreAction[]): Promise<void>;
}

export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

/** True when storage answered that the row already exists (a lost race on a conditional insert). */
export function isConflict(err: unknown): boolean {
  return statusOf(err) === 409;
}

/** True when an ETag-guarded write lost to another writer, or the row is gone. */
export function isStale(err: unknown): boolean {
  return statusOf(err) === 412 || statusOf(err) === 404;
}

/** A transaction takes at most this many actions (Azure's limit, kept on SQLite so data and code move freely). */
export const MAX_TRANSACTION_ACTIONS = 100;
