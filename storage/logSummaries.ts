// Values folded from all of a scope's log entries (the gaps' latest day per name, domain/gaps.ts), kept in chunks of
// the log's key range, each folded on its own: a write through LogRepository notes the entry keys it touched, and the
// next summary reads again only the chunks that hold them and merges the chunks' values (issue 28: the first /huller
// after a change on a 100,000-entry log folded all of it again, 1.27 s). A write it was not told about (an erasure, a
// retag, a backfill, two writes at once) or, on Azure, the shared-cache time running out (other instances write too)
// reads the whole log again, as before.
import type { LogEntry } from '../domain/logEntry';
import { prefixEnd, SEP } from './keys';
import type { StoreAction, TableStore } from './tableStore';
import { SHARED_CACHE_TTL_MS } from './scopeRepository';

/** A value built from all of a scope's entries: `start` makes an empty one, `add` folds entries into it, `merge` folds
 *  another value (of other entries) into it. */
export interface LogFold<T> {
  start(): T;
  add(value: T, entries: readonly LogEntry[]): void;
  merge(into: T, part: T): void;
}

/** Entries a chunk holds when folded (one range read, and one page of Azure's: it returns at most 1,000 rows a request):
 *  a change folds its chunk again, up to twice this many entries, 10-25 ms of CPU. */
export const SUMMARY_CHUNK = 1_000;

/** Scopes whose summaries are kept (each a few hundred names and days per chunk). */
const SUMMARIES_KEPT = 100;

/** Writes remembered (their entry keys): enough for the writes between two summaries of a busy bot. */
const WRITES_KEPT = 2_000;

/** Reads entries of a scope in key order from `from` (inclusive) to `to` (exclusive), at most `limit`. */
export type EntryRange = (scopeKey: string, from: string, to: string, limit: number) => Promise<Array<{ key: string; entry: LogEntry }>>;

interface Chunk<T> {
  /** The first key the chunk covers; it ends where the next one begins. */
  from: string;
  value: T;
}

interface Kept<T> {
  chunks: Array<Chunk<T>>;
  value: T;
  /** The store's writeCount the chunks account for. */
  writes: number;
  until: number;
}

/** A write of entry rows with nothing else written to the table between its start and end: `from` to `to` in
 *  writeCount, the keys of the entries it changed. */
interface Touch {
  scopeKey: string;
  keys: string[];
  to: number;
}

const FIRST_KEY = `entry${SEP}`;
const END_KEY = prefixEnd(FIRST_KEY);

