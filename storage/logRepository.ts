// The advocacy log: entries, their word index (/find), stakeholder index (/who) and experiment and municipality
// indexes (the /forsøg and /kommune pages), written together in one transaction per entry so that nothing is ever
// half saved. Undo removes all of them and writes an audit row (in this table, the scope's partition, rowKey
// audit|<when>|<id>) in the same transaction. Every change given a `Change` (who, when) also writes its change record
// (hist|entry|<id>|…, storage/historyRepository.ts) in that transaction.
import { isConflict, isStale, MAX_TRANSACTION_ACTIONS, type Row, type StoreAction, type TableStore } from './tableStore';
import { decodeKeyPart, encodeKeyPart, prefixEnd, SEP } from './keys';
import type { IsoDate, Period } from '../domain/types';
import type { EntryKind } from '../domain/vocabulary';
import type { LogEntry } from '../domain/logEntry';
import { foldForSearch, wholeWordOnly } from '../domain/text';
import { snapshot, type Change } from '../domain/history';
import { historyRow } from './historyRepository';
import { ENTRY } from './schema';
import { LogSummaries, type LogFold } from './logSummaries';

export type { LogEntry };

/** What a /find or /who list row shows of an entry (its meta line and its dated text). */
export type ListedEntry = Pick<
  LogEntry,
  'kind' | 'text' | 'happenedOn' | 'dateText' | 'period' | 'coming' | 'writtenAt' | 'fromMessage' | 'authorName'
>;

/** A hit from the word, author or stakeholder index: enough to list it without reading the entry. */
export interface LogHit {
  id: string;
  happenedOn: IsoDate;
  kind: EntryKind;
  entryKey: string;
  /** What the list row shows, from the index row itself; absent on rows written before they carried it. */
  listed?: ListedEntry;
}

export interface EntryRow extends Row {
  kind: string;
  text: string;
  happenedOn: string;
  dateText?: string;
  period?: string;
  coming?: string;
  yearChosen?: number;
  authorName: string;
  authorAadId: string;
  writtenAt: string;
  stakeholders: string;
  outlets: string;
  experiments: string;
  municipalities: string;
  words: string;
  links?: string;
  participants?: string;
  quoted?: string;
  fromMessage?: string;
  result?: string;
}
interface AuditRow extends Row {
  action: 'undo';
  by: string;
  byAadId: string;
  entry: string;
}
interface IndexRow extends Row {
  entryKey: string;
  happenedOn: string;
  kind: string;
  id: string;
}
/** A word, author or stakeholder row: the hit and what its list row shows (text and dates as on the entry row). */
interface ListedRow extends IndexRow {
  text?: string;
  authorName?: string;
  writtenAt?: string;
  dateText?: string;
  period?: string;
  coming?: string;
  fromMessage?: string;
}
/** An author word row (see authorWordKey) is a word row marked so: text searches leave it out, /søg's author hits
 *  are these. */
interface WordRow extends ListedRow {
  byAuthor?: boolean;
}
interface TopicRow extends IndexRow {
  stakeholders: string;
  outlets: string;
  text: string;
  authorName: string;
  result?: string;
}

/** An entry as an experiment's or a municipality's page shows it, from its index row alone (no read of the entry). */
export interface TopicHit extends LogHit {
  /** Stakeholders the entry names that are not outlets (who was met, written to, heard). */
  stakeholders: string[];
  outlets: string[];
  /** The entry's text, cut at TOPIC_TEXT_CHARS. */
  text: string;
  authorName: string;
  /** The id of the result the entry used, when it is linked to one (the experiment's page counts its uses). */
  result?: string;
}

/** How much of an entry's text its experiment and municipality index rows carry (enough for "last press"). */
export const TOPIC_TEXT_CHARS = 200;

/** Index rows sort newest first: the date's digits complemented (2024-11-20 → 7975-88-79). */
export function invertDate(date: IsoDate): string {
  return date.replace(/\d/g, (d) => String(9 - Number(d)));
}

export function entryKey(e: Pick<LogEntry, 'happenedOn' | 'id'>): string {
  return `entry${SEP}${e.happenedOn}${SEP}${e.id}`;
}

/** The audit row of an undo: when, then which entry (so two undos of one entry at different times both stay). */
export function auditKey(e: Pick<LogEntry, 'id'>, at: string): string {
  return `audit${SEP}${at}${SEP}${e.id}`;
}

/** Points from an entry's id to its row: the date is part of the entry's key, and an id must name one entry whatever
 *  its date (the /log form's Gem pressed again with another date edits the entry, it does not add a second). */
function idKey(id: string): string {
  return `id${SEP}${encodeKeyPart(id)}`;
}

function wordKey(word: string, e: Pick<LogEntry, 'happenedOn' | 'id'>): string {
  return `word${SEP}${encodeKeyPart(word)}${SEP}${invertDate(e.happenedOn)}${SEP}${e.id}`;
}

/** By the instant it was logged: the digest lists what was logged in its week, backdated entries too. */
function writtenKey(e: Pick<LogEntry, 'writtenAt' | 'id'>): string {
  return `written${SEP}${e.writtenAt}${SEP}${e.id}`;
}

/** Who logged it: the author's whole name, folded, so "/søg Jens" finds what Jens Hansen logged (by the name's start). */
function byKey(e: Pick<LogEntry, 'authorName' | 'id'>): string {
  return `by${SEP}${encodeKeyPart(authorKey(e.authorName))}${SEP}${e.id}`;
}

