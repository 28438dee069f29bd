// Events and deadlines with their search index, in the Items table (PartitionKey = scope key).
//
// RowKey layout (every query is a RowKey range or a point read within one scope's partition):
//   item|<id>                    the item itself (point read by id)
//   open|<key date>|<id>         a copy of an open dated item, by key date (deadline: end, event: start):
//                                due (a range), overdue (the range before today), ongoing (ranges either side)
//   done|<key date>|<id>         the same for a done item (listed only when asked for)
//   starts|<start>|<id>          a copy of an open deadline that is a period (start before its end, the key date), by
//                                its start: what is "ongoing" past a listing's end, read up to that end (added later:
//                                older scopes get them from backfillStarts, marked done by meta|open-index)
//   planned|<id>                 a copy of an open plan: the plans /status lists, without reading every open item
//                                (added later too: the same backfill)
//   nodate|<id>                  a copy of an event without a date ("dato ikke fastsat")
//   word|<word>|<id>             search index: the folded words of the title (searchWords)
//   batch|<batchId>|<id>         the items of one pasted timeline (one Undo removes them all)
//   tally|<id>                   a copy of an approval run (an item with approvers), open or done: /godkendt, /kommune
//   approval|<id>|<at>|<who>     the history of an approval run's marks and undos (who marked or undid, when)
//   update|<updateId>            an item written again with the same title: before and after, for its Undo
//                                (a line of a pasted timeline: update|<batchId>-<line>, so the paste's Undo finds them)
//   hist|item|<id>|<at>|…        its change records (storage/historyRepository.ts)
// An item's rows are written, changed and removed together in one transaction, so nothing is ever half saved; a
// change made with a `Change` (who, when) writes its change record in that same transaction.
// The state rows carry the whole item, so a listing is one range read.
import { isConflict, isStale, type Row, type StoreAction, type TableStore } from './tableStore';
import { encodeKeyPart, prefixEnd, SEP } from './keys';
import { calendarFields, keyDate, rewrittenFields, type ApprovalMark, type Item, type ItemType } from '../domain/items';
import type { Colleague, IsoDate, Period, PeriodForm } from '../domain/types';
import { foldForSearch, isStopword, searchWords, wholeWordOnly } from '../domain/text';
import { snapshot, type Change, type HistoryAction } from '../domain/history';
import { historyPrefix, historyRow } from './historyRepository';
import { ITEM } from './schema';

/** Title words indexed per item: with the item's other rows, one transaction stays under 100 actions even for an edit. */
export const MAX_INDEXED_TITLE_WORDS = 40;
const MAX_ACTIONS = 100;

export interface ItemRow extends Row {
  id: string;
  type: string;
  title: string;
  startDate?: string;
  endDate?: string;
  form?: string;
  time?: string;
  place?: string;
  done: boolean;
  doneAt?: string;
  doneBy?: string;
  batchId?: string;
  authorName: string;
  authorAadId: string;
  writtenAt: string;
  snoozedUntil?: string;
  approvers?: string;
  approvals?: string;
  /** JSON of the owner (a Colleague). */
  owner?: string;
  entryKey?: string;
  revision?: number;
  modifiedAt?: string;
}

/** One mark or undo of an approval run, as kept in its history. */
export interface ApprovalEvent {
  action: 'mark' | 'undo';
  who: string;
  /** The day the approver approved (the mark's date). */
  on: IsoDate;
  by: string;
  byAadId: string;
  at: string;
}

interface ApprovalEventRow extends Row, ApprovalEvent {
  itemId: string;
}

interface RefRow extends Row {
  id: string;
}
interface UpdateRow extends Row {
  itemId: string;
  before: string;
  after: string;
  by: string;
  at: string;
  undoneBy?: string;
  undoneAt?: string;
}

const itemKey = (id: string) => `item${SEP}${id}`;
const updateKey = (updateId: string) => `update${SEP}${updateId}`;

/** The row that lists the item: open/done by key date, or nodate. */
function stateKey(item: Item): string {
  const key = keyDate(item);
  if (!key) return `nodate${SEP}${item.id}`;
  return `${item.done ? 'done' : 'open'}${SEP}${key}${SEP}${item.id}`;
}

const tallyKey = (id: string) => `tally${SEP}${id}`;

/** The starts| row of an open deadline whose period begins before its end (the key date); undefined for any other. */
function startsKey(item: Item): string | undefined {
  if (item.done || item.type === 'event' || !item.period || item.period.start >= item.period.end) return undefined;
  return `starts${SEP}${item.period.start}${SEP}${item.id}`;
}

/** The planned| row of an open plan (the plans /status lists, read without the scope's other open items). */
function plannedKey(item: Item): string | undefined {
  return item.type === 'plan' && !item.done ? `planned${SEP}${item.id}` : undefined;
}

/** Index rows of open items added after items were first stored: an older item may lack them. */
const isLaterIndex = (rowKey: string): boolean => rowKey.startsWith(`starts${SEP}`) || rowKey.startsWith(`planned${SEP}`);

/** Where the backfill of the starts| and planned| rows stands in a scope (see backfillStarts). */
const STARTS_MARKER = `meta${SEP}open-index`;
interface StartsMarkerRow extends Row {
  done: boolean;
  after?: string;
}
/** Open rows read per page of the starts| backfill. */
const STARTS_BACKFILL_PAGE = 500;
const approvalPrefix = (id: string) => `approval${SEP}${encodeKeyPart(id)}${SEP}`;
/** Tries of a guarded change that lost to another writer (two colleagues marking at once) before giving up. */
const GUARDED_TRIES = 5;

