// /slet (/delete) <words of a title>: deletes the one open event or deadline whose title matches, and answers with its
// card struck through and Fortryd, as the Slet button on its card does (bot/commands/items/itemButtons.ts).
import type { CommandDescriptor } from '../types';
import { deletedItemCard } from '../../../cards/itemCards';
import { t } from '../../../i18n/catalog';
import { sanitizeUserText } from '../../../domain/text';
import { changeOf } from '../../turn';
import type { Services } from '../../services';
import { oneOpenItem } from './done';
import { itemDeleteAction, itemPutBackAction } from './itemButtons';

/** What /slet uses: the items (its buttons' Fortryd reads the item's history too). */
type Ports = Pick<Services, 'items'>;

export const deleteCommand: CommandDescriptor<Ports> = {
  command: 'delete',
  names: { da: ['slet'], en: ['delete'] },
  help: { section: 'coming', lines: ['delete'] },
  // Slet is on every event's and deadline's card, whichever command drew it; Fortryd on the card Slet leaves.
  actions: [itemDeleteAction, itemPutBackAction],
  async run(ctx) {
    const { turn, services } = ctx;
    const found = await oneOpenItem(ctx, { how: 'item.deleteHow', none: 'item.deleteNone', many: 'item.deleteMany' });
    if ('reply' in found) return found.reply;
    const removed = await services.items.remove(turn.scope.key, found.item.id, changeOf(turn));
    if (!removed) return [{ text: t('item.deleteNone', turn.lang, { text: sanitizeUserText(ctx.args) }) }];
    const heading = t('item.deletedBy', turn.lang, { by: turn.author.name || '?' });
    return [{ card: deletedItemCard(removed, turn.lang, turn.now, turn.author.name), summary: `${heading}: ${removed.title}` }];
  },
};
