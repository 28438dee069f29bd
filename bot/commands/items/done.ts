// /done (/færdig) <words of a title>: marks the one open event or deadline whose title matches as done.
import { itemDoneAction, itemUndoneAction } from './itemButtons';
import type { CommandDescriptor } from '../types';
import { foldForSearch, sanitizeUserText, tokenize } from '../../../domain/text';
import { itemCard, whenText } from '../../../cards/itemCards';
import { t } from '../../../i18n/catalog';
import { openItemsMatching } from './itemListing';
import { changeOf } from '../../turn';
import type { Services } from '../../services';

const MAX_LISTED = 5;

/** What done uses. */
type Ports = Pick<Services, 'items'>;

export const doneCommand: CommandDescriptor<Ports> = {
  command: 'done',
  names: { da: ['færdig', 'faerdig'], en: ['done'] },
  bare: true,
  help: { section: 'coming', lines: ['done'] },
  actions: [itemDoneAction, itemUndoneAction],
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    const words = tokenize(text).map((t) => t.word);
    if (words.length === 0) return [{ text: t('item.doneHow', lang) }];
    let matches = await openItemsMatching(services.items, turn.scope.key, words);
    // The whole title typed out picks that one, even if it is part of a longer title too.
    const exact = matches.filter((i) => foldForSearch(i.title) === foldForSearch(text));
    if (exact.length === 1) matches = exact;
    if (matches.length === 0) return [{ text: t('item.doneNone', lang, { text }) }];
    if (matches.length > 1) {
      const list =
        matches
          .slice(0, MAX_LISTED)
          .map((i) => `"${i.title}" (${whenText(i, lang, turn.now)})`)
          .join(', ') + (matches.length > MAX_LISTED ? ` ${t('item.andMore', lang, { n: matches.length - MAX_LISTED })}` : '');
      return [{ text: t('item.doneMany', lang, { text, list }) }];
    }
    const item = await services.items.setDone(turn.scope.key, matches[0].id, true, changeOf(turn));
    if (!item) return [{ text: t('item.doneNone', lang, { text }) }];
    const heading = t('item.markedDone', lang);
    return [{ card: itemCard(item, lang, turn.now, heading), summary: `${heading}: ${item.title}` }];
  },
};
