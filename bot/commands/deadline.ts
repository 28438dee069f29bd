// /deadline (/frist) <title> <date or period>, title first and date last; several lines add one deadline per line
// (a timeline pasted from a slide), shown line by line with one Undo for the whole paste.
import type { CommandHandler, CommandContext, Reply } from './types';
import { isTimeline, readDeadlineLine, readTimeline, timelineLines } from '../../domain/timeline';
import { sanitizeUserText } from '../../domain/text';
import { timelineCard } from '../../cards/itemCards';
import { saveItem } from './sameItem';
import { changeOf } from '../turn';
import { t, type MessageId } from '../../i18n/catalog';
import { batchIdOf, newItem } from './itemIds';
import { alreadyAnswered } from './redelivery';

/** What a date that reads but cannot be saved says. */
export const DATE_ERROR_TEXT: Record<'impossible' | 'reversed', MessageId> = { impossible: 'item.impossible', reversed: 'item.reversed' };

async function oneDeadline({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const lang = turn.lang;
  const text = sanitizeUserText(args);
  const line = readDeadlineLine(1, text, { today: turn.now, yearRule: 'future' });
  // No date in the text: a deadline whose date is not set yet ("dato ikke fastsat"), like an event.
  const read = 'period' in line ? line : line.error === 'noDate' ? { title: text, period: undefined } : line;
  if ('error' in read) {
    if (read.error === 'noTitle' || read.error === 'noDate') return [{ text: `${t('item.noTitle', lang)} ${t('item.deadlineHow', lang)}` }];
    return [{ text: t(DATE_ERROR_TEXT[read.error], lang, { text: read.detail ?? text }) }];
  }
  const item = newItem(turn, { type: 'deadline', title: read.title, ...(read.period ? { period: read.period } : {}) });
  return saveItem(turn, services, item, read.period ? { period: read.period } : {}, { heading: 'deadline.saved', undatedNote: 'deadline.undatedNote' });
}

/** A timeline on a slide has a dozen lines; a paste far beyond that is more likely a mistake than a plan. */
export const MAX_TIMELINE_LINES = 100;

async function timeline({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const lang = turn.lang;
  const text = sanitizeUserText(args, { multiline: true });
  const count = timelineLines(text).length;
  if (count > MAX_TIMELINE_LINES) return [{ text: t('item.tooManyLines', lang, { count, max: MAX_TIMELINE_LINES }) }];
  const lines = readTimeline(text, { today: turn.now, yearRule: 'future' });
  const batchId = batchIdOf(turn);
  const items = lines.flatMap((l) => ('period' in l ? [newItem(turn, { type: 'deadline', title: l.title, period: l.period, line: l.line, batchId })] : []));
  if (items.length > 0 && (await services.items.add(turn.scope.key, items, changeOf(turn))) === 'duplicate') return alreadyAnswered(turn, services.logger);
  const card = timelineCard(lines, { lang, today: turn.now, batchId, state: 'saved' });
  return [{ card, summary: t('timeline.saved', lang) }];
}

export const deadlineCommand: CommandHandler = {
  command: 'deadline',
  async run(ctx) {
    if (!ctx.args.trim()) return [{ text: t('item.deadlineHow', ctx.turn.lang) }];
    return isTimeline(ctx.args) ? timeline(ctx) : oneDeadline(ctx);
  },
};
