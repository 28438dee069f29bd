// Reads what a report is built from, per request (nothing is kept): the period's log entries, the items its timeline
// and sheet show, and, where the experiments registry exists (issue 14), its experiments, results and approvals.
import type { IsoDate } from '../domain/types';
import { itemsTouching } from '../domain/items';
import { datedText } from '../domain/datedText';
import {
  approvalRunsIn,
  countEntries,
  entriesIn,
  milestoneWindow,
  milestonesOf,
  statusGroups,
  withRegistryNames,
  type PeriodAsked,
  type RegistrySnapshot,
  type ReportData,
} from '../domain/report';
import type { LogRepository } from '../storage/logRepository';
import type { ItemRepository } from '../storage/itemRepository';
import type { ExperimentRepository } from '../storage/experimentRepository';

/**
 * Issue 14's registry as the reports read it: its experiments, results and approval runs for a scope. Set in
 * bot/app.ts (registryReader below); a report built without one has no Forsøg and Resultater sheets and no tally.
 */
export interface RegistryReader {
  snapshot(scopeKey: string): Promise<RegistrySnapshot | undefined>;
}

/** The registry's snapshot over its repositories: four range reads (the added names, every experiment's record,
 *  history and results under one prefix, and the approval runs' index), whatever the size of the log. */
export function registryReader(
  experiments: Pick<ExperimentRepository, 'pages'>,
  items: Pick<ItemRepository, 'approvalRuns'>,
): RegistryReader {
  return {
    async snapshot(scopeKey) {
      const [pages, approvalRuns] = await Promise.all([experiments.pages(scopeKey), items.approvalRuns(scopeKey)]);
      return {
        experiments: pages.map((p) => p.record),
        results: pages.flatMap((p) => p.results),
        approvalRuns,
      };
    },
  };
}

export interface ReportSources {
  log: Pick<LogRepository, 'between'>;
  items: Pick<ItemRepository, 'touching'> & Partial<Pick<ItemRepository, 'openOfType'>>;
  registry?: RegistryReader;
}

export type { ReportData };

/** Everything a report of [from, to] shows, as of `today`. Two or three range reads (and the registry's), whatever the
 *  size of the log. With the registry, an entry's experiments go by the registry's names (its aliases written otherwise).
 *  A relative day word in an entry's text ("i går") is shown with its date, as of the day it was written in `zone`. */
export async function loadReport(
  sources: ReportSources,
  scopeKey: string,
  range: { from: IsoDate; to: IsoDate; label: string; asked?: PeriodAsked },
  today: IsoDate,
  zone: string,
): Promise<ReportData> {
  const window = milestoneWindow({ start: range.from, end: range.to });
  // The period's items and the milestones' come from one read: the window begins where the period does.
  const [logged, windowItems, registry, planned] = await Promise.all([
    sources.log.between(scopeKey, range.from, range.to),
    sources.items.touching(scopeKey, window.from, window.to),
    sources.registry ? sources.registry.snapshot(scopeKey) : Promise.resolve(undefined),
    sources.items.openOfType ? sources.items.openOfType(scopeKey, 'plan') : Promise.resolve([]),
  ]);
  const period = { start: range.from, end: range.to };
  const inPeriod = entriesIn(logged, period).map((e) => {
    const text = datedText(e, zone);
    return text === e.text ? e : { ...e, text };
  });
  const entries = registry ? withRegistryNames(inPeriod, registry.experiments) : inPeriod;
  const milestones = milestonesOf(windowItems, window, today);
  // Only a scope with no timeline at all is told how to paste one (a rare second read, of every dated item).
  const hasTimeline =
    milestones.length > 0 ||
    (await sources.items.touching(scopeKey, '0000-01-01', '9999-12-31')).some((i) => i.type === 'deadline' && i.period !== undefined);
  return {
    from: range.from,
    to: range.to,
    label: range.label,
    asked: range.asked,
    today,
    entries,
    items: itemsTouching(windowItems, range.from, range.to),
    groups: statusGroups(entries),
    milestones,
    hasTimeline,
    counts: countEntries(entries, period),
    ...(registry ? { registry } : {}),
    approvals: registry ? approvalRunsIn(registry.approvalRuns, period) : [],
    planned: planned.sort((a, b) => (a.period?.end ?? '').localeCompare(b.period?.end ?? '')),
  };
}
