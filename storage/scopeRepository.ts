// Per-scope settings and the scope's own additions to the stakeholder and experiment lists. (Undo audit records live
// beside the entries, in the log table: storage/logRepository.ts.)
import { isConflict, isStale, type Row, type StoreAction, type TableStore } from './tableStore';
import { decodeKeyPart, encodeKeyPart, prefixEnd, SEP } from './keys';
import type { Change } from '../domain/history';
import { historyRow } from './historyRepository';
import { experimentKey } from './keys';
import { EXPERIMENT, SCOPES_ROWS, SETTINGS } from './schema';

/** The history's name for a settings record (its id is the record's name: 'digest', 'reminders'). */

export type NameList = 'stakeholder' | 'experiment';

export interface NamedEntry {
  name: string;
  aliases: string[];
  outlet: boolean;
}

/** A name as the cache keeps it: shared by every caller, so nobody may change it. */
export type SharedName = { readonly name: string; readonly aliases: readonly string[]; readonly outlet: boolean };

interface NameRow extends Row {
  name: string;
  aliases: string;
  outlet: boolean;
}
interface SettingsRow extends Row {
  json: string;
  byName?: string;
  byAadId?: string;
  at?: string;
}
/** A scope's settings records by name, as read: the JSON and the ETag a write is conditional on. */
type SettingsRecords = Map<string, { json: string; etag?: string }>;

/** A settings write found the record changed (or created, or removed) since this process read it: by another
 *  instance, or by another turn of this one. Nothing was written. */
export class StaleSettingsError extends Error {
  constructor(
    readonly scopeKey: string,
    readonly settingsName: string,
  ) {
    super(`the settings record ${settingsName} changed since it was read`);
    this.name = 'StaleSettingsError';
  }
}

/** Who last changed a settings record, and when (for /mine data; erased like every other name). */
export interface SettingsChange {
  name: string;
  byName: string;
  byAadId: string;
  at: string;
}

/**
 * How long a scope's name lists are kept when other instances may write them too (Azure): a name added on one
 * instance is recognised by the others within this time. On the embedded file this process is the only writer, and
 * what it read stays true until it writes to the table.
 */
export const SHARED_CACHE_TTL_MS = 30_000;
/** Scopes whose lists and settings are kept (a group has a few dozen; the oldest is dropped beyond this). */
const CACHED_SCOPES = 2000;

interface Cached<T> {
  value: T;
  until: number;
  writes: number;
}

/**
 * A small per-scope cache (Map order is insertion order: the first key is the oldest). An entry is dropped when its
 * time is up, and whenever this process has written to the table since it was read (store.writeCount): a settings
 * change, a name added, an erasure (storage/erasure.ts writes rows directly) or a claim all make the next read go to
 * storage, so nothing this process changed or erased is ever served from here.
 */
export class ScopeCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  /** Reads under way, with the store's write count when each began: turns that miss together share one read. */
  private readonly loading = new Map<string, { value: Promise<T>; writes: number }>();
  constructor(
    private readonly store: TableStore,
    private readonly ttlMs: number,
    private readonly size = CACHED_SCOPES,
  ) {}

  /**
   * The kept value, or one read from storage. When the entry runs out under load (Azure: every SHARED_CACHE_TTL_MS),
   * the turns that ask meanwhile share the one read instead of each sending its own; a read that began before this
   * process's latest write is not shared, so a turn never gets what it has just changed from before the change.
   */
  getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const writes = this.store.writeCount;
    const pending = this.loading.get(key);
    if (pending && pending.writes === writes) return pending.value;
    const value = load()
      .then((v) => {
        this.set(key, v, writes);
        return v;
      })
      .finally(() => {
        if (this.loading.get(key)?.value === value) this.loading.delete(key);
      });
    this.loading.set(key, { value, writes });
    return value;
  }

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // performance.now(): monotonic, as a freshness timer must be (a wall clock may jump).
    if (hit.until < performance.now() || hit.writes !== this.store.writeCount) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }
  set(key: string, value: T, writes: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, until: performance.now() + this.ttlMs, writes });
  }
}

