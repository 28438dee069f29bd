// What a report says, as data: the period asked for (/status, /tal, /eksport), the status slide's groups and short
// lines, the evaluation milestones with their state, and the counts. Pure: "today" comes in; nothing here reads the
// clock, and nothing here is a sentence (cards/ and reports/ word it through the catalog).
import type { DateTime } from 'luxon';
import { parsePeriod } from './dates';
import { isOverdue } from './due';
import { keyDate, type Item } from './items';
import type { LogEntry } from './logEntry';
import type { Failure, IsoDate, Period } from './types';
import type { EntryKind } from './vocabulary';
import { tallyOf, type Tally as ApprovalTally } from './approvals';
import type { ExperimentRecord } from './experiments';
import type { Figure } from './figures';
import { foldForSearch } from './text';
import { monthKeyOf, nextMonthKey } from './dates/calendar';

/** How the period was asked for, so it can be named the way it was written. */
export type PeriodAsked =
  | { k: 'since'; date: IsoDate }
  | { k: 'year'; year: number }
  | { k: 'period'; period: Period }
  /** No period written: since the last /status in this scope (that day), else the last DEFAULT_DAYS days. */
  | { k: 'lastStatus'; date: IsoDate }
  | { k: 'lastDays'; days: number };

export interface ReportRange {
  start: IsoDate;
  end: IsoDate;
  asked: PeriodAsked;
}

export type ReportPeriodProblem = { code: 'unreadable' | 'impossible' | 'reversed' | 'future'; text: string };

export const DEFAULT_DAYS = 30;

const SINCE = /^(?:siden|since|fra|from)\s+(.+)$/i;
const YEAR = /^(?:(?:i|in|for|år|year)\s+)?((?:19|20)\d\d)$/i;
const LEADING = /^(?:i|in|for|during)\s+/i;

const iso = (d: DateTime) => d.toISODate() as IsoDate;

/**
 * The period of /status, /tal or /eksport: "siden 1. september", "2019", "2. halvår 2019", "marts" (a year left out
 * is the one begun: a report is about what was done). Empty: since `lastStatus` (the day of this scope's last /status),
 * else the last 30 days up to today.
 */
export function readReportPeriod(
  args: string,
  today: DateTime,
  lastStatus?: IsoDate,
): { ok: true; range: ReportRange } | Failure<ReportPeriodProblem> {
  const text = args
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');
  const todayIso = iso(today);
  if (text === '') {
    if (lastStatus && lastStatus <= todayIso)
      return { ok: true, range: { start: lastStatus, end: todayIso, asked: { k: 'lastStatus', date: lastStatus } } };
    return {
      ok: true,
      range: { start: iso(today.minus({ days: DEFAULT_DAYS })), end: todayIso, asked: { k: 'lastDays', days: DEFAULT_DAYS } },
    };
  }
  const ctx = { today, yearRule: 'past' as const };
  const since = SINCE.exec(text);
  if (since) {
    const read = parsePeriod(since[1], ctx);
    if (!read) return { ok: false, code: 'unreadable', text };
    if (!read.ok) return { ok: false, code: read.code, text: read.text };
    if (read.period.start > todayIso) return { ok: false, code: 'future', text };
    return { ok: true, range: { start: read.period.start, end: todayIso, asked: { k: 'since', date: read.period.start } } };
  }
  const year = YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { ok: true, range: { start: `${y}-01-01`, end: `${y}-12-31`, asked: { k: 'year', year: y } } };
  }
  const read = parsePeriod(text, ctx) ?? parsePeriod(text.replace(LEADING, ''), ctx);
  if (!read) return { ok: false, code: 'unreadable', text };
  if (!read.ok) return { ok: false, code: read.code, text: read.text };
  return { ok: true, range: { start: read.period.start, end: read.period.end, asked: { k: 'period', period: read.period } } };
}

/** Entries that happened in the range (by their day, or a period's first day), oldest first. */
export function entriesIn(entries: readonly LogEntry[], range: Pick<ReportRange, 'start' | 'end'>): LogEntry[] {
  return entries
    .filter((e) => e.happenedOn >= range.start && e.happenedOn <= range.end)
    .sort((a, b) => a.happenedOn.localeCompare(b.happenedOn) || a.writtenAt.localeCompare(b.writtenAt));
}

// ----- The status slide

