// The coming date of a log entry as an event ("Tilføj som arrangement" on its card, "Tilføj kommende som arrangementer"
// on a pasted list's card): saved once, and not at all when the event of that day and name is on the lists already.
import { createHash } from 'node:crypto';
import { comingEventTitle } from '../../../domain/logText';
import { sameEventThatDay, type Item } from '../../../domain/items';
import type { LogEntry } from '../../../domain/logEntry';
import type { Services } from '../../services';
import { changeOf, type Turn } from '../../turn';
import { cleanTitle } from '../items/itemIds';

/** 'added' (also when this entry's event was added before: its id is the entry's), or the title of the event of that
 *  day and name already there (written with /arrangement first). */
export async function addComingAsEvent(
  services: Pick<Services, 'items'>,
  turn: Turn,
  entry: LogEntry & Required<Pick<LogEntry, 'coming'>>,
): Promise<{ added: true } | { existed: string }> {
  const item: Item = {
    id: `i${createHash('sha256').update(`${turn.scope.key}\n${entry.id}\ncoming`).digest('hex').slice(0, 24)}`,
    type: 'event',
    title: cleanTitle(comingEventTitle(entry.text, entry.dateText)),
    period: entry.coming,
    done: false,
    authorName: turn.author.name,
    authorAadId: turn.author.aadObjectId,
    writtenAt: turn.now.toISO() as string,
  };
  const already = sameEventThatDay(
    await services.items.dueBetween(turn.scope.key, entry.coming.start, entry.coming.start),
    item.title,
    entry.coming,
  );
  if (already && already.id !== item.id) return { existed: already.title };
  await services.items.add(turn.scope.key, [item], changeOf(turn));
  return { added: true };
}
