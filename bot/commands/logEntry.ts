// Turning a read /log draft into a stored entry and its card. Shared by the /log command and the log card actions.
import { createHash } from 'node:crypto';
import type { LogDraft, LogProblem } from '../../domain/logText';
import { comingEventTitle, MAX_LOG_TEXT } from '../../domain/logText';
import type { EntryKind } from '../../domain/vocabulary';
import { kindLabel } from '../../domain/vocabulary';
import type { Lang } from '../../domain/types';
import { t } from '../../i18n/catalog';
import { entryKey } from '../../storage/logRepository';
import type { LogEntry } from '../../domain/logEntry';
import type { LogEntryView } from '../../cards/logCards';
import type { Turn } from '../turn';

/** The same activity in the same conversation always gives the same id: Teams' redeliveries are logged once. */
export function entryIdFor(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}\n${activityId}`).digest('base64url').slice(0, 16);
}

export function entryOf(id: string, draft: LogDraft, kind: EntryKind, turn: Turn): LogEntry {
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
    words: draft.words,
  };
}

export function entryView(e: LogEntry): LogEntryView {
  return {
    key: entryKey(e), kind: e.kind, text: e.text, happenedOn: e.happenedOn, authorName: e.authorName,
    stakeholders: e.stakeholders, experiments: e.experiments, municipalities: e.municipalities,
    ...(e.period ? { period: e.period } : {}),
    ...(e.coming ? { coming: e.coming, comingTitle: comingEventTitle(e.text, e.dateText) } : {}),
    ...(e.yearChosen ? { yearChosen: e.yearChosen } : {}),
  };
}

/** What was wrong with a /log, and how to write it. Nothing was saved. */
export function problemText(p: LogProblem, lang: Lang): string {
  switch (p.problem) {
    case 'tooLong':
      return t('log.tooLong', lang, { length: p.length, max: MAX_LOG_TEXT });
    case 'noText':
      return t('log.noText', lang, { kind: kindLabel(p.kind, lang) });
    case 'impossibleDate':
      return t('log.impossibleDate', lang, { date: p.dateText });
    case 'empty':
      return t('log.empty', lang);
  }
}

export function notFoundText(lang: Lang): string {
  return t('log.notFound', lang);
}