/** The slide's groups, in the slide's order. */
export type StatusGroupKey = 'press' | 'events' | 'meetings' | 'letters' | 'visits' | 'other';
export const STATUS_GROUPS: readonly StatusGroupKey[] = ['press', 'events', 'meetings', 'letters', 'visits', 'other'];

const GROUP_OF: Record<EntryKind, StatusGroupKey> = {
  press: 'press',
  film: 'press',
  event: 'events',
  meeting: 'meetings',
  hearing: 'meetings',
  letter: 'letters',
  visit: 'visits',
  award: 'other',
  other: 'other',
};

export function statusGroupOf(kind: EntryKind): StatusGroupKey {
  return GROUP_OF[kind];
}

/**
 * One line of the slide. 'cluster': several entries of one kind about one experiment, said once ("Pressedækning på
 * forsøg med mikrolån (P1, P4, Jyllandsposten)"); 'entry': one entry, its own text.
 */
export type StatusLine =
  | { type: 'cluster'; kind: EntryKind; experiment: string; n: number; names: string[]; first: IsoDate; last: IsoDate }
  | { type: 'entry'; kind: EntryKind; text: string; names: string[]; happenedOn: IsoDate; period?: Period };

export interface StatusGroup {
  key: StatusGroupKey;
  lines: StatusLine[];
  /** Entries in the group (a cluster counts each of its entries). */
  n: number;
}

/** Who a line names: the outlets for press (that is what a slide lists), else the stakeholders. */
function namesOf(e: LogEntry): string[] {
  return e.kind === 'press' && e.outlets.length > 0 ? e.outlets : e.stakeholders;
}

function unique(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

/** The period's entries in the slide's groups, each group's lines in date order; empty groups are left out. */
export function statusGroups(entries: readonly LogEntry[]): StatusGroup[] {
  const out: StatusGroup[] = [];
  for (const key of STATUS_GROUPS) {
    const mine = entries.filter((e) => GROUP_OF[e.kind] === key);
    if (mine.length === 0) continue;
    // Entries of one kind about one experiment (the first the entry names) share a line when there are several.
    const byTopic = new Map<string, LogEntry[]>();
    for (const e of mine) {
      if (e.experiments.length === 0) continue;
      const topic = `${e.kind}\u0000${e.experiments[0]}`;
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), e]);
    }
    const lines: StatusLine[] = [];
    const clustered = new Set<string>();
    for (const [topic, list] of byTopic) {
      if (list.length < 2) continue;
      for (const e of list) clustered.add(e.id);
      const [kind, experiment] = topic.split('\u0000') as [EntryKind, string];
      lines.push({
        type: 'cluster',
        kind,
        experiment,
        n: list.length,
        names: unique(list.flatMap(namesOf)),
        first: list[0].happenedOn,
        last: list[list.length - 1].happenedOn,
      });
    }
    for (const e of mine) {
      if (clustered.has(e.id)) continue;
      lines.push({
        type: 'entry',
        kind: e.kind,
        text: e.text,
        names: namesOf(e),
        happenedOn: e.happenedOn,
        ...(e.period ? { period: e.period } : {}),
      });
    }
    lines.sort((a, b) => (a.type === 'cluster' ? a.first : a.happenedOn).localeCompare(b.type === 'cluster' ? b.first : b.happenedOn));
    out.push({ key, lines, n: mine.length });
  }
  return out;
}

// ----- The evaluation milestones

export type MilestoneState = 'done' | 'overdue' | 'ongoing' | 'coming' | 'ended';

export interface Milestone {
  item: Item;
  state: MilestoneState;
}

/**
 * The milestones a report shows lie in this window: from the period's start (what fell due in it, the recent ones) to
 * the end of the year after the period's end (what is coming, across the year boundary: a /status in November 2019
 * shows the 2020 evaluation).
 */
export function milestoneWindow(range: Pick<ReportRange, 'start' | 'end'>): { from: IsoDate; to: IsoDate } {
  return { from: range.start, to: `${Number(range.end.slice(0, 4)) + 1}-12-31` };
}

/** The years the milestones shown fall in, by their key dates ("Evaluering i 2020", "Evaluering 2019–2020"). */
export function milestoneYears(milestones: readonly Milestone[]): { first: number; last: number } | undefined {
  const years = milestones.map((m) => Number((keyDate(m.item) ?? m.item.period!.start).slice(0, 4)));
  return years.length === 0 ? undefined : { first: Math.min(...years), last: Math.max(...years) };
}

