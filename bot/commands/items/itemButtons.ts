// Buttons on event and deadline cards: Done / Undo on every item, Slet and its Fortryd, "more" on a long listing, Undo
// of a pasted timeline. The answer replaces the pressed card in place. Ids are looked up in the conversation's own scope only:
// an id from another scope finds nothing, changes nothing, and says so.
import { action, type ActionContext, type ActionResult, type CardAction } from '../types';
import type { Services } from '../../services';
import { deletedItemCard, ITEM_VERBS, itemCard, timelineCard } from '../../../cards/itemCards';
import type { Item } from '../../../domain/items';
import { ITEM } from '../../../storage/schema';
import { t } from '../../../i18n/catalog';
import { listingCardFor } from './itemListing';
import { readItemButton, type ItemButtonData } from '../../../cards/itemButton';
import { isOverdue } from '../../../domain/due';
import { changeOf } from '../../turn';

/** What the item buttons use: the items, and the history that keeps a deleted one. */
type Ports = Pick<Services, 'items' | 'history'>;

async function setDone(ctx: ActionContext<ItemButtonData, Ports>, done: boolean): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const item = await services.items.setDone(turn.scope.key, data.id, done, changeOf(turn));
  if (!item) return { message: t('item.notHere', lang) };
  const view = data.view;
  if (view === 'stale') return { message: t('item.staleButton', lang) };
  if (!view) return { card: itemCard(item, lang, turn.now, t(done ? 'item.markedDone' : 'item.notDoneAfterAll', lang)) };
  // Draw the listing again, keeping the item just marked done in sight (struck through, with Undo).
  const keep = new Set(view.keep ?? []);
  if (done) keep.add(item.id);
  const { card } = await listingCardFor(
    { items: services.items, scopeKey: turn.scope.key, now: turn.now, lang },
    { ...view, keep: [...keep].slice(-50) },
  );
  return { card };
}

/** An item button: its data read by readItemButton before `run`. */
const itemButton = (verb: string, run: (ctx: ActionContext<ItemButtonData, Ports>) => Promise<ActionResult>) =>
  action<ItemButtonData, Ports>({ verb, read: readItemButton, run });

export const itemDoneAction = itemButton(ITEM_VERBS.done, (ctx) => setDone(ctx, true));
export const itemUndoneAction = itemButton(ITEM_VERBS.undone, (ctx) => setDone(ctx, false));

export const dueMoreAction = itemButton(ITEM_VERBS.more, async ({ turn, services, data }) => {
  const view = data.view;
  if (!view || view === 'stale') return { message: t('item.staleButton', turn.lang) };
  const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang: turn.lang }, view);
  return { card };
});

export const timelineUndoAction = itemButton(ITEM_VERBS.undoPaste, async ({ turn, services, data }) => {
  const batchId = data.batchId;
  // The paste's new deadlines removed, and the open deadlines its lines updated put back as they were.
  const { removed, kept: keptNew } = batchId
    ? await services.items.removeBatch(turn.scope.key, batchId, changeOf(turn))
    : { removed: 0, kept: 0 };
  const { restored, kept: keptUpdated } = batchId
    ? await services.items.restoreBatch(turn.scope.key, batchId, turn.author.name, turn.now.toUTC().toISO() as string, changeOf(turn))
    : { restored: 0, kept: 0 };
  const kept = keptNew + keptUpdated;
  if (removed === 0 && restored === 0 && kept === 0) return { message: t('item.batchGone', turn.lang) };
  return { card: timelineCard([], { lang: turn.lang, today: turn.now, batchId, state: 'undone', removed, restored, kept }) };
});

/** "Mark all N done" under a listing: every missed deadline that ended before `before` (the older ones, or all on
 *  /frister overskredet), marked done by the presser; the listing is drawn again. */
export const doneOverdueAction = itemButton(ITEM_VERBS.doneOverdue, async ({ turn, services, data }) => {
  const lang = turn.lang;
  const { before, view } = data;
  if (!before || !view || view === 'stale') return { message: t('item.staleButton', lang) };
  const today = turn.now.toISODate() as string;
  const missed = (await services.items.overdue(turn.scope.key, today)).filter((i) => isOverdue(i, today) && i.period!.end < before);
  for (const item of missed) await services.items.setDone(turn.scope.key, item.id, true, changeOf(turn));
  const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang }, view);
  return { card };
});

/** Undo of an item written again with the same title: the item as it was before (see bot/commands/items/sameItem.ts). */
export const itemRestoreAction = itemButton(ITEM_VERBS.restore, async ({ turn, services, data }) => {
  const lang = turn.lang;
  const result = await services.items.restore(turn.scope.key, data.u, turn.author.name, turn.now.toUTC().toISO() as string, changeOf(turn));
  switch (result.outcome) {
    case 'notFound':
      return { message: t('item.notHere', lang) };
    case 'alreadyUndone':
      return { message: t('item.restoreAlready', lang) };
    case 'changedSince':
      return { message: t('item.changedSince', lang) };
    case 'restored':
      return { card: itemCard(result.item, lang, turn.now, t('item.restored', lang, { by: turn.author.name }), '', 'Default') };
  }
});

/** Slet on an item's card: the item deleted (kept whole in its history), the card struck through with Fortryd, for
 *  everyone. */
export const itemDeleteAction = itemButton(ITEM_VERBS.remove, async ({ turn, services, data }) => {
  const removed = await services.items.remove(turn.scope.key, data.id, changeOf(turn));
  if (!removed) return { message: t('item.alreadyDeleted', turn.lang) };
  return { card: deletedItemCard(removed, turn.lang, turn.now, turn.author.name) };
});

/** Fortryd after Slet: the item as it was when deleted, from its history's 'removed' record, in this scope only. */
export const itemPutBackAction = itemButton(ITEM_VERBS.putBack, async ({ turn, services, data }) => {
  const lang = turn.lang;
  if (!data.id) return { message: t('item.notHere', lang) };
  const removed = (await services.history.of(turn.scope.key, ITEM, data.id)).find((r) => r.action === 'removed' && r.before);
  if (!removed) return { message: t('item.notHere', lang) };
  const item = removed.before as unknown as Item;
  const outcome = await services.items.putBack(turn.scope.key, item, changeOf(turn));
  if (outcome === 'duplicate') return { message: t('item.alreadyBack', lang) };
  return { card: itemCard(item, lang, turn.now, t('item.putBackBy', lang, { by: turn.author.name || '?' }), '', 'Default') };
});

export const itemActions: CardAction[] = [
  itemDoneAction,
  itemUndoneAction,
  dueMoreAction,
  timelineUndoAction,
  doneOverdueAction,
  itemRestoreAction,
  itemDeleteAction,
  itemPutBackAction,
];
