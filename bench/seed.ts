// Bulk seeding straight into storage (not through the bot): entries and items are drafted by the same domain code the
// bot uses (interpretLogText, entryOf), turned into rows by the repositories' own rowsFor, and written in transactions
// of at most 100 rows of one partition, a few at a time.
import type { DateTime } from 'luxon';
import type { StoreAction } from '../storage/tableStore';
import { interpretLogText } from '../domain/logText';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS, MUNICIPALITIES, ENTRY_KINDS } from '../domain/vocabulary';
import type { RecognizeLists } from '../domain/recognize';
import type { Item } from '../domain/items';
import type { IsoDate } from '../domain/types';
import { entryOf } from '../bot/commands/log/entryForm';
import type { Turn } from '../bot/turn';
import { LogRepository } from '../storage/logRepository';
import type { LogEntry } from '../domain/logEntry';
import { ItemRepository } from '../storage/itemRepository';
import { ScopeRepository } from '../storage/scopeRepository';
import type { Row } from '../storage/tableStore';
import { openSqliteTables } from '../storage/tables';
import type { Tables } from '../storage/schema';
import { SqliteDatabase } from '../storage/sqliteDatabase';

const LISTS: RecognizeLists = {
  stakeholders: [...SEED_STAKEHOLDERS],
  experiments: SEED_EXPERIMENTS.map((e) => ({ name: e.name, aliases: e.aliases })),
};

const OUTLETS = ['Nordjyske', 'TV2 Nord', 'P4 Nordjylland', 'Jyllandsposten', 'Politiken', 'Altinget', 'DR', 'Berlingske'];
const TOPICS = [
  'mikrolån',
  'lægeattester',
  'samtaler',
  'ledighedsydelse',
  'sygedagpenge',
  'kontanthjælp',
  'jobcentret',
  'ressourceforløb',
  'fleksjob',
  'integrationsydelse',
  'revalidering',
  'uddannelseshjælp',
];
const VERBS = ['skrev om', 'bragte en artikel om', 'interviewede borgmesteren om', 'spurgte til', 'omtalte', 'fulgte op på'];
const EXTRAS = ['', '', ' efter mødet', ' med citat fra direktøren', ' på forsiden', ' i weekendtillægget', ' og resultaterne'];

/** A small deterministic generator, so every run seeds the same rows. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function benchTurn(now: DateTime): Turn {
  return {
    now,
    zone: 'Europe/Copenhagen',
    lang: 'da',
    activityId: 'seed',
    mentions: [],
    conversationId: 'seed',
    scope: { key: 'unused', kind: 'team', tenantId: 'bench' },
    author: { name: 'Bench Seeder', aadObjectId: '00000000-0000-4000-8000-00000000beef', id: '29:seeder' },
  };
}

export interface EntryPlan {
  /** Entries in all. */
  count: number;
  /** The newest `recent` entries fall in the `recentDays` days up to today (the density a live log has); the rest are older. */
  recent: number;
  recentDays: number;
  today: DateTime;
  /** A word that occurs in exactly `rareCount` recent entries (what /find looks for, the same hits at every size). */
  rareWord: string;
  rareCount: number;
  /** A stakeholder named in those same entries and nowhere else (what /who asks about): 'KL' unless given. */
  rareStakeholder?: string;
  seed: number;
}

/** Log entries as the bot would have written them, with dates laid out as EntryPlan says. */
export function* plannedEntries(plan: EntryPlan): Generator<LogEntry> {
  const r = rng(plan.seed);
  const turn = benchTurn(plan.today);
  const rareEvery = Math.max(1, Math.floor(plan.recent / plan.rareCount));
  let rare = 0;
  for (let i = 0; i < plan.count; i++) {
    const isRecent = i < plan.recent;
    const daysBack = isRecent
      ? Math.floor((i / plan.recent) * plan.recentDays)
      : plan.recentDays + 1 + Math.floor(((i - plan.recent) / Math.max(1, plan.count - plan.recent)) * 365 * 20);
    const happenedOn = plan.today.minus({ days: daysBack }).toISODate()! as IsoDate;
    let text = `${pick(r, OUTLETS)} ${pick(r, VERBS)} ${pick(r, TOPICS)} i ${pick(r, MUNICIPALITIES)}${pick(r, EXTRAS)}`;
    if (isRecent && i % rareEvery === 0 && rare < plan.rareCount) {
      text += ` ved ${plan.rareWord} sammen med ${plan.rareStakeholder ?? 'KL'}`;
      rare++;
    }
    const read = interpretLogText(text, pick(r, ENTRY_KINDS), plan.today, LISTS, { date: happenedOn });
    if (!read.ok) throw new Error(`seed text not read: ${text} (${read.code})`);
    const entry = entryOf(`seed${plan.seed}x${i}`, read.draft, read.draft.kind ?? 'press', turn);
    // Written on the day it happened (a log kept as things happen), so "logged this week" is this week's entries.
    yield { ...entry, happenedOn, writtenAt: `${happenedOn}T10:00:00.000Z` };
  }
}

