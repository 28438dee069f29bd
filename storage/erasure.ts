// Erasure on a data subject's request, in one pass over one scope's rows of every table (a chat /glem acts in its own
// team or chat only) or, for the operator's npm run erase, scope by scope over all of them (on SQLite and on Azure
// alike). A colleague is their Entra object id: the ids beside the name in the scope, or the one chosen when two
// colleagues share the name. The person is erased from it with the pure functions of domain/erasure.ts, and what
// changed is written back. Things with derived rows are rewritten through their repositories, so their index rows
// follow (a log entry's search words and stakeholder rows, an item's state and title rows, a result's search words,
// whose keys hold the words of its text); change records, undo
// records, settings, conversation references and rows of kinds this file does not know (a later table) are
// rewritten property by property, JSON inside them included. Nothing here removes an entry: the log is the group's
// record; names go, the entries stay. Running it again finds nothing more to change.
import type { Row, TableStore } from './tableStore';
import { SCOPES_ROWS, type Tables } from './schema';
import { propertiesOf } from './rowRules';
import { LogRepository, fromRow as entryFromRow, type EntryRow } from './logRepository';
import { ItemRepository, itemFromRow, type ItemRow } from './itemRepository';
import { HISTORY_PREFIX } from './historyRepository';
import { ExperimentRepository, isResultKey, type ExperimentResult } from './experimentRepository';
import { prefixEnd, SEP } from './keys';
import {
  idsBesideName,
  isErasedColleague,
  nameWords,
  namesPerson,
  scrubProperties,
  scrubValue,
  type ErasureMode,
  type ErasureTarget,
} from '../domain/erasure';
import { searchWords } from '../domain/text';
import type { LogEntry } from '../domain/logEntry';
import type { Item } from '../domain/items';

/** What an erasure changes (or would change), by kind of row. */
export interface ErasureCounts {
  entries: number;
  items: number;
  /** Change records and undo records. */
  changeRecords: number;
  settings: number;
  /** Names removed from the scope's stakeholder and experiment lists (text erasure). */
  names: number;
  /** Results of experiments (their text, who added them). */
  results: number;
  /** The experiments' registry: records and status changes (who set a status, its note). */
  registry: number;
  /** Any other row (conversation references, rows of later tables). */
  other: number;
  /** All of the above. */
  rows: number;
}

export interface ErasurePlan {
  target: ErasureTarget;
  counts: ErasureCounts;
  apply(): Promise<ErasureCounts>;
}

type Category = keyof Omit<ErasureCounts, 'rows' | 'entries' | 'items' | 'results'>;

type Op =
  | { kind: 'entry'; table: 'log'; scopeKey: string; before: LogEntry; after: LogEntry }
  | { kind: 'item'; table: 'items'; scopeKey: string; before: Item; after: Item }
  | { kind: 'result'; scopeKey: string; before: ExperimentResult; after: ExperimentResult }
  | { kind: 'row'; store: TableStore; row: Row; category: Category }
  | { kind: 'delete'; store: TableStore; row: Row; category: Category };

/** Rows derived from an entry or item: rewritten with it, never on their own. */
const DERIVED: Partial<Record<keyof Tables, RegExp>> = {
  // An author row (by|) carries the author's name and the entry's text, as word and stakeholder rows do.
  log: /^(word|who|by|id|written)\|/,
  items: /^(open|done|nodate|word|batch)\|/,
  // A result's search words (xw|<word>|<id>): their keys hold the words of its text, a name's among them.
  scopes: new RegExp(`^${SCOPES_ROWS.resultWord}\\${SEP}`),
};

async function allRows(store: TableStore): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of store.scan()) rows.push(...page);
  return rows;
}

/** The key prefixes of DERIVED, read around rather than read and skipped (most of a log's rows are search words). */
const DERIVED_PREFIXES: Partial<Record<keyof Tables, string[]>> = {
  log: ['by|', 'id|', 'who|', 'word|', 'written|'],
  items: ['batch|', 'done|', 'nodate|', 'open|', 'word|'],
  scopes: ['xw|'],
};

