// One listing of events and deadlines, drawn the same way for /due, /events, /deadlines, questions, "when is X",
// and again after a card's Done or "more" button. What is listed is described by a ListingView, which the card's
// buttons carry so a press can draw the same listing again; it is checked, and the scope always comes from the turn.
import type { DateTime } from 'luxon';
import type { IsoDate, Lang } from '../../domain/types';
import type { Item } from '../../domain/items';
import {
  classifyDue,
  compareEntries,
  groupDue,
  groupingFor,
  isOverdue,
  isRecentlyOverdue,
  olderOverdueBefore,
  type DueEntry,
  type GroupBy,
} from '../../domain/due';
import { bestTitleMatches, titleMatches } from '../../domain/text';
import { cardBytes, listingCard, MAX_LISTING_BYTES } from '../../cards/itemCards';
import type { CardJson } from '../../cards/render';
import type { ItemRepository } from '../../storage/itemRepository';
import type { CommandHandler } from './types';
import { t, type MessageId } from '../../i18n/catalog';

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

export const FIRST_DAY: IsoDate = '0001-01-01';
export const LAST_DAY: IsoDate = '9999-12-31';
/** Items per page before the size check; a page with long titles is cut shorter to fit Teams' card size. */
export const PAGE_SIZE = 20;

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

const TITLES: Record<ListingKind, MessageId> = {
  due: 'listing.due',
  upcoming: 'listing.upcoming',
  events: 'listing.events',
  deadlines: 'listing.deadlines',
  when: 'listing.when',
  overdue: 'listing.overdue',
  mine: 'listing.mine',
};
/** What an empty listing says ("when" is only drawn when something matched). */
const EMPTY: Record<ListingKind, MessageId | undefined> = {
  due: 'listing.emptyDue',
  upcoming: 'listing.emptyUpcoming',
  events: 'listing.emptyEvents',
  deadlines: 'listing.emptyDeadlines',
  when: undefined,
  overdue: 'listing.emptyOverdue',
  mine: 'listing.emptyMine',
};

/** The entries a view lists on `today`, in order: overdue first. */
export async function entriesFor(items: ItemReader, scopeKey: string, view: ListingView, today: IsoDate): Promise<DueEntry[]> {
  const keep = new Set(view.keep ?? []);
  let entries: DueEntry[];
  if (view.k === 'when') {
    const all = [...(await items.dueBetween(scopeKey, FIRST_DAY, LAST_DAY, { includeDone: true })), ...(await items.undated(scopeKey))];
    // The items that match the most of the question's words (word stems and compound parts), at least half of them.
    entries = bestTitleMatches(
      view.w ?? [],
      all.map((i) => i.title),
    )
      .map((at) => all[at]!)
      .map(
        (item) =>
          ({
            item,
            state: item.done
              ? 'done'
              : isRecentlyOverdue(item, today)
                ? 'overdue'
                : item.period && item.period.end < today
                  ? 'past'
                  : 'due',
          }) as DueEntry,
      );
  } else if (view.k === 'overdue') {
    entries = (await items.overdue(scopeKey, today))
      .filter((i) => isOverdue(i, today))
      .map((item): DueEntry => ({ item, state: 'overdue' }));
  } else {
    const range = { start: view.from, end: view.to };
    // One range read (two when done items are shown): done items are read only to be shown; one kept on the card is
    // read by id below.
    const { due, overdue, ongoing } = await items.listing(scopeKey, view.from, view.to, today, { includeDone: view.inc === true });
    entries = classifyDue([...overdue, ...due, ...ongoing], range, today, { includeDone: true }).filter(
      (e) => e.state !== 'done' || view.inc || keep.has(e.item.id),
    );
    // An item just marked done on this card stays in sight even where its dates would not list it.
    const shown = new Set(entries.map((e) => e.item.id));
    for (const id of keep) {
      if (shown.has(id)) continue;
      const item = await items.get(scopeKey, id);
      if (item?.done) entries.push({ item, state: 'done' });
    }
    if (view.o) entries = entries.filter((e) => e.item.owner?.aadObjectId === view.o);
    if (view.k === 'events') entries = entries.filter((e) => e.item.type === 'event');
    if (view.k === 'deadlines') entries = entries.filter((e) => e.item.type === 'deadline');
    // Those whose date is not set yet, at the end: events under /events, deadlines under /deadlines.
    if (view.k === 'events' || view.k === 'deadlines') {
      const type = view.k === 'events' ? 'event' : 'deadline';
      entries.push(...(await items.undated(scopeKey)).filter((i) => i.type === type).map((item): DueEntry => ({ item, state: 'due' })));
    }
  }
  // A "hvornår" answer keeps the best match first (bestTitleMatches' order); the others by date, overdue first.
  return view.k === 'when' ? entries : entries.sort(compareEntries);
}

