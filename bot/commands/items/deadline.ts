// /deadline (/frist) <title> <date or period>, title first and date last; several lines add one deadline per line
// (a timeline pasted from a slide), shown line by line with one Undo for the whole paste. A line whose title is that of
// an open deadline updates that deadline (the same rule as one /frist written again, bot/commands/items/sameItem.ts), so an
// updated slide pasted again keeps one deadline per milestone.
import { timelineUndoAction } from './itemButtons';
import { MAX_ARGS_CHARS, type CommandDescriptor, type CommandContext, type Reply } from '../types';
import { isTimeline, readDeadlineLine, readTimelineLines, timelineLines } from '../../../domain/timeline';
import { sanitizeUserText } from '../../../domain/text';
import { timelineCard, type TimelineOutcome } from '../../../cards/itemCards';
import { changeText, saveItem } from './sameItem';
import { itemToUpdate, rewriteItem, titleKey, type Item } from '../../../domain/items';
import type { IsoDate } from '../../../domain/types';
import { ItemRepository, titleIndexWords } from '../../../storage/itemRepository';
import { changeOf } from '../../turn';
import { listText, t } from '../../../i18n/catalog';
import { batchIdOf, cleanTitle, newItem } from './itemIds';
import { alreadyAnswered } from '../redelivery';
import { failureText } from '../../../i18n/failures';
import type { Services } from '../../services';
import { readOwner } from '../../../domain/owners';
import { ownerProblemText } from '../plans/plan';

/** What a date that reads but cannot be saved says. */
async function oneDeadline({ turn, args, services }: CommandContext<Ports>): Promise<Reply[]> {
  const lang = turn.lang;
  // One deadline is one line, held to what any one-line command takes (an event too); only a pasted timeline takes
  // more (issue 28: one line of 20,800 characters of "1-" cost 65 ms of CPU to read).
  if (args.length > MAX_ARGS_CHARS) {
    const command = `/${NAMES[lang][0]}`;
    return [{ text: t('turn.tooLong', lang, { command, length: args.length, max: MAX_ARGS_CHARS }) }];
  }
  const owned = readOwner(sanitizeUserText(args), turn.mentions);
  if (!owned.ok) return [{ text: ownerProblemText(owned, lang) }];
  const text = owned.text;
  const line = readDeadlineLine(1, text, { today: turn.now, yearRule: 'future' });
  // No date in the text: a deadline whose date is not set yet ("dato ikke fastsat"), like an event.
  const read = 'period' in line ? line : line.error === 'noDate' ? { title: text, period: undefined } : line;
  if ('error' in read) {
    if (read.error === 'noTitle' || read.error === 'noDate') return [{ text: `${t('item.noTitle', lang)} ${t('item.deadlineHow', lang)}` }];
    return [{ text: failureText('itemDate', { code: read.error }, lang, { text: read.detail ?? text }) }];
  }
  const item = newItem(turn, { type: 'deadline', title: read.title, ...(read.period ? { period: read.period } : {}) });
  if (owned.owner) item.owner = owned.owner;
  const fields = { ...(read.period ? { period: read.period } : {}), ...(owned.owner ? { owner: owned.owner } : {}) };
  return saveItem(turn, services, item, fields, { heading: 'deadline.saved', undatedNote: 'deadline.undatedNote' });
}

/** A timeline on a slide has a dozen lines; a paste far beyond that is more likely a mistake than a plan. */
export const MAX_TIMELINE_LINES = 100;

/** A line of a timeline: a slide's is under 60 characters (title and date, see the examples), and a title longer than
 *  this is no milestone; reading a line costs in proportion to its length (issue 28: 100 lines of 300 characters of
 *  "1-" cost 68 ms of CPU in the full bench), so a longer one is refused before any line is read. */
export const MAX_TIMELINE_LINE_CHARS = 200;
/** Line numbers named in the answer to over-long lines. */
const LONG_LINES_NAMED = 5;

