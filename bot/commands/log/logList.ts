// A list pasted after /log (the KKR slide's "Status på interessevaretagelse – siden sidst"): one entry per line, each
// with its own kind, date and tags; one card listing what was saved and what could not be read, with one Undo for the
// whole paste. A line already in the log (the same kind, day and text: a list pasted again) is not saved twice.
import { createHash } from 'node:crypto';
import { entryTextKey, MAX_LOG_LIST_CHARS, MAX_LOG_LIST_LINES, type ListLineReading, type PastedList } from '../../../domain/logList';
import type { EntryKind } from '../../../domain/vocabulary';
import { MAX_LOG_TEXT, type LogDraft } from '../../../domain/logText';
import type { Lang } from '../../../domain/types';
import { LOG_LIST_VERBS, logListCard, readLogListButton, type ListLineView, type LogListButtonData } from '../../../cards/logListCard';
import { t } from '../../../i18n/catalog';
import { entryKey } from '../../../storage/logRepository';
import type { LogEntry } from '../../../domain/logEntry';
import type { LogPorts } from './entryForm';
import { entryOf } from './entryForm';
import { alreadyAnswered } from '../redelivery';
import { addComingAsEvent } from './comingEvent';
import { changeOf, type Turn } from '../../turn';
import { action, type Reply } from '../types';
import type { Services } from '../../services';

/** The same line of the same list, read to the same kind and day, gets the same id whatever message carried it. A line
 *  about what is coming is logged on the day it is pasted: its coming date is its day here, so a paste the next day
 *  finds it. */
function listEntryId(scopeKey: string, d: LogDraft & { kind: EntryKind }): string {
  const day = d.coming ? `coming ${d.coming.start} ${d.coming.end}` : d.happenedOn;
  return `p${createHash('sha256')
    .update(`${scopeKey}\n${d.kind}\n${day}\n${entryTextKey(d.text)}`)
    .digest('base64url')
    .slice(0, 15)}`;
}

function whyNot(r: Extract<ListLineReading, { ok: false }>, lang: Lang): string {
  switch (r.problem.code) {
    case 'noKind':
      return t('logList.noKind', lang);
    case 'impossibleDate':
      return t('logList.impossible', lang, { text: r.problem.dateText });
    case 'tooLong':
      return t('logList.tooLong', lang, { max: MAX_LOG_TEXT });
    default:
      return t('logList.noText', lang);
  }
}

function sameEntry(a: Pick<LogEntry, 'kind' | 'text'>, b: Pick<LogEntry, 'kind' | 'text'>): boolean {
  return a.kind === b.kind && entryTextKey(a.text) === entryTextKey(b.text);
}

