// The log cards' buttons (Action.Execute). Each answer is a card that replaces the pressed one for everyone.
// The scope is always the conversation's: a key from another scope's card finds nothing and changes nothing.
import { DateTime } from 'luxon';
import { interpretLogText } from '../../../domain/logText';
import { logFormCard, logSavedCard, logUndoneCard, resultPickerCard } from '../../../cards/logCards';
import { LOG_VERBS, readLogButton, type LogButtonData } from '../../../cards/logButton';
import { keepLink, linkResult, type LogEntry } from '../../../domain/logEntry';
import type { ExperimentResult } from '../../../storage/experimentRepository';
import type { Services } from '../../services';
import { formatPeriod, listText } from '../../../i18n/catalog';
import { listsFor } from '../lists';
import { entryIdFor, entryOf, notFoundText, problemText, entryView, readForm } from './entryForm';
import { t } from '../../../i18n/catalog';
import { action, type ActionContext, type ActionResult, type CardAction } from '../types';
import { entryKey } from '../../../storage/logRepository';
import { changeOf } from '../../turn';
import { addComingAsEvent } from './comingEvent';

/** What the log buttons use: the log, the items (a coming date made an event), the registry's results and the
 *  scope's lists the text is read with. */
type Ports = Pick<Services, 'log' | 'items' | 'experiments' | 'scopes'>;
type LogContext = ActionContext<LogButtonData, Ports>;

function missingKind(ctx: LogContext): ActionResult {
  return { message: t('log.chooseKindFirst', ctx.turn.lang) };
}

/** Saves a new entry from the kind buttons or the /log form. */
async function create(ctx: LogContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const kind = data.kind;
  if (!kind) return missingKind(ctx);
  // The day of the original message, so pressing a button tomorrow does not move the entry.
  const at = DateTime.fromISO(data.at, { setZone: true });
  const today = at.isValid ? at.setZone(turn.zone) : turn.now;
  const lists = await listsFor(services, turn.scope.key);
  const date = data.date;
  const read = interpretLogText(data.text, kind, today, lists, date ? { date } : {}, data.links);
  if (!read.ok) return { message: problemText(read, turn.lang) };
  const id = /^[\w-]{8,32}$/.test(data.ref) ? data.ref : entryIdFor(turn.conversationId, turn.activityId);
  const entry = entryOf(id, read.draft, kind, turn, { participants: data.colleagues });
  const outcome = await services.log.add(turn.scope.key, entry, changeOf(turn));
  if (outcome === 'duplicate') {
    // This form or button was used before: a redelivery shows the entry as saved; the form's Gem pressed again with
    // other values edits that one entry (never a second entry with the same id).
    const stored = (await services.log.findById(turn.scope.key, id)) ?? (await services.log.get(turn.scope.key, entryKey(entry)));
    if (stored && stored.kind === entry.kind && stored.text === entry.text && stored.happenedOn === entry.happenedOn) {
      return { card: logSavedCard(entryView(stored), turn.lang, turn.now) };
    }
    if (stored) {
      const after = keepLink(stored, {
        ...entry,
        authorName: stored.authorName,
        authorAadId: stored.authorAadId,
        writtenAt: stored.writtenAt,
      });
      await services.log.replace(turn.scope.key, stored, after, changeOf(turn));
      return { card: logSavedCard(entryView(after), turn.lang, turn.now, { edited: true }) };
    }
  }
  return { card: logSavedCard(entryView(entry), turn.lang, turn.now) };
}

/** The coming date of an entry as an event ("Tilføj som arrangement"). Pressing twice saves it once. */
async function addComingEvent(ctx: LogContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const entry = await services.log.get(turn.scope.key, data.entry);
  if (!entry) return { message: notFoundText(turn.lang) };
  if (!entry.coming) return { card: logSavedCard(entryView(entry), turn.lang, turn.now) };
  const outcome = await addComingAsEvent(services, turn, { ...entry, coming: entry.coming });
  if ('existed' in outcome) return { card: logSavedCard(entryView(entry), turn.lang, turn.now, { eventExisted: outcome.existed }) };
  return { card: logSavedCard(entryView(entry), turn.lang, turn.now, { eventAdded: turn.author.name || '?' }) };
}

/** The results an entry may be linked to: those of the experiments it is about, newest first (one range read each;
 *  an entry names at most a few experiments). */
async function resultsOf(services: Pick<Services, 'experiments'>, scopeKey: string, entry: LogEntry): Promise<ExperimentResult[]> {
  const lists = await Promise.all([...new Set(entry.experiments)].map((x) => services.experiments.resultsFor(scopeKey, x)));
  return lists.flat();
}

