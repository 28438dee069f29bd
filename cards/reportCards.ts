// The report cards: /status (the status slide as a card, with the files to download), /tal (the numbers, with a
// Teams bar chart and a table for hosts without charts) and /eksport (the files only). No I/O here.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { ReportFormat } from '../domain/downloadToken';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';
import { t, type MessageId } from '../i18n/catalog';
import { MAX_EXPORT_ENTRIES, tooManyForFile, type Milestone, type ReportData, type StatusLine } from '../domain/report';
import type { FilesRequest } from './reportButton';
import {
  approvalLine,
  groupHeading,
  lineText,
  milestonesHeading,
  milestonesNote,
  monthLabel,
  reportSubtitle,
  reportTitle,
  shortMonth,
  stateText,
  whenText,
} from '../reports/wording';
import { expand, type CardJson } from './render';
import statusTemplate from './templates/status.json';
import statsTemplate from './templates/stats.json';

/** Lines a group shows on the card before "… og N linjer mere" (the slide and the files have them all). */
export const CARD_LINES_PER_GROUP = 8;
/** Names a tally shows on the card (the workbook's Tal sheet has every one). */
export const CARD_TALLY = 8;

/** The verb of a report card's download buttons (bot/commands/reports/reportFilesButton.ts mints fresh links when one
 *  is pressed); their data is a FilesRequest (cards/reportButton.ts). */
export const REPORT_VERBS = { files: 'report.files' } as const;

/**
 * A report card's downloads: buttons that fetch fresh short-lived links whenever pressed (a card lives for months in a
 * channel), or, on the card shown to the one who pressed, those links with a button for new ones; undefined when the
 * bot has no public address.
 */
export type Downloads =
  | { k: 'buttons'; request: FilesRequest; formats: readonly ReportFormat[] }
  | { k: 'links'; request: FilesRequest; links: Partial<Record<ReportFormat, string>> }
  | undefined;

const BUTTONS: Record<ReportFormat, MessageId> = { pptx: 'report.button.pptx', xlsx: 'report.button.xlsx', csv: 'report.button.csv' };

function downloadActions(downloads: Downloads, lang: Lang) {
  if (!downloads) return { links: [], buttons: [] };
  const formats = Object.keys(BUTTONS) as ReportFormat[];
  if (downloads.k === 'buttons') {
    return {
      links: [],
      buttons: formats
        .filter((f) => downloads.formats.includes(f))
        .map((f) => ({ title: t(BUTTONS[f], lang), verb: REPORT_VERBS.files, data: { ...downloads.request, format: f, lang } })),
    };
  }
  const links = downloads.links;
  return {
    links: formats.filter((f) => links[f]).map((f) => ({ title: t(BUTTONS[f], lang), url: links[f]! })),
    buttons: [{ title: t('report.button.renew', lang), verb: REPORT_VERBS.files, data: { ...downloads.request, lang } }],
  };
}

function downloadNote(downloads: Downloads, lang: Lang, data: ReportData): string {
  if (tooManyForFile(data)) return t('report.tooManyForFile', lang, { n: data.entries.length, max: MAX_EXPORT_ENTRIES });
  if (!downloads) return t('report.noLinks', lang);
  return downloads.k === 'buttons' ? t('report.linkNote', lang) : t('report.filesNote', lang);
}

/** A group's lines as the card shows them: the first few, then "… og N linjer mere" (only those shown are worded). */
function shownLines(lines: readonly StatusLine[], lang: Lang): string[] {
  if (lines.length <= CARD_LINES_PER_GROUP) return lines.map((l) => lineText(l, lang));
  const first = lines.slice(0, CARD_LINES_PER_GROUP - 1).map((l) => lineText(l, lang));
  return [...first, t('report.more', lang, { n: lines.length - CARD_LINES_PER_GROUP + 1 })];
}

/** Open plans shown on /status's card (missed ones first); /frister lists them all. */
const CARD_PLANNED = 15;

/** Milestones shown on /status's card. An evaluation's timeline has 8-20; a longer one would take the card past Teams'
 *  28 KB (276 milestones made 127 KB, which Teams does not show at all). The workbook and /frister have all. */
export const CARD_MILESTONES = 20;

/** The milestones the card shows, in the timeline's order: first those that need attention (overdue, running), then
 *  the nearest coming, then the latest done or ended; and how many are left out. */
export function cardMilestones(milestones: readonly Milestone[]): { shown: Milestone[]; more: number } {
  if (milestones.length <= CARD_MILESTONES) return { shown: [...milestones], more: 0 };
  const rank = (m: Milestone) => (m.state === 'overdue' || m.state === 'ongoing' ? 0 : m.state === 'coming' ? 1 : 2);
  const picked = milestones
    .map((m, at) => ({ m, at }))
    // Timeline order is by start: the nearest coming first, and the latest of those that are over.
    .sort((a, b) => rank(a.m) - rank(b.m) || (rank(a.m) === 2 ? b.at - a.at : a.at - b.at))
    .slice(0, CARD_MILESTONES - 1)
    .sort((a, b) => a.at - b.at);
  return { shown: picked.map((p) => p.m), more: milestones.length - picked.length };
}

/** The card of /status: the period's groups in short lines, the evaluation milestones, the period's approval runs
 *  with their tallies, the counts. */
