// TableStore on the embedded SQLite file: the default, for one instance on one machine. One SQL table per logical
// table; keys are kept as UTF-16BE blobs so that SQLite's byte order is the UTF-16 code-unit order Azure and
// JavaScript sort keys by (a RowKey range means the same rows on both stores); properties are one JSON document.
// Every write is one SQLite transaction, durable on return (see sqliteDatabase.ts).
import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from './sqliteDatabase';
import { sqliteCode, type Statement } from './sqliteDriver';
import {
  StorageRequestError,
  type PropertyCondition,
  type Row,
  type StorageUsage,
  type StoreAction,
  type TableStore,
  type WriteMode,
  meetsAll,
  noteWrite,
} from './tableStore';
import { checkKey, checkRow, checkTransaction, keyCanExist, propertiesOf } from './rowRules';

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;
/** Rows one getMany statement asks for (SQLite allows 32,766 parameters; a page of a listing is ten). */
const MANY_AT_ONCE = 100;

/** A key as UTF-16 big-endian bytes: memcmp order is UTF-16 code-unit order. */
export function keyBlob(key: string): Buffer {
  return Buffer.from(key, 'utf16le').swap16();
}

function keyText(blob: Uint8Array): string {
  return Buffer.from(blob).swap16().toString('utf16le');
}

/** A row as SQLite returns it; reads of one partition leave out its key (the caller named it). */
interface StoredRow {
  pk?: Uint8Array;
  rk: Uint8Array;
  etag: string;
  ts: string;
  props: string;
}

/** ETags are unique per write: a random part per process (so restarts never reuse one) and a counter. */
const ETAG_PREFIX = randomBytes(6).toString('base64url');
let etagCounter = 0;
function newEtag(): string {
  return `W/"${ETAG_PREFIX}.${(++etagCounter).toString(36)}"`;
}

/** When a row was written (Azure's Timestamp): the composition root passes the bot's clock. */
export type WallClock = () => Date;

function missing(): StorageRequestError {
  return new StorageRequestError(404, 'ResourceNotFound', 'the row does not exist');
}

/** node:sqlite's statements are untyped: these say what each takes and gives. */
interface Query<P extends unknown[]> {
  get(...params: P): StoredRow | undefined;
  all(...params: P): StoredRow[];
}
/** A read that gives each row as [rk, etag, ts, props]: node:sqlite builds an array per row about twice as fast as an
 *  object with named properties (a 1,250-row range: 2.6 against 4.8 ms), and range reads are most of what a turn reads. */
type RangeRow = [rk: Uint8Array, etag: string, ts: string, props: string];
interface ArrayQuery<P extends unknown[]> {
  all(...params: P): RangeRow[];
}
interface Command<P extends unknown[]> {
  run(...params: P): { changes: number | bigint };
}

interface Statements {
  get: Query<[Buffer, Buffer]>;
  insert: Command<[Buffer, Buffer, string, string, string]>;
  put: Command<[Buffer, Buffer, string, string, string]>;
  delete: Command<[Buffer, Buffer]>;
  partition: Query<[Buffer]>;
  range: ArrayQuery<[Buffer, Buffer, Buffer, number]>;
  scan: Query<[Uint8Array, Uint8Array, number]>;
  scanFirst: Query<[number]>;
}

export class SqliteTableStore implements TableStore {
  readonly usage: StorageUsage = { requests: 0, rowsRead: 0, rowsScanned: 0 };
  readonly soleWriter = true;
  writeCount = 0;
  private statements: Statements | undefined;
  private readonly manyStatements = new Map<number, ArrayQuery<unknown[]>>();

  constructor(
    private readonly database: SqliteDatabase,
    readonly tableName: string,
    private readonly wallClock: WallClock,
  ) {
    if (!TABLE_NAME.test(tableName)) throw new Error(`not a valid table name: ${tableName}`);
  }

  private get sql(): string {
    return `"${this.tableName}"`;
  }

  async ensureTable(): Promise<void> {
    this.run(() => this.prepare());
  }

  async ping(): Promise<boolean> {
    if (!this.database.healthy()) return false;
    try {
      this.run(() => this.stmts().partition.get(keyBlob('_health')));
      return true;
    } catch {
      return false;
    }
  }

  async get<T extends Row>(partitionKey: string, rowKey: string): Promise<T | undefined> {
    if (!keyCanExist(partitionKey) || !keyCanExist(rowKey)) return undefined;
    return this.run(() => {
      this.usage.requests++;
      const stored = this.stmts().get.get(keyBlob(partitionKey), keyBlob(rowKey));
      if (!stored) return undefined;
      this.usage.rowsRead++;
      this.usage.rowsScanned++;
      return rowOf<T>(stored, partitionKey);
    });
  }

