// /event (/arrangement) <title> [date] [time] [place]: one event; the date may wait ("dato ikke fastsat").
import { itemRestoreAction } from './itemButtons';
import type { CommandDescriptor } from '../types';
import { readEventText } from '../../../domain/eventText';
import { t } from '../../../i18n/catalog';
import { failureText } from '../../../i18n/failures';
import { newItem } from './itemIds';
import { saveItem } from './sameItem';
import { sanitizeUserText } from '../../../domain/text';
import type { Services } from '../../services';
import { readOwner } from '../../../domain/owners';
import { ownerProblemText } from '../plans/plan';

/** What event uses. */
type Ports = Pick<Services, 'items' | 'logger'>;

export const eventCommand: CommandDescriptor<Ports> = {
  command: 'event',
  names: { da: ['arrangement'], en: ['event'] },
  bare: true,
  help: { section: 'coming', lines: ['event'] },
  actions: [itemRestoreAction],
  storesMentions: true,
  async run({ turn, args, services }) {
    const lang = turn.lang;
    if (!sanitizeUserText(args)) return [{ text: t('item.eventHow', lang) }];
    const owned = readOwner(sanitizeUserText(args), turn.mentions);
    if (!owned.ok) return [{ text: ownerProblemText(owned, lang) }];
    const text = owned.text;
    const read = readEventText(text, { today: turn.now, yearRule: 'future' });
    if (!read.ok) {
      if (read.code === 'noTitle') return [{ text: `${t('item.noTitle', lang)} ${t('item.eventHow', lang)}` }];
      return [{ text: failureText('itemDate', read.error, lang) }];
    }
    const item = newItem(turn, { type: 'event', title: read.event.title, period: read.event.period });
    if (read.event.time) item.time = read.event.time;
    if (read.event.place) item.place = read.event.place;
    if (owned.owner) item.owner = owned.owner;
    return saveItem(
      turn,
      services,
      item,
      { ...read.event, ...(owned.owner ? { owner: owned.owner } : {}) },
      { heading: 'event.saved', undatedNote: 'event.undatedNote' },
    );
  },
};