/**
 * The author as a row of the word index, under the first word of the author's name (folded as byKey's): "/søg Jens"
 * reads the range of the word "jens" for what mentions Jens, and the same read holds what Jens logged (one storage read
 * for both). The key ends in `|by` so that it never meets the entry's own row for that word.
 */
function authorWordKey(e: Pick<LogEntry, 'authorName' | 'happenedOn' | 'id'>): string {
  const first = authorKey(e.authorName).split(' ')[0] ?? '';
  return `${wordKey(first, e)}${SEP}by`;
}

/** Whole words of the name only: "jens" is Jens Hansen, not Jensine (both folded by authorKey). */
function authorMatches(name: string, asked: string): boolean {
  return name === asked || name.startsWith(`${asked} `);
}

function authorKey(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ').trim();
}

function whoKey(stakeholder: string, e: Pick<LogEntry, 'happenedOn' | 'id'>): string {
  return `who${SEP}${encodeKeyPart(stakeholder.toLocaleLowerCase('da'))}${SEP}${invertDate(e.happenedOn)}${SEP}${e.id}`;
}

/** By experiment and by municipality (the pages of /forsøg and /kommune), newest first. */
function topicKey(topic: 'about' | 'place', name: string, e: Pick<LogEntry, 'happenedOn' | 'id'>): string {
  return `${topic}${SEP}${encodeKeyPart(name.toLocaleLowerCase('da'))}${SEP}${invertDate(e.happenedOn)}${SEP}${e.id}`;
}

/**
 * A transaction holds at most 100 actions. An entry is written as: the entry, its id pointer, its written row, its
 * author row (/søg Jens), at most MAX_INDEXED_STAKEHOLDERS stakeholder rows, MAX_INDEXED_EXPERIMENTS experiment and
 * MAX_INDEXED_MUNICIPALITIES municipality rows (the /forsøg and /kommune pages), and as many word rows as are left (at
 * most MAX_INDEXED_WORDS), 98 in all; Undo deletes those and adds one audit row and one change record. Links, colleagues and quoted people
 * ("Log i Tovholder", issue 16) add no index of their own: a link's outlet or body is one of the stakeholders, a
 * colleague's or quoted person's name is among the words, so both stay within these caps.
 */
export const MAX_INDEXED_WORDS = 80;
export const MAX_INDEXED_STAKEHOLDERS = 15;
export const MAX_INDEXED_EXPERIMENTS = 5;
/** Every municipality of the network fits. */
export const MAX_INDEXED_MUNICIPALITIES = 11;
const MAX_ENTRY_ROWS = 98; // 100 less the undo's audit row and its change record

/** Index kinds added after entries were first stored: an older entry may lack them (undo and edit check first). */
const LATER_INDEXES = ['id', 'written', 'by', 'about', 'place'];
/** Longest word (as a key part) the index keeps: a key holds at most 512 characters, and a pasted URL token of 480
 *  would not fit. Nobody searches for such a word; the entry is saved with its other words indexed. */
export const MAX_INDEXED_WORD_CHARS = 100;

/** The history's name for a log entry. */

/** Where the backfill of the experiment and municipality indexes stands in a scope: done, or the last entry key it
 *  has handled (the next page starts after it). */
const TOPICS_MARKER = `meta${SEP}topics`;
/** The same for the word, author and stakeholder rows gaining what a list row shows (see ListedRow). */
const LISTED_MARKER = `meta${SEP}listed`;
const LISTED_PREFIXES = [`word${SEP}`, `who${SEP}`, `by${SEP}`];
/** The same for the author word rows (authorWordKey), which entries written before them lack. */
const AUTHOR_WORDS_MARKER = `meta${SEP}authorWords`;
interface BackfillMarkerRow extends Row {
  done: boolean;
  after?: string;
}

export type { LogFold } from './logSummaries';

/** Entries read per page of the backfill: one page per page view until the scope is done. */
export const BACKFILL_PAGE = 500;

export class LogRepository {
  /** Scopes whose experiment and municipality indexes are known complete (read once per process). */
  private readonly topicsReady = new Set<string>();
  /** Scopes whose word, author and stakeholder rows are known to carry what a list row shows (see backfillListed). */
  private readonly listedReady = new Set<string>();
  /** Scopes whose entries all have their author word rows (see backfillAuthorWords). */
  private readonly authorWordsReady = new Set<string>();

  /** Values derived from all of a scope's entries (the gaps' summary), kept in chunks that the writes below mark
   *  for reading again (storage/logSummaries.ts). */
  private readonly summaries: LogSummaries;

  /** `summaryPage`: entries per chunk of a summary, one range read each (tests set it small to see the chunks). */
  constructor(
    private readonly store: TableStore,
    opts: { summaryPage?: number } = {},
  ) {
    const read = async (scopeKey: string, from: string, to: string, limit: number) =>
      (await this.store.range<EntryRow>(scopeKey, from, to, { limit })).map((r) => ({ key: r.rowKey, entry: fromRow(r) }));
    this.summaries = new LogSummaries(store, read, opts.summaryPage);
  }

  /** `fold` over every entry of the scope, reading only the chunks of the log written since it was last asked (see
   *  `summaries`). `name` tells the callers' values apart. */
  async summaryOf<T>(scopeKey: string, name: string, fold: LogFold<T>): Promise<T> {
    return this.summaries.of(scopeKey, name, fold);
  }

