// Per-scope settings and the scope's own additions to the stakeholder and experiment lists. (Undo audit records live
// beside the entries, in the log table: storage/logRepository.ts.)
import { isConflict, type Row, type TableStore } from './tableStore';
import { decodeKeyPart, encodeKeyPart, prefixEnd, SEP } from './keys';

export type NameList = 'stakeholder' | 'experiment';

export interface NamedEntry {
  name: string;
  aliases: string[];
  outlet: boolean;
}

interface NameRow extends Row { name: string; aliases: string; outlet: boolean }
interface SettingsRow extends Row { json: string }

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

  async putSettings(scopeKey: string, name: string, value: object): Promise<void> {
    await this.store.upsert({ partitionKey: scopeKey, rowKey: `settings${SEP}${encodeKeyPart(name)}`, json: JSON.stringify(value) }, 'Replace');
  }

  /** The names this scope added with /stakeholder add or /experiment add (the seed lists live in domain/vocabulary). */
  async names(scopeKey: string, list: NameList): Promise<NamedEntry[]> {
    const prefix = `${list}${SEP}`;
    const rows = await this.store.range<NameRow>(scopeKey, prefix, prefixEnd(prefix));
    return rows.map((r) => ({ name: r.name, aliases: JSON.parse(r.aliases) as string[], outlet: Boolean(r.outlet) }));
  }

  /** Adds a name; false when the scope already has it (same name, case-insensitively). */
  async addName(scopeKey: string, list: NameList, entry: NamedEntry): Promise<boolean> {
    try {
      await this.store.insert({
        partitionKey: scopeKey,
        rowKey: `${list}${SEP}${encodeKeyPart(entry.name.toLocaleLowerCase('da'))}`,
        name: entry.name, aliases: JSON.stringify(entry.aliases), outlet: entry.outlet,
      });
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
  }
}
