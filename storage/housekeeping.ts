// What the scheduler deletes on its own, once a day on its injected clock:
// - always: claim rows of digests and reminders (Scopes, claim|…) whose last moment is more than 90 days ago, and
//   conversation references of teams and chats the bot was removed from (the connector answered 403 after the
//   reference was last written, and removing it then did not happen);
// - with RETENTION_YEARS: log entries and events/deadlines whose date is more than that many years ago, with their
//   index rows, their change records and undo records, and change records older than that.
// One scan of each table it looks at (never on a turn). Deleting is idempotent: a run cut short is finished by the next.
import type { DateTime } from 'luxon';
import type { Row, TableStore } from './tableStore';
import type { Tables } from './schema';
import { LogRepository, fromRow as entryFromRow, type EntryRow } from './logRepository';
import { ItemRepository, itemFromRow, type ItemRow } from './itemRepository';
import { HISTORY_PREFIX, type HistoryRow } from './historyRepository';
import { CONVERSATIONS_PARTITION, type RefRow } from './conversationRepository';
import type { ClaimRow } from './claimRepository';
import { encodeKeyPart, SEP } from './keys';
import { keyDate } from '../domain/items';
import { MAX_TRANSACTION_ACTIONS } from './tableStore';
import { ENTRY, ERASURE, ITEM } from './schema';

/** Claims are kept this long after their last moment (sent, due, gone). */
export const CLAIM_KEEP_DAYS = 90;

export interface HousekeepingReport {
  claims: number;
  conversations: number;
  entries: number;
  items: number;
  /** Change records and undo records deleted with their thing or for their age. */
  changeRecords: number;
}

async function allRows(store: TableStore): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of store.scan()) rows.push(...page);
  return rows;
}

/** Deletes the rows that exist, in transactions of at most 100 within one partition. */
async function deleteRows(store: TableStore, rows: Row[]): Promise<void> {
  const byPartition = new Map<string, string[]>();
  for (const r of rows) byPartition.set(r.partitionKey, [...(byPartition.get(r.partitionKey) ?? []), r.rowKey]);
  for (const [pk, keys] of byPartition) {
    for (let i = 0; i < keys.length; i += MAX_TRANSACTION_ACTIONS) {
      await store.transaction(keys.slice(i, i + MAX_TRANSACTION_ACTIONS).map((rk) => ['delete', { partitionKey: pk, rowKey: rk }]));
    }
  }
}

function claimMoment(c: ClaimRow): string {
  return (
    [c.sentAt, c.notBefore, c.goneAt]
      .filter((s): s is string => typeof s === 'string')
      .sort()
      .pop() ?? ''
  );
}

export async function housekeep(tables: Tables, now: DateTime, opts: { retentionYears?: number }): Promise<HousekeepingReport> {
  const report: HousekeepingReport = { claims: 0, conversations: 0, entries: 0, items: 0, changeRecords: 0 };
  const nowIso = now.toUTC().toISO()!;

  // Claims, and when each scope was last found gone.
  const scopeRows = await allRows(tables.scopes);
  const claims = scopeRows.filter((r) => r.rowKey.startsWith(`claim${SEP}`)) as ClaimRow[];
  const goneAt = new Map<string, string>();
  for (const c of claims) {
    if (c.state === 'gone' && typeof c.goneAt === 'string' && (goneAt.get(c.partitionKey) ?? '') < c.goneAt)
      goneAt.set(c.partitionKey, c.goneAt);
  }
  const claimCutoff = now.minus({ days: CLAIM_KEEP_DAYS }).toUTC().toISO()!;
  const oldClaims = claims.filter((c) => {
    const at = claimMoment(c);
    return at !== '' && at < claimCutoff && !(c.state === 'sending' && at > nowIso);
  });
  await deleteRows(tables.scopes, oldClaims);
  report.claims = oldClaims.length;

  // References of conversations the bot was removed from (a 403 after the reference was last written).
  const refs = await tables.conversations.partition<RefRow>(CONVERSATIONS_PARTITION);
  for (const ref of refs) {
    const scopeKey = (JSON.parse(ref.json) as { scopeKey: string }).scopeKey;
    const gone = goneAt.get(scopeKey);
    if (gone && gone > (ref.writtenAt ?? '')) {
      await tables.conversations.delete(CONVERSATIONS_PARTITION, encodeKeyPart(scopeKey));
      report.conversations++;
    }
  }

  if (opts.retentionYears === undefined) return report;
  const cutoffDate = now.minus({ years: opts.retentionYears }).toISODate()!;
  const cutoffInstant = now.minus({ years: opts.retentionYears }).toUTC().toISO()!;
  report.entries = await expireLog(tables.log, cutoffDate, cutoffInstant, report);
  report.items = await expireItems(tables.items, cutoffDate, cutoffInstant, report);
  // Settings' change records past the retention time.
  const oldSettingsHistory = scopeRows.filter(
    (r) => r.rowKey.startsWith(HISTORY_PREFIX) && (r as HistoryRow).entityKind !== ERASURE && String(r.at ?? '') < cutoffInstant,
  );
  await deleteRows(tables.scopes, oldSettingsHistory);
  report.changeRecords += oldSettingsHistory.length;
  return report;
}

