// Turning a read /log draft into a stored entry and its card. Shared by the /log command and the log card actions.
import { createHash } from 'node:crypto';
import type { DateTime } from 'luxon';
import type { LogDraft, LogInterpretation, LogProblem } from '../../../domain/logText';
import { comingEventTitle, interpretLogText, MAX_LOG_TEXT } from '../../../domain/logText';
import type { RecognizeLists } from '../../../domain/recognize';
import type { EntryKind } from '../../../domain/vocabulary';
import { kindLabel } from '../../../domain/vocabulary';
import type { Colleague, IsoDate, Lang } from '../../../domain/types';
import { searchWords } from '../../../domain/text';
import { sourceOfUrl } from '../../../domain/links';
import { t, type Vars } from '../../../i18n/catalog';
import { entryKey } from '../../../storage/logRepository';
import type { LogEntry } from '../../../domain/logEntry';
import type { LogEntryView } from '../../../cards/logCards';
import type { Turn } from '../../turn';
import { failureText } from '../../../i18n/failures';
import type { LogRepository } from '../../../storage/logRepository';
import type { Logger } from '../../logger';
import type { ListSources } from '../lists';

/** The same activity in the same conversation always gives the same id: Teams' redeliveries are logged once. */
export function entryIdFor(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}\n${activityId}`).digest('base64url').slice(0, 16);
}

/**
 * The entry to store. Colleagues are the turn's @mentions unless the caller says who (the dialog's choice); their
 * names and the people quoted are searchable (/søg Jens) like the text.
 */
export function entryOf(
  id: string,
  draft: LogDraft,
  kind: EntryKind,
  turn: Turn,
  extra: { participants?: Colleague[]; fromMessage?: LogEntry['fromMessage'] } = {},
): LogEntry {
  const participants = extra.participants ?? turn.mentions;
  const names = [...participants.map((p) => p.name), ...draft.quoted];
  const words = names.length ? [...new Set([...draft.words, ...searchWords(names.join(' '))])] : draft.words;
  return {
    id,
    kind,
    text: draft.text,
    happenedOn: draft.happenedOn,
    ...(draft.dateText ? { dateText: draft.dateText } : {}),
    ...(draft.period ? { period: draft.period } : {}),
    ...(draft.coming ? { coming: draft.coming } : {}),
    ...(draft.yearChosen ? { yearChosen: draft.yearChosen } : {}),
    authorName: turn.author.name,
    authorAadId: turn.author.aadObjectId,
    writtenAt: turn.now.toUTC().toISO()!,
    stakeholders: draft.recognized.stakeholders,
    outlets: draft.recognized.outlets,
    experiments: draft.recognized.experiments,
    municipalities: draft.recognized.municipalities,
    words,
    ...(draft.links.length ? { links: draft.links.map((l) => l.url) } : {}),
    ...(participants.length ? { participants } : {}),
    ...(draft.quoted.length ? { quoted: draft.quoted } : {}),
    ...(extra.fromMessage ? { fromMessage: extra.fromMessage } : {}),
  };
}

/** A form's fields as they came back: the day in its date field, the day it was filled with, links kept beside. */
export interface FormFields {
  text: string;
  kind: EntryKind;
  /** The day in the date field, when it holds one. */
  picked?: IsoDate;
  /** The day the form was filled with ('' for none). */
  was: string;
  /** The day when neither the field nor the text names one (default: the day it was logged). */
  otherwise?: IsoDate;
  links: readonly string[];
}

/**
 * Reads a form's text and date field together (Edit, the "Log i Tovholder" dialog), as on `loggedOn`, the day it was
 * first logged (a year later "d. 12. november" still means the same day). A day picked in the date field wins,
 * unless it is the one the form was filled with and the text names a date of its own: then the text says it, with
 * its period or coming date.
 */
export function readForm(f: FormFields, loggedOn: DateTime, lists: RecognizeLists): LogInterpretation {
  const changed = f.picked && f.picked !== f.was ? f.picked : undefined;
  const read = interpretLogText(f.text, f.kind, loggedOn, lists, changed ? { date: changed } : { otherwise: f.otherwise }, f.links);
  if (read.ok && !changed && f.picked && !read.draft.dateText)
    return interpretLogText(f.text, f.kind, loggedOn, lists, { date: f.picked }, f.links);
  return read;
}

export function entryView(e: LogEntry): LogEntryView {
  return {
    key: entryKey(e),
    kind: e.kind,
    text: e.text,
    happenedOn: e.happenedOn,
    authorName: e.authorName,
    stakeholders: e.stakeholders,
    experiments: e.experiments,
    municipalities: e.municipalities,
    ...(e.period ? { period: e.period } : {}),
    ...(e.coming ? { coming: e.coming, comingTitle: comingEventTitle(e.text, e.dateText) } : {}),
    ...(e.yearChosen ? { yearChosen: e.yearChosen } : {}),
    links: (e.links ?? []).map((url) => ({ url, label: sourceOfUrl(url)?.label ?? new URL(url).hostname.replace(/^www\./, '') })),
    participants: (e.participants ?? []).map((p) => p.name),
    quoted: e.quoted ?? [],
    fromName: e.fromMessage?.authorName ?? '',
    ...(e.result ? { result: e.result.text } : {}),
  };
}

/** What was wrong with a /log, and how to write it. Nothing was saved. */
export function problemText(p: LogProblem, lang: Lang): string {
  const vars: Vars = p.code === 'noText' ? { kind: kindLabel(p.kind, lang) } : p.code === 'impossibleDate' ? { date: p.dateText } : {};
  return failureText('log', p, lang, { max: MAX_LOG_TEXT, ...vars });
}

export function notFoundText(lang: Lang): string {
  return t('log.notFound', lang);
}

/** What /log needs: the scope's lists, the log to add to, and a logger for redeliveries. */
export interface LogPorts extends ListSources {
  log: Pick<LogRepository, 'add' | 'between' | 'findById'>;
  logger: Pick<Logger, 'info'>;
}
