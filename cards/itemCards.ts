// Cards for events and deadlines: a listing grouped by week or month (with Done on every item and "more" paging),
// the card that confirms one saved item, and the card that shows how a pasted timeline was read (with Undo).
// User text (titles, places, pasted lines) goes only into TextRuns, which Teams shows literally.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { Item } from '../domain/items';
import type { DueEntry, DueGroup } from '../domain/due';
import { formatDay, formatPeriod, itemKindText, t, timeText, type MessageId } from '../i18n/catalog';
import type { TimelineLine } from '../domain/timeline';
import { expand, MAX_CARD_ACTIONS, withinTeamsLimit, type CardJson } from './render';
import listingTemplate from './templates/items.json';
import timelineTemplate from './templates/timeline.json';
import { approvalCard, APPROVAL_VERBS, tallyText } from './approvalCards';
import savedTemplate from './templates/itemSaved.json';
import { historyButton } from './historyButton';
import planFormTemplate from './templates/planForm.json';
import handOverTemplate from './templates/handOver.json';

/** The verbs of the item cards' and listings' buttons (bot/commands/items/itemButtons.ts handles them). */
export const ITEM_VERBS = {
  done: 'item.done',
  undone: 'item.undone',
  doneOverdue: 'item.doneOverdue',
  restore: 'item.restore',
  /** Slet on an event's or a deadline's card, and its Fortryd. */
  remove: 'item.delete',
  putBack: 'item.putBack',
  /** A listing's "Vis flere" and "Vis ældre". */
  more: 'due.more',
  /** Undo of a pasted timeline. */
  undoPaste: 'timeline.undo',
} as const;

/** The verbs of a plan's buttons (bot/commands/plans/plan.ts) and of the owner buttons on every open item
 *  (bot/commands/plans/ownerButtons.ts); their data is read by readPlanButton and readOwnerButton (cards/itemButton.ts). */
export const PLAN_VERBS = {
  done: 'plan.done',
  undo: 'plan.undo',
  remove: 'plan.delete',
  putBack: 'plan.putBack',
  edit: 'plan.edit',
  update: 'plan.update',
  create: 'plan.create',
} as const;
export const OWNER_VERBS = { take: 'owner.take', release: 'owner.release', handOver: 'owner.handOver', give: 'owner.give' } as const;

/** Jeg tager den / Slip den on an open item: who holds the thread, changed for everyone from the card. */
function ownerButtons(item: Item, lang: Lang): ExecuteAction[] {
  if (item.done) return [];
  const handOver: ExecuteAction = {
    type: 'Action.Execute',
    title: t('owner.handOverButton', lang),
    verb: OWNER_VERBS.handOver,
    data: { id: item.id, lang },
  };
  return item.owner
    ? [{ type: 'Action.Execute', title: t('owner.releaseButton', lang), verb: OWNER_VERBS.release, data: { id: item.id, lang } }, handOver]
    : [{ type: 'Action.Execute', title: t('owner.takeButton', lang), verb: OWNER_VERBS.take, data: { id: item.id, lang } }, handOver];
}

/** Giv videre: the team's members to choose from (a list Teams filters as one types; the value is the colleague's
 *  Entra object id), only for the presser. */
export function handOverCard(item: Item, people: readonly { name: string; aadObjectId: string }[], lang: Lang): CardJson {
  return expand(handOverTemplate, {
    heading: t('owner.pickHeading', lang),
    title: item.title,
    label: t('owner.pickPlaceholder', lang),
    error: t('owner.pickError', lang),
    button: t('owner.handOverButton', lang),
    verb: OWNER_VERBS.give,
    data: { id: item.id, lang },
    people,
  });
}

/**
 * The actions in their order within Teams' five buttons: when there are more, the most needed (lowest number) four stay
 * and the rest go, least needed last, under one "Mere" (withinTeamsLimit), so none is out of reach.
 */
function fitted<A extends object>(actions: Array<[A, number]>, moreTitle: string): object[] {
  if (actions.length <= MAX_CARD_ACTIONS) return actions.map(([a]) => a);
  const byNeed = [...actions].sort((a, b) => a[1] - b[1]).map(([a]) => a);
  const first = new Set(byNeed.slice(0, MAX_CARD_ACTIONS - 1));
  return withinTeamsLimit([...actions.filter(([a]) => first.has(a)).map(([a]) => a), ...byNeed.slice(MAX_CARD_ACTIONS - 1)], moreTitle);
}

