// TableStore on Azure Table Storage or Azure Cosmos DB for Table, through @azure/data-tables: the store for
// installations that run several instances or outgrow one machine. Azurite (the emulator) stands in for it in tests.
import { Slots } from './slots';
import { TableClient, odata, type TransactionAction } from '@azure/data-tables';
import {
  StorageUnavailableError,
  isBackground,
  noteWrite,
  statusOf,
  type PropertyCondition,
  type Row,
  type StorageUsage,
  type StoreAction,
  type TableStore,
  type WriteMode,
} from './tableStore';
import { checkRow, checkTransaction, keyCanExist } from './rowRules';

/** A storage call that has not answered by then is given up (the turn must answer well inside Teams' 15 s). */
export const STORAGE_TIMEOUT_MS = 5000;
/** How many times STORAGE_TIMEOUT_MS a call of background work (storage/tableStore.ts inBackground) may take. */
export const BACKGROUND_TIMEOUT_FACTOR = 4;
/** /healthz must answer within a second or two (or within one call's timeout, when a test sets that shorter). */
export const PING_TIMEOUT_MS = 1500;

/**
 * Shared by the tables of one account: after a call waited out its timeout while nothing else answered either (storage
 * hangs), calls fail at once for a few seconds instead of each waiting out its own, so a turn that would make three
 * calls answers "nothing saved" after one timeout, not three. A refused connection fails fast by itself and does not
 * trip it, nor does one slow call while others are answered: storage that is busy is not down (under load, one call
 * over its time used to fail every turn for the next seconds with "try again").
 */
export class OutageGuard {
  // performance.now(): a monotonic timer, right for timeouts (a wall clock may jump).
  private openUntil = 0;
  private lastAnswer = Number.NEGATIVE_INFINITY;
  constructor(private readonly holdMs = 3000) {}
  get open(): boolean {
    return performance.now() < this.openUntil;
  }
  /** Storage answered a call (with rows, or with a 4xx: it is up). */
  answered(): void {
    this.lastAnswer = performance.now();
  }
  /** A call begun at `startedAt` waited out its timeout: an outage, unless another call was answered meanwhile. */
  hung(startedAt: number): void {
    if (this.lastAnswer < startedAt) this.trip();
  }
  trip(): void {
    this.openUntil = performance.now() + this.holdMs;
  }
  reset(): void {
    this.openUntil = 0;
  }
}

/**
 * Calls in flight to one account at most; the rest wait their turn here, before their timeout starts. Under load (50
 * users at once) the timeout then measures storage's answer, not this process's own queue: before, a call's 5 s ran
 * while the bot's turns and the emulator's queue were busy with everyone else, and calls "timed out" that storage was
 * about to answer. A call that cannot get a slot within its timeout is refused unsent (nothing written).
 */
export class CallSlots extends Slots {
  constructor(max = MAX_CALLS_IN_FLIGHT) {
    super(max);
  }
}

/**
 * Enough for hundreds of calls a second at Azure's latency (10-20 ms a call); more at once only lengthens every call's
 * wait at the service. 24 was too many on Azurite (one thread): two instances' 48 transactions queued there past 5 s.
 */
export const MAX_CALLS_IN_FLIGHT = 12;

function tableNotFound(err: unknown): boolean {
  const e = err as { details?: { errorCode?: string }; code?: string; message?: string };
  return (
    statusOf(err) === 404 &&
    (e.details?.errorCode === 'TableNotFound' || e.code === 'TableNotFound' || /TableNotFound/.test(e.message ?? ''))
  );
}

function conditionText(c: PropertyCondition): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.property)) throw new Error(`not a property name: ${c.property}`);
  // A string literal in OData: quoted, with quotes doubled (the odata tag leaves a lone placeholder unquoted).
  return `${c.property} ${c.op} '${c.value.replace(/'/g, "''")}'`;
}

export class AzureTableStore implements TableStore {
  private ensured: Promise<void> | undefined;
  readonly usage: StorageUsage = { requests: 0, rowsRead: 0, rowsScanned: 0 };
  readonly soleWriter = false;
  writeCount = 0;

  private constructor(
    readonly client: TableClient,
    readonly tableName: string,
    private readonly timeoutMs: number,
    private readonly guard: OutageGuard,
    private readonly slots: CallSlots,
  ) {}