/** Rows of the history that belong to a deleted thing, or are older than the cutoff. */
function historyToDelete(rows: Row[], gone: Set<string>, kind: string, cutoffInstant: string): Row[] {
  return rows.filter(
    (r) =>
      r.rowKey.startsWith(HISTORY_PREFIX) &&
      (((r as HistoryRow).entityKind === kind && gone.has(`${r.partitionKey}\n${(r as HistoryRow).entityId}`)) ||
        String(r.at ?? '') < cutoffInstant),
  );
}

/** How the housekeeping reads one kind of thing: its main row, its date, its own rows (main and index rows). */
interface Expirable<T> {
  kind: string;
  mainRow: string;
  read(row: Row): T;
  idOf(thing: T): string;
  /** The date that ages it (ISO date). */
  dateOf(thing: T): string;
  rowsFor(partitionKey: string, thing: T): Row[];
}

/** Deletes each thing dated before the cutoff with its own rows (one transaction each), then its change records and
 *  change records older than the cutoff. Returns every row read and the things deleted (`<partition>\n<id>`). */
async function expire<T>(
  store: TableStore,
  how: Expirable<T>,
  cutoffDate: string,
  cutoffInstant: string,
  report: HousekeepingReport,
): Promise<{ rows: Row[]; gone: Set<string> }> {
  const rows = await allRows(store);
  const existing = new Set(rows.map((r) => `${r.partitionKey}\n${r.rowKey}`));
  const gone = new Set<string>();
  for (const row of rows) {
    if (!row.rowKey.startsWith(`${how.mainRow}${SEP}`)) continue;
    const thing = how.read(row);
    if (how.dateOf(thing) >= cutoffDate) continue;
    // Only rows that exist: a transaction fails on deleting a missing row (an index row older code did not write).
    const own = how.rowsFor(row.partitionKey, thing).filter((r) => existing.has(`${r.partitionKey}\n${r.rowKey}`));
    await store.transaction(own.map((r) => ['delete', { partitionKey: r.partitionKey, rowKey: r.rowKey }]));
    gone.add(`${row.partitionKey}\n${how.idOf(thing)}`);
  }
  const history = historyToDelete(rows, gone, how.kind, cutoffInstant);
  await deleteRows(store, history);
  report.changeRecords += history.length;
  return { rows, gone };
}

async function expireLog(store: TableStore, cutoffDate: string, cutoffInstant: string, report: HousekeepingReport): Promise<number> {
  const repo = new LogRepository(store);
  const { rows, gone } = await expire(
    store,
    {
      kind: ENTRY,
      mainRow: 'entry',
      read: (r) => entryFromRow(r as EntryRow),
      idOf: (e) => e.id,
      dateOf: (e) => e.happenedOn,
      rowsFor: (pk, e) => repo.rowsFor(pk, e),
    },
    cutoffDate,
    cutoffInstant,
    report,
  );
  // Undo records (audit|<at>|<id>) of entries undone before the cutoff, or of entries now deleted.
  const audits = rows.filter(
    (r) =>
      r.rowKey.startsWith(`audit${SEP}`) &&
      (r.rowKey.split(SEP)[1]! < cutoffInstant || gone.has(`${r.partitionKey}\n${r.rowKey.split(SEP)[2]}`)),
  );
  await deleteRows(store, audits);
  report.changeRecords += audits.length;
  return gone.size;
}

async function expireItems(store: TableStore, cutoffDate: string, cutoffInstant: string, report: HousekeepingReport): Promise<number> {
  const repo = new ItemRepository(store);
  const { rows, gone } = await expire(
    store,
    {
      kind: ITEM,
      mainRow: 'item',
      read: (r) => itemFromRow(r as ItemRow),
      idOf: (i) => i.id,
      // An item's date: its end (an event's too: one that spans months is over when it ends); undated: when written.
      dateOf: (i) => i.period?.end ?? keyDate(i) ?? i.writtenAt.slice(0, 10),
      rowsFor: (pk, i) => repo.rowsFor(pk, i),
    },
    cutoffDate,
    cutoffInstant,
    report,
  );
  // The records of an item written again with the same title (update|<id>: before and after, for its Undo).
  const updates = rows.filter(
    (r) =>
      r.rowKey.startsWith(`update${SEP}`) && (String(r.at ?? '') < cutoffInstant || gone.has(`${r.partitionKey}\n${String(r.itemId)}`)),
  );
  await deleteRows(store, updates);
  report.changeRecords += updates.length;
  return gone.size;
}