  async getMany<T extends Row>(partitionKey: string, rowKeys: readonly string[]): Promise<Array<T | undefined>> {
    if (!keyCanExist(partitionKey) || !rowKeys.every((k) => keyCanExist(k))) {
      return Promise.all(rowKeys.map((rowKey) => this.get<T>(partitionKey, rowKey)));
    }
    if (rowKeys.length === 0) return [];
    return this.run(() => {
      const found = new Map<string, T>();
      for (let i = 0; i < rowKeys.length; i += MANY_AT_ONCE) {
        const chunk = rowKeys.slice(i, i + MANY_AT_ONCE);
        this.usage.requests++;
        const rows = this.manyStatement(chunk.length).all(keyBlob(partitionKey), ...chunk.map(keyBlob));
        this.usage.rowsRead += rows.length;
        this.usage.rowsScanned += rows.length;
        for (const r of rows) {
          const row = rowFrom<T>(r[3], partitionKey, r[0], r[1], r[2]);
          found.set(row.rowKey, row);
        }
      }
      return rowKeys.map((k) => found.get(k));
    });
  }

  async insert(row: Row): Promise<string | undefined> {
    checkRow(row);
    this.usage.requests++;
    return this.commit(() => this.create(row));
  }

  async upsert(row: Row, mode: WriteMode = 'Merge'): Promise<void> {
    checkRow(row);
    this.usage.requests++;
    await this.commit(() => this.write('upsert', row, mode));
  }

  async update(row: Row, mode: WriteMode = 'Merge'): Promise<string | undefined> {
    checkRow(row);
    this.usage.requests++;
    return this.commit(() => this.write('update', row, mode));
  }

  async delete(partitionKey: string, rowKey: string): Promise<void> {
    checkKey('PartitionKey', partitionKey);
    checkKey('RowKey', rowKey);
    this.usage.requests++;
    await this.commit(() => this.stmts().delete.run(keyBlob(partitionKey), keyBlob(rowKey)));
  }

  async range<T extends Row>(
    partitionKey: string,
    from: string,
    to: string,
    opts: { limit?: number; where?: PropertyCondition[] } = {},
  ): Promise<T[]> {
    const where = opts.where ?? [];
    return this.run(() => {
      this.usage.requests++;
      // A property filter is applied here, not in SQL: the rows it passes over are then counted as scanned (json_extract
      // in SQL would read them unseen), and the key range, not the filter, is what bounds a query's cost.
      const stored = this.stmts().range.all(keyBlob(partitionKey), keyBlob(from), keyBlob(to), where.length ? -1 : (opts.limit ?? -1));
      this.usage.rowsScanned += stored.length;
      let rows = stored.map((r) => rowFrom<T>(r[3], partitionKey, r[0], r[1], r[2]));
      if (where.length) {
        rows = rows.filter((r) => meetsAll(r, where));
        if (opts.limit !== undefined && opts.limit >= 0) rows = rows.slice(0, opts.limit);
      }
      this.usage.rowsRead += rows.length;
      return rows;
    });
  }

  async partition<T extends Row>(partitionKey: string): Promise<T[]> {
    return this.run(() => {
      this.usage.requests++;
      const rows = this.stmts().partition.all(keyBlob(partitionKey));
      this.usage.rowsRead += rows.length;
      this.usage.rowsScanned += rows.length;
      return rows.map((r) => rowOf<T>(r, partitionKey));
    });
  }

  async *scan(): AsyncIterable<Row[]> {
    const PAGE = 1000;
    let page = this.run(() => this.stmts().scanFirst.all(PAGE));
    while (page.length > 0) {
      this.usage.requests++;
      this.usage.rowsRead += page.length;
      this.usage.rowsScanned += page.length;
      yield page.map((r) => rowOf<Row>(r));
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      page = this.run(() => this.stmts().scan.all(last.pk!, last.rk, PAGE));
    }
  }

  async transaction(actions: StoreAction[]): Promise<void> {
    if (actions.length === 0) return;
    checkTransaction(actions);
    this.usage.requests++;
    // All or nothing: commit() runs it in a savepoint of its own.
    await this.commit(() => {
      for (const action of actions) {
        if (action[0] === 'create') this.create(action[1]);
        else if (action[0] === 'delete') {
          // Azure fails a transaction whose delete names a missing row: so do we, so code behaves the same on both.
          const gone = this.stmts().delete.run(keyBlob(action[1].partitionKey), keyBlob(action[1].rowKey));
          if (gone.changes === 0) throw missing();
        } else this.write(action[0], action[1], action[2] ?? 'Merge');
      }
    });
  }

  /** A write, durable when the promise resolves (group commit: see SqliteDatabase.write), with run()'s error rules. */
  private async commit<R>(work: () => R): Promise<R> {
    try {
      const result = await this.database.write(() => this.run(work));
      noteWrite('saved');
      return result;
    } catch (err) {
      if (err instanceof StorageRequestError) throw err;
      throw this.database.unavailable(err); // the commit itself failed
    } finally {
      this.writeCount++;
    }
  }

  private create(row: Row): string {
    const etag = newEtag();
    try {
      this.stmts().insert.run(
        keyBlob(row.partitionKey),
        keyBlob(row.rowKey),
        etag,
        this.wallClock().toISOString(),
        JSON.stringify(propertiesOf(row)),
      );
      return etag;
    } catch (err) {
      if (sqliteCode(err) === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new StorageRequestError(409, 'EntityAlreadyExists', 'the row exists already');
      }
      throw err;
    }
  }

