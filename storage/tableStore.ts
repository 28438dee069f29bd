// The one place that talks to @azure/data-tables. Repositories get a TableStore; nothing here knows Bot Framework.
import { TableClient, TransactionAction, odata } from '@azure/data-tables';

export { odata };
export type { TransactionAction };

/** Storage did not answer (down, unreachable, or a 5xx). The caller tells the user nothing was saved. */
export class StorageUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super('Table Storage is unavailable');
    this.name = 'StorageUnavailableError';
  }
}

export type Row = { partitionKey: string; rowKey: string; etag?: string } & Record<string, unknown>;

export function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

/** True when the service answered that the row already exists (a lost race on a conditional insert). */
export function isConflict(err: unknown): boolean {
  return statusOf(err) === 409;
}

/** What this store has asked of the service: the bench reports it per turn (a query's cost on Azure follows the rows it reads). */
export interface StorageUsage {
  /** HTTP round trips: each get, write, transaction and each page of a query. */
  requests: number;
  /** Rows that came back from queries and point reads. */
  rowsRead: number;
}

export class TableStore {
  private ensured: Promise<void> | undefined;
  readonly usage: StorageUsage = { requests: 0, rowsRead: 0 };

  private constructor(readonly client: TableClient, readonly tableName: string) {}

  static fromConnectionString(connectionString: string, tableName = 'Tovholder'): TableStore {
    const insecure = /TableEndpoint=http:\/\//i.test(connectionString) || /DefaultEndpointsProtocol=http;/i.test(connectionString);
    const client = TableClient.fromConnectionString(connectionString, tableName, {
      allowInsecureConnection: insecure,
      // Fail fast: a user waits on every call, and an outage is reported to them rather than hidden behind long retries.
      retryOptions: { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
    });
    return new TableStore(client, tableName);
  }

  /** Creates the table once; retried on the next call if storage was down. */
  ensureTable(): Promise<void> {
    if (!this.ensured) {
      this.ensured = this.client.createTable().catch((err) => {
        this.ensured = undefined;
        throw new StorageUnavailableError(err);
      });
    }
    return this.ensured;
  }

  /** For /healthz: does storage answer right now? */
  async ping(): Promise<boolean> {
    try {
      await this.ensureTable();
      const page = this.client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${'_health'}` } }).byPage({ maxPageSize: 1 });
      await page.next();
      return true;
    } catch {
      return false;
    }
  }

  async get<T extends Row>(partitionKey: string, rowKey: string): Promise<T | undefined> {
    return this.call(async () => {
      try {
        this.usage.requests++;
        const row = (await this.client.getEntity<T>(partitionKey, rowKey)) as unknown as T;
        this.usage.rowsRead++;
        return row;
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw err;
      }
    });
  }

  /** Insert that fails with 409 (see isConflict) when the row exists: the basis of idempotency and claims. */
  async insert(row: Row): Promise<void> {
    this.usage.requests++;
    await this.call(() => this.client.createEntity(row));
  }

  async upsert(row: Row, mode: 'Merge' | 'Replace' = 'Merge'): Promise<void> {
    this.usage.requests++;
    await this.call(() => this.client.upsertEntity(row, mode));
  }

  /** Update guarded by the row's ETag (412 on a concurrent change). */
  async update(row: Row, mode: 'Merge' | 'Replace' = 'Merge'): Promise<void> {
    this.usage.requests++;
    await this.call(() => this.client.updateEntity(row, mode, { etag: row.etag ?? '*' }));
  }

  async delete(partitionKey: string, rowKey: string): Promise<void> {
    this.usage.requests++;
    await this.call(async () => {
      try {
        await this.client.deleteEntity(partitionKey, rowKey);
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    });
  }

  /**
   * Rows of one partition with RowKey in [from, to), in key order. A key range is the only kind of query we use on
   * large partitions: the service reads the rows it returns, not the whole history.
   */
  async range<T extends Row>(partitionKey: string, from: string, to: string, opts: { limit?: number; filter?: string } = {}): Promise<T[]> {
    let filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${from} and RowKey lt ${to}`;
    if (opts.filter) filter += ` and (${opts.filter})`;
    return this.query<T>(filter, opts.limit);
  }

  /** Every row of a partition (small partitions only: settings, lists). */
  async partition<T extends Row>(partitionKey: string): Promise<T[]> {
    return this.query<T>(odata`PartitionKey eq ${partitionKey}`);
  }

  private async query<T extends Row>(filter: string, limit?: number): Promise<T[]> {
    return this.call(async () => {
      const rows: T[] = [];
      const pages = this.client.listEntities<T>({ queryOptions: { filter } }).byPage({ maxPageSize: limit ? Math.min(limit, 1000) : 1000 });
      for await (const page of pages) {
        this.usage.requests++;
        this.usage.rowsRead += page.length;
        for (const row of page) {
          rows.push(row as unknown as T);
          if (limit && rows.length >= limit) return rows;
        }
      }
      return rows;
    });
  }

  /** Atomic writes within one partition, at most 100 actions (Azure's limit). */
  async transaction(actions: TransactionAction[]): Promise<void> {
    if (actions.length === 0) return;
    if (actions.length > 100) throw new Error(`a transaction takes at most 100 actions, got ${actions.length}`);
    this.usage.requests++;
    await this.call(() => this.client.submitTransaction(actions));
  }

  /** Runs a storage call; network failures and 5xx become StorageUnavailableError, 4xx pass through as they are. */
  private async call<R>(fn: () => Promise<R>): Promise<R> {
    await this.ensureTable();
    try {
      return await fn();
    } catch (err) {
      const status = statusOf(err);
      if (status === undefined || status >= 500) throw new StorageUnavailableError(err);
      throw err;
    }
  }
}
