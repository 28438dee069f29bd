// `/log <kind> <text>`: record what was done, in seconds. Replies with what was understood, and Undo/Edit buttons.
import { logButtons } from './logButtons';
import { interpretLog } from '../../../domain/logText';
import { MAX_LOG_LIST_CHARS, readPastedList } from '../../../domain/logList';
import { addListEventsAction, runLogList, undoLogListAction } from './logList';
import { chooseKindCard, logFormCard, logSavedCard } from '../../../cards/logCards';
import { LOG_VERBS } from '../../../cards/logButton';
import { listsFor } from '../lists';
import { entryIdFor, entryOf, problemText, entryView, type LogPorts } from './entryForm';

export type { LogPorts } from './entryForm';
import type { CommandContext, CommandDescriptor, Reply } from '../types';
import { t } from '../../../i18n/catalog';
import { alreadyAnswered } from '../redelivery';
import { changeOf } from '../../turn';

/** `/log <args>` with only the ports it uses, so a unit test can hand it fakes. */
export async function runLog({
  turn,
  args,
  services,
}: Omit<CommandContext, 'services' | 'help'> & { services: LogPorts }): Promise<Reply[]> {
  const ref = entryIdFor(turn.conversationId, turn.activityId);
  if (args.trim() === '') {
    return [{ card: logFormCard(turn.lang, { verb: LOG_VERBS.create, data: { ref } }) }];
  }
  const lists = await listsFor(services, turn.scope.key);
  // A pasted list (bullets, or lines that each say what and when): one entry a line.
  const pasted = readPastedList(args, turn.now, lists);
  if (pasted.list) return runLogList(turn, pasted, services);
  const read = interpretLog(args, turn.now, lists);
  if (!read.ok) return [{ text: problemText(read, turn.lang) }];
  const { draft } = read;
  if (!draft.kind) {
    // No kind and nothing to infer it from: ask, don't guess. The text travels in the buttons; nothing is stored yet.
    // Links and @mentioned colleagues travel with it: the text alone has neither.
    const pending = {
      text: draft.text,
      at: turn.now.toISO(),
      ref,
      ...(draft.links.length ? { links: draft.links.map((l) => l.url) } : {}),
      ...(turn.mentions.length ? { colleagues: turn.mentions } : {}),
    };
    return [{ card: chooseKindCard(draft.text, turn.lang, pending) }];
  }
  const entry = entryOf(ref, draft, draft.kind, turn);
  const outcome = await services.log.add(turn.scope.key, entry, changeOf(turn));
  if (outcome === 'duplicate') return alreadyAnswered(turn, services.logger);
  const card = logSavedCard(entryView(entry), turn.lang, turn.now, { kindInferred: draft.kindInferred, inferredFrom: draft.inferredFrom });
  return [{ card, summary: t('log.summary', turn.lang, { text: draft.text.slice(0, 80) }) }];
}

export const logCommand: CommandDescriptor<LogPorts> = {
  command: 'log',
  names: { both: ['log'] },
  bare: true,
  help: { section: 'log', lines: ['log', 'logMessage', 'logLink'] },
  actions: [...logButtons, addListEventsAction, undoLogListAction],
  storesMentions: true,
  // A pasted list may be MAX_LOG_LIST_CHARS long; a longer one gets the list's own answer up to twice that, then the
  // turn loop's "too long" without reading it.
  maxArgsChars: 2 * MAX_LOG_LIST_CHARS,
  run: runLog,
};
