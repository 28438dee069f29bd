// The item cards' and listings' buttons as a contract: the data they carry, read and checked once before an action
// runs (ActionHandler.read in bot/commands/items/itemButtons.ts); their verbs are ITEM_VERBS in cards/itemCards.ts. A
// listing's buttons carry the ListingView that draws it again.
import type { IsoDate } from '../domain/types';

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

export function readItemButton(raw: Record<string, unknown>): ItemButtonData {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const view = raw.view === undefined ? undefined : (listingViewOf(raw.view) ?? 'stale');
  return {
    id: str(raw.id),
    view,
    batchId: str(raw.batchId),
    before: ISO.test(str(raw.before)) ? str(raw.before) : undefined,
    u: str(raw.u),
  };
}