  /**
   * Entries logged before the registry (issue 14) have no experiment or municipality index rows, so the /forsøg and
   * /kommune pages would not count them. This writes them, a page of `pageSize` entries at a time from where the
   * scope's marker row says the last run stopped: for each entry that names an experiment or a municipality, its
   * topic rows (upserts: a row already there is written as it was) with a guard on the entry's ETag, so an entry
   * edited or undone meanwhile is left to its own writes; packed in transactions of at most 100 actions. Safe to run
   * again, and by two instances at once. `pages` bounds the work of one call (a page view advances it by one page);
   * returns whether the scope is done and how many entries got rows.
   */
  async backfillTopics(scopeKey: string, opts: { pageSize?: number; pages?: number } = {}): Promise<{ done: boolean; entries: number }> {
    return this.backfill(scopeKey, TOPICS_MARKER, (r) => r.rowKey.startsWith(`about${SEP}`) || r.rowKey.startsWith(`place${SEP}`), opts);
  }

  /**
   * Word, author and stakeholder rows written before they carried what a /find or /who list row shows have only the
   * hit, and each listed hit cost a read of its entry. This writes them again whole, as backfillTopics does (in pages
   * from the scope's marker, guarded by each entry's ETag, safe to run again and by two instances at once).
   */
  async backfillListed(scopeKey: string, opts: { pageSize?: number; pages?: number } = {}): Promise<{ done: boolean; entries: number }> {
    return this.backfill(scopeKey, LISTED_MARKER, (r) => LISTED_PREFIXES.some((p) => r.rowKey.startsWith(p)), opts);
  }

  /**
   * Entries written before the author word rows (authorWordKey) were are found by their author only through the author
   * rows (by|), a read of its own. This writes their author word rows, as backfillTopics does (in pages from the
   * scope's marker, guarded by each entry's ETag, safe to run again and by two instances at once).
   */
  async backfillAuthorWords(
    scopeKey: string,
    opts: { pageSize?: number; pages?: number } = {},
  ): Promise<{ done: boolean; entries: number }> {
    return this.backfill(scopeKey, AUTHOR_WORDS_MARKER, (r) => (r as WordRow).byAuthor === true, opts);
  }

  /** Marks the scope's author word backfill done without reading it: for a scope whose entries were all written with
   *  their author word rows (the bench's seed of a million entries, where the backfill would write each again). */
  async authorWordsWritten(scopeKey: string): Promise<void> {
    await this.store.upsert({ partitionKey: scopeKey, rowKey: AUTHOR_WORDS_MARKER, done: true }, 'Replace');
  }

  /** Whether /søg may take author hits from the word index: the scope's backfill advanced by one page until done. */
  private async authorWordsBackfilled(scopeKey: string): Promise<boolean> {
    if (this.authorWordsReady.has(scopeKey)) return true;
    if ((await this.backfillAuthorWords(scopeKey, { pages: 1 })).done) this.authorWordsReady.add(scopeKey);
    return this.authorWordsReady.has(scopeKey);
  }

  /** Writes each entry's index rows that `wanted` picks again (see backfillTopics), from `markerKey`'s page. */
  private async backfill(
    scopeKey: string,
    markerKey: string,
    wanted: (row: Row) => boolean,
    opts: { pageSize?: number; pages?: number },
  ): Promise<{ done: boolean; entries: number }> {
    const pageSize = opts.pageSize ?? BACKFILL_PAGE;
    const marker = await this.store.get<BackfillMarkerRow>(scopeKey, markerKey);
    if (marker?.done) return { done: true, entries: 0 };
    let after = marker?.after;
    let entries = 0;
    for (let page = 0; page < (opts.pages ?? Infinity); page++) {
      // Entry keys are entry|<date>|<id>, ids without spaces: nothing sorts between a key and the key + ' '.
      const rows = await this.store.range<EntryRow>(scopeKey, after ? `${after} ` : `entry${SEP}`, prefixEnd(`entry${SEP}`), {
        limit: pageSize,
      });
      const groups: StoreAction[][] = [];
      for (const row of rows) {
        const written = this.rowsFor(scopeKey, fromRow(row)).filter(wanted);
        if (written.length === 0) continue;
        groups.push([
          ['update', { partitionKey: scopeKey, rowKey: row.rowKey, etag: row.etag }, 'Merge'],
          ...written.map((r): StoreAction => ['upsert', r, 'Replace']),
        ]);
      }
      entries += await this.writeGroups(groups);
      const done = rows.length < pageSize;
      if (rows.length > 0) after = rows[rows.length - 1].rowKey;
      await this.store.upsert({ partitionKey: scopeKey, rowKey: markerKey, done, ...(after ? { after } : {}) }, 'Replace');
      if (done) return { done: true, entries };
    }
    return { done: false, entries };
  }

  /** Before a page reads the topic indexes: the scope's backfill advanced by one page until it is done. */
  private async topicsBackfilled(scopeKey: string): Promise<void> {
    if (this.topicsReady.has(scopeKey)) return;
    if ((await this.backfillTopics(scopeKey, { pages: 1 })).done) this.topicsReady.add(scopeKey);
  }

