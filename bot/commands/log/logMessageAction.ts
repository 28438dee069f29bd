// "Log i Tovholder" on a Teams message: the dialog prefilled from the message, and saving what the user sends back.
// No Bot Framework types here: bot/teams/messageExtension.ts turns invokes into these calls and the answers into responses.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { interpretLog, MAX_LOG_TEXT, type LogDraft } from '../../../domain/logText';
import { htmlToText } from '../../../domain/html';
import { cleanLink, MAX_LINKS, takeLinks } from '../../../domain/links';
import { sanitizeUserText } from '../../../domain/text';
import { entraIdOf, type Colleague } from '../../../domain/types';
import type { LogEntry } from '../../../domain/logEntry';
import { logDialogCard, logSavedCard, MAX_FROM_NAME, type DialogFields, type DialogProblem } from '../../../cards/logCards';
import type { CardJson } from '../../../cards/render';
import { t } from '../../../i18n/catalog';
import { listsFor } from '../lists';
import { entryOf, entryView, readForm } from './entryForm';
import type { Services } from '../../services';
import { changeOf, type Turn } from '../../turn';
import type { EntraIdFinder, MentionedPerson } from '../../ports';
import { isoDateOf, type DialogMessage, type LogDialogData } from '../../../cards/logButton';

/** The message the action was used on, as Teams describes it in `messagePayload` (the fields we read). */
export interface MessagePayload {
  id?: string;
  replyToId?: string | null;
  createdDateTime?: string;
  body?: { contentType?: string; content?: string };
  from?: { user?: { id?: string; displayName?: string } | null; application?: { id?: string; displayName?: string } | null } | null;
  mentions?: Array<{ id?: number; mentionText?: string; mentioned?: { user?: { id?: string; displayName?: string } | null } | null }>;
}

/** What the dialog carries from the message to the save (cards/logButton.ts reads it from the dialog's data). */
type MessageRef = DialogMessage;

export type SaveOutcome =
  | { kind: 'saved'; entry: LogEntry; card: CardJson; summary: string; message?: MessageRef }
  | { kind: 'duplicate'; card: CardJson }
  | { kind: 'invalid'; card: CardJson };

/** One Teams message gives one entry id in a conversation (a team's channels and threads share their ids' space). */
export function messageEntryId(conversationId: string, messageId: string): string {
  const conversation = conversationId.split(';messageid=')[0];
  return createHash('sha256').update(`${conversation}\nmessage\n${messageId}`).digest('base64url').slice(0, 16);
}

function refOf(payload: MessagePayload | undefined, fallback: MessageRef | undefined): MessageRef | undefined {
  if (payload?.id) {
    return {
      id: payload.id,
      root: payload.replyToId || payload.id,
      at: payload.createdDateTime ?? '',
      // A message an app or a bot posted has no user: its name is shown, and it has no Entra object id.
      authorName: payload.from?.user?.displayName ?? payload.from?.application?.displayName ?? '',
      authorAadId: payload.from?.user?.id ?? '',
    };
  }
  return fallback;
}

/** Without a look-up (a caller that has no connector): the names, and the ids the mentions carried. */
const idsAsGiven: EntraIdFinder = async (people) => people.map(({ name, aadObjectId }) => ({ name, aadObjectId }));

/** The message's plain text (HTML as text, mentions as names), its links, and the colleagues it @mentions (with the
 *  Entra object id when the mention gives one, else the "29:" id it does give, to look the member up by). */
export function readMessage(payload: MessagePayload): { text: string; links: string[]; colleagues: MentionedPerson[] } {
  const content = payload.body?.content ?? '';
  const isHtml = (payload.body?.contentType ?? 'html').toLowerCase() === 'html';
  const { text, hrefs } = isHtml ? htmlToText(content) : { text: content, hrefs: [] };
  const colleagues: MentionedPerson[] = [];
  for (const m of payload.mentions ?? []) {
    const user = m.mentioned?.user;
    const name = (user?.displayName ?? m.mentionText ?? '').trim();
    if (!user || !name || colleagues.some((c) => c.name === name)) continue;
    const id = user.id ?? '';
    colleagues.push(entraIdOf(id) ? { name, aadObjectId: id } : { name, aadObjectId: '', ...(id ? { teamsId: id } : {}) });
  }
  // An entry keeps at most MAX_LINKS links: the dialog offers no more (a message of 2,000 links made a 41 KB dialog).
  const links = [...new Set(hrefs.map((h) => cleanLink(h)).filter((h): h is string => h !== undefined))].slice(0, MAX_LINKS);
  return { text: sanitizeUserText(text, { multiline: true }), links, colleagues };
}

