// One listing of events and deadlines, drawn the same way for /due, /events, /deadlines, questions, "when is X",
// and again after a card's Done or "more" button. What is listed is described by a ListingView, which the card's
// buttons carry so a press can draw the same listing again; it is checked, and the scope always comes from the turn.
import type { DateTime } from 'luxon';
import type { IsoDate, Lang } from '../../../domain/types';
import type { ListingKind, ListingView } from '../../../cards/itemButton';
import type { Item } from '../../../domain/items';
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
} from '../../../domain/due';
import { bestTitleMatches, titleMatcher } from '../../../domain/text';
import { cardBytes, doneAllButton, listingCard, MAX_LISTING_BYTES, showOlderButton } from '../../../cards/itemCards';
import type { CardJson } from '../../../cards/render';
import type { ItemRepository } from '../../../storage/itemRepository';
import type { CommandDescriptor } from '../types';
import { t, type MessageId } from '../../../i18n/catalog';

export const FIRST_DAY: IsoDate = '0001-01-01';
export const LAST_DAY: IsoDate = '9999-12-31';
/** Items per page before the size check; a page with long titles is cut shorter to fit Teams' card size. */
export const PAGE_SIZE = 20;

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
      ? [showOlderButton(lang, { k: 'overdue', from: today, to: today }), doneAllButton(lang, older, olderOverdueBefore(today), view)]
      : view.k === 'overdue' && entries.length > 0
        ? [doneAllButton(lang, entries.length, today, view)]
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
  const matches = titleMatcher(words);
  return open.filter((i) => matches(i.title));
}

/** The handler of /events or /deadlines: that kind of item from today on, overdue ones first. */
export function aheadCommand(command: 'events' | 'deadlines'): Pick<CommandDescriptor<{ items: ItemReader }>, 'command' | 'run'> {
  return {
    command,
    async run({ turn, services }) {
      const view: ListingView = { k: command, from: turn.now.toISODate() as IsoDate, to: LAST_DAY };
      const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang: turn.lang }, view);
      return [{ card, summary: t(TITLES[command], turn.lang) }];
    },
  };
}
