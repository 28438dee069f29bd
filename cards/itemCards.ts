// Cards for events and deadlines: a listing grouped by week or month (with Done on every item and "more" paging),
// the card that confirms one saved item, and the card that shows how a pasted timeline was read (with Undo).
// User text (titles, places, pasted lines) goes only into TextRuns, which Teams shows literally.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { Item } from '../domain/items';
import type { DueEntry, DueGroup } from '../domain/due';
import { formatDay, formatPeriod } from '../domain/periodFormat';
import type { TimelineLine } from '../domain/timeline';
import { expand, type CardJson } from './render';
import listingTemplate from './templates/items.json';
import timelineTemplate from './templates/timeline.json';
import savedTemplate from './templates/itemSaved.json';

/** Teams refuses messages over 28 KB; a listing page stays well under, leaving room for the activity around it. */
export const MAX_LISTING_BYTES = 24 * 1024;

const T = {
  da: {
    deadline: 'Frist', event: 'Arrangement', undated: 'dato ikke fastsat', done: 'Færdig', undo: 'Fortryd',
    overdue: 'overskredet', ongoing: 'i gang', isDone: 'færdig', held: 'afholdt', ended: 'afsluttet', notMarked: 'ikke markeret færdig', more: (n: number) => `Vis flere (${n} mere)`,
    at: (h: string) => `kl. ${h}`, undoPaste: 'Fortryd hele indsætningen',
  },
  en: {
    deadline: 'Deadline', event: 'Event', undated: 'date not set', done: 'Done', undo: 'Undo',
    overdue: 'overdue', ongoing: 'ongoing', isDone: 'done', held: 'held', ended: 'ended', notMarked: 'not marked done', more: (n: number) => `Show more (${n} more)`,
    at: (h: string) => `at ${h}`, undoPaste: 'Undo the whole paste',
  },
};

/** "09.00" in Danish, "09:00" in English: how each writes a time of day. */
export function clockText(time: { hour: number; minute: number }, lang: Lang): string {
  const sep = lang === 'da' ? '.' : ':';
  return `${String(time.hour).padStart(2, '0')}${sep}${String(time.minute).padStart(2, '0')}`;
}

export function timeText(time: { hour: number; minute: number }, lang: Lang): string {
  return T[lang].at(clockText(time, lang));
}

/** When an item is, the way a colleague writes it: "torsdag d. 7. november kl. 09.00", "medio august" as
 *  "midt august", "senest 15. december", or "dato ikke fastsat". */
export function whenText(item: Item, lang: Lang, today?: DateTime): string {
  if (!item.period) return T[lang].undated;
  const p = item.period;
  const base = p.form.kind === 'day' ? formatDay(p.start, lang, today) : formatPeriod(p, lang, today);
  return item.time ? `${base} ${timeText(item.time, lang)}` : base;
}

type Inline = { type: 'TextRun'; text: string; isSubtle?: boolean; size?: string; color?: string };