const wordPrefix = (word: string) => `word${SEP}${encodeKeyPart(word)}`;
const batchPrefix = (batchId: string) => `batch${SEP}${encodeKeyPart(batchId)}${SEP}`;

function toRow(scopeKey: string, rowKey: string, item: Item): ItemRow {
  const row: ItemRow = {
    partitionKey: scopeKey,
    rowKey,
    id: item.id,
    type: item.type,
    title: item.title,
    done: item.done,
    authorName: item.authorName,
    authorAadId: item.authorAadId,
    writtenAt: item.writtenAt,
  };
  if (item.period) {
    row.startDate = item.period.start;
    row.endDate = item.period.end;
    row.form = JSON.stringify(item.period.form);
  }
  if (item.time) row.time = JSON.stringify(item.time);
  if (item.place) row.place = item.place;
  if (item.doneAt) row.doneAt = item.doneAt;
  if (item.doneBy) row.doneBy = item.doneBy;
  if (item.batchId) row.batchId = item.batchId;
  if (item.snoozedUntil) row.snoozedUntil = item.snoozedUntil;
  if (item.approvers?.length) {
    row.approvers = JSON.stringify(item.approvers);
    row.approvals = JSON.stringify(item.approvals ?? []);
  }
  if (item.owner) row.owner = JSON.stringify(item.owner);
  if (item.entryKey) row.entryKey = item.entryKey;
  if (item.revision) row.revision = item.revision;
  if (item.modifiedAt) row.modifiedAt = item.modifiedAt;
  return row;
}

export function itemFromRow(r: ItemRow): Item {
  const item: Item = {
    id: r.id,
    type: r.type as ItemType,
    title: r.title,
    done: r.done === true,
    authorName: r.authorName,
    authorAadId: r.authorAadId,
    writtenAt: r.writtenAt,
  };
  if (r.startDate && r.endDate && r.form) {
    const period: Period = { start: r.startDate, end: r.endDate, form: JSON.parse(r.form) as PeriodForm };
    item.period = period;
  }
  if (r.time) item.time = JSON.parse(r.time) as { hour: number; minute: number };
  if (r.place) item.place = r.place;
  if (r.doneAt) item.doneAt = r.doneAt;
  if (r.doneBy) item.doneBy = r.doneBy;
  if (r.batchId) item.batchId = r.batchId;
  if (r.snoozedUntil) item.snoozedUntil = r.snoozedUntil;
  if (r.approvers) {
    item.approvers = JSON.parse(r.approvers) as string[];
    item.approvals = JSON.parse(r.approvals ?? '[]') as ApprovalMark[];
  }
  if (r.owner) item.owner = JSON.parse(r.owner) as Colleague;
  if (r.entryKey) item.entryKey = r.entryKey;
  if (typeof r.revision === 'number' && r.revision > 0) item.revision = r.revision;
  if (r.modifiedAt) item.modifiedAt = r.modifiedAt;
  return item;
}

/** The folded words a title is found by. */
export function titleIndexWords(title: string): string[] {
  return searchWords(title).slice(0, MAX_INDEXED_TITLE_WORDS);
}

/** The open| rows of a listing of [from, to] on `today`, by what they are: due (key date in [from, to]), overdue (a
 *  deadline or an event ended before today) and ongoing from before `from`; in key order. */
function sortOpen(rows: readonly ItemRow[], from: IsoDate, to: IsoDate, today: IsoDate): { due: Item[]; overdue: Item[]; ongoing: Item[] } {
  const due: Item[] = [];
  const overdue: Item[] = [];
  const ongoing: Item[] = [];
  for (const row of rows) {
    const key = row.rowKey.slice(`open${SEP}`.length, `open${SEP}`.length + 10); // the key date, as the ranges compare it
    const item = itemFromRow(row);
    if (key >= from && key <= to) due.push(item);
    if (key < today && row.endDate !== undefined && row.endDate < today) overdue.push(item);
    if (key < from && row.endDate !== undefined && row.endDate >= from) ongoing.push(item);
  }
  return { due, overdue, ongoing };
}

/** The nodate| rows' items that are still open, oldest first. */
function openUndated(rows: readonly ItemRow[]): Item[] {
  return rows
    .map(itemFromRow)
    .filter((i) => !i.done)
    .sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
}

export class ItemRepository {
  /** Scopes whose starts| rows are known complete (read once per process). */
  private readonly startsReady = new Set<string>();
  private readonly backfillSteps = new Map<string, Promise<boolean>>();

  /** `backfillPage`: open rows per page of the starts| backfill (tests make it small). */
  constructor(
    private readonly store: TableStore,
    private readonly opts: { backfillPage?: number } = {},
  ) {}

  /** Saves items (one or a pasted timeline) with their search index; 'duplicate' if these ids exist already. Items are
   *  packed into transactions of at most 100 actions; a redelivered (or half-saved) paste saves only what is missing. */
  async add(scopeKey: string, items: Item[], change?: Change): Promise<'saved' | 'duplicate'> {
    let saved = 0;
    for (const chunk of this.chunksOf(scopeKey, items, change)) {
      try {
        await this.store.transaction(chunk.flatMap((c) => c.rows.map((row) => ['create', row] as StoreAction)));
        saved += chunk.length;
      } catch (err) {
        if (!isConflict(err)) throw err;
        // Some of these exist already (a redelivery): save the others one by one.
        for (const c of chunk) {
          try {
            await this.store.transaction(c.rows.map((row) => ['create', row] as StoreAction));
            saved++;
          } catch (inner) {
            if (!isConflict(inner)) throw inner;
          }
        }
      }
    }
    return saved > 0 || items.length === 0 ? 'saved' : 'duplicate';
  }