  static fromConnectionString(
    connectionString: string,
    tableName: string,
    options: { timeoutMs?: number; guard?: OutageGuard; slots?: CallSlots } = {},
  ): AzureTableStore {
    const insecure = /TableEndpoint=http:\/\//i.test(connectionString) || /DefaultEndpointsProtocol=http;/i.test(connectionString);
    const client = TableClient.fromConnectionString(connectionString, tableName, {
      allowInsecureConnection: insecure,
      // Fail fast: a user waits on every call, and an outage is reported to them rather than hidden behind long retries.
      retryOptions: { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    });
    const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
    return new AzureTableStore(client, tableName, timeoutMs, options.guard ?? new OutageGuard(), options.slots ?? new CallSlots());
  }

  ensureTable(): Promise<void> {
    if (!this.ensured) {
      this.ensured = this.client.createTable({ abortSignal: AbortSignal.timeout(this.timeoutMs) }).catch((err) => {
        this.ensured = undefined;
        throw new StorageUnavailableError(err);
      });
    }
    return this.ensured;
  }

  async ping(): Promise<boolean> {
    const signal = AbortSignal.timeout(Math.min(PING_TIMEOUT_MS, this.timeoutMs));
    try {
      await Promise.race([
        (async () => {
          await this.ensureTable();
          const pages = this.client
            .listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'_health'}` }, abortSignal: signal })
            .byPage({ maxPageSize: 1 });
          await pages.next();
          this.guard.reset();
        })(),
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
      ]);
      return true;
    } catch (err) {
      if (tableNotFound(err)) this.ensured = undefined; // tables gone: created again on the next call
      return false;
    }
  }

  async get<T extends Row>(partitionKey: string, rowKey: string): Promise<T | undefined> {
    if (!keyCanExist(partitionKey) || !keyCanExist(rowKey)) return undefined;
    return this.call(async (abortSignal) => {
      try {
        this.usage.requests++;
        const row = (await this.client.getEntity<T>(partitionKey, rowKey, { abortSignal })) as unknown as T;
        this.usage.rowsRead++;
        this.usage.rowsScanned++;
        return row;
      } catch (err) {
        if (statusOf(err) === 404 && !tableNotFound(err)) return undefined;
        throw err;
      }
    });
  }

  getMany<T extends Row>(partitionKey: string, rowKeys: readonly string[]): Promise<Array<T | undefined>> {
    return Promise.all(rowKeys.map((rowKey) => this.get<T>(partitionKey, rowKey)));
  }

  async insert(row: Row): Promise<string | undefined> {
    checkRow(row);
    this.usage.requests++;
    return (await this.written(this.call((abortSignal) => this.client.createEntity(row, { abortSignal }), 'write'))).etag;
  }

  async upsert(row: Row, mode: WriteMode = 'Merge'): Promise<void> {
    checkRow(row);
    this.usage.requests++;
    await this.written(this.call((abortSignal) => this.client.upsertEntity(row, mode, { abortSignal }), 'write'));
  }

  async update(row: Row, mode: WriteMode = 'Merge'): Promise<string | undefined> {
    checkRow(row);
    this.usage.requests++;
    const etag = row.etag ?? '*';
    return (await this.written(this.call((abortSignal) => this.client.updateEntity(row, mode, { etag, abortSignal }), 'write'))).etag;
  }

  async delete(partitionKey: string, rowKey: string): Promise<void> {
    this.usage.requests++;
    await this.written(
      this.call(async (abortSignal) => {
        try {
          await this.client.deleteEntity(partitionKey, rowKey, { abortSignal });
        } catch (err) {
          if (statusOf(err) !== 404 || tableNotFound(err)) throw err;
        }
      }, 'write'),
    );
  }

  async range<T extends Row>(
    partitionKey: string,
    from: string,
    to: string,
    opts: { limit?: number; where?: PropertyCondition[] } = {},
  ): Promise<T[]> {
    let filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;
    for (const c of opts.where ?? []) filter += ` and ${conditionText(c)}`;
    return this.query<T>(filter, opts.limit);
  }

  async partition<T extends Row>(partitionKey: string): Promise<T[]> {
    return this.query<T>(odata`PartitionKey eq ${partitionKey}`);
  }

  async *scan(): AsyncIterable<Row[]> {
    await this.ensureTable();
    for await (const page of this.client.listEntities<Row>().byPage({ maxPageSize: 1000 })) {
      this.usage.requests++;
      this.usage.rowsRead += page.length;
      this.usage.rowsScanned += page.length;
      yield page as unknown as Row[];
    }
  }

  private async query<T extends Row>(filter: string, limit?: number): Promise<T[]> {
    return this.call(async (abortSignal) => {
      const rows: T[] = [];
      const pages = this.client
        .listEntities<T>({ queryOptions: { filter }, abortSignal })
        .byPage({ maxPageSize: limit ? Math.min(limit, 1000) : 1000 });
      for await (const page of pages) {
        this.usage.requests++;
        this.usage.rowsRead += page.length;
        this.usage.rowsScanned += page.length; // Azure does not say what a filter passed over
        for (const row of page) {
          rows.push(row as unknown as T);
          if (limit && rows.length >= limit) return rows;
        }
      }
      return rows;
    });
  }

  async transaction(actions: StoreAction[]): Promise<void> {
    if (actions.length === 0) return;
    checkTransaction(actions);
    this.usage.requests++;
    const sdkActions = actions.map((a): TransactionAction => {
      if (a[0] === 'update') return ['update', a[1], a[2] ?? 'Merge', { etag: a[1].etag ?? '*' }];
      return a as TransactionAction;
    });
    await this.written(this.call((abortSignal) => this.client.submitTransaction(sdkActions, { abortSignal }), 'write'));
  }

  /** Counts a write when it completes, failed or not (see TableStore.writeCount). */
  private async written<R>(write: Promise<R>): Promise<R> {
    try {
      const result = await write;
      noteWrite('saved');
      return result;
    } catch (err) {
      if (err instanceof StorageUnavailableError && err.maybeWritten) noteWrite('uncertain');
      throw err;
    } finally {
      this.writeCount++;
    }
  }

  /**
   * Runs a storage call with a timeout. Network failures, timeouts and 5xx become StorageUnavailableError; 4xx pass
   * through as they are. A table that was deleted under us is created again and the call tried once more.
   */
  private async call<R>(fn: (abortSignal: AbortSignal) => Promise<R>, kind: 'read' | 'write' = 'read'): Promise<R> {
    if (this.guard.open) throw new StorageUnavailableError(new Error('storage did not answer a moment ago'));
    // Background work (the scheduler's tick) waits its turn however long the line, after the users' calls.
    const background = isBackground();
    if (!(await this.slots.acquire(background ? undefined : this.timeoutMs, { yielding: background }))) {
      throw new StorageUnavailableError(new Error(`no call to storage could start within ${this.timeoutMs} ms (too many at once)`));
    }
    try {
      return await this.attempt(fn, kind);
    } finally {
      this.slots.release();
    }
  }

  private async attempt<R>(fn: (abortSignal: AbortSignal) => Promise<R>, kind: 'read' | 'write', retried = false): Promise<R> {
    let sent = false;
    const started = performance.now();
    const hung = () => {
      if (performance.now() - started >= this.timeoutMs - 100) this.guard.hung(started);
    };
    try {
      await this.ensureTable();
      sent = true;
      // Background work (the tick) waits longer for an answer: nobody is waiting on it, and a digest read that a busy
      // store answers in 6 s is better than a digest left for a retry a minute later.
      const result = await fn(AbortSignal.timeout(isBackground() ? this.timeoutMs * BACKGROUND_TIMEOUT_FACTOR : this.timeoutMs));
      this.guard.answered();
      return result;
    } catch (err) {
      if (tableNotFound(err) && !retried) {
        this.ensured = undefined;
        return this.attempt(fn, kind, true);
      }
      if (err instanceof StorageUnavailableError) {
        hung();
        throw err;
      }
      const status = statusOf(err);
      if (status === undefined || status >= 500) {
        hung();
        throw new StorageUnavailableError(err, undefined, { maybeWritten: kind === 'write' && sent && mayHaveLanded(err, status) });
      }
      this.guard.answered(); // a 4xx: storage is up
      throw err;
    }
  }
}

/** Connections that never reached the service: nothing the write asked for can have happened. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A write that failed this way may still have happened: it timed out or the connection broke after it was sent, or
 * Azure said it could not tell (500 OperationTimedOut, 504). A refused connection or a 503 (server busy) did nothing.
 */
function mayHaveLanded(err: unknown, status: number | undefined): boolean {
  if (status !== undefined) return status === 500 || status === 504;
  const code = (err as { code?: unknown }).code;
  return !(typeof code === 'string' && NEVER_SENT.has(code));
}
