// Saving an event or a deadline: a new item, or, when an open one with the same title exists, that one item updated
// ("Beskæftigelsestræf 2020" written first without a date and later with its date and place). The update is shown
// with what changed and an Undo that puts the item back as it was. A redelivered activity is answered once.
import type { Item, ItemChange, ItemFields } from '../../../domain/items';
import { itemToUpdate, rewriteItem, sameEventThatDay } from '../../../domain/items';
import type { IsoDate } from '../../../domain/types';
import type { Lang } from '../../../domain/types';
import type { DateTime } from 'luxon';
import { itemCard, restoreButton } from '../../../cards/itemCards';
import { formatDay, formatPeriod, listText, t, timeText, type MessageId } from '../../../i18n/catalog';
import { titleIndexWords } from '../../../storage/itemRepository';
import type { Services } from '../../services';
import { changeOf, type Turn } from '../../turn';
import type { Reply } from '../types';
import { alreadyAnswered } from '../redelivery';

/** What a change says on the card: "dato sat til torsdag d. 7. maj", "sted ændret fra Vejle til Aalborg". */
export function changeText(change: ItemChange, lang: Lang, now: DateTime): string {
  const period = (p: NonNullable<Item['period']>) => (p.form.kind === 'day' ? formatDay(p.start, lang, now) : formatPeriod(p, lang, now));
  switch (change.field) {
    case 'period':
      return change.from
        ? t('item.change.dateChanged', lang, { from: period(change.from), to: period(change.to) })
        : t('item.change.dateSet', lang, { when: period(change.to) });
    case 'time':
      return change.from
        ? t('item.change.timeChanged', lang, { from: timeText(change.from, lang), to: timeText(change.to, lang) })
        : t('item.change.timeSet', lang, { time: timeText(change.to, lang) });
    case 'place':
      return change.from
        ? t('item.change.placeChanged', lang, { from: change.from, to: change.to })
        : t('item.change.placeSet', lang, { place: change.to });
    case 'owner':
      return change.from
        ? t('item.change.ownerChanged', lang, { from: change.from.name, to: change.to.name })
        : t('item.change.ownerSet', lang, { name: change.to.name });
  }
}

/** Saves `item` (new, its id from the activity), or updates the open item of the same kind and title with `fields`. */
export async function saveItem(
  turn: Turn,
  services: Pick<Services, 'items' | 'logger'>,
  item: Item,
  fields: ItemFields,
  saved: { heading: MessageId; undatedNote: MessageId },
): Promise<Reply[]> {
  const lang = turn.lang;
  const scopeKey = turn.scope.key;
  if (await services.items.hasRewrite(scopeKey, item.id)) return alreadyAnswered(turn, services.logger);
  const words = titleIndexWords(item.title);
  const candidates = words.length > 0 ? await services.items.search(scopeKey, words) : [];
  const sameTitle = itemToUpdate(candidates, item.type, item.title, turn.now.toISODate() as IsoDate);
  // An event of that day with the same name under a longer title (added from a log card) is the same event.
  const sameDay =
    !sameTitle && item.type === 'event' && item.period
      ? sameEventThatDay(await services.items.dueBetween(scopeKey, item.period.start, item.period.start), item.title, item.period)
      : undefined;
  const existing = sameTitle ?? sameDay;
  if (existing && existing.id === item.id) return alreadyAnswered(turn, services.logger); // this very message, again
  if (!existing) {
    if ((await services.items.add(scopeKey, [item], changeOf(turn))) === 'duplicate') return alreadyAnswered(turn, services.logger);
    const heading = t(saved.heading, lang);
    return [
      {
        card: itemCard(item, lang, turn.now, heading, item.period ? '' : t(saved.undatedNote, lang)),
        summary: `${heading}: ${item.title}`,
      },
    ];
  }
  const { item: after, changes } = rewriteItem(existing, fields);
  const outcome = await services.items.rewrite(
    scopeKey,
    existing,
    after,
    { updateId: item.id, by: turn.author.name, at: turn.now.toUTC().toISO() as string },
    changeOf(turn),
  );
  if (outcome === 'duplicate') return alreadyAnswered(turn, services.logger);
  if (changes.length === 0) {
    const heading = t('item.unchanged', lang);
    const note = sameDay ? t('item.sameDayUnchangedNote', lang, { title: after.title }) : t('item.unchangedNote', lang);
    return [{ card: itemCard(after, lang, turn.now, heading, note, 'Default'), summary: `${heading}: ${after.title}` }];
  }
  const heading = t('item.updated', lang, {
    changes: listText(
      changes.map((c) => changeText(c, lang, turn.now)),
      lang,
    ),
  });
  const note = sameDay ? t('item.sameDayNote', lang, { title: after.title }) : t('item.updatedNote', lang);
  return [
    { card: itemCard(after, lang, turn.now, heading, note, 'Good', [restoreButton(item.id, lang)]), summary: `${heading}: ${after.title}` },
  ];
}