/** A milestone's state today: done (marked), overdue (a deadline past its due moment), ongoing (a span running now),
 *  ended (a span or event that is over), else coming. */
export function milestoneState(item: Item, today: IsoDate): MilestoneState {
  if (item.done) return 'done';
  if (isOverdue(item, today)) return 'overdue';
  const p = item.period!;
  if (p.start <= today && today <= p.end) return 'ongoing';
  if (p.end < today) return 'ended';
  return 'coming';
}

/** Dated deadlines whose period touches the window, by start: the timeline the group pasted from its slide. */
export function milestonesOf(items: readonly Item[], window: { from: IsoDate; to: IsoDate }, today: IsoDate): Milestone[] {
  const seen = new Set<string>();
  return items
    .filter((i) => i.type === 'deadline' && i.period !== undefined && i.period.start <= window.to && i.period.end >= window.from)
    .filter((i) => firstTime(seen, i.id))
    .sort(
      (a, b) =>
        a.period!.start.localeCompare(b.period!.start) ||
        (keyDate(a) ?? '').localeCompare(keyDate(b) ?? '') ||
        a.title.localeCompare(b.title, 'da'),
    )
    .map((item) => ({ item, state: milestoneState(item, today) }));
}

// ----- The numbers

export interface Tally {
  name: string;
  n: number;
}

export interface ReportCounts {
  total: number;
  byKind: Array<{ kind: EntryKind; n: number }>;
  /** Months of the range that have entries or lie between ones that do ('2019-09'), each with its count by kind. */
  months: Array<{ month: string; total: number; byKind: Partial<Record<EntryKind, number>> }>;
  byExperiment: Tally[];
  byMunicipality: Tally[];
  byStakeholder: Tally[];
  /** Entries that name no experiment, no municipality, no stakeholder. */
  without: { experiment: number; municipality: number; stakeholder: number };
}

function tally(entries: readonly LogEntry[], names: (e: LogEntry) => string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const name of unique(names(e))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, n })).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'da'));
}

