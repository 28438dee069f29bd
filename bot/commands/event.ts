// /event (/arrangement) <title> [date] [time] [place]: one event; the date may wait ("dato ikke fastsat").
import type { CommandHandler } from './types';
import { readEventText } from '../../domain/eventText';
import { itemCard } from '../../cards/itemCards';
import { itemMsg } from './itemMessages';
import { newItem } from './itemIds';
import { sanitizeUserText } from '../../domain/text';

const HEADINGS = {
  da: { saved: 'Arrangement gemt', duplicate: 'Arrangementet er allerede gemt', undatedNote: 'Datoen er ikke fastsat endnu. Skriv arrangementet igen med dato, når den kendes.' },
  en: { saved: 'Event saved', duplicate: 'The event is already saved', undatedNote: 'The date is not set yet. Write the event again with its date when you know it.' },
};

export const eventCommand: CommandHandler = {
  command: 'event',
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    if (!text) return [{ text: itemMsg('eventHow', lang) }];
    const read = readEventText(text, { today: turn.now, yearRule: 'future' });
    if (!read.ok) {
      if (read.reason === 'noTitle') return [{ text: `${itemMsg('noTitle', lang)} ${itemMsg('eventHow', lang)}` }];
      return [{ text: itemMsg(read.error.code, lang, { text: read.error.text }) }];
    }
    const item = newItem(turn, { type: 'event', title: read.event.title, period: read.event.period });
    if (read.event.time) item.time = read.event.time;
    if (read.event.place) item.place = read.event.place;
    const outcome = await services.items.add(turn.scope.key, [item]);
    const saved = outcome === 'saved' ? item : (await services.items.get(turn.scope.key, item.id)) ?? item;
    const h = HEADINGS[lang];
    return [{
      card: itemCard(saved, lang, turn.now, outcome === 'saved' ? h.saved : h.duplicate, saved.period ? '' : h.undatedNote),
      summary: `${h.saved}: ${saved.title}`,
    }];
  },
};
