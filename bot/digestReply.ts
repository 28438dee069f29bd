// The weekly digest as a reply: reads the scope's week and builds the card. Used by /digest now and by the scheduler.
import type { DateTime } from 'luxon';
import { selectDigest } from '../domain/digest';
import type { Item } from '../domain/items';
import type { LogEntry } from '../domain/logEntry';
import type { IsoDate, Lang } from '../domain/types';
import { digestCard } from '../cards/digestCard';
import type { Reply } from './commands/types';

/** What composing a digest reads: the log and the items (structural, so tests and storage both fit). */
export interface DigestSources {
  log: { between(scopeKey: string, from: IsoDate, to: IsoDate): Promise<LogEntry[]> };
  items: {
    overdue(scopeKey: string, today: IsoDate): Promise<Item[]>;
    dueBetween(scopeKey: string, from: IsoDate, to: IsoDate): Promise<Item[]>;
  };
}

/** Reads the scope's week and builds the digest card at `now` (already in the scope's zone). */
export async function composeDigest(
  sources: DigestSources, scopeKey: string, now: DateTime, lang: Lang, movedFrom?: { date: string; holiday: string },
): Promise<Reply> {
  const today = now.toISODate()!;
  const probe = selectDigest(now, [], []).ranges;
  const [entries, overdue, coming] = await Promise.all([
    sources.log.between(scopeKey, probe.logFrom, today),
    sources.items.overdue(scopeKey, today),
    sources.items.dueBetween(scopeKey, today, probe.deadlinesTo),
  ]);
  const digest = selectDigest(now, entries, [...overdue, ...coming]);
  const { card, summary } = digestCard(digest, lang, now, { movedFrom });
  return { card, summary };
}
