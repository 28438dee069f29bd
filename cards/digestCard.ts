// The weekly digest card: overdue deadlines first, then the week's log (counts by kind, then the entries and who
// logged them), then events and deadlines ahead. It always fits Teams' 28 KB: beyond that it points to /find and /due.
import type { DateTime } from 'luxon';
import type { Digest, DigestLogEntry } from '../domain/digest';
import { needsOwner, writtenDay } from '../domain/digest';
import { daysBetween } from '../domain/dates/calendar';
import type { Item } from '../domain/items';
import { keyDate } from '../domain/items';
import { formatDay, formatPeriod, listText, t, timeText } from '../i18n/catalog';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';
import { datedText } from '../domain/datedText';
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import template from './templates/digest.json';
import { tallyText } from './approvalCards';

/** Room left for the activity around the card within Teams' 28 KB message limit. */
export const DIGEST_CARD_BUDGET_BYTES = 26 * 1024;

/** A log entry's text is cut here on the card; /find shows it whole. */
const MAX_TEXT_CHARS = 280;

interface Line {
  lead: string;
  main: string;
  detail: string;
}
interface Section {
  heading: string;
  color: string;
  summary: string;
  lines: Line[];
}

/** The notification line: what the digest holds, as one sentence. */
export function digestSummary(digest: Digest, lang: Lang): string {
  if (digest.quiet) return t('digestCard.summaryQuiet', lang);
  const parts = [
    t('digestCard.countLogged', lang, { n: digest.logged.length }),
    ...(digest.overdue.length ? [t('digestCard.countOverdue', lang, { n: digest.overdue.length })] : []),
    ...(digest.events.length ? [t('digestCard.countEvents', lang, { n: digest.events.length })] : []),
    ...(digest.deadlines.length ? [t('digestCard.countDeadlines', lang, { n: digest.deadlines.length })] : []),
    ...(digest.planned.length ? [t('digestCard.countPlanned', lang, { n: digest.planned.length })] : []),
    ...(digest.undated.length ? [t('digestCard.countUndated', lang, { n: digest.undated.length })] : []),
    ...(digest.approvals.length ? [t('digestCard.countApprovals', lang, { n: digest.approvals.length })] : []),
  ];
  return t('digestCard.summary', lang, { parts: listText(parts, lang) });
}

function cut(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT_CHARS ? `${oneLine.slice(0, MAX_TEXT_CHARS - 1)}…` : oneLine;
}

function relative(today: string, date: string, lang: Lang): string {
  const n = daysBetween(today, date);
  return n === 0 ? t('word.today', lang) : n === 1 ? t('word.tomorrow', lang) : t('word.inDays', lang, { n });
}

function logLine(entry: DigestLogEntry, lang: Lang, now: DateTime): Line {
  const about = entry.period ? formatPeriod(entry.period, lang, now) : formatDay(entry.happenedOn, lang, now);
  const written = writtenDay(entry, now);
  // A backdated entry (logged after the day it is about) says both, so nothing reads as if it happened this week.
  const author = entry.authorName || '?';
  const detail =
    entry.period || written !== entry.happenedOn
      ? t('digestCard.loggedLater', lang, { about, written: formatDay(written, lang, now), author })
      : t('digestCard.loggedBy', lang, { day: about, author });
  // A text that opens with its kind ("henvendelse til STAR …") is not led by it again ("henvendelse: henvendelse til").
  const text = datedText(entry, now.zoneName ?? 'Europe/Copenhagen');
  const kind = kindLabel(entry.kind, lang);
  const saysKind = text.toLocaleLowerCase(lang).startsWith(kind.toLocaleLowerCase(lang));
  return {
    lead: saysKind ? '' : `${kind}: `,
    main: cut(saysKind ? capitalize(text) : text),
    detail: ` ${detail}`,
  };
}

function itemLine(item: Item, lang: Lang, now: DateTime, today: string, overdue: boolean): Line {
  const period = item.period ? formatPeriod(item.period, lang, now) : '';
  const date = keyDate(item)!;
  const time = item.time ? ` ${timeText(item.time, lang)}` : '';
  const when = overdue
    ? t('digestCard.wasDue', lang, { period, ago: t('word.daysAgo', lang, { n: daysBetween(date, today) }) })
    : `${period}${time}, ${relative(today, date, lang)}`;
  const tally = tallyText(item, lang);
  const owner = item.owner ? t('owner.label', lang, { name: item.owner.name }) : needsOwner(item, today) ? t('owner.none', lang) : '';
  const detail = [item.place ? ` · ${cut(item.place)}` : '', tally ? ` · ${tally}` : '', owner ? ` · ${owner}` : ''].join('');
  return { lead: cut(item.title), main: ` ${when}`, detail: detail || ' ' };
}