  /** Saves an entry with its indexes. Returns 'duplicate' when an entry with this id exists already (whatever its date:
   *  see findById). */
  async add(scopeKey: string, entry: LogEntry, change?: Change): Promise<'saved' | 'duplicate'> {
    const actions = this.rowsFor(scopeKey, entry).map((row) => ['create', row] as StoreAction);
    if (change) actions.push(['create', historyRow(scopeKey, ENTRY, entry.id, 'created', change, undefined, snapshot(entry))]);
    try {
      await this.summaries.writing(scopeKey, [entryKey(entry)], (transaction) => transaction(actions));
      return 'saved';
    } catch (err) {
      if (isConflict(err)) return 'duplicate';
      throw err;
    }
  }

  async get(scopeKey: string, key: string): Promise<LogEntry | undefined> {
    if (!key.startsWith(`entry${SEP}`)) return undefined;
    const row = await this.store.get<EntryRow>(scopeKey, key);
    return row ? fromRow(row) : undefined;
  }

  /** Several entries by their keys (a page of /find or /who), in that order, undefined where one is gone: one read on
   *  the embedded store. */
  async getMany(scopeKey: string, keys: readonly string[]): Promise<Array<LogEntry | undefined>> {
    const entryKeys = keys.filter((k) => k.startsWith(`entry${SEP}`));
    const rows = await this.store.getMany<EntryRow>(scopeKey, entryKeys);
    const byKey = new Map(entryKeys.map((k, i) => [k, rows[i]]));
    return keys.map((k) => {
      const row = byKey.get(k);
      return row ? fromRow(row) : undefined;
    });
  }

  /**
   * What the list rows of these hits show (a page of /find or /who), in that order, undefined where an entry is gone:
   * from the index rows themselves, so no storage read at all. Hits from rows written before the rows carried it are
   * read from their entries (one read on the embedded store, one per entry on Azure), and the scope's backfill
   * advances by a page, so such reads stop once it is done.
   */
  async listed(scopeKey: string, hits: readonly LogHit[]): Promise<Array<ListedEntry | undefined>> {
    const bare = hits.filter((h) => !h.listed).map((h) => h.entryKey);
    if (bare.length === 0) return hits.map((h) => h.listed);
    const [entries] = await Promise.all([this.getMany(scopeKey, bare), this.listedBackfilled(scopeKey)]);
    const read = new Map(bare.map((k, i) => [k, entries[i]]));
    return hits.map((h) => h.listed ?? read.get(h.entryKey));
  }

  private async listedBackfilled(scopeKey: string): Promise<void> {
    if (this.listedReady.has(scopeKey)) return;
    if ((await this.backfillListed(scopeKey, { pages: 1 })).done) this.listedReady.add(scopeKey);
  }

  /** The entry with this id, whatever its date; undefined for none (or for an entry stored before ids were indexed). */
  async findById(scopeKey: string, id: string): Promise<LogEntry | undefined> {
    const pointer = await this.store.get<Row & { entryKey: string }>(scopeKey, idKey(id));
    return pointer ? this.get(scopeKey, pointer.entryKey) : undefined;
  }

  /** Replaces an entry (an edit): old rows out, new rows in, in one transaction. */
  async replace(scopeKey: string, before: LogEntry, after: LogEntry, change?: Change): Promise<void> {
    const oldRows = new Map(this.rowsFor(scopeKey, before).map((r) => [r.rowKey, r]));
    const newRows = this.rowsFor(scopeKey, after);
    const actions: StoreAction[] = [];
    for (const row of newRows) {
      // upsert, not update: an entry stored before ids were indexed has no id row yet.
      actions.push(oldRows.has(row.rowKey) ? ['upsert', row, 'Replace'] : ['create', row]);
      oldRows.delete(row.rowKey);
    }
    // The change record goes with the entry's own rows: in the first (or only) transaction.
    if (change) actions.push(['create', historyRow(scopeKey, ENTRY, after.id, 'edited', change, snapshot(before), snapshot(after))]);
    // An entry stored before an index kind existed has no such row to delete.
    const missing = await this.missingLaterIndexes(scopeKey, [...oldRows.keys()]);
    const deletes: StoreAction[] = [...oldRows.keys()]
      .filter((key) => !missing.has(key))
      .map((key) => ['delete', { partitionKey: scopeKey, rowKey: key }]);
    await this.summaries.writing(scopeKey, [entryKey(before), entryKey(after)], async (transaction) => {
      if (actions.length + deletes.length <= MAX_TRANSACTION_ACTIONS) {
        await transaction([...actions, ...deletes]);
        return;
      }
      // A new date changes every index key (they sort by date): old and new rows together can pass a transaction's 100.
      // Then the entry moves whole in one transaction (its rows in, its old entry row out, so it is never missing or
      // doubled) and the old index rows go after it. Should that second step fail, the stale index rows point at an
      // entry row that no longer exists, which every reader of the index skips.
      const oldEntryRow = deletes.filter((d) => d[1].rowKey.startsWith(`entry${SEP}`));
      const oldIndexRows = deletes.filter((d) => !d[1].rowKey.startsWith(`entry${SEP}`));
      await transaction([...actions, ...oldEntryRow]);
      for (let i = 0; i < oldIndexRows.length; i += MAX_TRANSACTION_ACTIONS) {
        await transaction(oldIndexRows.slice(i, i + MAX_TRANSACTION_ACTIONS));
      }
    });
  }

