// The item cards' and listings' buttons as a contract: the data they carry, read and checked once before an action
// runs (ActionHandler.read in bot/commands/items/itemButtons.ts, bot/commands/plans/plan.ts and ownerButtons.ts);
// their verbs are ITEM_VERBS, PLAN_VERBS and OWNER_VERBS in cards/itemCards.ts. A listing's buttons carry the
// ListingView that draws it again.
import { entraIdOf, type IsoDate } from '../domain/types';
import type { EntryKind } from '../domain/vocabulary';
import { isoDateOf, kindOf } from './logButton';

/** 'overdue': every missed deadline (/frister overskredet), with one button to mark them all done. */
export type ListingKind = 'due' | 'upcoming' | 'events' | 'deadlines' | 'when' | 'overdue' | 'mine';

export interface ListingView {
  k: ListingKind;
  from: IsoDate;
  to: IsoDate;
  /** The period as the user asked for it, formatted ("november 2024"), for the card's title. */
  lbl?: string;
  /** Show done items too. */
  inc?: boolean;
  /** Done items to keep showing (just marked done on this card, so the reader sees it happen). */
  keep?: string[];
  /** Where this page starts. */
  off?: number;
  /** The words of a "when is ..." question. */
  w?: string[];
  /** Only what this colleague owns (their Entra object id): "hvad skal jeg nå?". */
  o?: string;
}

const KINDS: ListingKind[] = ['due', 'upcoming', 'events', 'deadlines', 'when', 'overdue', 'mine'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const stringList = (v: unknown, max: number) =>
  Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length <= 100) ? (v as string[]) : undefined;

/** A view from card data, or undefined when the data is not one (an old or forged card). */
export function listingViewOf(data: unknown): ListingView | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (!KINDS.includes(d.k as ListingKind) || typeof d.from !== 'string' || !ISO.test(d.from) || typeof d.to !== 'string' || !ISO.test(d.to))
    return undefined;
  const view: ListingView = { k: d.k as ListingKind, from: d.from, to: d.to };
  if (typeof d.lbl === 'string' && d.lbl.length <= 100) view.lbl = d.lbl;
  if (d.inc === true) view.inc = true;
  const keep = stringList(d.keep, 50);
  if (keep) view.keep = keep;
  if (typeof d.off === 'number' && Number.isInteger(d.off) && d.off >= 0) view.off = d.off;
  const w = stringList(d.w, 20);
  if (w) view.w = w;
  if (typeof d.o === 'string' && d.o.length <= 64) view.o = d.o;
  if (view.k === 'when' && !view.w?.length) return undefined;
  if (view.k === 'mine' && !view.o) return undefined;
  return view;
}

/** What an item button's data holds, once read. */
export interface ItemButtonData {
  /** The item (Færdig, Fortryd). */
  id: string;
  /** The listing the button is on: undefined on an item's own card, 'stale' when the data is no view (an old or
   *  forged card). */
  view: ListingView | 'stale' | undefined;
  /** A pasted timeline's batch (its Fortryd). */
  batchId: string;
  /** "Markér alle færdige": the day the overdue deadlines ended before. */
  before: IsoDate | undefined;
  /** The item a repeated /frist changed (its Fortryd). */
  u: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** An id as a button carries it: anything longer than any id this bot makes is none. */
const idOf = (v: unknown) => (str(v).length <= 200 ? str(v) : '');
/** A form's text, bounded before it is read (a title keeps 200 characters of it: cleanTitle). */
const MAX_FORM_TEXT = 4000;

export function readItemButton(raw: Record<string, unknown>): ItemButtonData {
  const view = raw.view === undefined ? undefined : (listingViewOf(raw.view) ?? 'stale');
  return {
    id: str(raw.id),
    view,
    batchId: str(raw.batchId),
    before: ISO.test(str(raw.before)) ? str(raw.before) : undefined,
    u: str(raw.u),
  };
}

/** What a plan's button holds, once read (Gjort, Fortryd, Slet and its Fortryd, Ret and its form, Planlæg's form). */
export interface PlanButtonData {
  /** The plan: a plan's card names it `id`, a reminder card `itemId`; '' on Planlæg's form, which makes a new one. */
  id: string;
  /** The kind chosen on the kind buttons Gjort shows when the plan's words name none. */
  kind: EntryKind | undefined;
  /** The listing the button is on, drawn again after the press; undefined on a plan's own card or for data that is no
   *  view (the plan's card is drawn instead). */
  view: ListingView | undefined;
  /** The form's title (Ret's Gem, Planlæg's Gem), at most MAX_FORM_TEXT characters before it is read. */
  text: string;
  /** The form's day: the plan's latest day. */
  date: IsoDate | undefined;
}

export function readPlanButton(raw: Record<string, unknown>): PlanButtonData {
  return {
    id: idOf(raw.id) || idOf(raw.itemId),
    kind: kindOf(raw.kind),
    view: raw.view === undefined ? undefined : listingViewOf(raw.view),
    text: str(raw.text).slice(0, MAX_FORM_TEXT),
    date: isoDateOf(raw.date),
  };
}

/** What an owner button holds, once read (Jeg tager den, Slip den, Giv videre and the picker's choice). */
export interface OwnerButtonData {
  /** The item. */
  id: string;
  /** The listing the button is on (drawn again), else undefined: the item's card is drawn. */
  view: ListingView | undefined;
  /** The picker's choice: an Entra object id (checked against the roster before it is used), else undefined. */
  person: string | undefined;
}

export function readOwnerButton(raw: Record<string, unknown>): OwnerButtonData {
  return {
    id: idOf(raw.id),
    view: raw.view === undefined ? undefined : listingViewOf(raw.view),
    person: entraIdOf(str(raw.person)),
  };
}