  /** upsert or update (ETag-guarded unless the etag is '*' or absent), Merge or Replace. Returns the new ETag. */
  private write(kind: 'upsert' | 'update', row: Row, mode: WriteMode): string {
    const pk = keyBlob(row.partitionKey);
    const rk = keyBlob(row.rowKey);
    let props = propertiesOf(row);
    if (kind === 'update' || mode === 'Merge') {
      const current = this.stmts().get.get(pk, rk);
      if (kind === 'update') {
        if (!current) throw missing();
        if (row.etag && row.etag !== '*' && row.etag !== current.etag) {
          throw new StorageRequestError(412, 'UpdateConditionNotSatisfied', 'the row changed since it was read');
        }
      }
      if (current && mode === 'Merge') props = { ...(JSON.parse(current.props) as Record<string, unknown>), ...props };
    }
    const etag = newEtag();
    this.stmts().put.run(pk, rk, etag, this.wallClock().toISOString(), JSON.stringify(props));
    return etag;
  }

  /** The statement reading `n` rows of a partition by key (prepared once per n). */
  private manyStatement(n: number): ArrayQuery<unknown[]> {
    let statement = this.manyStatements.get(n);
    if (!statement) {
      statement = arrays(
        this.database.db.prepare(`SELECT rk, etag, ts, props FROM ${this.sql} WHERE pk = ? AND rk IN (${Array(n).fill('?').join(', ')})`),
      );
      this.manyStatements.set(n, statement);
    }
    return statement;
  }

  private prepare(): Statements {
    const db = this.database.db;
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.sql} (
      pk BLOB NOT NULL, rk BLOB NOT NULL, etag TEXT NOT NULL, ts TEXT NOT NULL, props TEXT NOT NULL,
      PRIMARY KEY (pk, rk)) WITHOUT ROWID`);
    const columns = 'pk, rk, etag, ts, props';
    this.manyStatements.clear();
    this.statements = {
      get: query(db.prepare(`SELECT ${columns} FROM ${this.sql} WHERE pk = ? AND rk = ?`)),
      insert: db.prepare(`INSERT INTO ${this.sql} (${columns}) VALUES (?, ?, ?, ?, ?)`),
      put: db.prepare(`INSERT OR REPLACE INTO ${this.sql} (${columns}) VALUES (?, ?, ?, ?, ?)`),
      delete: db.prepare(`DELETE FROM ${this.sql} WHERE pk = ? AND rk = ?`),
      partition: query(db.prepare(`SELECT ${columns} FROM ${this.sql} WHERE pk = ? ORDER BY rk`)),
      range: arrays(db.prepare(`SELECT rk, etag, ts, props FROM ${this.sql} WHERE pk = ? AND rk >= ? AND rk < ? ORDER BY rk LIMIT ?`)),
      scan: query(db.prepare(`SELECT ${columns} FROM ${this.sql} WHERE (pk, rk) > (?, ?) ORDER BY pk, rk LIMIT ?`)),
      scanFirst: query(db.prepare(`SELECT ${columns} FROM ${this.sql} ORDER BY pk, rk LIMIT ?`)),
    };
    return this.statements;
  }

  private stmts(): Statements {
    return this.statements ?? this.prepare();
  }

  /**
   * Runs SQLite work. A table dropped under us is created again and the work tried once more; a closed database or
   * a lock that does not clear is StorageUnavailableError; refusals (400, 404, 409, 412) pass through.
   */
  private run<R>(work: () => R): R {
    try {
      return work();
    } catch (err) {
      if (err instanceof StorageRequestError) throw err;
      if (/no such table/i.test((err as Error).message ?? '')) {
        try {
          this.prepare();
          return work();
        } catch (again) {
          if (again instanceof StorageRequestError) throw again;
          throw this.database.unavailable(again);
        }
      }
      throw this.database.unavailable(err);
    }
  }
}

/** A statement that reads rows: every column is one of StoredRow's (node:sqlite types them as SQLOutputValue). */
function query(statement: Statement): Query<unknown[]> {
  return statement as unknown as Query<unknown[]>;
}

/** A statement whose rows come as RangeRows (rk, etag, ts, props: selected in that order). */
function arrays(statement: Statement): ArrayQuery<unknown[]> {
  statement.setReturnArrays(true);
  return statement as unknown as ArrayQuery<unknown[]>;
}

/** A stored row as the interface gives it. `partitionKey`: the one the query asked for (no need to decode it again). */
function rowOf<T extends Row>(stored: StoredRow, partitionKey?: string): T {
  return rowFrom<T>(stored.props, partitionKey ?? keyText(stored.pk!), stored.rk, stored.etag, stored.ts);
}

function rowFrom<T extends Row>(props: string, partitionKey: string, rk: Uint8Array, etag: string, ts: string): T {
  // The parsed properties get the keys and service fields (never among them: rowRules.propertiesOf), not copied into
  // a second object: a range read makes one of these per row.
  const row = JSON.parse(props) as Record<string, unknown>;
  row.partitionKey = partitionKey;
  row.rowKey = keyText(rk);
  row.etag = etag;
  row.timestamp = ts;
  return row as T;
}