  async get(scopeKey: string, id: string): Promise<Item | undefined> {
    if (!id || id.includes(SEP)) return undefined;
    const row = await this.store.get<ItemRow>(scopeKey, itemKey(encodeKeyPart(id)));
    return row ? itemFromRow(row) : undefined;
  }

  /** Items this colleague created in this scope (for /mine data): one range read with a filter. */
  async writtenBy(scopeKey: string, aadObjectId: string): Promise<Item[]> {
    const rows = await this.store.range<ItemRow>(scopeKey, `item${SEP}`, prefixEnd(`item${SEP}`), {
      where: [{ property: 'authorAadId', op: 'eq', value: aadObjectId }],
    });
    return sortByKeyDate(rows.map(itemFromRow));
  }

  /** Open (not done) items whose key date (deadline: end, event: start) is in [from, to], by key date. */
  async dueBetween(scopeKey: string, from: IsoDate, to: IsoDate, opts: { includeDone?: boolean } = {}): Promise<Item[]> {
    const states = opts.includeDone ? ['open', 'done'] : ['open'];
    const lists = await Promise.all(
      states.map((s) => this.store.range<ItemRow>(scopeKey, `${s}${SEP}${from}`, prefixEnd(`${s}${SEP}${to}`))),
    );
    return sortByKeyDate(lists.flat().map(itemFromRow));
  }

  /** Open items past their end: deadlines whose key date is before `today`, and events that have ended
   *  (an event that began before today and is still running is not overdue). */
  async overdue(scopeKey: string, today: IsoDate): Promise<Item[]> {
    const rows = await this.store.range<ItemRow>(scopeKey, `open${SEP}`, `open${SEP}${today}`, {
      where: [{ property: 'endDate', op: 'lt', value: today }],
    });
    return rows.map(itemFromRow);
  }

  /** Open items whose span overlaps [from, to] but whose key date lies outside it: a deadline period that ends
   *  after `to`, or an event that began before `from` and still runs. Shown as "ongoing". */
  async ongoing(scopeKey: string, from: IsoDate, to: IsoDate): Promise<Item[]> {
    const [after, before] = await Promise.all([
      this.startingBy(scopeKey, to),
      this.store.range<ItemRow>(scopeKey, `open${SEP}`, `open${SEP}${from}`, { where: [{ property: 'endDate', op: 'ge', value: from }] }),
    ]);
    return sortByKeyDate([...before.map(itemFromRow), ...after.filter((i) => (keyDate(i) ?? '') > to)]);
  }

  /**
   * What a due listing of [from, to] shows on `today`: the same three lists dueBetween, overdue and ongoing give, in
   * two reads bounded by the answer, whatever the scope's history: the open items keyed up to `to` (or to `today`
   * for a period in the past): due, overdue, or ongoing from before `from`; and the open deadline periods that start
   * by `to` (the starts| rows): ongoing past it. The done items in [from, to] too when `includeDone`. What lies between
   * today and a later period's start is read as well (what is open there, not the history).
   */
  async listing(
    scopeKey: string,
    from: IsoDate,
    to: IsoDate,
    today: IsoDate,
    opts: { includeDone?: boolean } = {},
  ): Promise<{ due: Item[]; overdue: Item[]; ongoing: Item[] }> {
    const upTo = to >= today ? prefixEnd(`open${SEP}${to}`) : `open${SEP}${today}`;
    const [open, spanning, done] = await Promise.all([
      this.store.range<ItemRow>(scopeKey, `open${SEP}`, upTo),
      this.startingBy(scopeKey, to),
      opts.includeDone ? this.store.range<ItemRow>(scopeKey, `done${SEP}${from}`, prefixEnd(`done${SEP}${to}`)) : Promise.resolve([]),
    ]);
    const { due, overdue, ongoing } = sortOpen(open, from, to, today);
    for (const item of spanning) if ((keyDate(item) ?? '') > to) ongoing.push(item);
    return { due: sortByKeyDate([...due, ...done.map(itemFromRow)]), overdue, ongoing: sortByKeyDate(ongoing) };
  }

  /**
   * What the digest shows of the items on `today`: the open items due in [today, to] and those overdue (as listing
   * gives them), and the undated ones (as undated gives them), in ONE range read: nodate| sorts just before open|, so
   * the undated rows and the open rows keyed up to `to` are one RowKey range, and nothing else lies in it. No ongoing
   * list (the digest does not show one), so no starts| read either. The tick runs this for every scope (issue 26).
   */
  async digestItems(scopeKey: string, today: IsoDate, to: IsoDate): Promise<{ due: Item[]; overdue: Item[]; undated: Item[] }> {
    const rows = await this.store.range<ItemRow>(scopeKey, `nodate${SEP}`, prefixEnd(`open${SEP}${to}`));
    const firstOpen = rows.findIndex((r) => r.rowKey.startsWith(`open${SEP}`));
    const split = firstOpen < 0 ? rows.length : firstOpen;
    const { due, overdue } = sortOpen(rows.slice(split), today, to, today);
    return { due: sortByKeyDate(due), overdue, undated: openUndated(rows.slice(0, split)) };
  }