/** Writes rows of one partition in transactions of at most 100 rows, `parallel` at a time. Returns the rows written. */
export async function writeRows(store: Tables['log'], groups: Iterable<Row[]>, parallel = 4): Promise<number> {
  let current: Row[] = [];
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  const flush = async (batch: Row[]) => {
    const p = store.transaction(batch.map((row) => ['create', row] as StoreAction)).then(() => {
      written += batch.length;
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  };
  for (const rows of groups) {
    if (rows.length > 100) throw new Error('one entry is more than 100 rows');
    if (current.length + rows.length > 100) {
      await flush(current);
      current = [];
    }
    current.push(...rows);
  }
  if (current.length > 0) await flush(current);
  await Promise.all(inFlight);
  return written;
}

/** Stakeholders added to a scope as /interessent tilføj adds them, up to `total` with the seed's (every fourth an outlet). */
export async function seedStakeholders(tables: Tables, scopeKey: string, total: number): Promise<number> {
  const scopes = new ScopeRepository(tables.scopes);
  const added = Math.max(0, total - SEED_STAKEHOLDERS.length);
  for (let i = 0; i < added; i++) {
    await scopes.addName(scopeKey, 'stakeholder', { name: `Udvalg nr. ${i + 1}`, aliases: [], outlet: i % 4 === 0 });
  }
  return added;
}

export async function seedEntries(tables: Tables, scopeKey: string, plan: EntryPlan): Promise<{ entries: number; rows: number }> {
  const repo = new LogRepository(tables.log);
  let entries = 0;
  const rows = await writeRows(
    tables.log,
    (function* () {
      for (const e of plannedEntries(plan)) {
        entries++;
        yield repo.rowsFor(scopeKey, e);
      }
    })(),
  );
  return { entries, rows };
}

export interface DeadlinePlan {
  /** Deadlines before today (all done, as old deadlines are) and from today on (open). */
  past: number;
  future: number;
  /** Deadlines per 30 days, either side of today. */
  perMonth: number;
  /** The first open deadline is this many days after today (default 0). */
  firstInDays?: number;
  today: DateTime;
  seed: number;
}

const DEADLINE_TITLES = [
  'Høringssvar om',
  'Ansøgning om forlængelse af forsøget med',
  'Statusrapport om',
  'Evaluering af',
  'Indberetning om',
  'Budgetbidrag til',
];

export function plannedDeadlines(plan: DeadlinePlan): Item[] {
  const r = rng(plan.seed);
  const items: Item[] = [];
  const spacing = 30 / plan.perMonth;
  const make = (i: number, offsetDays: number, done: boolean): Item => {
    const day = plan.today.plus({ days: Math.round(offsetDays) }).toISODate()! as IsoDate;
    return {
      id: `seed${plan.seed}d${i}`,
      type: 'deadline',
      title: `${pick(r, DEADLINE_TITLES)} ${pick(r, TOPICS)}`,
      period: { start: day, end: day, form: { kind: 'day' } },
      done,
      ...(done ? { doneAt: plan.today.toUTC().toISO()!, doneBy: 'Bench Seeder' } : {}),
      authorName: 'Bench Seeder',
      authorAadId: '00000000-0000-4000-8000-00000000beef',
      writtenAt: plan.today.toUTC().toISO()!,
    };
  };
  for (let i = 0; i < plan.past; i++) items.push(make(i, -(i + 1) * spacing, true));
  for (let i = 0; i < plan.future; i++) items.push(make(plan.past + i, (plan.firstInDays ?? 0) + i * spacing, false));
  return items;
}

export async function seedItems(tables: Tables, scopeKey: string, items: Item[]): Promise<number> {
  const repo = new ItemRepository(tables.items);
  const rows = await writeRows(
    tables.items,
    items.map((i) => repo.rowsFor(scopeKey, i)),
  );
  // Written with their starts| rows: the backfill finds nothing to add and marks the scope done, as the bot's would.
  await repo.backfillStarts(scopeKey);
  return rows;
}

/**
 * The bench's own connection to the embedded file the bot uses (WAL lets both in at once). Seeding turns the
 * per-commit fsync off on this connection only (SqliteDatabase.durable); `durable()` turns it back on, so the
 * bench's storage-call figures are what the bot pays.
 */
export function openSeedingSqlite(
  dataDir: string,
  wallClock: () => Date,
): { tables: Tables; database: SqliteDatabase; durable(on: boolean): void } {
  const database = SqliteDatabase.open(dataDir);
  // The seeding process is not the bot: a 16 MB page cache keeps seeding 100,000 entries fast.
  database.db.exec('PRAGMA cache_size = -16000');
  return {
    tables: openSqliteTables(database, wallClock),
    database,
    durable(on: boolean) {
      database.durable(on);
    },
  };
}