export async function runLogList(turn: Turn, pasted: Extract<PastedList, { list: true }>, services: LogPorts): Promise<Reply[]> {
  const lang = turn.lang;
  if ('tooLong' in pasted) {
    const { lines, chars } = pasted.tooLong;
    return [{ text: t('logList.tooMany', lang, { lines, chars, maxLines: MAX_LOG_LIST_LINES, maxChars: MAX_LOG_LIST_CHARS }) }];
  }
  const scopeKey = turn.scope.key;
  const views: ListLineView[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>(); // kind, day and text → the first line of the paste with them
  let redelivered = 0;
  let read = 0;
  for (const r of pasted.lines) {
    if (!r.ok && r.problem.code === 'heading') {
      views.push({ line: r.line, text: r.text, outcome: 'heading' });
      continue;
    }
    if (!r.ok) {
      views.push({ line: r.line, text: r.text, outcome: 'unread', why: whyNot(r, lang) });
      continue;
    }
    read++;
    const d = r.draft;
    const id = listEntryId(scopeKey, d);
    const first = seen.get(id);
    if (first !== undefined) {
      views.push({ line: r.line, text: r.text, outcome: 'repeat', of: first });
      continue;
    }
    seen.set(id, r.line);
    const entry = entryOf(id, d, d.kind, turn);
    const shown = {
      line: r.line,
      text: d.text,
      kind: d.kind,
      happenedOn: d.happenedOn,
      ...(d.period ? { period: d.period } : {}),
      ...(d.coming ? { coming: d.coming } : {}),
      tags: [...d.recognized.stakeholders, ...d.recognized.experiments, ...d.recognized.municipalities],
    };
    // Logged before, by this list or one at a time: the same kind and text on the same day.
    const sameDay = await services.log.between(scopeKey, d.happenedOn, d.happenedOn);
    if (sameDay.some((e) => sameEntry(e, entry))) {
      views.push({ ...shown, outcome: 'already' });
      continue;
    }
    const outcome = await services.log.add(scopeKey, entry, changeOf(turn));
    if (outcome === 'duplicate') {
      // This very message again (Teams redelivers): saved by its first delivery at the same instant.
      const stored = await services.log.findById(scopeKey, id);
      if (stored?.writtenAt === entry.writtenAt) redelivered++;
      views.push({ ...shown, outcome: 'already' });
      continue;
    }
    keys.push(entryKey(entry));
    views.push({ ...shown, outcome: 'saved' });
  }
  if (read > 0 && redelivered === read) return alreadyAnswered(turn, services.logger);
  const card = logListCard(views, { lang, today: turn.now, state: 'saved', keys });
  return [{ card, summary: t('logList.summary', lang, { n: keys.length }) }];
}

function savedView(e: LogEntry, line: number): ListLineView {
  return {
    line,
    text: e.text,
    outcome: 'saved',
    kind: e.kind,
    happenedOn: e.happenedOn,
    ...(e.period ? { period: e.period } : {}),
    ...(e.coming ? { coming: e.coming } : {}),
    tags: [...e.stakeholders, ...e.experiments, ...e.municipalities],
  };
}

/** What a list card's buttons use: the log, and the items its coming dates become. */
type ListButtonPorts = Pick<Services, 'log' | 'items'>;

/** "Tilføj kommende som arrangementer": the coming date of each entry of the paste that announces one becomes an event
 *  (once; not when that day's event of that name is there already), and the card says so, for everyone. */
export const addListEventsAction = action<LogListButtonData, ListButtonPorts>({
  verb: LOG_LIST_VERBS.addEvents,
  read: readLogListButton,
  async run({ turn, services, data }) {
    const keys = data.entries;
    const lineNumbers = data.lines;
    const found = await services.log.getMany(turn.scope.key, keys);
    const kept = found.flatMap((e, i) => (e ? [{ e, key: keys[i]!, line: lineNumbers[i] || i + 1 }] : []));
    if (kept.length === 0) return { message: t('logList.alreadyUndone', turn.lang) };
    const events = { added: 0, existed: 0, by: turn.author.name || '?' };
    for (const { e } of kept) {
      if (!e.coming) continue;
      const outcome = await addComingAsEvent(services, turn, { ...e, coming: e.coming });
      if ('added' in outcome) events.added++;
      else events.existed++;
    }
    const views = [...data.others, ...kept.map(({ e, line }) => savedView(e, line))].sort((a, b) => a.line - b.line);
    return { card: logListCard(views, { lang: turn.lang, today: turn.now, state: 'saved', keys: kept.map((k) => k.key), events }) };
  },
});

/** "Fortryd hele listen": every entry the paste saved is undone (each with its audit record), the card struck through
 *  for everyone. An entry undone or edited away meanwhile is left as it is. */
export const undoLogListAction = action<LogListButtonData, ListButtonPorts>({
  verb: LOG_LIST_VERBS.undo,
  read: readLogListButton,
  async run({ turn, services, data }) {
    const keys = data.entries;
    const entries = (await services.log.getMany(turn.scope.key, keys)).filter((e): e is LogEntry => e !== undefined);
    let removed = 0;
    for (const e of entries) {
      if ((await services.log.undo(turn.scope.key, e, turn.author, turn.now.toUTC().toISO()!)) === 'undone') removed++;
    }
    if (entries.length === 0) return { message: t('logList.alreadyUndone', turn.lang) };
    const views = entries.map((e, i) => savedView(e, i + 1));
    return { card: logListCard(views, { lang: turn.lang, today: turn.now, state: 'undone', keys: [], removed }) };
  },
});