  /**
   * Open deadline periods that start by `to`, from the starts| rows. While a scope's older rows have no starts| rows
   * yet, each call advances its backfill by a page and, until it is done, reads the open items keyed after `to` as
   * before (right, and as costly as the history): a listing never misses an ongoing period.
   */
  private async startingBy(scopeKey: string, to: IsoDate): Promise<Item[]> {
    if (!(await this.openIndexReady(scopeKey))) {
      const rows = await this.store.range<ItemRow>(scopeKey, prefixEnd(`open${SEP}${to}`), prefixEnd(`open${SEP}`), {
        where: [{ property: 'startDate', op: 'le', value: to }],
      });
      return rows.map(itemFromRow);
    }
    const rows = await this.store.range<ItemRow>(scopeKey, `starts${SEP}`, prefixEnd(`starts${SEP}${to}`));
    return rows.map(itemFromRow);
  }

  /** Whether the scope's starts| and planned| rows are complete: the backfill advanced by a page until it is done. */
  private async openIndexReady(scopeKey: string): Promise<boolean> {
    if (this.startsReady.has(scopeKey)) return true;
    // Two reads of one turn (a listing and its plans) share one step of the backfill.
    let step = this.backfillSteps.get(scopeKey);
    if (!step) {
      step = this.backfillStarts(scopeKey, { pages: 1 })
        .then((r) => r.done)
        .finally(() => this.backfillSteps.delete(scopeKey));
      this.backfillSteps.set(scopeKey, step);
    }
    if (await step) this.startsReady.add(scopeKey);
    return this.startsReady.has(scopeKey);
  }

  /**
   * Items stored before the starts| and planned| rows existed have none. This writes them, a page of `pageSize` open rows at a time
   * from where the scope's marker says the last run stopped, each guarded by its open row's ETag (an item changed or
   * marked done meanwhile is left to its own writes), in transactions of at most 100 actions. Safe to run again, and
   * by two instances at once. `pages` bounds the work of one call; returns whether the scope is done.
   */
  async backfillStarts(scopeKey: string, opts: { pageSize?: number; pages?: number } = {}): Promise<{ done: boolean; items: number }> {
    const pageSize = opts.pageSize ?? this.opts.backfillPage ?? STARTS_BACKFILL_PAGE;
    const marker = await this.store.get<StartsMarkerRow>(scopeKey, STARTS_MARKER);
    if (marker?.done) return { done: true, items: 0 };
    let after = marker?.after;
    let items = 0;
    for (let page = 0; page < (opts.pages ?? Infinity); page++) {
      // Open keys are open|<date>|<id>, ids without spaces: nothing sorts between a key and the key + ' '.
      const rows = await this.store.range<ItemRow>(scopeKey, after ? `${after} ` : `open${SEP}`, prefixEnd(`open${SEP}`), {
        limit: pageSize,
      });
      let batch: StoreAction[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const groups = batch;
        batch = [];
        try {
          await this.store.transaction(groups);
          items += groups.length / 2;
        } catch (err) {
          if (!isStale(err)) throw err;
          for (let i = 0; i < groups.length; i += 2) {
            try {
              await this.store.transaction(groups.slice(i, i + 2));
              items++;
            } catch (inner) {
              if (!isStale(inner)) throw inner;
            }
          }
        }
      };
      for (const row of rows) {
        const item = itemFromRow(row);
        for (const key of [startsKey(item), plannedKey(item)]) {
          if (!key) continue;
          if (batch.length + 2 > MAX_ACTIONS) await flush();
          batch.push(
            ['update', { partitionKey: scopeKey, rowKey: row.rowKey, etag: row.etag }, 'Merge'],
            ['upsert', toRow(scopeKey, key, item), 'Replace'],
          );
        }
      }
      await flush();
      const done = rows.length < pageSize;
      if (rows.length > 0) after = rows[rows.length - 1].rowKey;
      await this.store.upsert({ partitionKey: scopeKey, rowKey: STARTS_MARKER, done, ...(after ? { after } : {}) }, 'Replace');
      if (done) return { done: true, items };
    }
    return { done: false, items };
  }

  /** Every dated item whose span touches [from, to], done or not, each once, by key date (reports: the timeline and
   *  the "Frister og arrangementer" sheet). Open items only for those whose key date lies outside the range. */
  async touching(scopeKey: string, from: IsoDate, to: IsoDate): Promise<Item[]> {
    // The open items keyed up to `to` in one read, not two (those keyed in [from, to], and those keyed before `from`
    // that run into it): the same rows, one storage round trip less (what dueBetween and ongoing read, together).
    const [open, done, spanning] = await Promise.all([
      this.store.range<ItemRow>(scopeKey, `open${SEP}`, prefixEnd(`open${SEP}${to}`)),
      this.store.range<ItemRow>(scopeKey, `done${SEP}${from}`, prefixEnd(`done${SEP}${to}`)),
      this.startingBy(scopeKey, to),
    ]);
    const openInside: Item[] = [];
    const before: Item[] = [];
    for (const row of open) {
      const key = row.rowKey.slice(`open${SEP}`.length, `open${SEP}`.length + 10); // the key date, as the ranges compare it
      if (key >= from) openInside.push(itemFromRow(row));
      else if (row.endDate !== undefined && row.endDate >= from) before.push(itemFromRow(row));
    }
    const inside = sortByKeyDate([...openInside, ...done.map(itemFromRow)]);
    const around = sortByKeyDate([...before, ...spanning.filter((i) => (keyDate(i) ?? '') > to)]);
    const seen = new Set<string>();
    return sortByKeyDate(
      [...inside, ...around].filter((i) => {
        if (seen.has(i.id)) return false;
        seen.add(i.id);
        return true;
      }),
    );
  }

