// The weekly digest card: overdue deadlines first, then the week's log (counts by kind, then the entries and who
// logged them), then events and deadlines ahead. It always fits Teams' 28 KB: beyond that it points to /find and /due.
import type { DateTime } from 'luxon';
import type { Digest, DigestLogEntry } from '../domain/digest';
import { daysBetween, writtenDay } from '../domain/digest';
import type { Item } from '../domain/items';
import { keyDate } from '../domain/items';
import { formatDay, formatPeriod } from '../domain/periodFormat';
import { kindLabel } from '../domain/vocabulary';
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import { timeText } from './itemCards';
import template from './templates/digest.json';

/** Room left for the activity around the card within Teams' 28 KB message limit. */
export const DIGEST_CARD_BUDGET_BYTES = 26 * 1024;

/** A log entry's text is cut here on the card; /find shows it whole. */
const MAX_TEXT_CHARS = 280;

interface Line { lead: string; main: string; detail: string }
interface Section { heading: string; color: string; summary: string; lines: Line[] }

const TEXT = {
  da: {
    title: 'Ugens overblik',
    week: 'uge',
    overdue: 'Overskredne frister',
    logged: 'Logget siden',
    events: 'Arrangementer de næste 14 dage',
    deadlines: 'Frister de næste 30 dage',
    quiet: 'En stille uge: intet logget de seneste syv dage, og intet på vej de næste 30 dage.',
    more: 'Der er mere, end et kort kan rumme: skriv /søg for loggen og /frister for det, der kommer.',
    moved: 'Flyttet fra {day} ({holiday}).',
    by: 'logget af',
    about: (date: string, written: string) => `handler om ${date}, logget ${written}`,
    olderOverdue: 'Ældre overskredne frister',
    olderOverdueHow: 'Skriv /frister overskredet for at se dem og markere dem færdige på én gang.',
    dueWas: 'fristen var',
    daysAgo: (n: number) => (n === 1 ? '1 dag siden' : `${n} dage siden`),
    today: 'i dag',
    tomorrow: 'i morgen',
    inDays: (n: number) => `om ${n} dage`,
  },
  en: {
    title: 'Weekly digest',
    week: 'week',
    overdue: 'Overdue deadlines',
    logged: 'Logged since',
    events: 'Events in the next 14 days',
    deadlines: 'Deadlines in the next 30 days',
    quiet: 'A quiet week: nothing logged in the last seven days, and nothing coming in the next 30 days.',
    more: 'There is more than a card can hold: type /find for the log and /due for what is coming.',
    moved: 'Moved from {day} ({holiday}).',
    by: 'logged by',
    about: (date: string, written: string) => `about ${date}, logged ${written}`,
    olderOverdue: 'Older overdue deadlines',
    olderOverdueHow: 'Type /due overdue to see them and mark them done in one go.',
    dueWas: 'was due',
    daysAgo: (n: number) => (n === 1 ? '1 day ago' : `${n} days ago`),
    today: 'today',
    tomorrow: 'tomorrow',
    inDays: (n: number) => `in ${n} days`,
  },
} as const;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The notification line: what the digest holds, as one sentence. */
export function digestSummary(digest: Digest, lang: Lang): string {
  if (digest.quiet) return lang === 'da' ? 'Ugens overblik: en stille uge.' : 'Weekly digest: a quiet week.';
  const parts: string[] = lang === 'da'
    ? [
        plural(digest.logged.length, 'ting logget', 'ting logget'),
        ...(digest.overdue.length ? [plural(digest.overdue.length, 'overskredet frist', 'overskredne frister')] : []),
        ...(digest.events.length ? [plural(digest.events.length, 'arrangement', 'arrangementer') + ' på vej'] : []),
        ...(digest.deadlines.length ? [plural(digest.deadlines.length, 'frist', 'frister') + ' på vej'] : []),
      ]
    : [
        `${digest.logged.length} logged`,
        ...(digest.overdue.length ? [plural(digest.overdue.length, 'overdue deadline', 'overdue deadlines')] : []),
        ...(digest.events.length ? [plural(digest.events.length, 'event', 'events') + ' coming up'] : []),
        ...(digest.deadlines.length ? [plural(digest.deadlines.length, 'deadline', 'deadlines') + ' coming up'] : []),
      ];
  const last = parts.pop()!;
  const joined = parts.length ? `${parts.join(', ')} ${lang === 'da' ? 'og' : 'and'} ${last}` : last;
  return `${TEXT[lang].title}: ${joined}.`;
}