export class ScopeRepository {
  /**
   * The names lists are read on every /log, /who and list command: kept per scope, so a turn reads them from storage
   * once (embedded: until this process writes to the Scopes table; Azure: that, or SHARED_CACHE_TTL_MS).
   */
  private readonly names$: ScopeCache<readonly SharedName[]>;
  /**
   * Settings, kept per scope like the names (embedded: until this process writes to the Scopes table; Azure: that, or
   * SHARED_CACHE_TTL_MS, so another instance's change is seen here within that time). The scheduler reads them fresh
   * on every tick (allSettings with `fresh`): a digest's day changed on one instance is never sent at the old time by
   * another.
   */
  private readonly settings$: ScopeCache<SettingsRecords>;
  /**
   * The records as this process last read them from storage, whatever the cache's time: a write is conditional on
   * the ETag its caller's read saw (or, for a record that did not exist, on it still not existing), so a change made
   * from a stale cache fails with StaleSettingsError instead of undoing another instance's change.
   */
  private readonly lastRead = new Map<string, SettingsRecords>();

  constructor(private readonly store: TableStore) {
    const ttl = store.soleWriter ? Infinity : SHARED_CACHE_TTL_MS;
    this.names$ = new ScopeCache(store, ttl);
    this.settings$ = new ScopeCache(store, ttl);
  }

  async getSettings<T extends object>(scopeKey: string, name: string): Promise<T | undefined> {
    return (await this.allSettings(scopeKey)).get(name) as T | undefined;
  }

  /** Every settings record of a scope, by name, in one range read (or none, from the cache). `fresh`: from storage. */
  async allSettings(scopeKey: string, opts: { fresh?: boolean } = {}): Promise<Map<string, unknown>> {
    const read = async (): Promise<SettingsRecords> => {
      const prefix = `${SCOPES_ROWS.settings}${SEP}`;
      const rows = await this.store.range<SettingsRow>(scopeKey, prefix, prefixEnd(prefix));
      const records: SettingsRecords = new Map(
        rows.map((r) => [decodeKeyPart(r.rowKey.slice(prefix.length)), { json: r.json, etag: r.etag }]),
      );
      this.lastRead.delete(scopeKey);
      if (this.lastRead.size >= CACHED_SCOPES) this.lastRead.delete(this.lastRead.keys().next().value!);
      this.lastRead.set(scopeKey, records);
      return records;
    };
    let settings: SettingsRecords;
    if (opts.fresh) {
      const writes = this.store.writeCount;
      settings = await read();
      this.settings$.set(scopeKey, settings, writes);
    } else {
      settings = await this.settings$.getOrLoad(scopeKey, read);
    }
    // Parsed on every call (a few small records): callers get objects of their own to change as they please.
    return new Map([...settings].map(([name, record]) => [name, JSON.parse(record.json) as unknown]));
  }

  /**
   * Writes a settings record; with a `Change`, also who changed it and its change record, in one transaction. The
   * write is conditional on the record being as this process last read it (see lastRead); a record never read here
   * is written as it is. StaleSettingsError when it changed meanwhile: the scope's settings are then read from
   * storage on the next call (withFreshSettings in bot/settings.ts runs the command again).
   */
  async putSettings(scopeKey: string, name: string, value: object, change?: Change): Promise<void> {
    const rowKey = `${SCOPES_ROWS.settings}${SEP}${encodeKeyPart(name)}`;
    const known = this.lastRead.get(scopeKey);
    const read = known?.get(name);
    const fields = { partitionKey: scopeKey, rowKey, json: JSON.stringify(value) };
    const row: SettingsRow = change ? { ...fields, byName: change.by.name, byAadId: change.by.aadObjectId, at: change.at } : fields;
    const write: StoreAction = !known
      ? ['upsert', row, 'Replace']
      : read
        ? ['update', { ...row, etag: read.etag }, 'Replace']
        : ['create', row];
    try {
      if (!change) {
        await this.writeOne(write);
        return;
      }
      const before = known ? read?.json : (await this.store.get<SettingsRow>(scopeKey, rowKey))?.json;
      await this.store.transaction([
        write,
        [
          'create',
          historyRow(scopeKey, SETTINGS, name, 'changed', change, before ? (JSON.parse(before) as Record<string, unknown>) : undefined, {
            ...value,
          }),
        ],
      ]);
    } catch (err) {
      if (!isStale(err) && !isConflict(err)) throw err;
      throw new StaleSettingsError(scopeKey, name);
    }
    // lastRead keeps the ETag read before this write: a second write based on that same read (another turn that read
    // the cache meanwhile) fails as stale. The next read goes to storage (the store's write count moved) and sees the
    // new ETag.
  }