  /** Which of these keys, of index kinds added later, an older entry does not have (a delete of them would fail). */
  private async missingLaterIndexes(scopeKey: string, keys: string[]): Promise<Set<string>> {
    const later = keys.filter((k) => LATER_INDEXES.includes(k.split(SEP)[0]) || isAuthorWordKey(k));
    const found = await Promise.all(later.map(async (k) => ((await this.store.get(scopeKey, k)) === undefined ? k : undefined)));
    return new Set(found.filter((k): k is string => k !== undefined));
  }

  /**
   * Undo: removes an entry and its index rows and keeps the entry in an audit row saying who removed it and when (an
   * ISO instant), all in one transaction: an entry is never gone without its audit record, nor recorded as undone
   * while still there. At most 98 rows (rowsFor) + 1 audit row + 1 change record: a transaction's 100.
   * 'alreadyUndone' when another press removed it first (two presses at once: one wins, the other is told).
   */
  async undo(
    scopeKey: string,
    entry: LogEntry,
    by: { name: string; aadObjectId: string },
    at: string,
  ): Promise<'undone' | 'alreadyUndone'> {
    // A transaction fails on a missing row: an entry stored before ids (or the instant it was written) were indexed
    // has no such row to delete.
    const missing = await this.missingLaterIndexes(
      scopeKey,
      this.rowsFor(scopeKey, entry).map((r) => r.rowKey),
    );
    const actions: StoreAction[] = this.rowsFor(scopeKey, entry)
      .filter((r) => !missing.has(r.rowKey))
      .map((r) => ['delete', { partitionKey: scopeKey, rowKey: r.rowKey }]);
    const audit: AuditRow = {
      partitionKey: scopeKey,
      rowKey: auditKey(entry, at),
      action: 'undo',
      by: by.name,
      byAadId: by.aadObjectId,
      entry: JSON.stringify(entry),
    };
    actions.push(['create', audit]);
    actions.push([
      'create',
      historyRow(scopeKey, ENTRY, entry.id, 'undone', { by: { name: by.name, aadObjectId: by.aadObjectId }, at }, snapshot(entry)),
    ]);
    try {
      await this.summaries.writing(scopeKey, [entryKey(entry)], (transaction) => transaction(actions));
      return 'undone';
    } catch (err) {
      if (isStale(err)) return 'alreadyUndone'; // the entry's rows were deleted by another press
      throw err;
    }
  }

  /**
   * Pages through every entry of the scope (`pageSize` rows per read, so thousands of entries are never held at once)
   * and stores what `change` returns for an entry: its main row replaced (guarded by its ETag: an entry edited or
   * undone meanwhile is left as it is) and its new index rows added. Writes are packed into transactions of at most
   * 100 actions in the scope's partition. Returns how many entries were changed. Used when a name is added to the
   * lists: the entries that name it get the tag (domain/retag.ts).
   */
  async changeEach(scopeKey: string, change: (e: LogEntry) => LogEntry | undefined, pageSize = 500): Promise<number> {
    let from = `entry${SEP}`;
    const to = prefixEnd(`entry${SEP}`);
    let changed = 0;
    for (;;) {
      const rows = await this.store.range<EntryRow>(scopeKey, from, to, { limit: pageSize });
      const groups: StoreAction[][] = [];
      for (const row of rows) {
        const before = fromRow(row);
        const after = change(before);
        if (!after) continue;
        const oldKeys = new Set(this.rowsFor(scopeKey, before).map((r) => r.rowKey));
        const [main, ...rest] = this.rowsFor(scopeKey, after);
        groups.push([
          ['update', { ...main, etag: row.etag }, 'Replace'],
          ...rest.filter((r) => !oldKeys.has(r.rowKey)).map((r): StoreAction => ['upsert', r, 'Replace']),
        ]);
      }
      changed += await this.writeGroups(groups);
      if (rows.length < pageSize) return changed;
      // Entry keys are entry|<date>|<id>, ids without spaces: nothing sorts between the last key and the last key + ' '.
      from = `${rows[rows.length - 1].rowKey} `;
    }
  }

  /** Writes groups of actions (one entry's each) in transactions of at most 100 actions; a group that lost to a
   *  concurrent change is left out. The number of groups written. */
  private async writeGroups(groups: StoreAction[][]): Promise<number> {
    let written = 0;
    let batch: StoreAction[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      try {
        await this.store.transaction(batch.flat());
        written += batch.length;
      } catch (err) {
        if (!isStale(err) || batch.length === 1) {
          if (!isStale(err)) throw err;
        } else {
          for (const g of batch) {
            try {
              await this.store.transaction(g);
              written++;
            } catch (inner) {
              if (!isStale(inner)) throw inner;
            }
          }
        }
      }
      batch = [];
    };
    for (const g of groups) {
      if (batch.flat().length + g.length > MAX_TRANSACTION_ACTIONS) await flush();
      batch.push(g);
    }
    await flush();
    return written;
  }

  /** Entries that happened in [from, to] (inclusive dates), oldest first. */
  async between(scopeKey: string, from: IsoDate, to: IsoDate): Promise<LogEntry[]> {
    const rows = await this.store.range<EntryRow>(scopeKey, `entry${SEP}${from}`, prefixEnd(`entry${SEP}${to}`));
    return rows.map(fromRow);
  }