async function timeline({ turn, args, services }: CommandContext<Ports>): Promise<Reply[]> {
  const lang = turn.lang;
  const text = sanitizeUserText(args, { multiline: true });
  const pasted = timelineLines(text);
  const count = pasted.length;
  if (count > MAX_TIMELINE_LINES) return [{ text: t('item.tooManyLines', lang, { count, max: MAX_TIMELINE_LINES }) }];
  const long = pasted.filter((l) => l.text.length > MAX_TIMELINE_LINE_CHARS);
  if (long.length > 0) {
    const named = long.slice(0, LONG_LINES_NAMED).map((l) => String(l.line));
    if (long.length > LONG_LINES_NAMED) named.push(t('item.linesMore', lang, { count: long.length - LONG_LINES_NAMED }));
    const key = long.length === 1 ? 'item.lineTooLong' : 'item.linesTooLong';
    return [{ text: t(key, lang, { lines: listText(named, lang), max: MAX_TIMELINE_LINE_CHARS, length: long[0].text.length }) }];
  }
  const lines = readTimelineLines(pasted, { today: turn.now, yearRule: 'future' });
  const scopeKey = turn.scope.key;
  const today = turn.now.toISODate() as IsoDate;
  const batchId = batchIdOf(turn);
  const outcomes = new Map<number, TimelineOutcome>();
  const fresh: Item[] = [];
  const updates: Array<{ line: number; existing: Item; after: Item }> = [];
  const seen = new Map<string, number>(); // title key → the first line of the paste with it
  const dated = lines.filter((l) => 'period' in l);
  // Every line's candidates in one search: the lines share words, and each word is read once (nothing is written yet).
  const candidates = await services.items.searchEach(
    scopeKey,
    dated.map((l) => titleIndexWords(cleanTitle(l.title))),
  );
  for (const [n, l] of dated.entries()) {
    const item = newItem(turn, { type: 'deadline', title: l.title, period: l.period, line: l.line, batchId });
    const key = titleKey(item.title);
    const first = key ? seen.get(key) : undefined;
    if (first !== undefined) {
      outcomes.set(l.line, { kind: 'repeat', of: first });
      continue;
    }
    if (key) seen.set(key, l.line);
    const existing = itemToUpdate(candidates[n], 'deadline', item.title, today);
    if (!existing || existing.id === item.id) {
      // none, or this very line saved already (a redelivery)
      fresh.push(item);
      outcomes.set(l.line, { kind: 'new' });
      continue;
    }
    const { item: after, changes } = rewriteItem(existing, { period: l.period });
    updates.push({ line: l.line, existing, after });
    outcomes.set(
      l.line,
      changes.length === 0
        ? { kind: 'unchanged' }
        : {
            kind: 'updated',
            changes: listText(
              changes.map((c) => changeText(c, lang, turn.now)),
              lang,
            ),
          },
    );
  }
  // Each update is one transaction with its change record (update|<batchId>-<line>, what the paste's Undo restores
  // from) and its history record; the new deadlines are packed into transactions of at most 100 rows. A redelivered
  // paste finds all of it written already and is answered once.
  let wrote = false;
  // All at once: on the embedded store they share one commit (one fsync, not one a line), on Azure the round trips.
  const at = turn.now.toUTC().toISO() as string;
  const rewritten = await Promise.all(
    updates.map((u) => {
      const record = { updateId: ItemRepository.batchUpdateId(batchId, u.line), by: turn.author.name, at };
      return services.items.rewrite(scopeKey, u.existing, u.after, record, changeOf(turn));
    }),
  );
  if (rewritten.includes('saved')) wrote = true;
  if (fresh.length > 0 && (await services.items.add(scopeKey, fresh, changeOf(turn))) === 'saved') wrote = true;
  if (!wrote && outcomes.size > 0) return alreadyAnswered(turn, services.logger);
  const card = timelineCard(lines, { lang, today: turn.now, batchId, state: 'saved', outcomes });
  return [{ card, summary: t('timeline.saved', lang) }];
}

/** Its names, also in what it answers. */
const NAMES = { da: ['frist'], en: ['deadline'] } as const;

/** What deadline uses. */
type Ports = Pick<Services, 'items' | 'logger'>;

export const deadlineCommand: CommandDescriptor<Ports> = {
  command: 'deadline',
  // Every line at its limit, with room for a bullet and the line break: more is refused before it is read.
  maxArgsChars: MAX_TIMELINE_LINES * (MAX_TIMELINE_LINE_CHARS + 8),
  names: NAMES,
  bare: true,
  help: { section: 'coming', lines: ['deadline'] },
  actions: [timelineUndoAction],
  storesMentions: true,
  async run(ctx) {
    if (!ctx.args.trim()) return [{ text: t('item.deadlineHow', ctx.turn.lang) }];
    return isTimeline(ctx.args) ? timeline(ctx) : oneDeadline(ctx);
  },
};
