// The tab's log table: entries filtered by kind, stakeholder, experiment, municipality, author, period and words,
// newest first, a page at a time from storage, so that a log of 100,000 entries costs a page, not a scan.
// - A filter with an index (stakeholder, experiment, municipality, author, words) reads those index rows (each holds
//   the entry's date and kind), intersects them, and reads only the page's entries: the total is known.
// - Otherwise the log is walked newest month first (one range read per month) until the page is full.
// A cursor is the last row's entry key: the next page is what sorts before it.
import type { IsoDate } from '../../domain/types';
import type { EntryKind } from '../../domain/vocabulary';
import type { LogEntry, LogHit, LogRepository } from '../../storage/logRepository';
import { entryKey } from '../../storage/logRepository';
import { searchWords, wholeWordOnly } from '../../domain/text';
import { monthKeyOf } from '../../domain/dates/calendar';

export const LOG_PAGE_MAX = 100;
/** Words of a free-text filter that are looked up (as /find does). */
const MAX_WORDS = 8;

export interface LogFilter {
  kind?: EntryKind;
  stakeholder?: string;
  experiment?: string;
  municipality?: string;
  author?: string;
  from?: IsoDate;
  to?: IsoDate;
  text?: string;
  /** Only what this colleague logged (the personal tab's "mine"). */
  authorAadId?: string;
}

export interface LogPage {
  entries: LogEntry[];
  next?: string;
  total?: number;
}

type LogReads = Pick<
  LogRepository,
  | 'between'
  | 'getMany'
  | 'firstDayFrom'
  | 'hitsForStakeholder'
  | 'hitsForExperiment'
  | 'hitsForMunicipality'
  | 'hitsForAuthor'
  | 'hitsForWord'
  | 'hitsForWholeWord'
  | 'writtenBy'
>;

function hitKey(h: LogHit): string {
  return h.entryKey || entryKey(h);
}

/** The index hits every index filter agrees on, or undefined when the filter uses no index. */
async function indexHits(log: LogReads, scopeKey: string, f: LogFilter): Promise<LogHit[] | undefined> {
  const lists: Array<Promise<LogHit[]>> = [];
  if (f.stakeholder) lists.push(log.hitsForStakeholder(scopeKey, f.stakeholder));
  if (f.experiment) lists.push(log.hitsForExperiment(scopeKey, f.experiment));
  if (f.municipality) lists.push(log.hitsForMunicipality(scopeKey, f.municipality));
  if (f.author) lists.push(log.hitsForAuthor(scopeKey, f.author));
  // "Mine": what this colleague logged (one filtered read of the scope's entries), as hits, so the total is right.
  if (f.authorAadId) {
    const mine = log.writtenBy(scopeKey, f.authorAadId);
    lists.push(mine.then((es) => es.map((e) => ({ id: e.id, happenedOn: e.happenedOn, kind: e.kind, entryKey: entryKey(e) }))));
  }
  for (const w of searchWords(f.text ?? '').slice(0, MAX_WORDS)) {
    lists.push(wholeWordOnly(w) ? log.hitsForWholeWord(scopeKey, w) : log.hitsForWord(scopeKey, w));
  }
  if (lists.length === 0) {
    // Words that are all stopwords: nothing can match them, rather than everything.
    return f.text?.trim() ? [] : undefined;
  }
  const all = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  let hits = new Map(all[0]!.map((h) => [hitKey(h), h]));
  for (const other of all.slice(1)) {
    const keys = new Set(other.map(hitKey));
    hits = new Map([...hits].filter(([k]) => keys.has(k)));
  }
  return [...hits.values()];
}

function inPeriod(date: IsoDate, f: LogFilter): boolean {
  return (!f.from || date >= f.from) && (!f.to || date <= f.to);
}

/** One page of the log, newest first, after the cursor `after` (an entry key). */
export async function logPage(log: LogReads, scopeKey: string, f: LogFilter, size: number, after?: string): Promise<LogPage> {
  const limit = Math.max(1, Math.min(LOG_PAGE_MAX, size));
  const hits = await indexHits(log, scopeKey, f);
  if (hits) {
    const keys = hits
      .filter((h) => (!f.kind || h.kind === f.kind) && inPeriod(h.happenedOn, f))
      .map(hitKey)
      .sort()
      .reverse();
    const total = keys.length;
    const rest = after ? keys.filter((k) => k < after) : keys;
    const pageKeys = rest.slice(0, limit);
    const entries = (await log.getMany(scopeKey, pageKeys)).filter((e): e is LogEntry => e !== undefined);
    return { entries, total, ...(rest.length > limit ? { next: pageKeys[pageKeys.length - 1] } : {}) };
  }
  return walkByMonth(log, scopeKey, f, limit, after);
}

/** The previous month's key ('2024-03' → '2024-02'). */
function previousMonthKey(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The month of the newest entry: a binary search over months for the last one with an entry on or after it (about
 *  fourteen one-row reads), since a key range reads forward only (as Azure Tables does). */
async function newestMonth(log: LogReads, scopeKey: string, earliest: string): Promise<string> {
  let lo = monthIndex(monthKeyOf(earliest));
  let hi = monthIndex('2999-12');
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await log.firstDayFrom(scopeKey, `${monthOfIndex(mid)}-01`)) lo = mid;
    else hi = mid - 1;
  }
  return monthOfIndex(lo);
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

async function walkByMonth(log: LogReads, scopeKey: string, f: LogFilter, limit: number, after?: string): Promise<LogPage> {
  const earliest = await log.firstDayFrom(scopeKey);
  if (!earliest) return { entries: [] };
  const stop = monthKeyOf(f.from && f.from > earliest ? f.from : earliest);
  // Start at the cursor's month, else the older of the period's end and the newest entry's month.
  let month = after ? monthKeyOf(after.split('|')[1]!) : await newestMonth(log, scopeKey, earliest);
  if (!after && f.to && monthKeyOf(f.to) < month) month = monthKeyOf(f.to);
  const found: LogEntry[] = [];
  for (let reads = 0; month >= stop && found.length <= limit && reads < 2400; month = previousMonthKey(month), reads++) {
    const entries = await log.between(scopeKey, `${month}-01`, `${month}-31`);
    for (let i = entries.length - 1; i >= 0 && found.length <= limit; i--) {
      const e = entries[i]!;
      if (after && entryKey(e) >= after) continue;
      if (f.kind && e.kind !== f.kind) continue;
      if (!inPeriod(e.happenedOn, f)) continue;
      found.push(e);
    }
  }
  const entries = found.slice(0, limit);
  return { entries, ...(found.length > limit ? { next: entryKey(entries[entries.length - 1]!) } : {}) };
}
