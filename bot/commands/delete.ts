// /slet (/delete) <words of a title>: deletes the one open event or deadline whose title matches, and answers with its
// card struck through and Fortryd, as the Slet button on its card does (bot/actions/items.ts).
import type { CommandHandler } from './types';
import { deletedItemCard } from '../../cards/itemCards';
import { t } from '../../i18n/catalog';
import { sanitizeUserText } from '../../domain/text';
import { changeOf } from '../turn';
import { oneOpenItem } from './done';

export const deleteCommand: CommandHandler = {
  command: 'delete',
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