export class LogSummaries {
  private readonly kept = new Map<string, Kept<unknown>>();
  /** Touches by the writeCount they began at. */
  private readonly touches = new Map<number, Touch>();
  private readonly working = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: TableStore,
    private readonly read: EntryRange,
    private readonly chunkSize = SUMMARY_CHUNK,
  ) {}

  /** `fold` over every entry of the scope, from the chunks kept where the log has not changed since. */
  async of<T>(scopeKey: string, name: string, fold: LogFold<T>): Promise<T> {
    const key = `${name}${SEP}${scopeKey}`;
    // One fold of a scope at a time: turns that ask meanwhile get its value (or fold what changed since).
    for (let busy = this.working.get(key); busy; busy = this.working.get(key)) await busy.catch(() => undefined);
    const kept = this.kept.get(key) as Kept<T> | undefined;
    const writes = this.store.writeCount;
    if (kept && kept.until >= performance.now() && kept.writes === writes) return kept.value;
    const work = this.refreshed(scopeKey, fold, kept, writes).then((fresh) => {
      this.kept.delete(key);
      if (this.kept.size >= SUMMARIES_KEPT) this.kept.delete(this.kept.keys().next().value!);
      this.kept.set(key, fresh);
      return fresh.value;
    });
    this.working.set(key, work);
    try {
      return await work;
    } finally {
      if (this.working.get(key) === work) this.working.delete(key);
    }
  }

  /**
   * Runs a write of entry rows (`work` sends its transactions through `transaction`) and notes the keys of the entries
   * it changed, when nothing else was written to the table meanwhile; otherwise the next summary reads the whole log.
   */
  async writing<R>(
    scopeKey: string,
    keys: string[],
    work: (transaction: (actions: StoreAction[]) => Promise<void>) => Promise<R>,
  ): Promise<R> {
    const from = this.store.writeCount;
    let sent = 0;
    try {
      return await work((actions) => {
        if (actions.length > 0) sent++;
        return this.store.transaction(actions);
      });
    } finally {
      // A failed write counts too (it may have been written): its chunks are read again either way.
      const to = this.store.writeCount;
      if (sent > 0 && to - from === sent) {
        this.touches.set(from, { scopeKey, keys, to });
        if (this.touches.size > WRITES_KEPT) this.touches.delete(this.touches.keys().next().value!);
      }
    }
  }

  private async refreshed<T>(scopeKey: string, fold: LogFold<T>, kept: Kept<T> | undefined, writes: number): Promise<Kept<T>> {
    const until = performance.now() + (this.store.soleWriter ? Infinity : SHARED_CACHE_TTL_MS);
    const changed = kept && kept.until >= performance.now() ? this.keysWritten(scopeKey, kept.writes, writes) : undefined;
    let chunks: Array<Chunk<T>>;
    if (!kept || !changed) chunks = await this.chunksOf(scopeKey, fold, FIRST_KEY, END_KEY, this.chunkSize);
    else {
      chunks = [...kept.chunks];
      const stale = new Set(changed.map((k) => chunkIndex(chunks, k)));
      // From the last chunk back, so that a chunk replaced by several leaves the indexes of those before it as they were.
      // A chunk read again may have grown: it is split only when it has doubled, so one more entry costs one read.
      for (const i of [...stale].sort((a, b) => b - a)) {
        const to = chunks[i + 1]?.from ?? END_KEY;
        chunks.splice(i, 1, ...(await this.chunksOf(scopeKey, fold, chunks[i]!.from, to, 2 * this.chunkSize)));
      }
    }
    const value = fold.start();
    for (const c of chunks) fold.merge(value, c.value);
    return { chunks, value, writes, until: kept && changed ? kept.until : until };
  }

  /** The entries from `from` to `to`, folded `size` at a time (the first chunk begins at `from` even when empty). */
  private async chunksOf<T>(scopeKey: string, fold: LogFold<T>, from: string, to: string, size: number): Promise<Array<Chunk<T>>> {
    const chunks: Array<Chunk<T>> = [];
    for (let start = from; ; ) {
      const rows = await this.read(scopeKey, start, to, size);
      const value = fold.start();
      fold.add(
        value,
        rows.map((r) => r.entry),
      );
      chunks.push({ from: start, value });
      if (rows.length < size) return chunks;
      // Let other requests in between chunks: on the embedded store a read does not wait, so a whole log's fold (0.8 s
      // at 100,000 entries, the first /huller after a start) would otherwise hold every other turn until it ends. A
      // write in between is noted like any other and its chunk folded again next time.
      await new Promise<void>((resolve) => setImmediate(resolve));
      // Entry keys are entry|<date>|<id>, ids without spaces: nothing sorts between a key and the key + ' '.
      start = `${rows[rows.length - 1]!.key} `;
    }
  }

  /** The keys of this scope's entries written from writeCount `from` to `to`, or undefined when a write in between
   *  was not noted (its entries are unknown). */
  private keysWritten(scopeKey: string, from: number, to: number): string[] | undefined {
    const keys: string[] = [];
    for (let at = from; at < to; ) {
      const touch = this.touches.get(at);
      if (!touch) return undefined;
      if (touch.scopeKey === scopeKey) keys.push(...touch.keys);
      at = touch.to;
    }
    return keys;
  }
}

/** The chunk whose range holds the key: the last one beginning at or before it. */
function chunkIndex(chunks: ReadonlyArray<Chunk<unknown>>, key: string): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid]!.from <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
