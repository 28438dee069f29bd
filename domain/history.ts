// The change history: what changed (before and after), who and when, for any kind of thing the bot keeps (a log
// entry, an event or deadline, a setting, and whatever later kinds plug in: experiments, results, approval marks).
// Pure: the records come in, differences and orderings go out. Storage keeps them beside the thing they describe
// (storage/historyRepository.ts), written in the same transaction as the change itself.

/** Who did it: a colleague's display name and Entra object id (both replaced by "tidligere medlem" on erasure). */
export interface Actor {
  name: string;
  aadObjectId: string;
}

/** A change as the caller states it: by whom, at which ISO instant (the turn's clock, never the wall clock). */
export interface Change {
  by: Actor;
  at: string;
}

/** What happened. Kinds of things share these; a later kind may add its own (e.g. 'marked' for an approval mark). */
export type HistoryAction =
  | 'created'
  | 'edited'
  | 'undone'
  | 'done'
  | 'reopened'
  | 'snoozed'
  | 'removed'
  | 'status'
  | 'marked'
  | 'changed'
  | 'erased';

export interface ChangeRecord {
  /** 'entry', 'item', 'settings', 'erasure', or a later kind ('experiment', 'result', 'approval'). */
  entityKind: string;
  entityId: string;
  action: HistoryAction;
  by: Actor;
  at: string;
  /** The thing as it was before (absent when created) and after (absent when removed): plain JSON objects. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Fields that are derived from others (the search words) or bookkeeping: never shown as a change. */
const NOT_SHOWN = new Set(['words', 'id', 'writtenAt', 'authorName', 'authorAadId', 'doneAt', 'doneBy', 'byName', 'byAadId']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between before and after, in a stable order (before's fields first). */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined): FieldChange[] {
  if (!before || !after) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOT_SHOWN.has(f));
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, before: before[f], after: after[f] }));
}

/** Newest first; records of the same instant keep the order they were given in, reversed. */
export function newestFirst(records: readonly ChangeRecord[]): ChangeRecord[] {
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.at === b.r.at ? b.i - a.i : a.r.at < b.r.at ? 1 : -1))
    .map((x) => x.r);
}

/** A snapshot of a thing for the history: a plain copy without its derived fields (the search words). */
export function snapshot(thing: object): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(thing)) as Record<string, unknown>;
  delete copy.words;
  return copy;
}