/** Ret and Slet on a plan's card. */
function planButtons(item: Item, lang: Lang): ExecuteAction[] {
  if (item.type !== 'plan' || item.done) return [];
  return [
    { type: 'Action.Execute', title: t('button.edit', lang), verb: PLAN_VERBS.edit, data: { id: item.id, lang } },
    { type: 'Action.Execute', title: t('button.delete', lang), verb: PLAN_VERBS.remove, data: { id: item.id, lang } },
  ];
}

/** A line as a card shows it: its beginning and "…" past `max` characters. */
function clipped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Teams refuses messages over 28 KB; a listing page stays well under, leaving room for the activity around it. */
export const MAX_LISTING_BYTES = 24 * 1024;

/** When an item is, the way a colleague writes it: "torsdag d. 7. november kl. 09.00", "medio august" as
 *  "midt august", "senest 15. december", or "dato ikke fastsat". */
export function whenText(item: Item, lang: Lang, today?: DateTime): string {
  if (!item.period) return t('item.undated', lang);
  const p = item.period;
  const base = p.form.kind === 'day' ? formatDay(p.start, lang, today) : formatPeriod(p, lang, today);
  return item.time ? `${base} ${timeText(item.time, lang)}` : base;
}

type Inline = { type: 'TextRun'; text: string; isSubtle?: boolean; size?: string; color?: string };

/** The line under a title: kind · when · state, then the place (user text, so its own TextRun). */
function detailRuns(item: Item, lang: Lang, today: DateTime | undefined, state?: DueEntry['state']): Inline[] {
  const parts = [itemKindText(item.type, lang), whenText(item, lang, today)];
  if (state === 'overdue') parts.push(t('item.overdue', lang));
  else if (state === 'ongoing') parts.push(t('item.ongoing', lang));
  else if (state === 'coming')
    parts.push(t('report.state.coming', lang)); // the word /status uses for it
  else if (state === 'past' && !item.done) {
    // Past and not done: an event was held, a period ended; only a deadline's "not marked done" is a loose end.
    parts.push(t(item.type === 'event' ? 'item.held' : item.period?.form.kind === 'span' ? 'item.ended' : 'item.notMarked', lang));
  }
  if (item.done) parts.push(t('item.isDone', lang));
  const tally = tallyText(item, lang);
  if (tally && !item.done) parts.push(tally);
  const runs: Inline[] = [
    {
      type: 'TextRun',
      text: parts.join(' · '),
      isSubtle: state !== 'overdue',
      size: 'Small',
      ...(state === 'overdue' ? { color: 'Attention' } : {}),
    },
  ];
  if (item.place) runs.push({ type: 'TextRun', text: ` · ${item.place}`, isSubtle: true, size: 'Small' });
  if (item.owner) {
    runs.push({ type: 'TextRun', text: ` · ${t('owner.label', lang, { name: item.owner.name })}`, isSubtle: true, size: 'Small' });
  }
  return runs;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** A listing's "Vis ældre": the deadlines missed long ago, as their own view (`view`: bot/commands/items/itemListing.ts). */
export function showOlderButton(lang: Lang, view: object): ExecuteAction {
  return { type: 'Action.Execute', title: t('listing.showOlder', lang), verb: ITEM_VERBS.more, data: { lang, view } };
}

/** "Markér alle n som færdige": the overdue deadlines of `view` due before `before`, done together. */
export function doneAllButton(lang: Lang, n: number, before: string, view: object): ExecuteAction {
  return { type: 'Action.Execute', title: t('listing.doneAll', lang, { n }), verb: ITEM_VERBS.doneOverdue, data: { lang, before, view } };
}

/** Fortryd on an item a repeated /frist or /arrangement changed: the item as it was (bot/commands/items/itemButtons.ts). */
export function restoreButton(itemId: string, lang: Lang): ExecuteAction {
  return { type: 'Action.Execute', title: t('button.undo', lang), verb: ITEM_VERBS.restore, data: { u: itemId, lang } };
}

/** A button that opens an address (a calendar file's fresh link). */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** The verb of "Tilføj til kalender" (bot/commands/calendar.ts answers it). */
export const ADD_TO_CALENDAR_VERB = 'calendar.item';

/** "Tilføj til kalender"'s data, once read: the item (an item card names it `id`, a reminder card `itemId`). */
export interface CalendarButtonData {
  itemId: string;
}

export function readCalendarButton(raw: Record<string, unknown>): CalendarButtonData {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { itemId: str(raw.id) || str(raw.itemId) };
}

/** "Tilføj til kalender" (bot/commands/calendar.ts answers it with a fresh link to the item's .ics). */
export function calendarButton(item: Item, lang: Lang): ExecuteAction {
  return { type: 'Action.Execute', title: t('button.addToCalendar', lang), verb: ADD_TO_CALENDAR_VERB, data: { id: item.id, lang } };
}

/** Done (or Undo once done) for an item; none for an event that is over: it was held, there is nothing to mark. */
export function doneButton(
  item: Item,
  lang: Lang,
  today: DateTime,
  extra: Record<string, unknown> = {},
): { title: string; verb: string; data: Record<string, unknown> } | undefined {
  // A plan is done by doing it: Gjort logs it (bot/commands/plans/plan.ts), and its Undo takes the entry back too.
  if (item.type === 'plan') {
    return item.done
      ? { title: t('button.undo', lang), verb: PLAN_VERBS.undo, data: { id: item.id, lang, ...extra } }
      : { title: t('button.didIt', lang), verb: PLAN_VERBS.done, data: { id: item.id, lang, ...extra } };
  }
  if (!item.done && item.type === 'event' && item.period && item.period.end < today.toISODate()!) return undefined;
  return item.done
    ? { title: t('button.undo', lang), verb: ITEM_VERBS.undone, data: { id: item.id, lang, ...extra } }
    : { title: t('button.done', lang), verb: ITEM_VERBS.done, data: { id: item.id, lang, ...extra } };
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
    rows: g.entries.map((e) => {
      const button = doneButton(e.item, lang, today, input.buttonData);
      return {
        title: e.item.title,
        color: e.state === 'overdue' ? 'Attention' : 'Default',
        done: e.item.done,
        details: detailRuns(e.item, lang, today, e.state),
        // The template needs a button's fields either way; hasButton leaves the column out.
        button: button ?? { title: '', verb: '', data: {} },
        hasButton: button !== undefined,
      };
    }),
  }));
  const actions: ExecuteAction[] = [
    ...(input.more
      ? [
          {
            type: 'Action.Execute' as const,
            title: t('button.showMoreCount', lang, { n: input.more.remaining }),
            verb: ITEM_VERBS.more,
            data: { lang, ...input.more.data },
          },
        ]
      : []),
    ...(input.extraActions ?? []),
  ];
  return expand(listingTemplate, { title: input.title, note: input.note, groups, actions });
}

