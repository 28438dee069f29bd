// Per-scope settings and the scope's own additions to the stakeholder and experiment lists. (Undo audit records live
// beside the entries, in the log table: storage/logRepository.ts.)
import { isConflict, type Row, type TableStore } from './tableStore';
import { decodeKeyPart, encodeKeyPart, prefixEnd, SEP } from './keys';
import type { Change } from '../domain/history';
import { historyRow } from './historyRepository';
import { EXPERIMENT, experimentKey } from './experimentRepository';

/** The history's name for a settings record (its id is the record's name: 'digest', 'reminders'). */
export const SETTINGS = 'settings';

export type NameList = 'stakeholder' | 'experiment';

export interface NamedEntry {
  name: string;
  aliases: string[];
  outlet: boolean;
}

interface NameRow extends Row { name: string; aliases: string; outlet: boolean }
interface SettingsRow extends Row { json: string; byName?: string; byAadId?: string; at?: string }

/** Who last changed a settings record, and when (for /mine data; erased like every other name). */
export interface SettingsChange { name: string; byName: string; byAadId: string; at: string }

export class ScopeRepository {
  constructor(private readonly store: TableStore) {}

  async getSettings<T extends object>(scopeKey: string, name: string): Promise<T | undefined> {
    const row = await this.store.get<SettingsRow>(scopeKey, `settings${SEP}${encodeKeyPart(name)}`);
    return row ? (JSON.parse(row.json) as T) : undefined;
  }

  /** Every settings record of a scope, by name, in one range read (the scheduler needs them all on every tick). */
  async allSettings(scopeKey: string): Promise<Map<string, unknown>> {
    const prefix = `settings${SEP}`;
    const rows = await this.store.range<SettingsRow>(scopeKey, prefix, prefixEnd(prefix));
    return new Map(rows.map((r) => [decodeKeyPart(r.rowKey.slice(prefix.length)), JSON.parse(r.json) as unknown]));
  }

  /** Writes a settings record; with a `Change`, also who changed it and its change record, in one transaction. */
  async putSettings(scopeKey: string, name: string, value: object, change?: Change): Promise<void> {
    const rowKey = `settings${SEP}${encodeKeyPart(name)}`;
    if (!change) {
      await this.store.upsert({ partitionKey: scopeKey, rowKey, json: JSON.stringify(value) }, 'Replace');
      return;
    }
    const before = await this.store.get<SettingsRow>(scopeKey, rowKey);
    const row: SettingsRow = { partitionKey: scopeKey, rowKey, json: JSON.stringify(value), byName: change.by.name, byAadId: change.by.aadObjectId, at: change.at };
    await this.store.transaction([
      ['upsert', row, 'Replace'],
      ['create', historyRow(scopeKey, SETTINGS, name, 'changed', change, before ? JSON.parse(before.json) as Record<string, unknown> : undefined, { ...value })],
    ]);
  }

  /** The settings records this colleague changed last in this scope. */
  async settingsChangedBy(scopeKey: string, aadObjectId: string): Promise<SettingsChange[]> {
    const prefix = `settings${SEP}`;
    const rows = await this.store.range<SettingsRow>(scopeKey, prefix, prefixEnd(prefix), { where: [{ property: 'byAadId', op: 'eq', value: aadObjectId }] });
    return rows.map((r) => ({ name: decodeKeyPart(r.rowKey.slice(prefix.length)), byName: r.byName ?? '', byAadId: r.byAadId ?? '', at: r.at ?? '' }));
  }

  /** The names this scope added with /stakeholder add or /experiment add (the seed lists live in domain/vocabulary). */
  async names(scopeKey: string, list: NameList): Promise<NamedEntry[]> {
    const prefix = `${list}${SEP}`;
    const rows = await this.store.range<NameRow>(scopeKey, prefix, prefixEnd(prefix));
    return rows.map((r) => ({ name: r.name, aliases: JSON.parse(r.aliases) as string[], outlet: Boolean(r.outlet) }));
  }

  /** Adds a name; false when the scope already has it (same name, case-insensitively). An experiment added with a
   *  `Change` gets its first change record ('created') in the same transaction. */
  async addName(scopeKey: string, list: NameList, entry: NamedEntry, change?: Change): Promise<boolean> {
    const row: NameRow = {
      partitionKey: scopeKey,
      rowKey: `${list}${SEP}${encodeKeyPart(entry.name.toLocaleLowerCase('da'))}`,
      name: entry.name, aliases: JSON.stringify(entry.aliases), outlet: entry.outlet,
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
  }
}
