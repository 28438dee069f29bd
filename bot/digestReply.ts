// The weekly digest as a reply: reads the scope's week and builds the card. Used by /digest now and by the scheduler.
import { DateTime, type Zone } from 'luxon';
import { selectDigest } from '../domain/digest';
import type { Item } from '../domain/items';
import type { LogEntry } from '../domain/logEntry';
import type { IsoDate, Lang } from '../domain/types';
import { digestCard } from '../cards/digestCard';
import type { Reply } from './commands/types';

/** What composing a digest reads: the log and the items (structural, so tests and storage both fit). */
export interface DigestSources {
  log: {
    between(scopeKey: string, from: IsoDate, to: IsoDate): Promise<LogEntry[]>;
    writtenBetween(scopeKey: string, fromInstant: string, toInstant: string): Promise<LogEntry[]>;
  };
  items: {
    /** Due in [today, to], overdue on `today`, and undated: in one read (ItemRepository.digestItems). */
    digestItems(scopeKey: string, today: IsoDate, to: IsoDate): Promise<{ due: Item[]; overdue: Item[]; undated: Item[] }>;
    /** Approval runs (storage/itemRepository.ts); a run under way is in the digest with its tally. */
    approvalRuns?(scopeKey: string): Promise<Item[]>;
  };
  /** The short "Huller" section (bot/commands/gaps.ts digestGaps); asked for in the first digest of each month. */
  gaps?(scopeKey: string, now: DateTime, lang: Lang): Promise<{ lines: string[]; more: number } | undefined>;
}

/** The first digest of a month: its day is one of the month's first seven (the first Monday, with the default day). */
export function isFirstOfMonth(now: DateTime): boolean {
  return now.day <= 7;
}

/** Reads the scope's week and builds the digest card at `now` (already in the scope's zone). */
export async function composeDigest(
  sources: DigestSources,
  scopeKey: string,
  now: DateTime,
  lang: Lang,
  movedFrom?: { date: string; holiday: string },
): Promise<Reply> {
  const today = now.toISODate()!;
  const probe = selectDigest(now, [], []).ranges;
  // What was logged in the window (backdated entries too), and by date for entries stored before the written index.
  const fromInstant = dayStartUtc(probe.logFrom, now.zone);
  const [byDate, byWritten, open, runs, gaps] = await Promise.all([
    sources.log.between(scopeKey, probe.logFrom, today),
    sources.log.writtenBetween(scopeKey, fromInstant, `${now.toUTC().toISODate()!}T23:59:59.999Z`),
    // Overdue, coming and undated in one read (ItemRepository.digestItems), not three.
    sources.items.digestItems(scopeKey, today, probe.deadlinesTo),
    sources.items.approvalRuns ? sources.items.approvalRuns(scopeKey) : Promise.resolve([]),
    sources.gaps && isFirstOfMonth(now) ? sources.gaps(scopeKey, now, lang) : Promise.resolve(undefined),
  ]);
  const digest = selectDigest(now, [...byWritten, ...byDate], [...open.overdue, ...open.due, ...open.undated, ...runs]);
  const { card, summary } = digestCard(digest, lang, now, { movedFrom, ...(gaps ? { gaps } : {}) });
  return { card, summary };
}

/** Day starts already worked out, by zone and date: all week every digest in a zone (500 scopes' in one tick) asks
 *  for the same one, and luxon's zone arithmetic costs ~30 µs. A zone's rules do not change while the process runs. */
const dayStarts = new Map<string, string>();
const DAY_STARTS_KEPT = 64;

/** The instant (ISO, UTC) at which `date` begins in `zone`. */
export function dayStartUtc(date: IsoDate, zone: Zone): string {
  const key = `${zone.type} ${zone.name} ${date}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = DateTime.fromISO(date, { zone }).startOf('day').toUTC().toISO()!;
    if (dayStarts.size >= DAY_STARTS_KEPT) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}
