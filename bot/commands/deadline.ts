// /deadline (/frist) <title> <date or period>, title first and date last; several lines add one deadline per line
// (a timeline pasted from a slide), shown line by line with one Undo for the whole paste.
import type { CommandHandler, CommandContext, Reply } from './types';
import { isTimeline, readDeadlineLine, readTimeline, timelineLines } from '../../domain/timeline';
import { sanitizeUserText } from '../../domain/text';
import { itemCard, timelineCard } from '../../cards/itemCards';
import { itemMsg } from './itemMessages';
import { batchIdOf, newItem } from './itemIds';

const HEADINGS = {
  da: { saved: 'Frist gemt', duplicate: 'Fristen er allerede gemt', timeline: 'Tidsplan gemt' },
  en: { saved: 'Deadline saved', duplicate: 'The deadline is already saved', timeline: 'Timeline saved' },
};

async function oneDeadline({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const lang = turn.lang;
  const text = sanitizeUserText(args);
  const line = readDeadlineLine(1, text, { today: turn.now, yearRule: 'future' });
  if (!('period' in line)) {
    if (line.error === 'noDate') return [{ text: `${itemMsg('noDate', lang, { text })} ${itemMsg('deadlineHow', lang)}` }];
    if (line.error === 'noTitle') return [{ text: `${itemMsg('noTitle', lang)} ${itemMsg('deadlineHow', lang)}` }];
    return [{ text: itemMsg(line.error, lang, { text: line.detail ?? text }) }];
  }
  const item = newItem(turn, { type: 'deadline', title: line.title, period: line.period });
  const outcome = await services.items.add(turn.scope.key, [item]);
  const saved = outcome === 'saved' ? item : (await services.items.get(turn.scope.key, item.id)) ?? item;
  const h = HEADINGS[lang];
  return [{ card: itemCard(saved, lang, turn.now, outcome === 'saved' ? h.saved : h.duplicate), summary: `${h.saved}: ${saved.title}` }];
}

/** A timeline on a slide has a dozen lines; a paste far beyond that is more likely a mistake than a plan. */
export const MAX_TIMELINE_LINES = 100;

async function timeline({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const lang = turn.lang;
  const text = sanitizeUserText(args, { multiline: true });
  const count = timelineLines(text).length;
  if (count > MAX_TIMELINE_LINES) return [{ text: itemMsg('tooManyLines', lang, { count, max: MAX_TIMELINE_LINES }) }];
  const lines = readTimeline(text, { today: turn.now, yearRule: 'future' });
  const batchId = batchIdOf(turn);
  const items = lines.flatMap((l) => ('period' in l ? [newItem(turn, { type: 'deadline', title: l.title, period: l.period, line: l.line, batchId })] : []));
  const outcome = items.length > 0 ? await services.items.add(turn.scope.key, items) : 'saved';
  const card = timelineCard(lines, { lang, today: turn.now, batchId, state: outcome });
  return [{ card, summary: HEADINGS[lang].timeline }];
}

export const deadlineCommand: CommandHandler = {
  command: 'deadline',
  async run(ctx) {
    if (!ctx.args.trim()) return [{ text: itemMsg('deadlineHow', ctx.turn.lang) }];
    return isTimeline(ctx.args) ? timeline(ctx) : oneDeadline(ctx);
  },
};
