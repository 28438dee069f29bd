// The report's words, shared by the card (cards/reportCards.ts) and the files (reports/*.ts): the period as asked,
// a status line as on a slide, a milestone's state. Every text comes from i18n/catalog.ts.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { ApprovalRunTally, MilestoneState, PeriodAsked, StatusGroupKey, StatusLine } from '../domain/report';
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
  if (line.type === 'entry') return short(line.text);
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