/** A scope's rows of one table but those whose keys start with one of the prefixes: the key ranges between them. */
async function rowsAround(store: TableStore, scope: string, prefixes: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  let from = '';
  for (const prefix of [...prefixes].sort()) {
    if (from < prefix) rows.push(...(await store.range(scope, from, prefix)));
    from = prefixEnd(prefix);
  }
  rows.push(...(await store.range(scope, from, prefixEnd(prefixEnd('')))));
  return rows;
}

/** One scope's rows of every table, derived rows left out, by table (the Conversations table holds no names). */
async function scopeRows(tables: Tables, scope: string): Promise<Map<keyof Tables, Row[]>> {
  const snapshot = new Map<keyof Tables, Row[]>();
  for (const [key, store] of Object.entries(tables) as Array<[keyof Tables, TableStore]>) {
    snapshot.set(key, await rowsAround(store, scope, DERIVED_PREFIXES[key] ?? []));
  }
  return snapshot;
}

/** Every partition of every table (the operator's deployment-wide erasure goes through them one by one). */
export async function allScopes(tables: Tables): Promise<string[]> {
  const scopes = new Set<string>();
  for (const store of Object.values(tables) as TableStore[]) for (const row of await allRows(store)) scopes.add(row.partitionKey);
  return [...scopes].sort();
}

function idsBeside(snapshot: Map<keyof Tables, Row[]>, name: string): Set<string> {
  const ids = new Set<string>();
  for (const rows of snapshot.values()) for (const row of rows) idsBesideName(propertiesOf(row), name, ids);
  return ids;
}

/** The colleagues (object ids) a name stands beside in one scope: more than one, and /glem asks which one. */
export async function peopleNamed(tables: Tables, scope: string, name: string): Promise<Array<{ id: string; rows: number }>> {
  const snapshot = await scopeRows(tables, scope);
  return [...idsBeside(snapshot, name.trim())].sort().map((id) => ({
    id,
    rows: [...snapshot.values()].flat().filter((row) => JSON.stringify(row).includes(id)).length,
  }));
}

/** What to erase. */
export interface ErasureRequest {
  mode: ErasureMode;
  /** The name (as typed, or as the rows wrote it beside the id); may be empty for a member erasure by id. */
  name: string;
  /** Member erasure: the colleague's object ids; unset, the ids beside the name in the scope. */
  ids?: string[];
  /** The team's or chat's scope (a partition of every table): nothing outside it is read or changed. */
  scope: string;
}

function categoryOf(rowKey: string): Category {
  if (rowKey.startsWith(HISTORY_PREFIX) || rowKey.startsWith(`audit${SEP}`) || rowKey.startsWith(`update${SEP}`)) return 'changeRecords';
  if (rowKey.startsWith(`${SCOPES_ROWS.settings}${SEP}`)) return 'settings';
  const { experiment, experimentSummary, experimentMunicipality } = SCOPES_ROWS;
  if ([experiment, experimentSummary, experimentMunicipality].some((first) => rowKey.startsWith(`${first}${SEP}`))) return 'registry';
  return 'other';
}

/** An entry with the person erased: a colleague is no longer a participant; the name's words leave the search words
 *  unless what is left still has them (another person's name, a word of the text). */
function erasedEntry(e: LogEntry, target: ErasureTarget): LogEntry | undefined {
  let source = e;
  const kept = e.participants?.filter((p) => !isErasedColleague(p, target));
  if (kept && kept.length !== e.participants!.length) {
    source = { ...e, participants: kept };
    if (kept.length === 0) delete source.participants;
  }
  const after = scrubValue(source, target) as LogEntry;
  if (after === e) return undefined;
  const gone = nameWords(target.name);
  const still = new Set(
    searchWords([after.text, ...(after.participants ?? []).map((p) => p.name), ...(after.quoted ?? []), ...after.stakeholders].join(' ')),
  );
  return { ...after, words: [...new Set([...e.words.filter((w) => !gone.has(w)), ...[...gone].filter((w) => still.has(w))])] };
}

