// What the tab's API answers (bot/tab/routes.ts), read from the bot's repositories for one scope and worded in the
// asked language. Read-only, and bounded: a page of the log, at most TIMELINE_MAX items, the counts of at most ten years.
import type { Services } from '../services';
import type { IsoDate, Lang } from '../../domain/types';
import type { Item } from '../../domain/items';
import type { LogEntry } from '../../domain/logEntry';
import { ENTRY_KINDS, kindLabel, MUNICIPALITIES, type EntryKind } from '../../domain/vocabulary';
import { milestoneState, countEntries } from '../../domain/report';
import { tallyOf, isMunicipalRun } from '../../domain/approvals';
import { changedFields, newestFirst } from '../../domain/history';
import { formatPeriod } from '../../domain/periodFormat';
import { monthLabel } from '../../reports/wording';
import { statusLabel } from '../../reports/wording';
import { entryKey } from '../../storage/logRepository';
import { logPage, type LogFilter } from './logQuery';
import type { CountsAnswer, EntryAnswer, FilterOptions, LogAnswer, LogRow, MatrixAnswer, TimelineAnswer, TimelineItem } from './apiTypes';

/** The most items a timeline answer holds (a pasted evaluation timeline is a few dozen). */
export const TIMELINE_MAX = 2000;
/** A log row's text is cut here; the entry's own page shows it whole. */
export const ROW_TEXT_CHARS = 300;
/** The longest period the counts cover. */
export const COUNTS_MAX_DAYS = 3660;

type Reads = Pick<Services, 'log' | 'items' | 'history' | 'registry' | 'scopes'>;

function timelineItem(item: Item, today: IsoDate, lang: Lang): TimelineItem {
  const p = item.period;
  const state = p ? milestoneState(item, today) : item.done ? 'done' : 'coming';
  const tally = tallyOf(item);
  const owner = item.owner?.name;
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    ...(p ? { when: formatPeriod(p, lang), start: p.start, end: p.end } : {}),
    span: p !== undefined && (p.start !== p.end || (p.form.kind !== 'day' && p.form.kind !== 'by')),
    state: state === 'coming' ? 'upcoming' : state,
    milestone: item.type === 'deadline' && item.batchId !== undefined,
    ...(owner ? { owner } : {}),
    ...(item.place ? { place: item.place } : {}),
    ...(tally ? { tally: { approved: tally.approved.length, total: tally.total, missing: tally.missing } } : {}),
  };
}

export async function timeline(s: Reads, scopeKey: string, today: IsoDate, lang: Lang, mineAadId?: string): Promise<TimelineAnswer> {
  const [dated, undated] = await Promise.all([s.items.touching(scopeKey, '1900-01-01', '2999-12-31'), s.items.undated(scopeKey)]);
  const mine = (i: Item) => !mineAadId || i.authorAadId === mineAadId || i.owner?.aadObjectId === mineAadId;
  const items = dated.filter(mine);
  return {
    today,
    items: items.slice(0, TIMELINE_MAX).map((i) => timelineItem(i, today, lang)),
    undated: undated
      .filter(mine)
      .slice(0, TIMELINE_MAX)
      .map((i) => timelineItem(i, today, lang)),
    cut: items.length > TIMELINE_MAX || undated.length > TIMELINE_MAX,
  };
}

function logRow(e: LogEntry, lang: Lang): LogRow {
  return {
    key: entryKey(e),
    date: e.happenedOn,
    ...(e.period ? { when: formatPeriod(e.period, lang) } : {}),
    kind: e.kind,
    kindLabel: kindLabel(e.kind, lang),
    text: e.text.length > ROW_TEXT_CHARS ? `${e.text.slice(0, ROW_TEXT_CHARS - 1)}…` : e.text,
    stakeholders: e.stakeholders,
    experiments: e.experiments,
    municipalities: e.municipalities,
    author: e.authorName,
  };
}

export async function logTable(
  s: Reads,
  scopeKey: string,
  filter: LogFilter,
  size: number,
  after: string | undefined,
  lang: Lang,
): Promise<LogAnswer> {
  const page = await logPage(s.log, scopeKey, filter, size, after);
  return {
    rows: page.entries.map((e) => logRow(e, lang)),
    ...(page.next ? { next: page.next } : {}),
    ...(page.total !== undefined ? { total: page.total } : {}),
  };
}