  /** The day of the first entry on or after `from` (one row read), or undefined when there is none: where the tab's
   *  newest-first walk of the log by month starts and stops (bot/tab/logQuery.ts). */
  async firstDayFrom(scopeKey: string, from: IsoDate | '' = ''): Promise<IsoDate | undefined> {
    const [first] = await this.store.range<EntryRow>(scopeKey, `entry${SEP}${from}`, prefixEnd(`entry${SEP}`), { limit: 1 });
    return first?.happenedOn;
  }

  /** The day and kind of each entry that happened in [from, to], oldest first: what the tab's counts need, without
   *  reading each entry whole (its lists are JSON to parse). */
  async kindsBetween(scopeKey: string, from: IsoDate, to: IsoDate): Promise<Array<{ happenedOn: IsoDate; kind: EntryKind }>> {
    const rows = await this.store.range<EntryRow>(scopeKey, `entry${SEP}${from}`, prefixEnd(`entry${SEP}${to}`));
    return rows.map((r) => ({ happenedOn: r.happenedOn, kind: r.kind as EntryKind }));
  }

  /** Entries logged at an instant in [fromInstant, toInstant] (ISO UTC), whatever day they are about, oldest first.
   *  Entries stored before this index existed are not found here; the digest also reads by date for them. */
  async writtenBetween(scopeKey: string, fromInstant: string, toInstant: string): Promise<LogEntry[]> {
    const rows = await this.store.range<IndexRow & Partial<EntryRow>>(
      scopeKey,
      `written${SEP}${fromInstant}`,
      prefixEnd(`written${SEP}${toInstant}`),
    );
    // Rows written before the index carried the entry hold only its key: those entries are read one by one.
    const entries = await Promise.all(
      rows.map((r) => (typeof r.text === 'string' ? fromRow(r as EntryRow) : this.get(scopeKey, r.entryKey))),
    );
    return entries.filter((e): e is LogEntry => e !== undefined);
  }

  /** Entries this colleague wrote in this scope (for /mine data), oldest first: one range read with a filter. */
  async writtenBy(scopeKey: string, aadObjectId: string): Promise<LogEntry[]> {
    const rows = await this.store.range<EntryRow>(scopeKey, `entry${SEP}`, prefixEnd(`entry${SEP}`), {
      where: [{ property: 'authorAadId', op: 'eq', value: aadObjectId }],
    });
    return rows.map(fromRow);
  }

  /** Entries this colleague took part in (an @mention) in this scope, oldest first: a read of the scope's entries,
   *  filtered here (participants are JSON in the row; /mine data only). */
  async withParticipant(scopeKey: string, aadObjectId: string): Promise<LogEntry[]> {
    const rows = await this.store.range<EntryRow>(scopeKey, `entry${SEP}`, prefixEnd(`entry${SEP}`));
    return rows
      .map(fromRow)
      .filter((e) => e.authorAadId !== aadObjectId && (e.participants ?? []).some((p) => p.aadObjectId === aadObjectId));
  }

  /** Index hits for entries with a word starting with `prefix`, newest first within one word. */
  async hitsForWord(scopeKey: string, prefix: string, limit?: number): Promise<LogHit[]> {
    const from = `word${SEP}${encodeKeyPart(prefix)}`;
    const rows = await this.store.range<WordRow>(scopeKey, from, prefixEnd(from), { limit });
    return rows.filter((r) => !r.byAuthor).map(hitOf);
  }

  /** Index hits for entries with exactly this word (or its genitive, "KL's"): "KL" is not "klokken". */
  async hitsForWholeWord(scopeKey: string, word: string): Promise<LogHit[]> {
    const lists = await Promise.all(
      [word, `${word}s`].map((w) => {
        const from = `word${SEP}${encodeKeyPart(w)}${SEP}`;
        return this.store.range<WordRow>(scopeKey, from, prefixEnd(from));
      }),
    );
    return lists
      .flat()
      .filter((r) => !r.byAuthor)
      .map(hitOf);
  }

  /**
   * /søg's reads of the word index: each word's hits (as hitsForWord, or hitsForWholeWord for a word that wholeWordOnly
   * picks) and the entries logged by someone whose name starts with `author` (as hitsForAuthor), taken from the author
   * word rows in the same range reads: "/søg Anne" is one read. Only when no word's range holds the author's rows
   * (or the scope's older entries still lack them) is the author read on its own.
   */
  async hitsForWordsAndAuthor(
    scopeKey: string,
    words: readonly string[],
    author: string,
  ): Promise<{ perWord: LogHit[][]; byAuthor: LogHit[] }> {
    const folded = authorKey(author);
    const authorFrom = `word${SEP}${encodeKeyPart(folded.split(' ')[0] ?? '')}${SEP}`;
    const viaWords =
      folded.length >= 2 && encodeKeyPart(folded).length <= MAX_INDEXED_WORD_CHARS && (await this.authorWordsBackfilled(scopeKey));
    const ranges = words.map((w) =>
      wholeWordOnly(w)
        ? [`word${SEP}${encodeKeyPart(w)}${SEP}`, `word${SEP}${encodeKeyPart(`${w}s`)}${SEP}`]
        : [`word${SEP}${encodeKeyPart(w)}`],
    );
    const holdsAuthor = ranges.flat().find((from) => authorFrom.startsWith(from));
    const reads = new Map<string, Promise<WordRow[]>>();
    const read = (from: string) => {
      if (!reads.has(from)) reads.set(from, this.store.range<WordRow>(scopeKey, from, prefixEnd(from)));
      return reads.get(from)!;
    };
    const [perWordRows, byAuthor] = await Promise.all([
      Promise.all(ranges.map(async (froms) => (await Promise.all(froms.map(read))).flat())),
      viaWords
        ? read(holdsAuthor ?? authorFrom).then((rows) =>
            rows.filter((r) => r.byAuthor && authorMatches(authorKey(r.authorName ?? ''), folded)).map(hitOf),
          )
        : this.hitsForAuthor(scopeKey, author),
    ]);
    return { perWord: perWordRows.map((rows) => rows.filter((r) => !r.byAuthor).map(hitOf)), byAuthor };
  }

