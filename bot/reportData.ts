// Reads what a report is built from, per request (nothing is kept): the period's log entries, the items its timeline
// and sheet show, and, where the experiments registry exists (issue 14), its experiments, results and approvals.
import type { IsoDate } from '../domain/types';
import type { LogEntry } from '../domain/logEntry';
import type { Item } from '../domain/items';
import {
  approvalTally, countEntries, entriesIn, milestoneYear, milestonesOf, statusGroups,
  type ApprovalTally, type Milestone, type PeriodAsked, type RegistrySnapshot, type ReportCounts, type StatusGroup,
} from '../domain/report';
import type { LogRepository } from '../storage/logRepository';
import type { ItemRepository } from '../storage/itemRepository';

/**
 * The seam for issue 14's registry of experiments, results, municipalities and approval marks. Services.registry is
 * left unset until that registry exists; then an adapter over its repository returns its snapshot for a scope, and the
 * workbook gets its Forsøg and Resultater sheets and the status its approvals tally, with nothing else changed.
 */
export interface RegistryReader {
  snapshot(scopeKey: string): Promise<RegistrySnapshot | undefined>;
}

export interface ReportSources {
  log: Pick<LogRepository, 'between'>;
  items: Pick<ItemRepository, 'touching'>;
  registry?: RegistryReader;
}

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
  milestoneYear: number;
  milestones: Milestone[];
  counts: ReportCounts;
  registry?: RegistrySnapshot;
  approvals?: ApprovalTally;
}

/** Everything a report of [from, to] shows, as of `today`. Three range reads, whatever the size of the log. */
export async function loadReport(sources: ReportSources, scopeKey: string, range: { from: IsoDate; to: IsoDate; label: string; asked?: PeriodAsked }, today: IsoDate): Promise<ReportData> {
  const year = milestoneYear({ end: range.to });
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;
  const [logged, touching, yearItems, registry] = await Promise.all([
    sources.log.between(scopeKey, range.from, range.to),
    sources.items.touching(scopeKey, range.from, range.to),
    sources.items.touching(scopeKey, yearFrom, yearTo),
    sources.registry ? sources.registry.snapshot(scopeKey) : Promise.resolve(undefined),
  ]);
  const entries = entriesIn(logged, { start: range.from, end: range.to });
  return {
    from: range.from, to: range.to, label: range.label, asked: range.asked, today,
    entries,
    items: touching,
    groups: statusGroups(entries),
    milestoneYear: year,
    milestones: milestonesOf(yearItems, year, today),
    counts: countEntries(entries, { start: range.from, end: range.to }),
    ...(registry ? { registry, approvals: approvalTally(registry) } : {}),
  };
}
