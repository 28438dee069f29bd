// `/log <kind> <text>`: record what was done, in seconds. Replies with what was understood, and Undo/Edit buttons.
import { interpretLog } from '../../domain/logText';
import { chooseKindCard, logFormCard, logSavedCard } from '../../cards/logCards';
import { listsFor } from './lists';
import { entryIdFor, entryOf, problemText, viewOf } from './logEntry';
import type { CommandHandler } from './types';

export const logCommand: CommandHandler = {
  command: 'log',
  async run({ turn, args, services }) {
    const ref = entryIdFor(turn.conversationId, turn.activityId);
    if (args.trim() === '') {
      return [{ card: logFormCard(turn.lang, { verb: 'log.create', data: { ref } }) }];
    }
    const lists = await listsFor(services, turn.scope.key);
    const read = interpretLog(args, turn.now, lists);
    if (!read.ok) return [{ text: problemText(read, turn.lang) }];
    const { draft } = read;
    if (!draft.kind) {
      // No kind and nothing to infer it from: ask, don't guess. The text travels in the buttons; nothing is stored yet.
      const pending = {
        text: draft.text, at: turn.now.toISO(), ref,
        ...(draft.links.length ? { links: draft.links.map((l) => l.url) } : {}),
        ...(turn.mentions.length ? { colleagues: turn.mentions } : {}),
      };
      return [{ card: chooseKindCard(draft.text, turn.lang, pending) }];
    }
    const entry = entryOf(ref, draft, draft.kind, turn);
    const outcome = await services.log.add(turn.scope.key, entry);
    if (outcome === 'duplicate') {
      // Teams delivered this activity again; the first delivery already answered.
      services.logger.info('duplicate_activity', { scope: turn.scope.key, activityId: turn.activityId });
      return [];
    }
    const card = logSavedCard(viewOf(entry), turn.lang, turn.now, { kindInferred: draft.kindInferred });
    return [{ card, summary: turn.lang === 'da' ? `Logget: ${draft.text.slice(0, 80)}` : `Logged: ${draft.text.slice(0, 80)}` }];
  },
};