/** "Brugt resultat…" on the entry's card: the picker of its experiments' results. */
async function pickResult(ctx: LogContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const entry = await services.log.get(turn.scope.key, data.entry);
  if (!entry) return { message: notFoundText(lang) };
  if (entry.experiments.length === 0) return { message: t('logResult.noExperiment', lang) };
  const results = await resultsOf(services, turn.scope.key, entry);
  if (results.length === 0) {
    return { message: t('logResult.noResults', lang, { experiments: listText(entry.experiments, lang), first: entry.experiments[0] }) };
  }
  const choices = results.slice(0, 20).map((r) => {
    const text = r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text;
    return { id: r.id, title: `${r.experiment}: ${text}${r.period ? ` (${formatPeriod(r.period, lang, turn.now)})` : ''}` };
  });
  // Only the one choosing sees the picker; the link, once made, updates the entry's card for everyone.
  return { card: resultPickerCard(entryView(entry), choices, entry.result?.id, lang), onlyForPresser: true };
}

/** "Knyt til logposten": links the chosen result (or none) and writes the entry back with its change record. */
async function linkChosenResult(ctx: LogContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const before = await services.log.get(turn.scope.key, data.entry);
  if (!before) return { message: notFoundText(lang) };
  const chosen = data.result;
  let result: ExperimentResult | undefined;
  if (chosen && chosen !== 'none') {
    // Only a result of this entry's experiments, in this scope: an id from elsewhere finds nothing.
    result = (await resultsOf(services, turn.scope.key, before)).find((r) => r.id === chosen);
    if (!result) return { message: t('logResult.unknown', lang) };
  }
  const after = linkResult(before, result);
  if (after.result?.id !== before.result?.id) await services.log.replace(turn.scope.key, before, after, changeOf(turn));
  return { card: logSavedCard(entryView(after), lang, turn.now, { resultLinked: after.result ? 'linked' : 'unlinked' }) };
}

/** Every log button's handler, by its verb's name in LOG_VERBS: none is left out. */
const HANDLERS: Record<keyof typeof LOG_VERBS, (ctx: LogContext) => Promise<ActionResult>> = {
  pickResult: pickResult,
  linkResult: linkChosenResult,
  async show({ turn, services, data }) {
    const entry = await services.log.get(turn.scope.key, data.entry);
    return entry ? { card: logSavedCard(entryView(entry), turn.lang, turn.now) } : { message: notFoundText(turn.lang) };
  },
  addEvent: addComingEvent,
  kind: create,
  create: create,
  async undo({ turn, services, data }) {
    const entry = await services.log.get(turn.scope.key, data.entry);
    if (!entry) return { message: notFoundText(turn.lang) };
    const outcome = await services.log.undo(turn.scope.key, entry, turn.author, turn.now.toUTC().toISO()!);
    // Two presses at once: one removes it, the other is told so (not "something went wrong").
    if (outcome === 'alreadyUndone') return { message: t('log.alreadyUndone', turn.lang) };
    return { card: logUndoneCard(entryView(entry), turn.lang, turn.now, turn.author.name) };
  },
  async edit({ turn, services, data }) {
    const entry = await services.log.get(turn.scope.key, data.entry);
    if (!entry) return { message: notFoundText(turn.lang) };
    // A period's entry leaves the date field empty: its first day would be a made-up date ("1. oktober").
    const date = entry.period || entry.coming ? undefined : entry.happenedOn;
    return {
      card: logFormCard(turn.lang, { verb: LOG_VERBS.update, data: { entry: data.entry }, kind: entry.kind, text: entry.text, date }),
    };
  },
  async update(ctx) {
    const { turn, services, data } = ctx;
    const before = await services.log.get(turn.scope.key, data.entry);
    if (!before) return { message: notFoundText(turn.lang) };
    const kind = data.kind;
    if (!kind) return missingKind(ctx);
    const lists = await listsFor(services, turn.scope.key);
    // The form shows the text without its links; they stay with the entry, and a link written in the text is added.
    // The text is read as on the day it was first logged (a message's: the day the message was written).
    const written = DateTime.fromISO(before.fromMessage?.at ?? before.writtenAt, { setZone: true });
    const loggedOn = written.isValid ? written.setZone(turn.zone) : turn.now;
    const otherwise = before.period || before.coming ? loggedOn.toISODate()! : before.happenedOn;
    const read = readForm(
      { text: data.text, kind, picked: data.date, was: data.was, otherwise, links: before.links ?? [] },
      loggedOn,
      lists,
    );
    if (!read.ok) return { message: problemText(read, turn.lang) };
    const kept = { participants: before.participants ?? [], fromMessage: before.fromMessage };
    const edited = {
      ...entryOf(before.id, read.draft, kind, turn, kept),
      authorName: before.authorName,
      authorAadId: before.authorAadId,
      writtenAt: before.writtenAt,
    };
    const after = keepLink(before, edited);
    await services.log.replace(turn.scope.key, before, after, changeOf(turn));
    return { card: logSavedCard(entryView(after), turn.lang, turn.now, { edited: true }) };
  },
};

export const logButtons: CardAction[] = (Object.keys(HANDLERS) as Array<keyof typeof LOG_VERBS>).map((name) =>
  action<LogButtonData, Ports>({ verb: LOG_VERBS[name], read: readLogButton, run: HANDLERS[name] }),
);
