// Erasures that go beyond one team: the operator's deployment-wide erasure (npm run erase: one colleague by object id,
// or a named outside person, in every scope) and the re-application of the erasure journal to a restored backup
// (npm run restore). Both go scope by scope through planErasure, record in the journal first, and say what changed
// per scope.
import type { Tables } from './schema';
import type { TableStore } from './tableStore';
import { propertiesOf } from './rowRules';
import { allScopes, planErasure, type ErasureCounts } from './erasure';
import { wordRuns, type ErasureJournal, type JournalEntry } from './erasureJournal';
import { namesBesideId, objectIdsIn, stringsIn } from '../domain/erasure';

export interface ScopeOutcome {
  scope: string;
  counts: ErasureCounts;
}

const EMPTY: ErasureCounts = { entries: 0, items: 0, changeRecords: 0, settings: 0, names: 0, results: 0, registry: 0, other: 0, rows: 0 };

function add(a: ErasureCounts, b: ErasureCounts): ErasureCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof ErasureCounts>) out[k] += b[k];
  return out;
}

/** The strings (JSON read) of one scope's rows of every table. */
async function scopeProperties(tables: Tables, scope: string): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  for (const store of Object.values(tables) as TableStore[]) for (const row of await store.partition(scope)) out.push(propertiesOf(row));
  return out;
}

/** Erases one colleague (by object id) in one scope: with every name the rows wrote beside the id, one after another. */
async function erasePersonIn(tables: Tables, scope: string, id: string, name?: string): Promise<ErasureCounts> {
  const names = name ? [name] : [...namesBesideId(await scopeProperties(tables, scope), id)];
  let counts = EMPTY;
  for (const n of names.length > 0 ? names : ['']) {
    counts = add(counts, await (await planErasure(tables, { mode: 'member', name: n, ids: [id], scope })).apply());
  }
  return counts;
}

export type Everywhere = { mode: 'member'; id: string } | { mode: 'text'; name: string };

/**
 * The operator's erasure in every scope (`dryRun`: only counted). Recorded in the journal (deployment-wide) before
 * anything changes.
 */
export async function eraseEverywhere(
  tables: Tables,
  journal: ErasureJournal,
  what: Everywhere,
  o: { at: string; dryRun?: boolean },
): Promise<ScopeOutcome[]> {
  if (!o.dryRun) {
    await journal.record(
      what.mode === 'member'
        ? { at: o.at, scope: '*', mode: 'member', ids: [what.id] }
        : { at: o.at, scope: '*', mode: 'text', name: what.name, ids: [] },
    );
  }
  const outcomes: ScopeOutcome[] = [];
  for (const scope of await allScopes(tables)) {
    let counts: ErasureCounts;
    if (what.mode === 'text') {
      const plan = await planErasure(tables, { mode: 'text', name: what.name, scope });
      counts = o.dryRun ? plan.counts : await plan.apply();
    } else if (o.dryRun) {
      const names = [...namesBesideId(await scopeProperties(tables, scope), what.id)];
      counts = EMPTY;
      for (const n of names.length > 0 ? names : ['']) {
        counts = add(counts, (await planErasure(tables, { mode: 'member', name: n, ids: [what.id], scope })).counts);
      }
    } else {
      counts = await erasePersonIn(tables, scope, what.id);
    }
    if (counts.rows > 0) outcomes.push({ scope, counts });
  }
  return outcomes;
}

/** What a journal entry names, found again in one scope's rows by their keyed hashes. */
function recover(entry: JournalEntry, rows: Array<Record<string, unknown>>, hash: (s: string) => string): { ids: string[]; name?: string } {
  const wanted = new Set(entry.ids);
  const ids = [...objectIdsIn(rows)].filter((id) => wanted.has(hash(id)));
  let name: string | undefined;
  if (entry.name && entry.words) {
    search: for (const text of stringsIn(rows)) {
      for (const run of wordRuns(text, entry.words)) {
        if (hash(run) === entry.name) {
          name = run;
          break search;
        }
      }
    }
  }
  return { ids, name };
}

/**
 * Re-applies every journal entry to the tables (a restored backup): each erasure finds what it named by the keyed
 * hashes and erases it again in its scope (or every scope). What was erased already is found no more: running it
 * twice changes nothing the second time.
 */
export async function reapplyJournal(tables: Tables, journal: ErasureJournal): Promise<ScopeOutcome[]> {
  const hash = await journal.hasher();
  const totals = new Map<string, ErasureCounts>();
  const scopes = await allScopes(tables);
  for (const entry of await journal.entries()) {
    for (const scope of entry.scope === '*' ? scopes : scopes.filter((s) => s === entry.scope)) {
      const found = recover(entry, await scopeProperties(tables, scope), hash);
      let counts = EMPTY;
      if (entry.mode === 'text') {
        if (found.name) counts = await (await planErasure(tables, { mode: 'text', name: found.name, scope })).apply();
      } else {
        for (const id of found.ids) counts = add(counts, await erasePersonIn(tables, scope, id, found.name));
        // A colleague known by name only (no id beside it), and only where the name was theirs alone.
        if (found.ids.length === 0 && found.name && entry.nameAlone !== false) {
          counts = add(counts, await (await planErasure(tables, { mode: 'member', name: found.name, ids: [], scope })).apply());
        }
      }
      if (counts.rows > 0) totals.set(scope, add(totals.get(scope) ?? EMPTY, counts));
    }
  }
  return [...totals].map(([scope, counts]) => ({ scope, counts }));
}

const LABELS: Array<[keyof Omit<ErasureCounts, 'rows'>, string]> = [
  ['entries', 'log entries'],
  ['items', 'deadlines and events'],
  ['changeRecords', 'change records'],
  ['settings', 'settings'],
  ['names', 'names on lists'],
  ['results', 'results'],
  ['registry', 'registry rows'],
  ['other', 'other rows'],
];

/** "3 log entries, 1 settings (4 rows)": one scope's line of an operator's report. */
export function countsLine(counts: ErasureCounts): string {
  const parts = LABELS.filter(([k]) => counts[k] > 0).map(([k, label]) => `${counts[k]} ${label}`);
  return `${parts.join(', ')} (${counts.rows} ${counts.rows === 1 ? 'row' : 'rows'})`;
}
