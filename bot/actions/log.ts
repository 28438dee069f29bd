// The log cards' buttons (Action.Execute). Each answer is a card that replaces the pressed one for everyone.
// The scope is always the conversation's: a key from another scope's card finds nothing and changes nothing.
import { DateTime } from 'luxon';
import { interpretLogText } from '../../domain/logText';
import { ENTRY_KINDS, type EntryKind } from '../../domain/vocabulary';
import { logFormCard, logSavedCard, logUndoneCard } from '../../cards/logCards';
import { listsFor } from '../commands/lists';
import { entryIdFor, entryOf, notFoundText, problemText, viewOf } from '../commands/logEntry';
import type { ActionContext, ActionHandler, ActionResult } from '../commands/types';
import { entryKey } from '../../storage/logRepository';
import { SEP } from '../../storage/keys';
import type { Colleague } from '../../domain/types';

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function kindOf(v: unknown): EntryKind | undefined {
  return ENTRY_KINDS.find((k) => k === v);
}

function isoDateOf(v: unknown): string | undefined {
  const s = str(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid ? s : undefined;
}

/** Strings from a button's data (links the /log message had, kept beside its text). */
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10) : [];
}

/** Colleagues carried in a button's data: names and Entra ids as the message's mentions gave them. */
export function colleaguesOf(v: unknown): Colleague[] {
  if (!Array.isArray(v)) return [];
  return v.slice(0, 20).flatMap((c) => {
    const o = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    const name = str(o.name).trim().slice(0, 100);
    return name ? [{ name, aadObjectId: str(o.aadObjectId).slice(0, 64) }] : [];
  });
}

function missingKind(ctx: ActionContext): ActionResult {
  return { message: ctx.turn.lang === 'da' ? 'Vælg en art for logposten. Intet er gemt.' : 'Choose a kind for the log entry. Nothing was saved.' };
}

/** Saves a new entry from the kind buttons or the /log form. */
async function create(ctx: ActionContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const kind = kindOf(data.kind);
  if (!kind) return missingKind(ctx);
  // The day of the original message, so pressing a button tomorrow does not move the entry.
  const at = DateTime.fromISO(str(data.at), { setZone: true });
  const today = at.isValid ? at.setZone(turn.zone) : turn.now;
  const lists = await listsFor(services, turn.scope.key);
  const read = interpretLogText(str(data.text), kind, today, lists, isoDateOf(data.date), strings(data.links));
  if (!read.ok) return { message: problemText(read, turn.lang) };
  const id = /^[\w-]{8,32}$/.test(str(data.ref)) ? str(data.ref) : entryIdFor(turn.conversationId, turn.activityId);
  const entry = entryOf(id, read.draft, kind, turn, { participants: colleaguesOf(data.colleagues) });
  const outcome = await services.log.add(turn.scope.key, entry);
  if (outcome === 'duplicate') {
    // This form or button was used before: a redelivery shows the entry as saved; the form's Gem pressed again with
    // other values edits that one entry (never a second entry with the same id).
    const stored = (await services.log.findById(turn.scope.key, id)) ?? (await services.log.get(turn.scope.key, entryKey(entry)));
    if (stored && stored.kind === entry.kind && stored.text === entry.text && stored.happenedOn === entry.happenedOn) {
      return { card: logSavedCard(viewOf(stored), turn.lang, turn.now) };
    }
    if (stored) {
      const after = { ...entry, authorName: stored.authorName, authorAadId: stored.authorAadId, writtenAt: stored.writtenAt };
      await services.log.replace(turn.scope.key, stored, after);
      return { card: logSavedCard(viewOf(after), turn.lang, turn.now, { edited: true }) };
    }
  }
  return { card: logSavedCard(viewOf(entry), turn.lang, turn.now) };
}

export const logActions: ActionHandler[] = [
  { verb: 'log.kind', run: create },
  { verb: 'log.create', run: create },
  {
    verb: 'log.undo',
    async run({ turn, services, data }) {
      const entry = await services.log.get(turn.scope.key, str(data.entry));
      if (!entry) return { message: notFoundText(turn.lang) };
      await services.log.remove(turn.scope.key, entry, {
        partitionKey: turn.scope.key,
        rowKey: `audit${SEP}${turn.now.toUTC().toISO()}${SEP}${entry.id}`,
        action: 'undo', by: turn.author.name, byAadId: turn.author.aadObjectId, entry: JSON.stringify(entry),
      });
      return { card: logUndoneCard(viewOf(entry), turn.lang, turn.now, turn.author.name) };
    },
  },
  {
    verb: 'log.edit',
    async run({ turn, services, data }) {
      const entry = await services.log.get(turn.scope.key, str(data.entry));
      if (!entry) return { message: notFoundText(turn.lang) };
      return { card: logFormCard(turn.lang, { verb: 'log.update', data: { entry: str(data.entry) }, kind: entry.kind, text: entry.text, date: entry.happenedOn }) };
    },
  },
  {
    verb: 'log.update',
    async run(ctx) {
      const { turn, services, data } = ctx;
      const before = await services.log.get(turn.scope.key, str(data.entry));
      if (!before) return { message: notFoundText(turn.lang) };
      const kind = kindOf(data.kind);
      if (!kind) return missingKind(ctx);
      const lists = await listsFor(services, turn.scope.key);
      // The form shows the text without its links; they stay with the entry, and a link written in the text is added.
      const read = interpretLogText(str(data.text), kind, turn.now, lists, isoDateOf(data.date) ?? before.happenedOn, before.links ?? []);
      if (!read.ok) return { message: problemText(read, turn.lang) };
      const kept = { participants: before.participants ?? [], fromMessage: before.fromMessage };
      const after = { ...entryOf(before.id, read.draft, kind, turn, kept), authorName: before.authorName, authorAadId: before.authorAadId, writtenAt: before.writtenAt };
      await services.log.replace(turn.scope.key, before, after);
      return { card: logSavedCard(viewOf(after), turn.lang, turn.now, { edited: true }) };
    },
  },
];