function cut(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_TEXT_CHARS ? oneLine.slice(0, MAX_TEXT_CHARS - 1) + '…' : oneLine;
}

function relative(today: string, date: string, lang: Lang): string {
  const t = TEXT[lang];
  const n = daysBetween(today, date);
  return n === 0 ? t.today : n === 1 ? t.tomorrow : t.inDays(n);
}

function logLine(entry: DigestLogEntry, lang: Lang, now: DateTime): Line {
  const about = entry.period ? formatPeriod(entry.period, lang, now) : formatDay(entry.happenedOn, lang, now);
  const written = writtenDay(entry, now);
  // A backdated entry (logged after the day it is about) says both, so nothing reads as if it happened this week.
  const when = entry.period || written !== entry.happenedOn ? TEXT[lang].about(about, formatDay(written, lang, now)) : about;
  return {
    lead: `${kindLabel(entry.kind, lang)}: `,
    main: cut(entry.text),
    detail: ` (${when}, ${TEXT[lang].by} ${entry.authorName || '?'})`,
  };
}

function itemLine(item: Item, lang: Lang, now: DateTime, today: string, overdue: boolean): Line {
  const period = item.period ? formatPeriod(item.period, lang, now) : '';
  const date = keyDate(item)!;
  const time = item.time ? ` ${timeText(item.time, lang)}` : '';
  const when = overdue
    ? `${TEXT[lang].dueWas} ${period}, ${TEXT[lang].daysAgo(daysBetween(date, today))}`
    : `${period}${time}, ${relative(today, date, lang)}`;
  return { lead: cut(item.title), main: ` ${when}`, detail: item.place ? ` · ${cut(item.place)}` : ' ' };
}

export interface DigestCardOptions {
  /** The digest was moved off a closed day: that day and the holiday's name. */
  movedFrom?: { date: string; holiday: string };
}

/** The digest as an Adaptive Card (1.5) under the size budget, and the notification summary. */
export function digestCard(digest: Digest, lang: Lang, now: DateTime, opts: DigestCardOptions = {}): { card: CardJson; summary: string } {
  const t = TEXT[lang];
  const today = digest.ranges.today;
  const summary = digestSummary(digest, lang);
  const subtitle = `${t.week} ${now.weekNumber} · ${formatDay(today, lang, now)}`;
  const note = opts.movedFrom ? t.moved.replace('{day}', formatDay(opts.movedFrom.date, lang, now)).replace('{holiday}', opts.movedFrom.holiday) : '';
  if (digest.quiet) {
    return { card: expand(template, { title: t.title, subtitle, note, sections: [], footer: t.quiet }), summary };
  }

  const lists = {
    overdue: digest.overdue.map((i) => itemLine(i, lang, now, today, true)),
    logged: digest.logged.map((e) => logLine(e, lang, now)),
    events: digest.events.map((i) => itemLine(i, lang, now, today, false)),
    deadlines: digest.deadlines.map((i) => itemLine(i, lang, now, today, false)),
  };
  const counts = digest.counts.map((c) => `${c.count} ${kindLabel(c.kind, lang)}`).join(' · ');
  const build = (limits: Record<keyof typeof lists, number>, truncated: boolean): CardJson => {
    const sections: Section[] = [];
    const add = (key: keyof typeof lists, heading: string, color: string, summaryText: string) => {
      if (lists[key].length === 0) return;
      sections.push({ heading: `${heading} (${lists[key].length})`, color, summary: summaryText, lines: lists[key].slice(0, limits[key]) });
    };
    add('overdue', t.overdue, 'Attention', '');
    if (digest.olderOverdue > 0) sections.push({ heading: `${t.olderOverdue} (${digest.olderOverdue})`, color: 'Default', summary: t.olderOverdueHow, lines: [] });
    add('logged', `${t.logged} ${formatDay(digest.ranges.logFrom, lang, now)}`, 'Accent', counts);
    add('events', t.events, 'Accent', '');
    add('deadlines', t.deadlines, 'Accent', '');
    return expand(template, { title: t.title, subtitle, note, sections, footer: truncated ? t.more : '' });
  };

  const limits = { overdue: lists.overdue.length, logged: lists.logged.length, events: lists.events.length, deadlines: lists.deadlines.length };
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
