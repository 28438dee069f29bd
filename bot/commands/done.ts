// /done (/færdig) <words of a title>: marks the one open event or deadline whose title matches as done.
import type { CommandHandler } from './types';
import { foldForSearch, sanitizeUserText, tokenize } from '../../domain/text';
import { itemCard, whenText } from '../../cards/itemCards';
import { itemMsg } from './itemMessages';
import { openItemsMatching } from './itemListing';

const HEADING = { da: 'Markeret som færdig', en: 'Marked as done' };
const MAX_LISTED = 5;

export const doneCommand: CommandHandler = {
  command: 'done',
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    const words = tokenize(text).map((t) => t.word);
    if (words.length === 0) return [{ text: itemMsg('doneHow', lang) }];
    let matches = await openItemsMatching(services.items, turn.scope.key, words);
    // The whole title typed out picks that one, even if it is part of a longer title too.
    const exact = matches.filter((i) => foldForSearch(i.title) === foldForSearch(text));
    if (exact.length === 1) matches = exact;
    if (matches.length === 0) return [{ text: itemMsg('doneNone', lang, { text }) }];
    if (matches.length > 1) {
      const list = matches.slice(0, MAX_LISTED).map((i) => `"${i.title}" (${whenText(i, lang, turn.now)})`).join(', ')
        + (matches.length > MAX_LISTED ? (lang === 'da' ? ` og ${matches.length - MAX_LISTED} mere` : ` and ${matches.length - MAX_LISTED} more`) : '');
      return [{ text: itemMsg('doneMany', lang, { text, list }) }];
    }
    const item = await services.items.setDone(turn.scope.key, matches[0].id, true, turn.author.name, turn.now.toUTC().toISO() as string);
    if (!item) return [{ text: itemMsg('doneNone', lang, { text }) }];
    return [{ card: itemCard(item, lang, turn.now, HEADING[lang]), summary: `${HEADING[lang]}: ${item.title}` }];
  },
};