/**
 * Reads the scope's rows of every table once and works out what erasing the person changes. `mode` 'member': a
 * colleague's object ids (given, or found beside the name) and the names beside them become "tidligere medlem", and so
 * does the name where it stands alone unless another colleague of the scope has it too; 'text': a named outside person
 * becomes "[slettet]" in texts, genitive included, and leaves the scope's name lists. apply() writes it; nothing is
 * written before.
 */
export async function planErasure(tables: Tables, request: ErasureRequest): Promise<ErasurePlan> {
  const { mode, scope } = request;
  const name = request.name.trim();
  const snapshot = await scopeRows(tables, scope);
  const beside = mode === 'member' && name ? idsBeside(snapshot, name) : new Set<string>();
  const ids = mode === 'member' ? (request.ids ?? [...beside]) : [];
  const nameAlone = [...beside].every((id) => ids.includes(id));
  const target: ErasureTarget = { mode, name, ids, ...(mode === 'member' && !nameAlone ? { nameAlone: false } : {}) };

  const ops: Op[] = [];
  for (const [key, rows] of snapshot) {
    const store = tables[key];
    for (const row of rows) {
      const rowKey = row.rowKey;
      if (DERIVED[key]?.test(rowKey)) continue;
      if (key === 'log' && rowKey.startsWith(`entry${SEP}`)) {
        const before = entryFromRow(row as EntryRow);
        const after = erasedEntry(before, target);
        if (after) ops.push({ kind: 'entry', table: 'log', scopeKey: row.partitionKey, before, after });
        continue;
      }
      if (key === 'items' && rowKey.startsWith(`item${SEP}`)) {
        const before = itemFromRow(row as ItemRow);
        const after = scrubValue(before, target) as Item;
        if (after !== before) ops.push({ kind: 'item', table: 'items', scopeKey: row.partitionKey, before, after });
        continue;
      }
      if (key === 'scopes' && isResultKey(rowKey)) {
        const before = JSON.parse(String(row.result)) as ExperimentResult;
        const after = scrubValue(before, target) as ExperimentResult;
        if (after !== before || scrubProperties(propertiesOf(row), target))
          ops.push({ kind: 'result', scopeKey: row.partitionKey, before, after });
        continue;
      }
      if (key === 'scopes' && /^(stakeholder|experiment)\|/.test(rowKey)) {
        const names = [String(row.name ?? ''), ...(JSON.parse(String(row.aliases ?? '[]')) as string[])];
        const named = target.name && target.nameAlone !== false && names.some((n) => namesPerson(n, target.name));
        if (named) ops.push({ kind: 'delete', store, row, category: 'names' });
        continue;
      }
      const props = scrubProperties(propertiesOf(row), target);
      if (props) ops.push({ kind: 'row', store, row: { partitionKey: row.partitionKey, rowKey, ...props }, category: categoryOf(rowKey) });
    }
  }
  const counts = countsOf(ops);
  return {
    target,
    counts,
    async apply() {
      const log = new LogRepository(tables.log);
      const items = new ItemRepository(tables.items);
      const experiments = new ExperimentRepository(tables.scopes);
      for (const op of ops) {
        if (op.kind === 'entry') await log.replace(op.scopeKey, op.before, op.after);
        else if (op.kind === 'item') await items.replace(op.scopeKey, op.before, op.after);
        else if (op.kind === 'result') await experiments.replaceResult(op.scopeKey, op.before, op.after);
        else if (op.kind === 'row') await op.store.upsert(op.row, 'Replace');
        else await op.store.delete(op.row.partitionKey, op.row.rowKey);
      }
      return counts;
    },
  };
}

function countsOf(ops: Op[]): ErasureCounts {
  const counts: ErasureCounts = {
    entries: 0,
    items: 0,
    changeRecords: 0,
    settings: 0,
    names: 0,
    results: 0,
    registry: 0,
    other: 0,
    rows: 0,
  };
  for (const op of ops) {
    if (op.kind === 'entry') counts.entries++;
    else if (op.kind === 'item') counts.items++;
    else if (op.kind === 'result') counts.results++;
    else counts[op.category]++;
    counts.rows++;
  }
  return counts;
}
