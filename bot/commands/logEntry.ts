// Turning a read /log draft into a stored entry and its card. Shared by the /log command and the log card actions.
import { createHash } from 'node:crypto';
import type { LogDraft, LogProblem } from '../../domain/logText';
import { MAX_LOG_TEXT } from '../../domain/logText';
import type { EntryKind } from '../../domain/vocabulary';
import { kindLabel } from '../../domain/vocabulary';
import type { Colleague, Lang } from '../../domain/types';
import { searchWords } from '../../domain/text';
import { sourceOfUrl } from '../../domain/links';
import { entryKey, type LogEntry } from '../../storage/logRepository';
import type { LogEntryView } from '../../cards/logCards';
import type { Turn } from '../turn';

/** The same activity in the same conversation always gives the same id: Teams' redeliveries are logged once. */
export function entryIdFor(conversationId: string, activityId: string): string {
  return createHash('sha256').update(`${conversationId}\n${activityId}`).digest('base64url').slice(0, 16);
}

/**
 * The entry to store. Colleagues are the turn's @mentions unless the caller says who (the dialog's choice); their
 * names and the people quoted are searchable (/søg Jens) like the text.
 */
export function entryOf(id: string, draft: LogDraft, kind: EntryKind, turn: Turn, extra: { participants?: Colleague[]; fromMessage?: LogEntry['fromMessage'] } = {}): LogEntry {
  const participants = extra.participants ?? turn.mentions;
  const names = [...participants.map((p) => p.name), ...draft.quoted];
  const words = names.length ? [...new Set([...draft.words, ...searchWords(names.join(' '))])] : draft.words;
  return {
    id,
    kind,
    text: draft.text,
    happenedOn: draft.happenedOn,
    ...(draft.dateText ? { dateText: draft.dateText } : {}),
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

export function viewOf(e: LogEntry): LogEntryView {
  return {
    key: entryKey(e), kind: e.kind, text: e.text, happenedOn: e.happenedOn, authorName: e.authorName,
    stakeholders: e.stakeholders, experiments: e.experiments, municipalities: e.municipalities,
    links: (e.links ?? []).map((url) => ({ url, label: sourceOfUrl(url)?.label ?? new URL(url).hostname.replace(/^www\./, '') })),
    participants: (e.participants ?? []).map((p) => p.name),
    quoted: e.quoted ?? [],
    fromName: e.fromMessage?.authorName ?? '',
  };
}

/** What was wrong with a /log, and how to write it. Nothing was saved. */
export function problemText(p: LogProblem, lang: Lang): string {
  switch (p.problem) {
    case 'tooLong':
      return lang === 'da'
        ? `Teksten er ${p.length} tegn lang, men en logpost må højst være ${MAX_LOG_TEXT} tegn. Intet er gemt. Forkort den og prøv igen.`
        : `The text is ${p.length} characters long, but a log entry can be at most ${MAX_LOG_TEXT}. Nothing was saved. Shorten it and try again.`;
    case 'noText':
      return lang === 'da'
        ? `Skriv hvad der skete efter "${kindLabel(p.kind, 'da')}", fx "/log ${kindLabel(p.kind, 'da')} Jyllandsposten skrev om mikrolån". Intet er gemt.`
        : `Write what happened after "${kindLabel(p.kind, 'en')}", e.g. "/log ${kindLabel(p.kind, 'en')} Jyllandsposten wrote about micro-loans". Nothing was saved.`;
    case 'impossibleDate':
      return lang === 'da'
        ? `"${p.dateText}" er ikke en dato, der findes, så intet er gemt. Ret datoen og prøv igen, fx "d. 28. februar" eller "i går".`
        : `"${p.dateText}" is not a date that exists, so nothing was saved. Correct it and try again, e.g. "28 February" or "yesterday".`;
    case 'empty':
      return lang === 'da'
        ? 'Skriv hvad I har gjort, fx "/log presse Jyllandsposten om mikrolån".'
        : 'Write what you did, e.g. "/log press Jyllandsposten on micro-loans".';
  }
}

export function notFoundText(lang: Lang): string {
  return lang === 'da'
    ? 'Den logpost findes ikke i denne log (den kan være fortrudt, eller kortet hører til en anden kanal). Intet er ændret.'
    : 'That log entry is not in this log (it may have been undone, or the card belongs to another channel). Nothing was changed.';
}