  /** Entries logged by someone whose name starts with `name` ("jens", "jens hansen"); entries logged before this
   *  index existed are not found here. */
  async hitsForAuthor(scopeKey: string, name: string): Promise<LogHit[]> {
    const folded = authorKey(name);
    if (folded.length < 2) return [];
    const from = `by${SEP}${encodeKeyPart(folded)}`;
    const rows = await this.store.range<ListedRow>(scopeKey, from, prefixEnd(from));
    // Whole words of the name only: "jens" is Jens Hansen, not Jensine.
    return rows.filter((r) => authorMatches(decodeKeyPart(r.rowKey.split(SEP)[1] ?? ''), folded)).map(hitOf);
  }

  /** A stakeholder's entries, newest first. */
  async hitsForStakeholder(scopeKey: string, stakeholder: string): Promise<LogHit[]> {
    const from = `who${SEP}${encodeKeyPart(stakeholder.toLocaleLowerCase('da'))}${SEP}`;
    const rows = await this.store.range<ListedRow>(scopeKey, from, prefixEnd(from));
    return rows.map(hitOf);
  }

  /** An experiment's entries, newest first, each with what its page shows (one range read). */
  async hitsForExperiment(scopeKey: string, experiment: string): Promise<TopicHit[]> {
    return this.topicHits(scopeKey, 'about', experiment);
  }

  /** The entries naming a municipality, newest first, each with what its page shows (one range read). */
  async hitsForMunicipality(scopeKey: string, municipality: string): Promise<TopicHit[]> {
    return this.topicHits(scopeKey, 'place', municipality);
  }

  private async topicHits(scopeKey: string, topic: 'about' | 'place', name: string): Promise<TopicHit[]> {
    await this.topicsBackfilled(scopeKey);
    const from = `${topic}${SEP}${encodeKeyPart(name.toLocaleLowerCase('da'))}${SEP}`;
    const rows = await this.store.range<TopicRow>(scopeKey, from, prefixEnd(from));
    return rows.map((r) => ({
      ...hitOf(r),
      stakeholders: JSON.parse(r.stakeholders) as string[],
      outlets: JSON.parse(r.outlets) as string[],
      text: r.text,
      authorName: r.authorName,
      ...(r.result ? { result: r.result } : {}),
    }));
  }