  /** Every dated item, done or not, whose period ends on or after `from`, in one range read of the items' own rows
   *  (the calendar feed: 12 months back and everything ahead). */
  async endingFrom(scopeKey: string, from: IsoDate): Promise<Item[]> {
    const where = [{ property: 'endDate', op: 'ge' as const, value: from }];
    const rows = await this.store.range<ItemRow>(scopeKey, `item${SEP}`, prefixEnd(`item${SEP}`), { where });
    return sortByKeyDate(rows.map(itemFromRow));
  }

  /**
   * A mark that moves with every write this process makes to the items, or undefined where other instances write
   * them too (Azure): while it stands still, what was read from the items is still what they hold (the feed's body).
   */
  changeMark(): number | undefined {
    return this.store.soleWriter ? this.store.writeCount : undefined;
  }

  /** Open events and deadlines with no date set, oldest first. */
  async undated(scopeKey: string): Promise<Item[]> {
    return openUndated(await this.store.range<ItemRow>(scopeKey, `nodate${SEP}`, prefixEnd(`nodate${SEP}`)));
  }

  /** Items whose title has words starting with every one of the (folded) words (short words and words with digits:
   *  those very words, see wholeWordOnly); stopwords in the query are ignored. */
  async search(scopeKey: string, words: string[]): Promise<Item[]> {
    return (await this.searchEach(scopeKey, [words]))[0];
  }

  /** The ids of the items whose title has this (folded) word: short words and words with digits as written, or with
   *  an s ("KL", "KLs", "P1"), others as the start of a word. */
  private async wordIds(scopeKey: string, w: string): Promise<Set<string>> {
    if (!wholeWordOnly(w))
      return new Set((await this.store.range<RefRow>(scopeKey, wordPrefix(w), prefixEnd(wordPrefix(w)))).map((r) => r.id));
    const exact = `${wordPrefix(w)}${SEP}`;
    const withS = `${wordPrefix(`${w}s`)}${SEP}`;
    if (/\d$/.test(w)) {
      // A number ("14", "2024", "P1"): one range for both, from "14s|" to past "14|" ('s' sorts before the separator),
      // dropping the few words between ("14th"). A pasted timeline numbers its lines: a statement a line, not two.
      const rows = await this.store.range<RefRow>(scopeKey, withS, prefixEnd(exact));
      return new Set(rows.filter((r) => r.rowKey.startsWith(exact) || r.rowKey.startsWith(withS)).map((r) => r.id));
    }
    const rows = await Promise.all([exact, withS].map((from) => this.store.range<RefRow>(scopeKey, from, prefixEnd(from))));
    return new Set(rows.flat().map((r) => r.id));
  }

  /** search() for each list of words, reading each word's index rows and each item once for all of them: a pasted
   *  timeline of 100 lines shares most words ("Milepæl … i projektet"), and a read per line and word grew with every
   *  deadline that has them (issue 28: 1.6 s for a paste of 100 lines beside 1,000 such deadlines). */
  async searchEach(scopeKey: string, queries: string[][]): Promise<Item[][]> {
    const idsByWord = new Map<string, Promise<Set<string>>>();
    const idsOf = (w: string): Promise<Set<string>> => {
      let ids = idsByWord.get(w);
      if (!ids) {
        ids = this.wordIds(scopeKey, w);
        idsByWord.set(w, ids);
      }
      return ids;
    };
    // Every query's ids first, then every item they name in one read: a pasted timeline's 100 lines, pasted again
    // beside their deadlines, read them with one statement instead of one a line (issue 28).
    const idLists = await Promise.all(
      queries.map(async (words) => {
        const query = [...new Set(words.map((w) => foldForSearch(w).trim()).filter((w) => w && !isStopword(w)))];
        if (query.length === 0) return [];
        const [first, ...rest] = await Promise.all(query.map(idsOf));
        return [...first].filter((id) => rest.every((s) => s.has(id)));
      }),
    );
    const wanted = [...new Set(idLists.flat())].filter((id) => id && !id.includes(SEP));
    const rows = await this.store.getMany<ItemRow>(
      scopeKey,
      wanted.map((id) => itemKey(encodeKeyPart(id))),
    );
    const itemById = new Map<string, Item>();
    for (const [k, id] of wanted.entries()) {
      const row = rows[k];
      if (row) itemById.set(id, itemFromRow(row));
    }
    return idLists.map((ids) => sortByKeyDate(ids.map((id) => itemById.get(id)).filter((i): i is Item => i !== undefined)));
  }

  /** Marks an item done or not done; undefined when this scope has no such item. */
  async setDone(scopeKey: string, id: string, done: boolean, change: Change): Promise<Item | undefined> {
    const { by: actor, at } = change;
    const by = actor.name;
    const before = await this.get(scopeKey, id);
    if (!before) return undefined;
    if (before.done === done) return before;
    const after: Item = { ...before, done };
    if (done) {
      after.doneAt = at;
      after.doneBy = by;
    } else {
      delete after.doneAt;
      delete after.doneBy;
    }
    await this.replace(scopeKey, before, after, { change, action: done ? 'done' : 'reopened' });
    return after;
  }

  /** Snooze a reminder, edit fields (title, period, time, place). The id must exist in this scope. */
  async update(scopeKey: string, item: Item, change?: Change, action: HistoryAction = 'edited'): Promise<void> {
    const before = await this.get(scopeKey, item.id);
    if (!before) throw new Error(`no item ${item.id} in this scope`);
    await this.replace(scopeKey, before, item, change ? { change, action } : undefined);
  }

  /** Every approval run of the scope (open and done), in one range read: /godkendt and the municipality page. */
  async approvalRuns(scopeKey: string): Promise<Item[]> {
    const rows = await this.store.range<ItemRow>(scopeKey, `tally${SEP}`, prefixEnd(`tally${SEP}`));
    return sortByKeyDate(rows.map(itemFromRow));
  }

