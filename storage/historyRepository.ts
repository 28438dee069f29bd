// The change history, stored beside what it describes: a change record lives in the same table and partition as the
// thing it records (so the repositories write it in the SAME transaction as the change: nothing half saved), keyed
//   hist|<kind>|<id>|<at>|<nonce>
// so that one thing's history is one RowKey range read. Any kind plugs in: give HistoryRepository the table its
// things live in ('entry' → Log, 'item' → Items, 'settings', 'erasure', 'experiment' and 'result' → Scopes) and write
// historyRow() in the transaction of the change. A part of a thing (an experiment's result) may be filed under the
// thing's key, so the thing's page reads its whole history, parts included, in one range: hist|experiment|<exp>|….
// Approval marks are changes of their item (hist|item|<id>|…, actions 'marked' and 'undone').
import { randomBytes } from 'node:crypto';
import type { Row, TableStore } from './tableStore';
import { encodeKeyPart, prefixEnd, SEP } from './keys';
import type { Change, ChangeRecord, HistoryAction } from '../domain/history';
import { newestFirst } from '../domain/history';
import { SCOPES_ROWS } from './schema';

let written = 0;

export const HISTORY_PREFIX = `${SCOPES_ROWS.history}${SEP}`;

export interface HistoryRow extends Row {
  entityKind: string;
  entityId: string;
  action: string;
  byName: string;
  byAadId: string;
  at: string;
  before?: string;
  after?: string;
}

export function historyPrefix(kind: string, id: string): string {
  return `${HISTORY_PREFIX}${encodeKeyPart(kind)}${SEP}${encodeKeyPart(id)}${SEP}`;
}

/** The row of one change record, for the transaction of the change it records. */
export function historyRow(
  partitionKey: string,
  kind: string,
  id: string,
  action: HistoryAction,
  change: Change,
  before?: Record<string, unknown>,
  after?: Record<string, unknown>,
  filedUnder?: { kind: string; id: string },
): HistoryRow {
  // Two changes at the same instant (a clock that stands still in tests, two presses) both stay, in the order this
  // process wrote them: a counter and a random part follow the instant.
  const nonce = `${(++written).toString(36).padStart(8, '0')}${randomBytes(3).toString('hex')}`;
  return {
    partitionKey,
    rowKey: `${historyPrefix(filedUnder?.kind ?? kind, filedUnder?.id ?? id)}${change.at}${SEP}${nonce}`,
    entityKind: kind,
    entityId: id,
    action,
    byName: change.by.name,
    byAadId: change.by.aadObjectId,
    at: change.at,
    ...(before ? { before: JSON.stringify(before) } : {}),
    ...(after ? { after: JSON.stringify(after) } : {}),
  };
}

export function recordOf(r: HistoryRow): ChangeRecord {
  return {
    entityKind: r.entityKind,
    entityId: r.entityId,
    action: r.action as HistoryAction,
    by: { name: r.byName, aadObjectId: r.byAadId },
    at: r.at,
    ...(r.before ? { before: JSON.parse(r.before) as Record<string, unknown> } : {}),
    ...(r.after ? { after: JSON.parse(r.after) as Record<string, unknown> } : {}),
  };
}

export class HistoryRepository {
  /** `stores`: the table each kind of thing (and so its history) lives in. */
  constructor(private readonly stores: Record<string, TableStore>) {}

  private storeOf(kind: string): TableStore {
    const store = this.stores[kind];
    if (!store) throw new Error(`no table holds the history of ${kind}`);
    return store;
  }

  /** One thing's history (with its parts filed under it), newest first: one range read. */
  async of(scopeKey: string, kind: string, id: string): Promise<ChangeRecord[]> {
    const from = historyPrefix(kind, id);
    const rows = await this.storeOf(kind).range<HistoryRow>(scopeKey, from, prefixEnd(from));
    return rows.map(recordOf).reverse();
  }

  /** Every change one colleague made in this scope, in every table, newest first (for /mine data). */
  async madeBy(scopeKey: string, aadObjectId: string): Promise<ChangeRecord[]> {
    const stores = [...new Set(Object.values(this.stores))];
    const lists = await Promise.all(
      stores.map((s) =>
        s.range<HistoryRow>(scopeKey, HISTORY_PREFIX, prefixEnd(HISTORY_PREFIX), {
          where: [{ property: 'byAadId', op: 'eq', value: aadObjectId }],
        }),
      ),
    );
    return newestFirst(lists.flat().map(recordOf));
  }

  /** A record of its own (not part of another change's transaction): the erasure's. */
  async record(
    scopeKey: string,
    kind: string,
    id: string,
    action: HistoryAction,
    change: Change,
    after?: Record<string, unknown>,
  ): Promise<void> {
    await this.storeOf(kind).insert(historyRow(scopeKey, kind, id, action, change, undefined, after));
  }
}
