// Jeg tager den / Slip den on an item's card or a listing: who holds the thread. The answer redraws the card (or the
// listing it was pressed in) for everyone. The owner is the presser's Entra object id, never a name alone.
import { action, type ActionContext, type ActionResult, type CardAction } from '../types';
import type { Services } from '../../services';
import type { Item } from '../../../domain/items';
import { handOverCard, itemCard, OWNER_VERBS } from '../../../cards/itemCards';
import { t } from '../../../i18n/catalog';
import { listingCardFor } from '../items/itemListing';
import { readOwnerButton, type OwnerButtonData } from '../../../cards/itemButton';
import { changeOf } from '../../turn';

/** What the owner buttons use: the items alone (the roster comes with the press). */
type Ports = Pick<Services, 'items'>;
type OwnerContext = ActionContext<OwnerButtonData, Ports>;

async function setOwner(ctx: OwnerContext, take: boolean): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const me = turn.author;
  if (take && !me.aadObjectId) return { message: t('owner.notInTeam', lang) };
  const changed = await services.items.changeGuarded(
    turn.scope.key,
    data.id,
    (before) => {
      if (take) {
        return before.owner?.aadObjectId === me.aadObjectId
          ? { item: before, outcome: 'same' as const }
          : { item: { ...before, owner: { name: me.name, aadObjectId: me.aadObjectId } }, outcome: 'changed' as const };
      }
      if (!before.owner) return { item: before, outcome: 'same' as const };
      const after: Item = { ...before };
      delete after.owner;
      return { item: after, outcome: 'changed' as const };
    },
    { change: changeOf(turn), action: 'edited' },
  );
  if (!changed) return { message: t('item.notHere', lang) };
  const view = data.view;
  if (view) {
    const { card } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang }, view);
    return { card };
  }
  const heading = t(take ? 'owner.took' : 'owner.released', lang, { name: me.name || '?' });
  return { card: itemCard(changed.item, lang, turn.now, heading, '', 'Default') };
}

/** Giv videre: the people picker, for the presser alone. */
async function handOver(ctx: OwnerContext): Promise<ActionResult> {
  const item = await ctx.services.items.get(ctx.turn.scope.key, ctx.data.id);
  if (!item || item.done) return { message: t('item.notHere', ctx.turn.lang) };
  const people = ctx.roster ? await ctx.roster() : [];
  if (people.length === 0) return { message: t('owner.notInTeam', ctx.turn.lang) };
  return { card: handOverCard(item, people, ctx.turn.lang), onlyForPresser: true };
}

/** The picker's choice: a member of this team or chat (checked against the roster again: the card's data is never
 *  trusted), made the owner; the item's card (the message the picker was opened from) changes for everyone. */
async function give(ctx: OwnerContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const aadObjectId = data.person;
  const member = aadObjectId && ctx.roster ? (await ctx.roster()).find((m) => m.aadObjectId === aadObjectId) : undefined;
  const name = member?.name;
  if (!aadObjectId || !name) return { message: t('owner.notInTeam', lang) };
  const changed = await services.items.changeGuarded(
    turn.scope.key,
    data.id,
    (before) =>
      before.owner?.aadObjectId === aadObjectId
        ? { item: before, outcome: 'same' as const }
        : { item: { ...before, owner: { name, aadObjectId } }, outcome: 'changed' as const },
    { change: changeOf(turn), action: 'edited' },
  );
  if (!changed) return { message: t('item.notHere', lang) };
  const heading = t('owner.handedOver', lang, { by: turn.author.name || '?', name });
  return { card: itemCard(changed.item, lang, turn.now, heading, '', 'Default') };
}

/** An owner button: its data read by readOwnerButton before `run`. */
const ownerButton = (verb: string, run: (ctx: OwnerContext) => Promise<ActionResult>) =>
  action<OwnerButtonData, Ports>({ verb, read: readOwnerButton, run });

export const ownerActions: CardAction[] = [
  ownerButton(OWNER_VERBS.take, (ctx) => setOwner(ctx, true)),
  ownerButton(OWNER_VERBS.release, (ctx) => setOwner(ctx, false)),
  ownerButton(OWNER_VERBS.handOver, handOver),
  ownerButton(OWNER_VERBS.give, give),
];
