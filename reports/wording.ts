// The report's words, shared by the card (cards/reportCards.ts) and the files (reports/*.ts): the period as asked,
// a status line as on a slide, a milestone's state. Every text comes from i18n/catalog.ts.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { MilestoneState, PeriodAsked, StatusGroupKey, StatusLine } from '../domain/report';
import { formatDay, formatPeriod, t, type MessageId } from '../i18n/catalog';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';

/** "siden 1. september 2019", "2019", "2. halvår 2019" as "juli–december 2019", "de sidste 30 dage". */
export function periodLabel(asked: PeriodAsked, lang: Lang): string {
  switch (asked.k) {
    case 'since': return t('report.period.since', lang, { date: dayLabel(asked.date, lang) });
    case 'lastStatus': return t('report.period.lastStatus', lang, { date: dayLabel(asked.date, lang) });
    case 'lastDays': return t('report.period.lastDays', lang, { n: asked.days });
    case 'year': return String(asked.year);
    case 'period': return formatPeriod(asked.period, lang);
  }
}

/** "1. september 2019" (always with its year: a report is read later). */
export function dayLabel(date: string, lang: Lang): string {
  return formatPeriod({ start: date, end: date, form: { kind: 'day' } }, lang);
}

const GROUP_IDS: Record<StatusGroupKey, MessageId> = {
  press: 'report.group.press', events: 'report.group.events', meetings: 'report.group.meetings',
  letters: 'report.group.letters', visits: 'report.group.visits', other: 'report.group.other',
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
  const head = line.kind === 'press'
    ? t('report.cluster.press', lang, { experiment: line.experiment })
    : t('report.cluster.other', lang, { kind: capitalize(kindLabel(line.kind, lang)), experiment: line.experiment, n: line.n });
  return head + names;
}

const STATE_IDS: Record<MilestoneState, MessageId> = {
  done: 'report.state.done', overdue: 'report.state.overdue', ongoing: 'report.state.ongoing',
  coming: 'report.state.coming', ended: 'report.state.ended',
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
export function whenText(period: { start: string; end: string; form: import('../domain/types').PeriodForm }, lang: Lang, today?: DateTime): string {
  return period.form.kind === 'day' ? formatDay(period.start, lang, today) : formatPeriod(period, lang, today);
}