  /** Every row an entry is stored as (the entry and its index rows); public for bulk seeding in bench/. */
  rowsFor(scopeKey: string, e: LogEntry): Row[] {
    const key = entryKey(e);
    const main: EntryRow = {
      partitionKey: scopeKey,
      rowKey: key,
      kind: e.kind,
      text: e.text,
      happenedOn: e.happenedOn,
      authorName: e.authorName,
      authorAadId: e.authorAadId,
      writtenAt: e.writtenAt,
      stakeholders: JSON.stringify(e.stakeholders),
      outlets: JSON.stringify(e.outlets),
      experiments: JSON.stringify(e.experiments),
      municipalities: JSON.stringify(e.municipalities),
      words: JSON.stringify(e.words),
      ...(e.dateText ? { dateText: e.dateText } : {}),
      ...(e.period ? { period: JSON.stringify(e.period) } : {}),
      ...(e.coming ? { coming: JSON.stringify(e.coming) } : {}),
      ...(e.yearChosen ? { yearChosen: e.yearChosen } : {}),
      ...(e.links?.length ? { links: JSON.stringify(e.links) } : {}),
      ...(e.participants?.length ? { participants: JSON.stringify(e.participants) } : {}),
      ...(e.quoted?.length ? { quoted: JSON.stringify(e.quoted) } : {}),
      ...(e.fromMessage ? { fromMessage: JSON.stringify(e.fromMessage) } : {}),
      ...(e.result ? { result: JSON.stringify(e.result) } : {}),
    };
    const ref = { entryKey: key, happenedOn: e.happenedOn, kind: e.kind, id: e.id };
    // What a /find or /who list row shows rides on the rows those read, as on the entry row: no read of the entry.
    const listed: Omit<ListedRow, 'partitionKey' | 'rowKey'> = {
      ...ref,
      text: main.text,
      authorName: main.authorName,
      writtenAt: main.writtenAt,
      ...(main.dateText ? { dateText: main.dateText } : {}),
      ...(main.period ? { period: main.period } : {}),
      ...(main.coming ? { coming: main.coming } : {}),
      ...(main.fromMessage ? { fromMessage: main.fromMessage } : {}),
    };
    const fits = (s: string) => encodeKeyPart(s).length <= MAX_INDEXED_WORD_CHARS;
    const who = [...new Set(e.stakeholders.map((s) => s.toLocaleLowerCase('da')))]
      .filter(fits)
      .slice(0, MAX_INDEXED_STAKEHOLDERS)
      .map((s) => ({ partitionKey: scopeKey, rowKey: whoKey(s, e), ...listed }));
    const topic = {
      ...ref,
      stakeholders: JSON.stringify(e.stakeholders.filter((s) => !e.outlets.includes(s))),
      outlets: JSON.stringify(e.outlets),
      text: e.text.length > TOPIC_TEXT_CHARS ? `${e.text.slice(0, TOPIC_TEXT_CHARS - 1)}…` : e.text,
      authorName: e.authorName,
      // The result the entry used rides on its index rows: the experiment's page counts uses from the rows it reads.
      ...(e.result ? { result: e.result.id } : {}),
    };
    // The linked result's experiment first, so the row that counts the use is never the one cut by the cap.
    const about = [
      ...new Set([...(e.result && e.experiments.includes(e.result.experiment) ? [e.result.experiment] : []), ...e.experiments]),
    ]
      .filter(fits)
      .slice(0, MAX_INDEXED_EXPERIMENTS)
      .map((x) => ({ partitionKey: scopeKey, rowKey: topicKey('about', x, e), ...topic }));
    const place = [...new Set(e.municipalities)]
      .filter(fits)
      .slice(0, MAX_INDEXED_MUNICIPALITIES)
      .map((m) => ({ partitionKey: scopeKey, rowKey: topicKey('place', m, e), ...topic }));
    // The written index carries the whole entry (as the items' state rows do), so "what was logged this week" is one
    // range read, not one point read per entry.
    const written = e.writtenAt ? [{ ...main, rowKey: writtenKey(e), entryKey: key, id: e.id }] : [];
    const author = authorKey(e.authorName);
    const by =
      author && encodeKeyPart(author).length <= MAX_INDEXED_WORD_CHARS ? [{ partitionKey: scopeKey, rowKey: byKey(e), ...listed }] : [];
    const fixed: Row[] = [
      main,
      { partitionKey: scopeKey, rowKey: idKey(e.id), entryKey: key },
      ...written,
      ...by,
      ...who,
      ...about,
      ...place,
    ];
    const wordRoom = Math.min(MAX_INDEXED_WORDS, MAX_ENTRY_ROWS - fixed.length);
    const words = e.words
      .filter(fits)
      .slice(0, wordRoom)
      .map((w) => ({ partitionKey: scopeKey, rowKey: wordKey(w, e), ...listed }));
    // The author word row (/søg Anne in one read) only where the entry's rows leave room: it never takes a word row's
    // place, so an entry stored before it keeps every row its undo and edit delete.
    const authorWord =
      by.length > 0 && fixed.length + words.length < MAX_ENTRY_ROWS
        ? [{ partitionKey: scopeKey, rowKey: authorWordKey(e), ...listed, byAuthor: true }]
        : [];
    return [...fixed, ...words, ...authorWord];
  }
}

/** An author word row's key (authorWordKey): a word row's four parts and `by`. */
function isAuthorWordKey(key: string): boolean {
  const parts = key.split(SEP);
  return parts[0] === 'word' && parts.length === 5 && parts[4] === 'by';
}

function hitOf(r: ListedRow): LogHit {
  const hit: LogHit = { id: r.id, happenedOn: r.happenedOn, kind: r.kind as EntryKind, entryKey: r.entryKey };
  if (typeof r.text !== 'string' || typeof r.writtenAt !== 'string') return hit;
  hit.listed = {
    kind: hit.kind,
    text: r.text,
    happenedOn: r.happenedOn,
    writtenAt: r.writtenAt,
    authorName: r.authorName ?? '',
    ...(r.dateText ? { dateText: r.dateText } : {}),
    ...(r.period ? { period: JSON.parse(r.period) as Period } : {}),
    ...(r.coming ? { coming: JSON.parse(r.coming) as Period } : {}),
    ...(r.fromMessage ? { fromMessage: JSON.parse(r.fromMessage) as LogEntry['fromMessage'] } : {}),
  };
  return hit;
}

export function fromRow(r: EntryRow): LogEntry {
  return {
    id: r.rowKey.split(SEP)[2],
    kind: r.kind as EntryKind,
    text: r.text,
    happenedOn: r.happenedOn,
    ...(r.dateText ? { dateText: r.dateText } : {}),
    ...(r.period ? { period: JSON.parse(r.period) as Period } : {}),
    ...(r.coming ? { coming: JSON.parse(r.coming) as Period } : {}),
    ...(typeof r.yearChosen === 'number' ? { yearChosen: r.yearChosen } : {}),
    authorName: r.authorName,
    authorAadId: r.authorAadId,
    writtenAt: r.writtenAt,
    stakeholders: JSON.parse(r.stakeholders),
    outlets: JSON.parse(r.outlets),
    experiments: JSON.parse(r.experiments),
    municipalities: JSON.parse(r.municipalities),
    words: JSON.parse(r.words),
    ...(r.links ? { links: JSON.parse(r.links) } : {}),
    ...(r.participants ? { participants: JSON.parse(r.participants) } : {}),
    ...(r.quoted ? { quoted: JSON.parse(r.quoted) } : {}),
    ...(r.fromMessage ? { fromMessage: JSON.parse(r.fromMessage) } : {}),
    ...(r.result ? { result: JSON.parse(r.result) } : {}),
  };
}