export interface DigestCardOptions {
  /** The digest was moved off a closed day: that day and the holiday's name. */
  movedFrom?: { date: string; holiday: string };
  /** The month's first digest: a few gaps (/huller) and how many more. */
  gaps?: { lines: string[]; more: number };
}

/** The digest as an Adaptive Card (1.5) under the size budget, and the notification summary. */
export function digestCard(digest: Digest, lang: Lang, now: DateTime, opts: DigestCardOptions = {}): { card: CardJson; summary: string } {
  const today = digest.ranges.today;
  const summary = digestSummary(digest, lang);
  const title = t('digestCard.title', lang);
  // The week number as written, not as a number (no grouping, however the language writes numbers).
  const subtitle = t('digestCard.subtitle', lang, { week: String(now.weekNumber), day: formatDay(today, lang, now) });
  const note = opts.movedFrom
    ? t('digestCard.moved', lang, { day: formatDay(opts.movedFrom.date, lang, now), holiday: opts.movedFrom.holiday })
    : '';
  const gapSection = (): Section[] =>
    opts.gaps
      ? [
          {
            heading: t('digestCard.gaps', lang),
            color: 'Attention',
            summary: opts.gaps.more > 0 ? t('gaps.more', lang, { n: opts.gaps.more }) : '',
            lines: opts.gaps.lines.map((l) => ({ lead: '• ', main: cut(l), detail: ' ' })),
          },
        ]
      : [];
  if (digest.quiet && !opts.gaps) {
    return { card: expand(template, { title, subtitle, note, sections: [], footer: t('digestCard.quiet', lang) }), summary };
  }

  const lists = {
    overdue: digest.overdue.map((i) => itemLine(i, lang, now, today, true)),
    logged: digest.logged.map((e) => logLine(e, lang, now)),
    events: digest.events.map((i) => itemLine(i, lang, now, today, false)),
    deadlines: digest.deadlines.map((i) => itemLine(i, lang, now, today, false)),
    planned: digest.planned.map((i) => itemLine(i, lang, now, today, false)),
    approvals: digest.approvals.map((i) => itemLine(i, lang, now, today, false)),
  };
  const counts = digest.counts.map((c) => `${c.count} ${kindLabel(c.kind, lang)}`).join(' · ');
  const build = (limits: Record<keyof typeof lists | 'undated', number>, truncated: boolean): CardJson => {
    const sections: Section[] = [];
    const add = (key: keyof typeof lists, heading: string, color: string, summaryText: string) => {
      if (lists[key].length === 0) return;
      sections.push({ heading: `${heading} (${lists[key].length})`, color, summary: summaryText, lines: lists[key].slice(0, limits[key]) });
    };
    add('overdue', t('digestCard.overdue', lang), 'Attention', '');
    if (digest.olderOverdue > 0) {
      sections.push({
        heading: `${t('digestCard.olderOverdue', lang)} (${digest.olderOverdue})`,
        color: 'Default',
        summary: t('digestCard.olderOverdueHow', lang),
        lines: [],
      });
    }
    add('logged', t('digestCard.loggedSince', lang, { day: formatDay(digest.ranges.logFrom, lang, now) }), 'Accent', counts);
    add('events', t('digestCard.events', lang), 'Accent', '');
    add('deadlines', t('digestCard.deadlines', lang), 'Accent', '');
    add('planned', t('digestCard.planned', lang), 'Accent', '');
    if (digest.undated.length > 0) {
      // One line: what still waits for its date, so it is not forgotten.
      const shown = digest.undated.slice(0, limits.undated).map((i) => cut(i.title));
      const more = digest.undated.length - shown.length;
      sections.push({
        heading: `${t('digestCard.undated', lang)} (${digest.undated.length})`,
        color: 'Default',
        summary: shown.join(' · ') + (more > 0 ? ` ${t('item.andMore', lang, { n: more })}` : ''),
        lines: [],
      });
    }
    add('approvals', t('digestCard.approvals', lang), 'Accent', '');
    sections.push(...gapSection());
    return expand(template, { title, subtitle, note, sections, footer: truncated ? t('digestCard.more', lang) : '' });
  };

  const limits = {
    overdue: lists.overdue.length,
    logged: lists.logged.length,
    events: lists.events.length,
    deadlines: lists.deadlines.length,
    planned: lists.planned.length,
    undated: digest.undated.length,
    approvals: lists.approvals.length,
  };
  let card = build(limits, false);
  // Too big: shorten the longest list by a fifth at a time until it fits (a few rounds even for hundreds of lines).
  while (Buffer.byteLength(JSON.stringify(card), 'utf8') > DIGEST_CARD_BUDGET_BYTES) {
    const longest = (Object.keys(limits) as (keyof typeof limits)[]).reduce((a, b) => (limits[b] > limits[a] ? b : a));
    if (limits[longest] === 0) break;
    limits[longest] = Math.floor(limits[longest] * 0.8);
    card = build(limits, true);
  }
  return { card, summary };
}
