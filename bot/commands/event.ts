// /event (/arrangement) <title> [date] [time] [place]: one event; the date may wait ("dato ikke fastsat").
import type { CommandHandler } from './types';
import { readEventText } from '../../domain/eventText';
import { itemCard } from '../../cards/itemCards';
import { changeOf } from '../turn';
import { t } from '../../i18n/catalog';
import { DATE_ERROR_TEXT } from './deadline';
import { newItem } from './itemIds';
import { alreadyAnswered } from './redelivery';
import { sanitizeUserText } from '../../domain/text';

export const eventCommand: CommandHandler = {
  command: 'event',
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    if (!text) return [{ text: t('item.eventHow', lang) }];
    const read = readEventText(text, { today: turn.now, yearRule: 'future' });
    if (!read.ok) {
      if (read.reason === 'noTitle') return [{ text: `${t('item.noTitle', lang)} ${t('item.eventHow', lang)}` }];
      return [{ text: t(DATE_ERROR_TEXT[read.error.code], lang, { text: read.error.text }) }];
    }
    const item = newItem(turn, { type: 'event', title: read.event.title, period: read.event.period });
    if (read.event.time) item.time = read.event.time;
    if (read.event.place) item.place = read.event.place;
    if ((await services.items.add(turn.scope.key, [item], changeOf(turn))) === 'duplicate') return alreadyAnswered(turn, services.logger);
    return [{
      card: itemCard(item, lang, turn.now, t('event.saved', lang), item.period ? '' : t('event.undatedNote', lang)),
      summary: `${t('event.saved', lang)}: ${item.title}`,
    }];
  },
};