/** A value of the history as one line of text (a period in words, a list joined). */
function shown(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => shown(v, lang)).join(', ');
  if (typeof value === 'object') {
    const v = value as { start?: string; end?: string; form?: unknown; name?: string };
    if (v.start && v.end && v.form) return formatPeriod(value as never, lang);
    if (typeof v.name === 'string') return v.name;
    return JSON.stringify(value).slice(0, 200);
  }
  return String(value).slice(0, 500);
}

export async function entryWithHistory(s: Reads, scopeKey: string, key: string, lang: Lang): Promise<EntryAnswer | undefined> {
  const entry = await s.log.get(scopeKey, key);
  if (!entry) return undefined;
  const history = newestFirst(await s.history.of(scopeKey, 'entry', entry.id)).slice(0, 100);
  return {
    entry: {
      ...logRow(entry, lang),
      text: entry.text,
      links: entry.links ?? [],
      participants: (entry.participants ?? []).map((p) => p.name),
      writtenAt: entry.writtenAt,
    },
    history: history.map((r) => ({
      action: r.action,
      by: r.by.name,
      at: r.at,
      fields: changedFields(r.before, r.after).map((c) => ({ field: c.field, before: shown(c.before, lang), after: shown(c.after, lang) })),
    })),
  };
}

export async function matrix(s: Reads, scopeKey: string, lang: Lang): Promise<MatrixAnswer> {
  const snapshot = await s.registry?.snapshot(scopeKey);
  const experiments = (snapshot?.experiments ?? []).map((x) => {
    const results = (snapshot?.results ?? []).filter((r) => r.experiment === x.name);
    const last = [...results].sort((a, b) => b.at.localeCompare(a.at))[0];
    return {
      name: x.name,
      ...(x.title ? { title: x.title } : {}),
      ...(x.status ? { status: statusLabel(x.status.status, lang) } : {}),
      taking: x.municipalities,
      results: results.length,
      ...(last ? { lastResult: last.text.slice(0, 200) } : {}),
    };
  });
  // The running chains: approval runs not yet complete (a complete one is history, on the timeline as done).
  const runs = (snapshot?.approvalRuns ?? []).flatMap((item) => {
    const tally = tallyOf(item);
    if (!tally || item.done || tally.complete) return [];
    return [
      {
        id: item.id,
        title: item.title,
        ...(item.period ? { when: formatPeriod(item.period, lang) } : {}),
        approved: tally.approved.length,
        total: tally.total,
        missing: tally.missing,
        complete: tally.complete,
        marks: Object.fromEntries(tally.approved.map((m) => [m.who, m.on])),
        municipal: isMunicipalRun(item),
      },
    ];
  });
  return { municipalities: [...MUNICIPALITIES], experiments, runs };
}

function plusDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function counts(s: Reads, scopeKey: string, from: IsoDate, to: IsoDate, lang: Lang): Promise<CountsAnswer> {
  const start = from < plusDays(to, -COUNTS_MAX_DAYS) ? plusDays(to, -COUNTS_MAX_DAYS) : from;
  // Only day and kind count here: the entries' lists are left unread (countEntries' tallies of them stay empty).
  const kinds = await s.log.kindsBetween(scopeKey, start, to);
  const entries = kinds.map((k) => ({ ...k, experiments: [], municipalities: [], stakeholders: [] }) as unknown as LogEntry);
  const c = countEntries(entries, { start, end: to });
  return {
    from: start,
    to,
    total: c.total,
    kinds: c.byKind.map((k) => ({ kind: k.kind, label: kindLabel(k.kind, lang), n: k.n })),
    months: c.months.map((m) => ({
      month: m.month,
      label: monthLabel(m.month, lang),
      total: m.total,
      byKind: m.byKind as Record<string, number>,
    })),
  };
}

export async function filterOptions(s: Reads, scopeKey: string, lang: Lang): Promise<FilterOptions> {
  const [stakeholders, snapshot] = await Promise.all([s.scopes.names(scopeKey, 'stakeholder'), s.registry?.snapshot(scopeKey)]);
  return {
    kinds: ENTRY_KINDS.map((kind: EntryKind) => ({ kind, label: kindLabel(kind, lang) })),
    experiments: (snapshot?.experiments ?? []).map((x) => x.name),
    municipalities: [...MUNICIPALITIES],
    stakeholders: stakeholders.map((n) => n.name).slice(0, 500),
  };
}