  /** An approval run's history of marks and undos, oldest first (issue 18's change history reads it). */
  async approvalHistory(scopeKey: string, id: string): Promise<ApprovalEvent[]> {
    const rows = await this.store.range<ApprovalEventRow>(scopeKey, approvalPrefix(id), prefixEnd(approvalPrefix(id)));
    return rows.map((r) => ({ action: r.action, who: r.who, on: r.on, by: r.by, byAadId: r.byAadId, at: r.at }));
  }

  /** The approval marks and undos one colleague made in this scope, newest first, with the run's id (for /mine data:
   *  one range read of the runs' histories, filtered by their Entra object id). */
  async marksBy(scopeKey: string, aadObjectId: string): Promise<Array<ApprovalEvent & { itemId: string }>> {
    const from = `approval${SEP}`;
    const rows = await this.store.range<ApprovalEventRow>(scopeKey, from, prefixEnd(from), {
      where: [{ property: 'byAadId', op: 'eq', value: aadObjectId }],
    });
    return rows
      .map((r) => ({ itemId: r.itemId, action: r.action, who: r.who, on: r.on, by: r.by, byAadId: r.byAadId, at: r.at }))
      .sort((a, b) => b.at.localeCompare(a.at));
  }

  /**
   * Changes an item by `change` under its ETag: read, change, write the item and its copies in one transaction; on a
   * concurrent change (two colleagues marking at once) read again and change again, so no mark is lost. `event`, when
   * the change returns one, is kept in the item's approval history in the same transaction, and `recorded` in its change
   * history (storage/historyRepository.ts). Undefined when this scope
   * has no such item; `changed: false` when `change` left it as it was.
   */
  async changeGuarded<O>(
    scopeKey: string,
    id: string,
    change: (item: Item) => { item: Item; outcome: O; event?: ApprovalEvent },
    recorded?: { change: Change; action: HistoryAction },
  ): Promise<{ item: Item; outcome: O; changed: boolean } | undefined> {
    if (!id || id.includes(SEP)) return undefined;
    for (let attempt = 1; ; attempt++) {
      const row = await this.store.get<ItemRow>(scopeKey, itemKey(encodeKeyPart(id)));
      if (!row) return undefined;
      const before = itemFromRow(row);
      const result = change(before);
      if (result.item === before) return { item: before, outcome: result.outcome, changed: false };
      const actions = await this.replaceActions(scopeKey, before, result.item, recorded, row.etag);
      if (result.event) {
        const e = result.event;
        const event: ApprovalEventRow = {
          partitionKey: scopeKey,
          rowKey: `${approvalPrefix(id)}${e.at}${SEP}${encodeKeyPart(e.who)}${SEP}${e.action}`,
          itemId: id,
          ...e,
        };
        actions.push(['upsert', event, 'Replace']);
      }
      try {
        await this.store.transaction(actions);
        return { item: result.item, outcome: result.outcome, changed: true };
      } catch (err) {
        if (!isStale(err) || attempt >= GUARDED_TRIES) throw err;
      }
    }
  }

  /** Removes every item of a pasted timeline (one Undo); the number removed. */
  async removeBatch(scopeKey: string, batchId: string, change?: Change): Promise<{ removed: number; kept: number }> {
    const refs = await this.store.range<RefRow>(scopeKey, batchPrefix(batchId), prefixEnd(batchPrefix(batchId)));
    let removed = 0;
    let kept = 0;
    for (const ref of refs) {
      const item = await this.get(scopeKey, ref.id);
      if (!item) {
        await this.store.delete(scopeKey, ref.rowKey); // a stray reference: tidy it
        continue;
      }
      // Changed since the paste (a later paste moved it, someone marked it done or marked approvals): undoing the
      // paste must not throw that work away; the item stays and the card says how many stayed.
      if (await this.changedSinceCreated(scopeKey, item.id)) {
        kept++;
        continue;
      }
      const actions: StoreAction[] = [];
      for (const r of this.rowsFor(scopeKey, item)) {
        // A starts| row may not be there yet (see backfillStarts); a delete of a missing row fails the transaction.
        if (isLaterIndex(r.rowKey) && !(await this.store.get(scopeKey, r.rowKey))) continue;
        actions.push(['delete', { partitionKey: scopeKey, rowKey: r.rowKey }]);
      }
      if (change) actions.push(['create', historyRow(scopeKey, ITEM, item.id, 'removed', change, snapshot(item))]);
      await this.store.transaction(actions);
      removed++;
    }
    return { removed, kept };
  }

  /** Removes one item (Slet) with its change record, in one transaction; the removed item, or undefined when this
   *  scope has none by that id (two presses at once: the second finds nothing). */
  async remove(scopeKey: string, id: string, change: Change): Promise<Item | undefined> {
    const item = await this.get(scopeKey, id);
    if (!item) return undefined;
    const actions = this.rowsFor(scopeKey, item).map((r) => ['delete', { partitionKey: scopeKey, rowKey: r.rowKey }] as StoreAction);
    actions.push(['create', historyRow(scopeKey, ITEM, item.id, 'removed', change, snapshot(item))]);
    try {
      await this.store.transaction(actions);
    } catch (err) {
      if (isConflict(err) || isStale(err)) return undefined;
      throw err;
    }
    return item;
  }

