// The card that answers a list pasted after /log: each line with the kind, date and tags it was saved with, or why it
// was not saved, and one Undo for the whole paste. User text goes only into TextRuns, which Teams shows literally.
import type { DateTime } from 'luxon';
import type { Lang, Period } from '../domain/types';
import { kindLabel, type EntryKind } from '../domain/vocabulary';
import { capitalize } from '../domain/text';
import { formatDay, formatPeriod, t } from '../i18n/catalog';
import { expand, type CardJson } from './render';
import { fitPastedLines, type ExecuteAction } from './itemCards';
import timelineTemplate from './templates/timeline.json';

/** The verbs of a pasted list's buttons (bot/commands/log/logList.ts handles them). */
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