/** The day a message was written, in the user's zone; the turn's day if Teams gave no time. */
function dayOf(at: string, turn: Turn): DateTime {
  const time = DateTime.fromISO(at, { setZone: true });
  return time.isValid ? time.setZone(turn.zone) : turn.now;
}

function recognisedNames(draft: LogDraft): string[] {
  const r = draft.recognized;
  return [...r.stakeholders, ...r.experiments, ...r.municipalities];
}

/** Only the people lacking an id are looked up; none lacking, no wait. */
async function withIds(people: MentionedPerson[], findIds: EntraIdFinder): Promise<Colleague[]> {
  return people.some((p) => !p.aadObjectId && p.teamsId) ? findIds(people) : idsAsGiven(people);
}

/** What "Log denne besked" uses: the log, and the scope's lists the text is read with. */
export type MessageActionPorts = Pick<Services, 'log' | 'scopes'>;

/** composeExtension/fetchTask: the dialog, or "allerede logget" with the entry when this message already is. The
 *  mentioned colleagues' Entra object ids are found now (findIds), and travel in the form's data to the save. */
export async function openDialog(
  turn: Turn,
  services: MessageActionPorts,
  payload: MessagePayload | undefined,
  findIds: EntraIdFinder = idsAsGiven,
): Promise<{ title: string; card: CardJson }> {
  const title = t('logDialog.title', turn.lang);
  const message = refOf(payload, undefined);
  if (message) {
    const existing = await services.log.findById(turn.scope.key, messageEntryId(turn.conversationId, message.id));
    if (existing) return { title, card: alreadyLoggedCard(existing, turn) };
  }
  const read = payload ? readMessage(payload) : { text: '', links: [], colleagues: [] };
  const colleagues = await withIds(read.colleagues, findIds);
  const day = message ? dayOf(message.at, turn) : turn.now;
  const fields: DialogFields = {
    onMessage: message !== undefined,
    text: read.text,
    date: day.toISODate()!,
    links: read.links,
    colleagues,
    fromName: message?.authorName ?? '',
    submit: {},
  };
  if (read.text.length > 0) {
    const lists = await listsFor(services, turn.scope.key);
    // The same reading as /log, on the day the message was written: the kind it would guess, the date the text
    // names, what it recognises; links apart.
    const guess = interpretLog(read.text.replace(/\n+/g, ' '), day, lists);
    if (guess.ok) {
      const { draft } = guess;
      fields.kind = draft.kind;
      fields.text = takeLinks(read.text).text || draft.text;
      // A period's or a coming date's entry leaves the field empty (as Edit does): its first day would be made up,
      // and the text says it when the dialog is saved.
      fields.date = draft.period || draft.coming ? '' : draft.happenedOn;
      fields.links = [...new Set([...read.links, ...draft.links.map((l) => l.url)])];
      fields.recognised = recognisedNames(draft);
    } else if (guess.code === 'tooLong') {
      fields.tooLong = guess.length;
      fields.text = dialogText(read.text);
    }
  }
  fields.submit = { lang: turn.lang, ...(message ? { message } : {}), colleagues, was: fields.date };
  return { title, card: logDialogCard(turn.lang, fields) };
}

/**
 * The text field of a dialog whose text is too long to save holds only its beginning (twice what an entry may hold):
 * the whole of a 64 KB message would make a card over Teams' 28 KB, which Teams does not show at all.
 */
function dialogText(text: string): string {
  return text.length > 2 * MAX_LOG_TEXT ? text.slice(0, 2 * MAX_LOG_TEXT) : text;
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'da', { sensitivity: 'accent' }) === 0;

/**
 * The message's author as the user named them in the dialog. The Entra object id goes with the name it belongs to:
 * the message's author's when the name is still theirs, a mentioned colleague's when it is one of them, else none
 * (a name typed by hand is not anyone's id, and /mine data and /glem find people by id).
 */
function authorAsNamed(name: string, message: MessageRef, colleagues: Colleague[]): { authorName: string; authorAadId: string } {
  if (sameName(name, sanitizeUserText(message.authorName))) return { authorName: name, authorAadId: message.authorAadId };
  const colleague = colleagues.find((c) => c.aadObjectId && sameName(name, c.name));
  return { authorName: name, authorAadId: colleague?.aadObjectId ?? '' };
}

