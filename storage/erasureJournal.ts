// The erasure journal: every erasure (a chat /glem, or npm run erase) appended before it is applied, so that a backup
// taken before it can be restored without bringing the person back: npm run restore re-applies the journal to the
// restored file. No name or object id is kept in clear: each is an HMAC-SHA256 under a random key kept beside the
// journal, and the restore finds them again by hashing what the restored rows hold (every object id, and every run of
// words of every text) and keeping what matches. Whoever holds journal and key can test a guessed name, nobody else.
//
// Where it lives: on the embedded store, DATA_DIR/erasure-journal.jsonl and DATA_DIR/erasure-journal.key (files, not
// rows of the database, which a restore replaces); on Azure, the table Erasures of the same account (restore the
// other tables from a copy, keep this one, then run npm run restore -- --reapply).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHmac, randomBytes } from 'node:crypto';
import type { ErasureMode } from '../domain/erasure';
import { isConflict, type TableStore } from './tableStore';

export const JOURNAL_FILE = 'erasure-journal.jsonl';
export const JOURNAL_KEY_FILE = 'erasure-journal.key';
/** The Azure table of the journal (not one of Tables: migrate and the erasures themselves leave it alone). */
export const JOURNAL_TABLE = 'Erasures';

export interface JournalEntry {
  /** When it was recorded (the server's clock). */
  at: string;
  /** The team's or chat's scope it was confined to, or '*' for a deployment-wide erasure. */
  scope: string;
  mode: ErasureMode;
  /** Keyed hash of the name (normalised: see nameForHash), if one was given. */
  name?: string;
  /** How many words the name has (the restore hashes runs of that many words). */
  words?: number;
  /** Keyed hashes of the colleague's object ids (member erasure). */
  ids: string[];
  /** Member erasure: whether a name standing alone was theirs (see ErasureTarget.nameAlone). */
  nameAlone?: boolean;
}

/** What is recorded, in clear (hashed by the journal). */
export interface ErasureRecord {
  at: string;
  scope: string;
  mode: ErasureMode;
  name?: string;
  ids: string[];
  nameAlone?: boolean;
}

/** A word of a name or text as hashed: trimmed of punctuation at both ends, lower case. */
function normalWord(w: string): string {
  return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('da');
}

export function nameForHash(name: string): string {
  return name.split(/\s+/).map(normalWord).filter(Boolean).join(' ');
}

/**
 * The runs of `n` words in a text, normalised as names are, each also without a genitive ending on its last word
 * ("Jens Hansens" → "jens hansens" and "jens hansen"): the candidates a journal's name hash is compared with.
 */
export function wordRuns(text: string, n: number): string[] {
  const words = text.split(/\s+/).map(normalWord).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n);
    out.push(run.join(' '));
    const last = run[n - 1];
    if (/s$/.test(last) && last.length > 2) out.push([...run.slice(0, -1), last.slice(0, -1)].join(' '));
  }
  return out;
}

export abstract class ErasureJournal {
  private keyPromise: Promise<Buffer> | undefined;

  protected abstract loadOrCreateKey(): Promise<Buffer>;
  protected abstract appendLine(entry: JournalEntry): Promise<void>;
  abstract entries(): Promise<JournalEntry[]>;

  private key(): Promise<Buffer> {
    this.keyPromise ??= this.loadOrCreateKey().catch((err) => {
      this.keyPromise = undefined;
      throw err;
    });
    return this.keyPromise;
  }

  /** A keyed hash: the same text gives the same hash under this journal's key, and nothing else can be read from it. */
  async hasher(): Promise<(text: string) => string> {
    const key = await this.key();
    return (text) => createHmac('sha256', key).update(text).digest('base64url');
  }

  /** Appends the erasure, hashed; durable when this resolves (before the erasure is applied). */
  async record(r: ErasureRecord): Promise<void> {
    const hash = await this.hasher();
    const name = r.name ? nameForHash(r.name) : '';
    await this.appendLine({
      at: r.at,
      scope: r.scope,
      mode: r.mode,
      ...(name ? { name: hash(name), words: name.split(' ').length } : {}),
      ids: r.ids.map(hash),
      ...(r.nameAlone === false ? { nameAlone: false } : {}),
    });
  }
}

/** The journal as two files in DATA_DIR (the embedded store). */
export class FileErasureJournal extends ErasureJournal {
  constructor(private readonly dataDir: string) {
    super();
  }

  get file(): string {
    return path.join(this.dataDir, JOURNAL_FILE);
  }

  protected async loadOrCreateKey(): Promise<Buffer> {
    const file = path.join(this.dataDir, JOURNAL_KEY_FILE);
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  }

  protected async appendLine(entry: JournalEntry): Promise<void> {
    const fd = fs.openSync(this.file, 'a', 0o600);
    try {
      fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  async entries(): Promise<JournalEntry[]> {
    if (!fs.existsSync(this.file)) return [];
    return fs
      .readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as JournalEntry);
  }
}

const PARTITION = 'journal';

/** The journal as rows of the Erasures table (Azure). */
export class TableErasureJournal extends ErasureJournal {
  private ready: Promise<void> | undefined;

  constructor(private readonly store: TableStore) {
    super();
  }

  private ensure(): Promise<void> {
    this.ready ??= this.store.ensureTable().catch((err) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  protected async loadOrCreateKey(): Promise<Buffer> {
    await this.ensure();
    try {
      await this.store.insert({ partitionKey: 'key', rowKey: 'hmac', key: randomBytes(32).toString('hex') });
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
    const row = await this.store.get<{ partitionKey: string; rowKey: string; key: string }>('key', 'hmac');
    return Buffer.from(row!.key, 'hex');
  }

  protected async appendLine(entry: JournalEntry): Promise<void> {
    await this.ensure();
    const rowKey = `${entry.at}|${randomBytes(4).toString('hex')}`;
    await this.store.insert({ partitionKey: PARTITION, rowKey, entry: JSON.stringify(entry) });
  }

  async entries(): Promise<JournalEntry[]> {
    await this.ensure();
    return (await this.store.partition(PARTITION)).map((r) => JSON.parse(String(r.entry)) as JournalEntry);
  }
}