  /** Puts a removed item back as it was (Fortryd after Slet), recorded as undone ("Fortrudt"); 'duplicate' when it is
   *  there already (Fortryd pressed twice). */
  async putBack(scopeKey: string, item: Item, change: Change): Promise<'saved' | 'duplicate'> {
    const rows: StoreAction[] = this.rowsFor(scopeKey, item).map((r) => ['create', r] as StoreAction);
    rows.push(['create', historyRow(scopeKey, ITEM, item.id, 'undone', change, undefined, snapshot(item))]);
    try {
      await this.store.transaction(rows);
      return 'saved';
    } catch (err) {
      if (isConflict(err)) return 'duplicate';
      throw err;
    }
  }

  /** Open plans (the plans /status lists): the planned| rows, once the scope's backfill is done; until then a read of
   *  every open item, keeping the plans. */
  async openOfType(scopeKey: string, type: 'plan'): Promise<Item[]> {
    if (await this.openIndexReady(scopeKey)) {
      const rows = await this.store.range<ItemRow>(scopeKey, `planned${SEP}`, prefixEnd(`planned${SEP}`));
      return rows.map(itemFromRow);
    }
    const where = [{ property: 'type', op: 'eq' as const, value: type }];
    const rows = await this.store.range<ItemRow>(scopeKey, `open${SEP}`, prefixEnd(`open${SEP}`), { where });
    return rows.map(itemFromRow);
  }

  /** True when the item's change history holds more than its creation. */
  private async changedSinceCreated(scopeKey: string, id: string): Promise<boolean> {
    const prefix = historyPrefix(ITEM, id);
    const records = await this.store.range<Row & { action?: string }>(scopeKey, prefix, prefixEnd(prefix), { limit: 2 });
    return records.some((r) => r.action !== 'created');
  }

  /** Old rows out, new rows in, and the change record when there is one, in one transaction. */
  async replace(scopeKey: string, before: Item, after: Item, recorded?: { change: Change; action: HistoryAction }): Promise<void> {
    await this.store.transaction(await this.replaceActions(scopeKey, before, after, recorded));
  }

  /** The writes that turn `before`'s rows into `after`'s, with the change record when `recorded`; the item's own row
   *  guarded by `etag` when given. A starts| row may be missing (an item stored before them, not yet backfilled): it is
   *  upserted, and removed only when it is there (a delete of a missing row fails the transaction). */
  private async replaceActions(
    scopeKey: string,
    before: Item,
    changed: Item,
    recorded?: { change: Change; action: HistoryAction },
    etag?: string,
  ): Promise<StoreAction[]> {
    const after = revised(before, changed, recorded?.change.at);
    const oldRows = new Map(this.rowsFor(scopeKey, before).map((r) => [r.rowKey, r]));
    const own = itemKey(encodeKeyPart(after.id));
    const actions: StoreAction[] = [];
    for (const row of this.rowsFor(scopeKey, after)) {
      const guarded = row.rowKey === own && etag ? { ...row, etag } : row;
      if (isLaterIndex(row.rowKey)) actions.push(['upsert', row, 'Replace']);
      else actions.push(oldRows.has(row.rowKey) ? ['update', guarded, 'Replace'] : ['create', row]);
      oldRows.delete(row.rowKey);
    }
    for (const key of oldRows.keys()) {
      if (isLaterIndex(key) && !(await this.store.get(scopeKey, key))) continue;
      actions.push(['delete', { partitionKey: scopeKey, rowKey: key }]);
    }
    if (recorded)
      actions.push(['create', historyRow(scopeKey, ITEM, after.id, recorded.action, recorded.change, snapshot(before), snapshot(after))]);
    return actions;
  }

  /**
   * An item written again with the same title (see domain/items itemToUpdate): the item's rows changed and a record
   * of the change (update|<updateId>: the item before and after, who, when) written in one transaction. The record
   * is what Undo restores from, and its id comes from the activity: 'duplicate' when it exists already, so a
   * redelivered message changes the item once and is answered once. With no change the record alone is written.
   */
  async rewrite(
    scopeKey: string,
    before: Item,
    after: Item,
    change: { updateId: string; by: string; at: string },
    history?: Change,
  ): Promise<'saved' | 'duplicate'> {
    const record: UpdateRow = {
      partitionKey: scopeKey,
      rowKey: updateKey(change.updateId),
      itemId: before.id,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      by: change.by,
      at: change.at,
    };
    const changed = rewrittenFields(before) !== rewrittenFields(after);
    try {
      await this.store.transaction([
        ['create', record],
        ...(changed ? await this.replaceActions(scopeKey, before, after, history ? { change: history, action: 'edited' } : undefined) : []),
      ]);
      return 'saved';
    } catch (err) {
      if (isConflict(err)) return 'duplicate';
      throw err;
    }
  }

  /** Whether this activity's rewrite is stored already (a redelivery). */
  async hasRewrite(scopeKey: string, updateId: string): Promise<boolean> {
    return (await this.store.get(scopeKey, updateKey(updateId))) !== undefined;
  }