function alreadyLoggedCard(entry: LogEntry, turn: Turn): CardJson {
  return logSavedCard(entryView(entry), turn.lang, turn.now, { already: true });
}

/** composeExtension/submitAction: validates everything first, then one transaction; the dialog again on bad input.
 *  A ticked colleague whose id the dialog could not find is looked up once more, when Teams sends the message again. */
export async function saveFromDialog(
  turn: Turn,
  services: MessageActionPorts,
  data: LogDialogData,
  payload: MessagePayload | undefined,
  findIds: EntraIdFinder = idsAsGiven,
): Promise<SaveOutcome> {
  const message = refOf(payload, data.message);
  const { text, date, was, links: linkWords, colleagues: colleaguesOffered } = data;
  const chosen = new Set(data.chosen);
  const colleagues = colleaguesOffered.filter((_, i) => chosen.has(String(i)));
  // Who wrote the message, as the dialog's field says (a dialog drawn before the field existed: as Teams said).
  const fromTyped = data.fromName ?? message?.authorName ?? '';
  const again = (problem: DialogProblem): SaveOutcome => ({
    kind: 'invalid',
    card: logDialogCard(turn.lang, {
      onMessage: message !== undefined,
      problem,
      kind: data.kind,
      text: dialogText(text),
      date,
      links: linkWords,
      colleagues: colleaguesOffered,
      chosen: [...chosen],
      fromName: fromTyped,
      submit: { lang: turn.lang, ...(message ? { message } : {}), colleagues: colleaguesOffered, was },
    }),
  });
  const kind = data.kind;
  if (!kind) return again({ code: 'noKind' });
  const clean = sanitizeUserText(text);
  if (clean.length > MAX_LOG_TEXT) return again({ code: 'tooLong', length: clean.length });
  const picked = isoDateOf(date);
  if (date !== '' && !picked) return again({ code: 'badDate', date });
  const badLink = linkWords.find((l) => !cleanLink(l));
  if (badLink) return again({ code: 'badLink', link: badLink });
  const fromName = sanitizeUserText(fromTyped);
  if (message && fromName === '') return again({ code: 'noFrom' });
  if (message && fromName.length > MAX_FROM_NAME) return again({ code: 'fromTooLong', length: fromName.length });
  const day = message ? dayOf(message.at, turn) : turn.now;
  const lists = await listsFor(services, turn.scope.key);
  // The date field as the dialog filled it means "as the text says" (a period, a coming date); a day picked wins.
  const read = readForm({ text, kind, picked, was, links: linkWords }, day, lists);
  if (!read.ok) {
    if (read.code === 'tooLong') return again({ code: 'tooLong', length: read.length });
    if (read.code === 'impossibleDate') return again({ code: 'impossibleDate', date: read.dateText });
    return again({ code: 'noText' });
  }

  const id = message ? messageEntryId(turn.conversationId, message.id) : messageEntryId(turn.conversationId, `dialog ${turn.activityId}`);
  const mentioned = payload ? readMessage(payload).colleagues : [];
  const participants = await withIds(
    colleagues.map((c) => (c.aadObjectId ? c : { ...c, teamsId: mentioned.find((m) => m.name === c.name)?.teamsId })),
    findIds,
  );
  const entry = entryOf(id, read.draft, kind, turn, {
    participants,
    ...(message
      ? {
          fromMessage: {
            id: message.id,
            ...authorAsNamed(fromName, message, [...participants, ...colleaguesOffered]),
            ...(message.at ? { at: message.at } : {}),
          },
        }
      : {}),
  });
  const outcome = await services.log.add(turn.scope.key, entry, changeOf(turn));
  if (outcome === 'duplicate') {
    // Logged before, or by a second Gem pressed at the same moment: the id row made the second insert fail whole.
    const existing = message ? await services.log.findById(turn.scope.key, id) : undefined;
    if (existing) return { kind: 'duplicate', card: alreadyLoggedCard(existing, turn) };
    return { kind: 'duplicate', card: logSavedCard(entryView(entry), turn.lang, turn.now) };
  }
  return {
    kind: 'saved',
    entry,
    card: logSavedCard(entryView(entry), turn.lang, turn.now, { kindInferred: false }),
    summary: t('logDialog.summary', turn.lang, { text: read.draft.text.slice(0, 80) }),
    ...(message ? { message } : {}),
  };
}