  private async writeOne([kind, row]: StoreAction): Promise<void> {
    if (kind === 'create') await this.store.insert(row);
    else if (kind === 'update') await this.store.update(row, 'Replace');
    else await this.store.upsert(row as Row, 'Replace');
  }

  /** The settings records this colleague changed last in this scope. */
  async settingsChangedBy(scopeKey: string, aadObjectId: string): Promise<SettingsChange[]> {
    const prefix = `${SCOPES_ROWS.settings}${SEP}`;
    const rows = await this.store.range<SettingsRow>(scopeKey, prefix, prefixEnd(prefix), {
      where: [{ property: 'byAadId', op: 'eq', value: aadObjectId }],
    });
    return rows.map((r) => ({
      name: decodeKeyPart(r.rowKey.slice(prefix.length)),
      byName: r.byName ?? '',
      byAadId: r.byAadId ?? '',
      at: r.at ?? '',
    }));
  }

  /** The names this scope added with /stakeholder add or /experiment add (the seed lists live in domain/vocabulary):
   *  copies of their own, for callers that change what they get. */
  async names(scopeKey: string, list: NameList): Promise<NamedEntry[]> {
    return (await this.sharedNames(scopeKey, list)).map((e) => ({ ...e, aliases: [...e.aliases] }));
  }

  /**
   * The same names, frozen, and the very same array for as long as it is cached: a caller can key what it derives
   * from them on the array (bot/commands/lists.ts keeps the recognizer's compiled patterns so, instead of compiling
   * them on every /log and /who).
   */
  async sharedNames(scopeKey: string, list: NameList): Promise<readonly SharedName[]> {
    return this.names$.getOrLoad(`${list}${SEP}${scopeKey}`, async () => {
      const prefix = `${list}${SEP}`;
      const rows = await this.store.range<NameRow>(scopeKey, prefix, prefixEnd(prefix));
      return Object.freeze(
        rows.map((r) =>
          Object.freeze({ name: r.name, aliases: Object.freeze(JSON.parse(r.aliases) as string[]), outlet: Boolean(r.outlet) }),
        ),
      );
    });
  }

  /** Adds a name; false when the scope already has it (same name, case-insensitively). An experiment added with a
   *  `Change` gets its first change record ('created') in the same transaction. */
  async addName(scopeKey: string, list: NameList, entry: NamedEntry, change?: Change): Promise<boolean> {
    const row: NameRow = {
      partitionKey: scopeKey,
      rowKey: `${list}${SEP}${encodeKeyPart(entry.name.toLocaleLowerCase('da'))}`,
      name: entry.name,
      aliases: JSON.stringify(entry.aliases),
      outlet: entry.outlet,
    };
    try {
      if (list === 'experiment' && change) {
        await this.store.transaction([
          ['create', row],
          ['create', historyRow(scopeKey, EXPERIMENT, experimentKey(entry.name), 'created', change, undefined, { name: entry.name })],
        ]);
      } else {
        await this.store.insert(row);
      }
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
    // Either way the store's write count moved, so the next names() reads the list again (see ScopeCache).
  }
}
