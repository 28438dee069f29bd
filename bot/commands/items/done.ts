// /done (/færdig) <words of a title>: marks the one open event or deadline whose title matches as done.
import { itemDoneAction, itemUndoneAction } from './itemButtons';
import type { CommandContext, CommandDescriptor, Reply } from '../types';
import type { Item } from '../../../domain/items';
import { foldForSearch, sanitizeUserText, tokenize } from '../../../domain/text';
import { itemCard, whenText } from '../../../cards/itemCards';
import { t, type MessageId } from '../../../i18n/catalog';
import { openItemsMatching } from './itemListing';
import { changeOf } from '../../turn';
import type { Services } from '../../services';

const MAX_LISTED = 5;

/** What done uses. */
type Ports = Pick<Services, 'items'>;

/**
 * The one open event or deadline whose title the words name (the whole title typed out picks that one, even if it is
 * part of a longer title too), or the answer that says how to write it, that none matches, or which several do.
 * /færdig and /slet share it.
 */
export async function oneOpenItem(
  { turn, args, services }: CommandContext<Ports>,
  texts: { how: MessageId; none: MessageId; many: MessageId },
): Promise<{ item: Item } | { reply: Reply[] }> {
  const lang = turn.lang;
  const text = sanitizeUserText(args);
  const words = tokenize(text).map((w) => w.word);
  if (words.length === 0) return { reply: [{ text: t(texts.how, lang) }] };
  let matches = await openItemsMatching(services.items, turn.scope.key, words);
  const exact = matches.filter((i) => foldForSearch(i.title) === foldForSearch(text));
  if (exact.length === 1) matches = exact;
  if (matches.length === 0) return { reply: [{ text: t(texts.none, lang, { text }) }] };
  if (matches.length > 1) {
    const list =
      matches
        .slice(0, MAX_LISTED)
        .map((i) => `"${i.title}" (${whenText(i, lang, turn.now)})`)
        .join(', ') + (matches.length > MAX_LISTED ? ` ${t('item.andMore', lang, { n: matches.length - MAX_LISTED })}` : '');
    return { reply: [{ text: t(texts.many, lang, { text, list }) }] };
  }
  return { item: matches[0] };
}

export const doneCommand: CommandDescriptor<Ports> = {
  command: 'done',
  names: { da: ['færdig', 'faerdig'], en: ['done'] },
  bare: true,
  help: { section: 'coming', lines: ['done'] },
  actions: [itemDoneAction, itemUndoneAction],
  async run(ctx) {
    const { turn, services } = ctx;
    const lang = turn.lang;
    const found = await oneOpenItem(ctx, { how: 'item.doneHow', none: 'item.doneNone', many: 'item.doneMany' });
    if ('reply' in found) return found.reply;
    const item = await services.items.setDone(turn.scope.key, found.item.id, true, changeOf(turn));
    if (!item) return [{ text: t('item.doneNone', lang, { text: sanitizeUserText(ctx.args) }) }];
    const heading = t('item.markedDone', lang);
    return [{ card: itemCard(item, lang, turn.now, heading), summary: `${heading}: ${item.title}` }];
  },
};