function groupingOf(view: ListingView): GroupBy {
  if (view.k === 'upcoming') return 'week';
  if (view.k === 'due') return groupingFor({ start: view.from, end: view.to });
  return 'month';
}

/** What drawing a listing reads of the items. */
export type ItemReader = Pick<ItemRepository, 'dueBetween' | 'overdue' | 'ongoing' | 'listing' | 'get' | 'undated'>;

export interface ListingContext {
  items: ItemReader;
  scopeKey: string;
  now: DateTime;
  lang: Lang;
}

/** The card for one page of a view, cut to fit Teams' card size, with "more" when there is a next page. */
export async function listingCardFor(ctx: ListingContext, view: ListingView): Promise<{ card: CardJson; total: number; older: number }> {
  const today = ctx.now.toISODate() as IsoDate;
  const all = await entriesFor(ctx.items, ctx.scopeKey, view, today);
  // Deadlines missed long ago are one line with a way to see them and to mark them done together, not a red wall.
  const older = all.filter((e) => e.state === 'olderOverdue').length;
  const entries = all.filter((e) => e.state !== 'olderOverdue');
  const lang = ctx.lang;
  const overdueActions =
    older > 0
      ? [
          {
            type: 'Action.Execute' as const,
            title: t('listing.showOlder', lang),
            verb: 'due.more',
            data: { lang, view: { k: 'overdue', from: today, to: today } },
          },
          {
            type: 'Action.Execute' as const,
            title: t('listing.doneAll', lang, { n: older }),
            verb: 'item.doneOverdue',
            data: { lang, before: olderOverdueBefore(today), view },
          },
        ]
      : view.k === 'overdue' && entries.length > 0
        ? [
            {
              type: 'Action.Execute' as const,
              title: t('listing.doneAll', lang, { n: entries.length }),
              verb: 'item.doneOverdue',
              data: { lang, before: today, view },
            },
          ]
        : [];
  const empty = EMPTY[view.k];
  const notes = [
    entries.length === 0 && older === 0 && empty ? t(empty, lang) : '',
    older > 0 ? t('listing.olderNote', lang, { n: older }) : '',
  ].filter(Boolean);
  const off = Math.min(view.off ?? 0, Math.max(0, entries.length - 1));
  const title = view.k === 'due' && view.lbl ? `${t(TITLES.due, ctx.lang)} · ${view.lbl}` : t(TITLES[view.k], ctx.lang);
  let size = Math.min(PAGE_SIZE, entries.length - off);
  for (;;) {
    const page = entries.slice(off, off + size);
    const rest = entries.length - off - page.length;
    const card = listingCard({
      lang: ctx.lang,
      today: ctx.now,
      title,
      note: notes.join(' '),
      extraActions: overdueActions,
      groups: groupDue(page, groupingOf(view), ctx.lang, ctx.now, { inOrder: view.k === 'when' }),
      buttonData: { view: { ...view, off } },
      more: rest > 0 ? { remaining: rest, data: { view: { ...view, off: off + page.length } } } : undefined,
    });
    if (cardBytes(card) <= MAX_LISTING_BYTES || size <= 1) return { card, total: entries.length, older };
    size = Math.max(1, Math.floor(size * 0.7));
  }
}

/** Open items whose title matches the words (Danish inflections too), for /done. */
export async function openItemsMatching(items: ItemRepository, scopeKey: string, words: string[]): Promise<Item[]> {
  const open = [...(await items.dueBetween(scopeKey, FIRST_DAY, LAST_DAY)), ...(await items.undated(scopeKey))];
  return open.filter((i) => titleMatches(words, i.title));
}

/** The handler of /events or /deadlines: that kind of item from today on, overdue ones first. */
export function aheadCommand(command: 'events' | 'deadlines'): CommandHandler {
  return {
    command,
    async run({ turn, services }) {
      const view: ListingView = { k: command, from: turn.now.toISODate() as IsoDate, to: LAST_DAY };
      const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang: turn.lang }, view);
      return [{ card, summary: t(TITLES[command], turn.lang) }];
    },
  };
}
