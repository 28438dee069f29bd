// The report's words, shared by the card (cards/reportCards.ts) and the files (reports/*.ts): the period as asked,
// a status line as on a slide, a milestone's state. Every text comes from i18n/catalog.ts.
import type { DateTime } from 'luxon';
import type { ApprovalRunTally, Milestone, MilestoneState, PeriodAsked, ReportData, StatusGroupKey, StatusLine } from '../domain/report';
import { milestoneWindow, milestoneYears } from '../domain/report';
import type { Lang, Period } from '../domain/types';
import type { Tally } from '../domain/approvals';
import type { ExperimentStatus } from '../domain/experiments';
import type { Figure } from '../domain/figures';
import { formatDay, formatPeriod, t, type MessageId } from '../i18n/catalog';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';

/** "siden 1. september 2019", "2019", "2. halvår 2019" as "juli–december 2019", "de sidste 30 dage". */
export function periodLabel(asked: PeriodAsked, lang: Lang): string {
  switch (asked.k) {
    case 'since':
      return t('report.period.since', lang, { date: dayLabel(asked.date, lang) });
    case 'lastStatus':
      return t('report.period.lastStatus', lang, { date: dayLabel(asked.date, lang) });
    case 'lastDays':
      return t('report.period.lastDays', lang, { n: asked.days });
    case 'year':
      return String(asked.year);
    case 'period':
      return formatPeriod(asked.period, lang);
  }
}

/** "2. halvår 2019", "3. kvartal 2019" for a half or a quarter written as such (a span of whole months), else the period
 *  as the workbook writes it. */
export function periodName(period: Period, lang: Lang): string {
  const f = period.form;
  const [y, m1, m2] = [Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)), Number(period.end.slice(5, 7))];
  const wholeMonths =
    f.kind === 'span' && f.from.kind === 'month' && f.to.kind === 'month' && period.end.slice(0, 4) === period.start.slice(0, 4);
  if (wholeMonths && m2 - m1 === 5 && (m1 === 1 || m1 === 7)) {
    return t(m1 === 1 ? 'report.half.1' : 'report.half.2', lang, { year: String(y) });
  }
  if (wholeMonths && m2 - m1 === 2 && (m1 - 1) % 3 === 0) return t('report.quarter', lang, { n: String((m1 + 2) / 3), year: String(y) });
  return formatPeriod(period, lang);
}

/** The report's title: "– siden sidst" for a status since a day (or since the last one); a year or a period asked for
 *  is named ("Status på interessevaretagelse – 2019", "… – 2. halvår 2019"). */
export function reportTitle(asked: PeriodAsked | undefined, lang: Lang): string {
  if (asked?.k === 'year') return t('report.titleOf', lang, { period: String(asked.year) });
  if (asked?.k === 'period') return t('report.titleOf', lang, { period: periodName(asked.period, lang) });
  return t('report.title', lang);
}

/** The period under the title: as asked ("Siden 1. september 2019"), a year as its months ("januar–december 2019",
 *  the title names the year). */
export function reportSubtitle(data: Pick<ReportData, 'asked' | 'label' | 'from' | 'to'>, lang: Lang): string {
  if (data.asked?.k !== 'year') return data.label;
  return formatPeriod({ start: data.from, end: data.to, form: { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } } }, lang);
}

/** "Evaluering i 2020", or "Evaluering 2019–2020" when the milestones shown cross the year boundary. */
export function milestonesHeading(milestones: readonly Milestone[], lang: Lang): string {
  const years = milestoneYears(milestones);
  if (!years) return t('report.milestonesNone', lang);
  return years.first === years.last
    ? t('report.milestones', lang, { year: String(years.first) })
    : t('report.milestonesSpan', lang, { first: String(years.first), last: String(years.last) });
}

/** Said when no milestone is shown: how to paste a timeline only where none was pasted. */
export function milestonesNote(data: Pick<ReportData, 'milestones' | 'hasTimeline' | 'from' | 'to'>, lang: Lang): string {
  if (data.milestones.length > 0) return '';
  if (!data.hasTimeline) return t('report.noMilestones', lang);
  const window = milestoneWindow({ start: data.from, end: data.to });
  return t('report.noMilestonesNear', lang, { from: dayLabel(window.from, lang), year: window.to.slice(0, 4) });
}