  /**
   * Undo of a rewrite: the item's title, date, time and place put back as they were before it (its done state and
   * snooze as they are now), and the record marked undone, in one transaction. Refused when the item was changed
   * again since (a later rewrite or edit would be lost), when it is gone, or when the change was undone already
   * (two presses at once: one wins).
   */
  async restore(
    scopeKey: string,
    updateId: string,
    by: string,
    at: string,
    history?: Change,
  ): Promise<{ outcome: 'restored'; item: Item } | { outcome: 'notFound' | 'alreadyUndone' | 'changedSince' }> {
    if (!updateId || updateId.includes(SEP)) return { outcome: 'notFound' };
    const record = await this.store.get<UpdateRow>(scopeKey, updateKey(encodeKeyPart(updateId)));
    if (!record) return { outcome: 'notFound' };
    if (record.undoneAt) return { outcome: 'alreadyUndone' };
    const current = await this.get(scopeKey, record.itemId);
    if (!current) return { outcome: 'notFound' };
    const before = JSON.parse(record.before) as Item;
    const after = JSON.parse(record.after) as Item;
    if (rewrittenFields(current) !== rewrittenFields(after)) return { outcome: 'changedSince' };
    const restored: Item = { ...current, title: before.title };
    for (const field of ['period', 'time', 'place', 'owner'] as const) {
      if (before[field] === undefined) delete restored[field];
      else (restored as unknown as Record<string, unknown>)[field] = before[field];
    }
    try {
      await this.store.transaction([
        ...(await this.replaceActions(scopeKey, current, restored, history ? { change: history, action: 'edited' } : undefined)),
        ['update', { ...record, undoneBy: by, undoneAt: at }, 'Replace'],
      ]);
    } catch (err) {
      if (isStale(err)) return { outcome: 'alreadyUndone' };
      throw err;
    }
    return { outcome: 'restored', item: restored };
  }

  /** The id of the change record of line `line` of a pasted timeline (batch ids have one length: no prefix of another). */
  static batchUpdateId(batchId: string, line: number): string {
    return `${batchId}-${line}`;
  }

  /**
   * Undo of the updates of a pasted timeline (the lines that matched an open deadline; the new ones are removeBatch's):
   * each changed item put back as restore() does, each in its own transaction with its change record; a line that
   * changed nothing only has its record marked undone. `kept`: items changed again since, left as they are.
   */
  async restoreBatch(
    scopeKey: string,
    batchId: string,
    by: string,
    at: string,
    history?: Change,
  ): Promise<{ restored: number; kept: number }> {
    if (!batchId || batchId.includes(SEP)) return { restored: 0, kept: 0 };
    const from = updateKey(`${encodeKeyPart(batchId)}-`);
    const records = await this.store.range<UpdateRow>(scopeKey, from, prefixEnd(from));
    let restored = 0;
    let kept = 0;
    for (const record of records) {
      if (record.undoneAt) continue;
      const before = JSON.parse(record.before) as Item;
      const after = JSON.parse(record.after) as Item;
      if (rewrittenFields(before) === rewrittenFields(after)) {
        try {
          await this.store.transaction([['update', { ...record, undoneBy: by, undoneAt: at }, 'Replace']]);
        } catch (err) {
          if (!isStale(err)) throw err;
        }
        continue;
      }
      const result = await this.restore(scopeKey, record.rowKey.slice(`update${SEP}`.length), by, at, history);
      if (result.outcome === 'restored') restored++;
      else if (result.outcome === 'changedSince') kept++;
    }
    return { restored, kept };
  }

  /** Every row an item is stored as (item, state row, index rows); public for bulk seeding in bench/. */
  rowsFor(scopeKey: string, item: Item): Row[] {
    const id = encodeKeyPart(item.id);
    const rows: Row[] = [toRow(scopeKey, itemKey(id), item), toRow(scopeKey, stateKey({ ...item, id }), item)];
    for (const key of [startsKey({ ...item, id }), plannedKey({ ...item, id })]) if (key) rows.push(toRow(scopeKey, key, item));
    for (const w of titleIndexWords(item.title)) rows.push({ partitionKey: scopeKey, rowKey: `${wordPrefix(w)}${SEP}${id}`, id: item.id });
    if (item.batchId) rows.push({ partitionKey: scopeKey, rowKey: `${batchPrefix(item.batchId)}${id}`, id: item.id });
    if (item.approvers?.length) rows.push(toRow(scopeKey, tallyKey(id), item));
    return rows;
  }

  /** Items grouped so that each group's rows fit in one transaction. */
  private chunksOf(scopeKey: string, items: Item[], change?: Change): Array<Array<{ item: Item; rows: Row[] }>> {
    const chunks: Array<Array<{ item: Item; rows: Row[] }>> = [];
    let current: Array<{ item: Item; rows: Row[] }> = [];
    let size = 0;
    for (const item of items) {
      const rows = this.rowsFor(scopeKey, item);
      if (change) rows.push(historyRow(scopeKey, ITEM, item.id, 'created', change, undefined, snapshot(item)));
      if (size + rows.length > MAX_ACTIONS && current.length > 0) {
        chunks.push(current);
        current = [];
        size = 0;
      }
      current.push({ item, rows });
      size += rows.length;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }
}

/** `after` with its calendar revision raised when a calendar would show the change (its SEQUENCE and LAST-MODIFIED):
 *  at the change's time, or (an erasure, which has none) one second after the last. */
function revised(before: Item, after: Item, at: string | undefined): Item {
  if (calendarFields(before) === calendarFields(after)) return after;
  const last = before.modifiedAt ?? before.writtenAt;
  const lastMs = Date.parse(last);
  const atMs = at ? Date.parse(at) : NaN;
  const next =
    Number.isFinite(atMs) && (!Number.isFinite(lastMs) || atMs > lastMs)
      ? at!
      : new Date((Number.isFinite(lastMs) ? lastMs : 0) + 1000).toISOString();
  return { ...after, revision: (before.revision ?? 0) + 1, modifiedAt: next };
}

function sortByKeyDate(items: Item[]): Item[] {
  return items.sort((a, b) => (keyDate(a) ?? '').localeCompare(keyDate(b) ?? '') || a.title.localeCompare(b.title, 'da'));
}