/** Counts by kind per month, by experiment, by municipality and by stakeholder (an entry counts once per name). */
export function countEntries(entries: readonly LogEntry[], range: Pick<ReportRange, 'start' | 'end'>): ReportCounts {
  const byKind = new Map<EntryKind, number>();
  for (const e of entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const months: ReportCounts['months'] = [];
  // Months as 'yyyy-MM' keys, by string arithmetic: luxon's toFormat looked up the locale for every month.
  const first = monthKeyOf(range.start);
  const last = monthKeyOf(range.end);
  const byMonth = new Map<string, LogEntry[]>();
  for (const e of entries) {
    const month = e.happenedOn.slice(0, 7);
    const list = byMonth.get(month);
    if (list)
      list.push(e); // not a copy of the month's list per entry (that was quadratic)
    else byMonth.set(month, [e]);
  }
  // Every month of the range, but a long range (a "since 2015") only from its first month with entries.
  const firstWithEntries = [...byMonth.keys()].sort()[0];
  const start = firstWithEntries ?? last;
  for (let key = later(start, first); key <= last && months.length < 120; key = nextMonthKey(key)) {
    const list = byMonth.get(key) ?? [];
    const kinds: Partial<Record<EntryKind, number>> = {};
    for (const e of list) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    months.push({ month: key, total: list.length, byKind: kinds });
  }
  return {
    total: entries.length,
    byKind: [...byKind].map(([kind, n]) => ({ kind, n })).sort((a, b) => b.n - a.n || a.kind.localeCompare(b.kind)),
    months,
    byExperiment: tally(entries, (e) => e.experiments),
    byMunicipality: tally(entries, (e) => e.municipalities),
    byStakeholder: tally(entries, (e) => e.stakeholders),
    without: {
      experiment: entries.filter((e) => e.experiments.length === 0).length,
      municipality: entries.filter((e) => e.municipalities.length === 0).length,
      stakeholder: entries.filter((e) => e.stakeholders.length === 0).length,
    },
  };
}

// ----- The registry (issue 14): experiments, results and approval runs

/** A result as the reports show it (storage/experimentRepository.ts keeps it): the experiment, the group's words, the
 *  day or period it is about, the figures read from it, who added it and when (an ISO instant). */
export interface RegistryResult {
  experiment: string;
  text: string;
  period?: Period;
  figures: readonly Figure[];
  by: string;
  at: string;
}

/** What the experiments registry gives the reports: every experiment of the scope (the seed's and those added, with
 *  their current status), every result kept, and the scope's approval runs. Read per request (bot/reportData.ts). */
export interface RegistrySnapshot {
  experiments: ExperimentRecord[];
  results: RegistryResult[];
  approvalRuns: Item[];
}

/** An approval run the report names, with its tally ("7 af 11 godkendt · mangler: …"). */
export interface ApprovalRunTally {
  item: Item;
  tally: ApprovalTally;
}

/**
 * The approval runs a report of [start, end] shows: those whose period touches it, and those with a mark made on a
 * day in it (a run due next month that councils are approving now). In the runs' order (by key date).
 */
export function approvalRunsIn(runs: readonly Item[], range: Pick<ReportRange, 'start' | 'end'>): ApprovalRunTally[] {
  const inRange = (d: IsoDate) => d >= range.start && d <= range.end;
  return runs.flatMap((item) => {
    const tally = tallyOf(item);
    if (!tally) return [];
    const touches = item.period !== undefined && item.period.start <= range.end && item.period.end >= range.start;
    return touches || (item.approvals ?? []).some((m) => inRange(m.on)) ? [{ item, tally }] : [];
  });
}

/**
 * The entries with each experiment under the registry's name for it: a name or alias written another way
 * ("Lægeattester", an alias such as "mikrolånsforsøget" kept before it was an alias) is the registry's name, so the
 * slide's lines and the counts group one experiment once. Names the registry does not know are kept as written.
 */
export function withRegistryNames(
  entries: readonly LogEntry[],
  experiments: readonly Pick<ExperimentRecord, 'name' | 'aliases'>[],
): LogEntry[] {
  const canonical = new Map<string, string>();
  for (const x of experiments)
    for (const n of [x.name, ...x.aliases]) if (!canonical.has(foldForSearch(n))) canonical.set(foldForSearch(n), x.name);
  return entries.map((e) => {
    if (e.experiments.length === 0) return e;
    const names = unique(e.experiments.map((n) => canonical.get(foldForSearch(n)) ?? n));
    return names.length === e.experiments.length && names.every((n, i) => n === e.experiments[i]) ? e : { ...e, experiments: names };
  });
}

/** What a report shows: the period, its entries and items, the slide's groups and milestones, the counts, and the
 *  registry's part when there is one. Built by bot/reportData.ts from storage; cards/ and reports/ draw it. */
export interface ReportData {
  from: IsoDate;
  to: IsoDate;
  /** The period in words, as the user asked for it. */
  label: string;
  asked?: PeriodAsked;
  today: IsoDate;
  entries: LogEntry[];
  /** Items whose span touches the period (the "Frister og arrangementer" sheet). */
  items: Item[];
  groups: StatusGroup[];
  /** The deadlines from the period's start to the end of the next year (milestoneWindow), with their state today. */
  milestones: Milestone[];
  /** Whether the scope has any dated deadline at all: without one, the report says how to paste a timeline. */
  hasTimeline: boolean;
  counts: ReportCounts;
  registry?: RegistrySnapshot;
  /** The approval runs of the period with their tallies (none without the registry). */
  approvals: ApprovalRunTally[];
  /** Open planned actions (/plan), missed ones first, then by day: what the group has planned as of `today`. */
  planned?: Item[];
}

/** True the first time `key` is seen (and remembers it): a filter that keeps the first of each. */
function firstTime(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** The later of two sortable keys ("2020-03" and "2019-11": "2020-03"). */
function later(a: string, b: string): string {
  if (a > b) return a;
  return b;
}

/**
 * The most log entries one report file holds (/eksport, /status). Measured under npm start's 128 MB heap: two Excel
 * downloads of this many long entries at once peak at about 80 MB of heap (test/e2e/bigExport.test.ts, README). A period
 * with more gets no file links, and a link to one is answered with the reason: choose a shorter period.
 */
export const MAX_EXPORT_ENTRIES = 10_000;

/** Whether a report's period holds more entries than one file may. */
export function tooManyForFile(data: { entries: readonly unknown[] }): boolean {
  return data.entries.length > MAX_EXPORT_ENTRIES;
}