/** The line under a title: kind · when · state, then the place (user text, so its own TextRun). */
function detailRuns(item: Item, lang: Lang, today: DateTime | undefined, state?: DueEntry['state']): Inline[] {
  const parts = [item.type === 'event' ? T[lang].event : T[lang].deadline, whenText(item, lang, today)];
  if (state === 'overdue') parts.push(T[lang].overdue);
  else if (state === 'ongoing') parts.push(T[lang].ongoing);
  else if (state === 'past' && !item.done) {
    parts.push(item.type === 'event' ? T[lang].held : item.period?.form.kind === 'span' ? T[lang].ended : T[lang].notMarked);
  }
  if (item.done) parts.push(T[lang].isDone);
  const runs: Inline[] = [{ type: 'TextRun', text: parts.join(' · '), isSubtle: state !== 'overdue', size: 'Small',
    ...(state === 'overdue' ? { color: 'Attention' } : {}) }];
  if (item.place) runs.push({ type: 'TextRun', text: ` · ${item.place}`, isSubtle: true, size: 'Small' });
  return runs;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

export function doneButton(item: Item, lang: Lang, extra: Record<string, unknown> = {}): { title: string; verb: string; data: Record<string, unknown> } {
  return item.done
    ? { title: T[lang].undo, verb: 'item.undone', data: { id: item.id, lang, ...extra } }
    : { title: T[lang].done, verb: 'item.done', data: { id: item.id, lang, ...extra } };
}

export interface ListingCardInput {
  lang: Lang;
  today: DateTime;
  title: string;
  /** Shown under the title (e.g. "nothing due"); '' for none. */
  note: string;
  groups: DueGroup[];
  /** Extra data for each item's button, so the listing can be drawn again after a press. */
  buttonData: Record<string, unknown>;
  /** The "more" button, when there is a next page. */
  more?: { remaining: number; data: Record<string, unknown> };
  /** Buttons after "more" (the older overdue deadlines' "show" and "mark all done"). */
  extraActions?: ExecuteAction[];
}

export function listingCard(input: ListingCardInput): CardJson {
  const { lang, today } = input;
  const groups = input.groups.map((g) => ({
    heading: g.heading,
    color: g.key === 'overdue' ? 'Attention' : 'Accent',
    rows: g.entries.map((e) => ({
      title: e.item.title,
      color: e.state === 'overdue' ? 'Attention' : 'Default',
      done: e.item.done,
      details: detailRuns(e.item, lang, today, e.state),
      button: doneButton(e.item, lang, input.buttonData),
    })),
  }));
  const actions: ExecuteAction[] = [
    ...(input.more ? [{ type: 'Action.Execute' as const, title: T[lang].more(input.more.remaining), verb: 'due.more', data: { lang, ...input.more.data } }] : []),
    ...(input.extraActions ?? []),
  ];
  return expand(listingTemplate, { title: input.title, note: input.note, groups, actions });
}

export function cardBytes(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** One saved (or just changed) item, with its Done / Undo button. */
export function itemCard(item: Item, lang: Lang, today: DateTime, heading: string, note = '', headingColor = 'Good'): CardJson {
  const button = doneButton(item, lang);
  return expand(savedTemplate, {
    heading, headingColor, title: item.title, done: item.done, note,
    details: detailRuns(item, lang, today),
    actions: [{ type: 'Action.Execute', ...button }],
  });
}

const TL = {
  da: {
    title: (saved: number, bad: number) =>
      `${saved === 1 ? '1 frist' : `${saved} frister`} gemt` + (bad > 0 ? `, ${bad === 1 ? '1 linje' : `${bad} linjer`} kunne ikke læses` : ''),
    duplicate: 'Den tidsplan er allerede gemt; intet er gemt to gange.',
    undone: (n: number) => `Fortrudt: ${n === 1 ? '1 frist' : `${n} frister`} fjernet igen.`,
    noDate: 'ingen dato fundet: ikke gemt',
    noTitle: 'ingen titel før datoen: ikke gemt',
    impossible: (d: string) => `"${d}" findes ikke: ikke gemt`,
    reversed: (d: string) => `"${d}" slutter før den begynder: ikke gemt`,
    hidden: (n: number) => `… og ${n === 1 ? '1 linje' : `${n} linjer`} mere, som er gemt. Se alle med /deadlines.`,
    badNote: 'Linjer med rødt er ikke gemt. Skriv dem igen som /frist <titel> <dato>, fx /frist Aflevering af rapport senest d. 15. december.',
  },
  en: {
    title: (saved: number, bad: number) =>
      `${saved === 1 ? '1 deadline' : `${saved} deadlines`} saved` + (bad > 0 ? `, ${bad === 1 ? '1 line' : `${bad} lines`} could not be read` : ''),
    duplicate: 'That timeline is already saved; nothing was saved twice.',
    undone: (n: number) => `Undone: ${n === 1 ? '1 deadline' : `${n} deadlines`} removed again.`,
    noDate: 'no date found: not saved',
    noTitle: 'no title before the date: not saved',
    impossible: (d: string) => `"${d}" does not exist: not saved`,
    reversed: (d: string) => `"${d}" ends before it begins: not saved`,
    hidden: (n: number) => `… and ${n === 1 ? '1 more line' : `${n} more lines`}, saved. See them all with /deadlines.`,
    badNote: 'Lines in red were not saved. Write them again as /deadline <title> <date>, e.g. /deadline Final report by 15 December.',
  },
};

export type TimelineState = 'saved' | 'duplicate' | 'undone';

/** How each pasted line was read: title and period, or why it was not saved. Undo removes the whole paste. */
export function timelineCard(lines: TimelineLine[], opts: { lang: Lang; today: DateTime; batchId: string; state: TimelineState; removed?: number }): CardJson {
  const { lang, today } = opts;
  const t = TL[lang];
  const good = lines.filter((l) => 'period' in l).length;
  const bad = lines.length - good;
  const rows = lines.map((l) => {
    if ('period' in l) {
      return { title: l.title, period: formatPeriod(l.period, lang, today), color: 'Default', struck: opts.state === 'undone' };
    }
    const why = l.error === 'noDate' ? t.noDate : l.error === 'noTitle' ? t.noTitle
      : l.error === 'impossible' ? t.impossible(l.detail ?? '') : t.reversed(l.detail ?? '');
    return { title: l.text, period: why, color: 'Attention', struck: false };
  });
  const note = opts.state === 'undone' ? '' : opts.state === 'duplicate' ? t.duplicate : bad > 0 ? t.badNote : '';
  const actions: ExecuteAction[] = opts.state !== 'undone' && good > 0
    ? [{ type: 'Action.Execute', title: T[lang].undoPaste, verb: 'timeline.undo', data: { batchId: opts.batchId, lang } }]
    : [];
  const title = opts.state === 'undone' ? t.undone(opts.removed ?? 0) : t.title(good, bad);
  const noteColor = bad > 0 && opts.state === 'saved' ? 'Attention' : 'Default';
  // A very long paste: every unreadable line stays in sight, and as many read lines as fit Teams' card size.
  let shownGood = good;
  for (;;) {
    let goodLeft = shownGood;
    const shown = rows.filter((r) => r.color === 'Attention' || goodLeft-- > 0);
    const hidden = rows.length - shown.length;
    const card = expand(timelineTemplate, { title, note, noteColor, lines: shown, actions, hidden: hidden > 0 ? t.hidden(hidden) : '' });
    if (cardBytes(card) <= MAX_LISTING_BYTES || shownGood === 0) return card;
    shownGood = Math.floor(shownGood * 0.7);
  }
}