export function cardBytes(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** One saved (or just changed) item, with its Done / Undo button (and `extraActions`); an open deadline also offers to
 *  become an approval run ("Godkendelse i alle kommuner"), and an approval run shows its tally (cards/approvalCards.ts). */
export function itemCard(
  item: Item,
  lang: Lang,
  today: DateTime,
  heading: string,
  note = '',
  headingColor = 'Good',
  extraActions: Array<ExecuteAction | OpenUrlAction> = [],
  lastMarked?: string,
): CardJson {
  const button = doneButton(item, lang, today);
  const done: ExecuteAction[] = button ? [{ type: 'Action.Execute', ...button }] : [];
  if (item.approvers?.length) {
    const details = [t('item.kind.deadline', lang), whenText(item, lang, today), ...(item.done ? [t('item.isDone', lang)] : [])].join(
      ' · ',
    );
    const actions = [...done, ...extraActions, calendarButton(item, lang), deleteButton(item, lang)];
    return approvalCard(item, lang, today, { heading, headingColor, details, lastMarked, note, actions });
  }
  const perMunicipality =
    item.type === 'deadline' && !item.done
      ? [{ type: 'Action.Execute', title: t('approval.perMunicipality', lang), verb: APPROVAL_VERBS.start, data: { id: item.id, lang } }]
      : [];
  const history: ExecuteAction = { type: 'Action.Execute', ...historyButton({ kind: 'item', id: item.id }, lang) };
  const [take, handOver] = ownerButtons(item, lang);
  // Teams shows five buttons on a card: when there are more, the least needed go under "Mere" (Historik is also
  // /historik, Giv videre also ansvarlig @Navn, Slet also /slet).
  type Action = ExecuteAction | OpenUrlAction;
  const ranked = (actions: readonly Action[], rank: number) => actions.map((a): [Action, number] => [a, rank]);
  const actions = fitted(
    [
      ...ranked(done, 0),
      ...ranked(extraActions, 1),
      ...ranked(take ? [take] : [], 3),
      ...ranked(handOver ? [handOver] : [], 5),
      ...ranked(planButtons(item, lang), 2),
      [calendarButton(item, lang), 3],
      [history, 6],
      ...ranked(perMunicipality as ExecuteAction[], 4),
      // Slet on an event or a deadline (a plan's is among its own buttons).
      ...ranked(item.type === 'plan' ? [] : [deleteButton(item, lang)], 4),
    ],
    t('button.more', lang),
  );
  const details = detailRuns(item, lang, today);
  return expand(savedTemplate, { heading, headingColor, title: item.title, done: item.done, note, details, actions });
}

/** Slet on an item's card: the item gone for everyone, with Fortryd (bot/commands/items/itemButtons.ts). */
export function deleteButton(item: Item, lang: Lang): ExecuteAction {
  return { type: 'Action.Execute', title: t('button.delete', lang), verb: ITEM_VERBS.remove, data: { id: item.id, lang } };
}

/** After Slet: the item struck through, who deleted it, and Fortryd, which puts it back as it was. */
export function deletedItemCard(item: Item, lang: Lang, today: DateTime, by: string): CardJson {
  return expand(savedTemplate, {
    heading: t('item.deletedBy', lang, { by: by || '?' }),
    headingColor: 'Attention',
    title: item.title,
    done: true,
    note: t('item.deletedNote', lang),
    details: detailRuns(item, lang, today),
    actions: [
      { type: 'Action.Execute', title: t('button.undo', lang), verb: ITEM_VERBS.putBack, data: { id: item.id, lang } },
      { type: 'Action.Execute', ...historyButton({ kind: 'item', id: item.id }, lang) },
    ],
  });
}

/** "Tilføj til kalender"'s answer, for the presser alone: the item's card with the link to its .ics file. */
export function itemCalendarFileCard(item: Item, lang: Lang, today: DateTime, url: string): CardJson {
  const open: OpenUrlAction = { type: 'Action.OpenUrl', title: t('calendar.openFile', lang), url };
  return itemCard(item, lang, today, itemKindText(item.type, lang), t('calendar.fileNote', lang), 'Default', [open]);
}

/** A plan deleted with Slet: struck through, with Fortryd only (the plan is gone until it is put back). */
export function deletedPlanCard(plan: Item, lang: Lang, today: DateTime, by: string): CardJson {
  const undo: ExecuteAction = {
    type: 'Action.Execute',
    title: t('button.undo', lang),
    verb: PLAN_VERBS.putBack,
    data: { id: plan.id, lang },
  };
  const card = itemCard({ ...plan, done: true }, lang, today, t('plan.deleted', lang, { by: by || '?' }), '', 'Attention');
  return { ...card, actions: [undo] };
}

/** Why a pasted line was not saved. */
const LINE_ERRORS: Record<Exclude<TimelineLine, { period: unknown }>['error'], MessageId> = {
  noDate: 'timeline.noDate',
  noTitle: 'timeline.noTitle',
  impossible: 'timeline.impossible',
  reversed: 'timeline.reversed',
};

export type TimelineState = 'saved' | 'undone';

/** What a read line of a paste did: a new deadline, an open deadline of that title updated (`changes` in words:
 *  "dato ændret fra … til …") or left as it was, or nothing (the same title as an earlier line of the paste). */
export type TimelineOutcome =
  | { kind: 'new' }
  | { kind: 'updated'; changes: string }
  | { kind: 'unchanged' }
  | { kind: 'repeat'; of: number };

function outcomeText(outcome: TimelineOutcome | undefined, lang: Lang): string {
  switch (outcome?.kind) {
    case undefined:
      return '';
    case 'new':
      return t('timeline.lineNew', lang);
    case 'updated':
      return t('timeline.lineUpdated', lang, { changes: outcome.changes });
    case 'unchanged':
      return t('timeline.lineUnchanged', lang);
    case 'repeat':
      return t('timeline.lineRepeat', lang, { line: String(outcome.of) });
  }
}

/** How each pasted line was read: title and period, or why it was not saved, and (with `outcomes`, by line number)
 *  whether it added a deadline or updated the open one of its title. Undo takes back the whole paste. */
export function timelineCard(
  lines: TimelineLine[],
  opts: {
    lang: Lang;
    today: DateTime;
    batchId: string;
    state: TimelineState;
    removed?: number;
    restored?: number;
    kept?: number;
    outcomes?: ReadonlyMap<number, TimelineOutcome>;
  },
): CardJson {
  const { lang, today, outcomes } = opts;
  const isRepeat = (l: TimelineLine) => outcomes?.get(l.line)?.kind === 'repeat';
  const good = lines.filter((l) => 'period' in l && !isRepeat(l)).length;
  const bad = lines.length - good;
  const rows = lines.map((l) => {
    if ('period' in l) {
      const outcome = outcomes?.get(l.line);
      const color = outcome?.kind === 'repeat' ? 'Attention' : 'Default';
      return {
        title: l.title,
        period: formatPeriod(l.period, lang, today),
        status: outcomeText(outcome, lang),
        color,
        struck: opts.state === 'undone',
      };
    }
    const why = t(LINE_ERRORS[l.error], lang, { text: clipped(l.detail ?? '', 60) });
    return { title: clipped(l.text, 120), period: why, status: '', color: 'Attention', struck: false };
  });
  const counts = { new: 0, updated: 0, unchanged: 0 };
  for (const o of outcomes?.values() ?? []) if (o.kind !== 'repeat') counts[o.kind]++;
  const matched = counts.updated + counts.unchanged > 0;
  const note =
    opts.state === 'undone'
      ? opts.kept
        ? t('timeline.undoKept', lang, { n: opts.kept })
        : ''
      : bad > 0
        ? t('timeline.badNote', lang)
        : matched
          ? t('timeline.matchedNote', lang)
          : '';
  const undoable = outcomes ? counts.new + counts.updated > 0 : good > 0;
  const actions: ExecuteAction[] =
    opts.state !== 'undone' && undoable
      ? [
          {
            type: 'Action.Execute',
            title: t('timeline.undoPaste', lang),
            verb: ITEM_VERBS.undoPaste,
            data: { batchId: opts.batchId, lang },
          },
        ]
      : [];
  const title =
    opts.state === 'undone'
      ? opts.restored
        ? t('timeline.undoneRestored', lang, { n: opts.removed ?? 0, restored: opts.restored })
        : t('timeline.undone', lang, { n: opts.removed ?? 0 })
      : matched
        ? t(bad > 0 ? 'timeline.titleMatchedWithBad' : 'timeline.titleMatched', lang, { saved: good, ...counts, bad })
        : t(bad > 0 ? 'timeline.titleWithBad' : 'timeline.title', lang, { saved: good, bad });
  const noteColor = bad > 0 && opts.state === 'saved' ? 'Attention' : 'Default';
  return fitPastedLines(rows, (shown, hidden) =>
    expand(timelineTemplate, {
      title,
      note,
      noteColor,
      lines: shown,
      actions,
      hidden: hidden > 0 ? t('timeline.hidden', lang, { n: hidden }) : '',
    }),
  );
}

/** A very long paste: the lines in red ('Attention') stay in sight before the others, and as many lines as fit Teams'
 *  card size (`draw` makes the card of the lines shown and says how many more there are). A hundred red lines of 300
 *  characters made a 96 KB card, which Teams does not show: then the red ones are cut too. */
export function fitPastedLines<R extends { color: string }>(rows: R[], draw: (shown: R[], hidden: number) => CardJson): CardJson {
  let shownGood = rows.filter((r) => r.color !== 'Attention').length;
  let shownRed = rows.length - shownGood;
  for (;;) {
    let goodLeft = shownGood;
    let redLeft = shownRed;
    const shown = rows.filter((r) => (r.color === 'Attention' ? redLeft-- > 0 : goodLeft-- > 0));
    const card = draw(shown, rows.length - shown.length);
    if (cardBytes(card) <= MAX_LISTING_BYTES || (shownGood === 0 && shownRed === 0)) return card;
    if (shownGood > 0) shownGood = Math.floor(shownGood * 0.7);
    else shownRed = Math.floor(shownRed * 0.7);
  }
}

export interface PlanForm {
  verb: string;
  data: Record<string, unknown>;
  text: string;
  date?: string;
  heading: string;
}

/** The form of a plan: Ret (prefilled, verb plan.update) and Planlæg from a gap (text prefilled, verb plan.create). */
export function planFormCard(lang: Lang, opts: PlanForm): CardJson {
  return expand(planFormTemplate, {
    heading: opts.heading,
    textLabel: t('plan.formText', lang),
    dateLabel: t('plan.formDate', lang),
    error: t('plan.formError', lang),
    text: opts.text,
    date: opts.date ?? '',
    saveLabel: t('button.save', lang),
    verb: opts.verb,
    data: { ...opts.data, lang },
  });
}
