// Copying every row of every table from one store to another (SQLite ⇄ Azure), for `npm run migrate`. Rows are
// upserted whole (Replace), so a second run changes nothing and an interrupted run can simply be run again.
import { MAX_TRANSACTION_ACTIONS, type Row, type StoreAction, type TableStore } from './tableStore';
import { propertiesOf } from './rowRules';
import { TABLE_NAMES, type Tables } from './schema';

export interface TableCopy {
  table: string;
  /** Rows read from the source. */
  copied: number;
  /** Rows in the target afterwards (more than copied when the target held rows of its own). */
  inTarget: number;
}

/** Every row of `from` into `to`, table by table, in transactions of one partition. */
export async function copyTables(
  from: Tables,
  to: Tables,
  onProgress: (table: string, rows: number) => void = () => {},
): Promise<TableCopy[]> {
  const results: TableCopy[] = [];
  for (const name of Object.keys(TABLE_NAMES) as Array<keyof Tables>) {
    const source = from[name];
    const target = to[name];
    await source.ensureTable();
    await target.ensureTable();
    let copied = 0;
    for await (const page of source.scan()) {
      await writeAll(target, page);
      copied += page.length;
      onProgress(TABLE_NAMES[name], copied);
    }
    results.push({ table: TABLE_NAMES[name], copied, inTarget: await countRows(target) });
  }
  return results;
}

export async function countRows(store: TableStore): Promise<number> {
  let n = 0;
  for await (const page of store.scan()) n += page.length;
  return n;
}

/** Rows grouped by partition (a transaction stays in one), at most 100 to a transaction, a few transactions at once. */
async function writeAll(target: TableStore, rows: Row[]): Promise<void> {
  const byPartition = new Map<string, Row[]>();
  for (const row of rows) {
    const clean: Row = { partitionKey: row.partitionKey, rowKey: row.rowKey, ...propertiesOf(row) };
    const list = byPartition.get(row.partitionKey) ?? [];
    list.push(clean);
    byPartition.set(row.partitionKey, list);
  }
  const batches: StoreAction[][] = [];
  for (const list of byPartition.values()) {
    for (let i = 0; i < list.length; i += MAX_TRANSACTION_ACTIONS) {
      batches.push(list.slice(i, i + MAX_TRANSACTION_ACTIONS).map((row): StoreAction => ['upsert', row, 'Replace']));
    }
  }
  const PARALLEL = 4;
  for (let i = 0; i < batches.length; i += PARALLEL) {
    await Promise.all(batches.slice(i, i + PARALLEL).map((batch) => target.transaction(batch)));
  }
}
