// The card that answers a list pasted after /log: each line with the kind, date and tags it was saved with, or why it
// was not saved, and one Undo for the whole paste. User text goes only into TextRuns, which Teams shows literally.
import type { DateTime } from 'luxon';
import type { Lang, Period } from '../domain/types';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import { MAX_LOG_LIST_LINES } from '../domain/logList';
import { MAX_LOG_TEXT } from '../domain/logText';
import { capitalize } from '../domain/text';
import { formatDay, formatPeriod, t } from '../i18n/catalog';
import { expand, type CardJson } from './render';
import { fitPastedLines, type ExecuteAction } from './itemCards';
import timelineTemplate from './templates/timeline.json';

/** The verbs of a pasted list's buttons (bot/commands/log/logList.ts handles them; readLogListButton reads their
 *  data). */
export const LOG_LIST_VERBS = { undo: 'log.undoList', addEvents: 'log.addListEvents' } as const;

/** One line of the paste as the card shows it. */
export type ListLineView =
  | {
      line: number;
      text: string;
      outcome: 'saved' | 'already';
      kind: EntryKind;
      happenedOn: string;
      period?: Period;
      coming?: Period;
      tags: string[];
    }
  | { line: number; text: string; outcome: 'repeat'; of: number }
  | { line: number; text: string; outcome: 'unread'; why: string }
  /** The list's own heading ("Status på interessevaretagelse – siden sidst"): not an entry, and no fault. */
  | { line: number; text: string; outcome: 'heading' };

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 10_000 ? v : 0);

/** The lines a list card's button carried that are no entry of its paste (a heading, lines not read, repeats, lines
 *  already in the log), checked as anything from a card is: only what reads as such a line is drawn again. */