export function statusCard(data: ReportData, lang: Lang, today: DateTime, downloads: Downloads): CardJson {
  const counts = data.counts.byKind.map((k) => ({ title: capitalize(kindLabel(k.kind, lang)), value: String(k.n) }));
  counts.push({ title: t('report.total', lang), value: String(data.counts.total) });
  return expand(statusTemplate, {
    title: reportTitle(data.asked, lang),
    subtitle: capitalize(reportSubtitle(data, lang)),
    nothing: data.groups.length === 0 ? t('report.nothing', lang) : '',
    groups: data.groups.map((g) => ({ heading: `${groupHeading(g.key, lang)} (${g.n})`, lines: shownLines(g.lines, lang) })),
    milestonesHeading: milestonesHeading(data.milestones, lang),
    milestonesNote: milestonesNote(data, lang),
    milestones: milestoneRows(data.milestones, lang, today),
    plannedHeading: data.planned?.length ? t('report.planned', lang) : '',
    planned: (data.planned ?? []).slice(0, CARD_PLANNED).map((p) => {
      const missed = p.period !== undefined && p.period.end < data.today;
      return {
        title: p.owner ? `${p.title} (${p.owner.name})` : p.title,
        when: whenText(p.period!, lang, today),
        state: t(missed ? 'item.overdue' : 'item.kind.plan', lang),
        color: missed ? 'Attention' : 'Default',
        weight: missed ? 'Bolder' : 'Default',
      };
    }),
    approvalsHeading: data.approvals.length > 0 ? t('report.approvals', lang) : '',
    approvals: data.approvals.map((a) => approvalLine(a, lang)),
    countsHeading: t('report.counts', lang),
    counts,
    note: downloadNote(downloads, lang, data),
    ...downloadActions(downloads, lang),
  });
}

function milestoneRows(milestones: readonly Milestone[], lang: Lang, today: DateTime) {
  const { shown, more } = cardMilestones(milestones);
  const rows = shown.map((m) => ({
    title: m.item.title,
    when: whenText(m.item.period!, lang, today),
    state: stateText(m.state, lang),
    color: m.state === 'overdue' ? 'Attention' : m.state === 'done' ? 'Good' : 'Default',
    weight: m.state === 'overdue' ? 'Bolder' : 'Default',
  }));
  if (more > 0)
    rows.push({ title: t('report.moreMilestones', lang, { n: more }), when: '', state: '', color: 'Default', weight: 'Default' });
  return rows;
}

/** The card of /tal: actions per month as a Teams bar chart (a table where charts are not drawn), then the counts by
 *  kind, experiment, municipality and stakeholder. */
export function statsCard(data: ReportData, lang: Lang): CardJson {
  const c = data.counts;
  const tally = (list: Array<{ name: string; n: number }>, missing: number) => {
    const facts = list.slice(0, CARD_TALLY).map((x) => ({ title: x.name, value: String(x.n) }));
    // The rest in one fact: "4 andre: 7" (how many names, how many entries), not "… og 4 linjer mere: 7".
    if (list.length > CARD_TALLY)
      facts.push({
        title: t('stats.others', lang, { n: list.length - CARD_TALLY }),
        value: String(list.slice(CARD_TALLY).reduce((s, x) => s + x.n, 0)),
      });
    if (missing > 0) facts.push({ title: t('stats.without', lang), value: String(missing) });
    return facts;
  };
  const sections = [
    {
      heading: t('stats.byKind', lang),
      facts: [
        ...c.byKind.map((k) => ({ title: capitalize(kindLabel(k.kind, lang)), value: String(k.n) })),
        { title: t('report.total', lang), value: String(c.total) },
      ],
    },
    { heading: t('stats.byExperiment', lang), facts: tally(c.byExperiment, c.without.experiment) },
    { heading: t('stats.byMunicipality', lang), facts: tally(c.byMunicipality, c.without.municipality) },
    { heading: t('stats.byStakeholder', lang), facts: tally(c.byStakeholder, c.without.stakeholder) },
  ].filter((s) => s.facts.length > 0);
  return expand(statsTemplate, {
    title: t('stats.title', lang, { period: data.label }),
    subtitle: t('report.entries', lang, { n: c.total }),
    chartTitle: t('stats.perMonth', lang),
    monthWord: t('stats.month', lang),
    countWord: t('stats.count', lang),
    bars: c.total === 0 ? [] : c.months.map((m) => ({ x: shortMonth(m.month, lang), y: m.total })),
    table: c.months.map((m) => ({ label: capitalize(monthLabel(m.month, lang)), n: String(m.total) })),
    sections,
  });
}

/** The card of /eksport: how much, and the workbook and the CSV to download. */
export function exportCard(data: ReportData, lang: Lang, downloads: Downloads): CardJson {
  return expand(statusTemplate, {
    title: t('export.heading', lang, { period: data.label }),
    subtitle: t('export.text', lang, { period: data.label, n: data.counts.total }),
    nothing: '',
    groups: [],
    milestonesHeading: '',
    milestonesNote: '',
    milestones: [],
    approvalsHeading: '',
    approvals: [],
    plannedHeading: '',
    planned: [],
    countsHeading: '',
    counts: [],
    note: downloadNote(downloads, lang, data),
    ...downloadActions(downloads, lang),
  });
}