/** "1. september 2019" (always with its year: a report is read later). */
export function dayLabel(date: string, lang: Lang): string {
  return formatPeriod({ start: date, end: date, form: { kind: 'day' } }, lang);
}

const GROUP_IDS: Record<StatusGroupKey, MessageId> = {
  press: 'report.group.press',
  events: 'report.group.events',
  meetings: 'report.group.meetings',
  letters: 'report.group.letters',
  visits: 'report.group.visits',
  other: 'report.group.other',
};

export function groupHeading(key: StatusGroupKey, lang: Lang): string {
  return t(GROUP_IDS[key], lang);
}

/** Longest entry text on a slide line before it is cut (with "…"). */
export const LINE_CHARS = 110;

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= LINE_CHARS ? one : `${one.slice(0, LINE_CHARS - 1).trimEnd()}…`;
}

/** A slide's line: "Pressedækning på forsøg med mikrolån (P1, P4, Jyllandsposten)", or the entry's own text. */
export function lineText(line: StatusLine, lang: Lang): string {
  // A line opens with a capital as a slide's bullet does ("møde med KL …" was typed as a sentence after /log).
  if (line.type === 'entry') return capitalize(short(line.text));
  const names = line.names.length > 0 ? ` (${line.names.join(', ')})` : '';
  const head =
    line.kind === 'press'
      ? t('report.cluster.press', lang, { experiment: line.experiment })
      : t('report.cluster.other', lang, { kind: capitalize(kindLabel(line.kind, lang)), experiment: line.experiment, n: line.n });
  return head + names;
}

const STATE_IDS: Record<MilestoneState, MessageId> = {
  done: 'report.state.done',
  overdue: 'report.state.overdue',
  ongoing: 'report.state.ongoing',
  coming: 'report.state.coming',
  ended: 'report.state.ended',
};

export function stateText(state: MilestoneState, lang: Lang): string {
  return t(STATE_IDS[state], lang);
}

/** A month key ("2019-09") as "september 2019". */
export function monthLabel(month: string, lang: Lang): string {
  const start = `${month}-01`;
  return formatPeriod({ start, end: start, form: { kind: 'month' } }, lang);
}

/** "sep. 19"-style short month for chart axes: the month's first three letters and the year's last two. */
export function shortMonth(month: string, lang: Lang): string {
  return `${monthLabel(month, lang).slice(0, 3)} ${month.slice(2, 4)}`;
}

/** A date for a milestone's line on the card (with the day's weekday only where it helps): the period as written. */
export function whenText(
  period: { start: string; end: string; form: import('../domain/types').PeriodForm },
  lang: Lang,
  today?: DateTime,
): string {
  return period.form.kind === 'day' ? formatDay(period.start, lang, today) : formatPeriod(period, lang, today);
}

/** "7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted" (the count alone when no one is missing). */
export function tallyLine(tally: Tally, lang: Lang): string {
  const count = t('approval.tally', lang, { approved: String(tally.approved.length), total: String(tally.total) });
  return tally.missing.length === 0 ? count : `${count} · ${t('approval.missing', lang, { list: tally.missing.join(', ') })}`;
}

/** An approval run of the report: "Politisk godkendelse i alle kommuner: 7 af 11 godkendt · mangler: Læsø, …". */
export function approvalLine(run: ApprovalRunTally, lang: Lang): string {
  return t('report.approvalLine', lang, { title: run.item.title, tally: tallyLine(run.tally, lang) });
}

const STATUS_LABEL: Record<ExperimentStatus | 'none', MessageId> = {
  running: 'status.running',
  continuing: 'status.continuing',
  partlyEnded: 'status.partlyEnded',
  fullyEnded: 'status.fullyEnded',
  accommodated: 'status.accommodated',
  none: 'status.none',
};

/** An experiment's status in words ("helt ophør"). */
export function statusLabel(status: ExperimentStatus | 'none', lang: Lang): string {
  return t(STATUS_LABEL[status], lang);
}

/** A result's figures as written, with what they count: "ca. 2.000 færre lægeattester · ca. 2,5 mio. kr.". */
export function figuresText(figures: readonly Figure[]): string {
  return figures.map((f) => [f.text, f.unit && !f.text.endsWith(f.unit) ? f.unit : ''].filter(Boolean).join(' ')).join(' · ');
}