function otherLinesOf(v: unknown): ListLineView[] {
  if (!Array.isArray(v)) return [];
  return v.slice(0, MAX_LOG_LIST_LINES).flatMap((x): ListLineView[] => {
    const o = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
    const line = num(o.line);
    const text = str(o.text, MAX_LOG_TEXT);
    if (!line || !text) return [];
    if (o.outcome === 'heading') return [{ line, text, outcome: 'heading' }];
    if (o.outcome === 'unread') return [{ line, text, outcome: 'unread', why: str(o.why, 300) }];
    if (o.outcome === 'repeat') return [{ line, text, outcome: 'repeat', of: num(o.of) }];
    const kind = ENTRY_KINDS.find((k) => k === o.kind);
    const day = str(o.happenedOn, 10);
    if (o.outcome !== 'already' || !kind || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return [];
    const tags = Array.isArray(o.tags)
      ? o.tags
          .filter((g): g is string => typeof g === 'string')
          .slice(0, 30)
          .map((g) => g.slice(0, 100))
      : [];
    return [{ line, text, outcome: 'already', kind, happenedOn: day, tags }];
  });
}

/** What a list card's button holds, once read: the paste's entries (their keys), the line each was on, and the
 *  lines that are no entry of it, so the card can be drawn again as it was. At most MAX_LOG_LIST_LINES of each. */
export interface LogListButtonData {
  entries: string[];
  /** The line of each entry (0 where the card gave none). */
  lines: number[];
  others: ListLineView[];
}

export function readLogListButton(raw: Record<string, unknown>): LogListButtonData {
  const entries = Array.isArray(raw.entries) ? raw.entries.filter((k): k is string => typeof k === 'string') : [];
  return {
    entries: entries.slice(0, MAX_LOG_LIST_LINES).map((k) => k.slice(0, 300)),
    lines: Array.isArray(raw.lines) ? raw.lines.slice(0, MAX_LOG_LIST_LINES).map(num) : [],
    others: otherLinesOf(raw.others),
  };
}

function whenOf(l: { happenedOn: string; period?: Period; coming?: Period }, lang: Lang, today: DateTime): string {
  const on = l.period ? formatPeriod(l.period, lang, today) : formatDay(l.happenedOn, lang, today);
  if (!l.coming) return on;
  const coming = l.coming.form.kind === 'day' ? formatDay(l.coming.start, lang, today) : formatPeriod(l.coming, lang, today);
  return `${on} · ${t('logList.coming', lang, { when: coming })}`;
}

function rowOf(l: ListLineView, lang: Lang, today: DateTime, struck: boolean) {
  if (l.outcome === 'heading') return { title: l.text, period: t('logList.heading', lang), status: '', color: 'Default', struck: false };
  if (l.outcome === 'unread') return { title: l.text, period: l.why, status: '', color: 'Attention', struck: false };
  if (l.outcome === 'repeat')
    return { title: l.text, period: t('logList.repeat', lang, { line: l.of }), status: '', color: 'Attention', struck: false };
  const status = [...(l.outcome === 'already' ? [t('logList.already', lang)] : []), ...(l.tags.length ? [l.tags.join(', ')] : [])].join(
    ' · ',
  );
  return { title: l.text, period: `${capitalize(kindLabel(l.kind, lang))} · ${whenOf(l, lang, today)}`, status, color: 'Default', struck };
}

/** What "Tilføj kommende som arrangementer" did: events added (by whom) and those of that day and name already there. */
export interface ListEventsAdded {
  added: number;
  existed: number;
  by: string;
}

/**
 * The pasted list, read: `state` 'saved' offers Undo for the entries it saved (`keys`, with their line numbers in
 * `lines`), and, while some of them announce a coming date, to add those as events; 'undone' shows them struck.
 */
export function logListCard(
  lines: ListLineView[],
  opts: {
    lang: Lang;
    today: DateTime;
    state: 'saved' | 'undone';
    keys: string[];
    removed?: number;
    events?: ListEventsAdded;
  },
): CardJson {
  const { lang, today } = opts;
  const saved = lines.filter((l) => l.outcome === 'saved').length;
  const already = lines.filter((l) => l.outcome === 'already').length;
  const bad = lines.filter((l) => l.outcome === 'unread').length;
  const title =
    opts.state === 'undone'
      ? t('logList.undone', lang, { n: opts.removed ?? 0 })
      : [
          saved === 0 && already > 0 ? t('logList.nothingNew', lang) : t('logList.title', lang, { saved }),
          ...(already ? [t('logList.titleAlready', lang, { already })] : []),
          ...(bad ? [t('logList.titleBad', lang, { bad })] : []),
        ].join('; ');
  const ev = opts.events;
  const note = [
    ...(opts.state === 'saved' && bad > 0 ? [t('logList.badNote', lang)] : []),
    ...(ev && ev.added > 0 ? [t('logList.eventsAdded', lang, { n: ev.added, by: ev.by })] : []),
    ...(ev && ev.existed > 0 ? [t('logList.eventsExisted', lang, { n: ev.existed })] : []),
  ].join(' ');
  const saving = opts.state === 'saved' && opts.keys.length > 0;
  const coming = lines.some((l) => l.outcome === 'saved' && l.coming);
  // The button carries the lines that are no entry of this paste, so the card can be drawn again as it was.
  const others = lines.filter((l) => l.outcome !== 'saved');
  const lineNumbers = lines.flatMap((l) => (l.outcome === 'saved' ? [l.line] : []));
  const actions: ExecuteAction[] = [
    ...(saving
      ? [{ type: 'Action.Execute' as const, title: t('logList.undo', lang), verb: LOG_LIST_VERBS.undo, data: { entries: opts.keys, lang } }]
      : []),
    ...(saving && coming && !ev
      ? [
          {
            type: 'Action.Execute' as const,
            title: t('logList.addEvents', lang),
            verb: LOG_LIST_VERBS.addEvents,
            data: { entries: opts.keys, lines: lineNumbers, others, lang },
          },
        ]
      : []),
  ];
  const rows = lines.map((l) => rowOf(l, lang, today, opts.state === 'undone' && l.outcome === 'saved'));
  return fitPastedLines(rows, (shown, hidden) =>
    expand(timelineTemplate, {
      title,
      note,
      noteColor: bad > 0 && opts.state === 'saved' ? 'Attention' : 'Good',
      lines: shown,
      actions,
      hidden: hidden > 0 ? t('logList.hidden', lang, { n: hidden }) : '',
    }),
  );
}
