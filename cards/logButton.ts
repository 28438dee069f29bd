// The log cards' buttons as a contract: their verbs, and the data they carry, read and checked once before an action
// runs (ActionHandler.read in bot/commands/log/logButtons.ts). The cards (cards/logCards.ts) write this data; a
// button's data is never trusted: strings are checked, lists bounded, and the handler checks keys against its scope.
import { DateTime } from 'luxon';
import type { Colleague, IsoDate } from '../domain/types';
import { ENTRY_KINDS, type EntryKind } from '../domain/vocabulary';

/** The verbs of the log cards' buttons (bot/commands/log/logButtons.ts handles them). */
export const LOG_VERBS = {
  kind: 'log.kind',
  create: 'log.create',
  update: 'log.update',
  undo: 'log.undo',
  edit: 'log.edit',
  show: 'log.show',
  addEvent: 'log.addEvent',
  pickResult: 'log.pickResult',
  linkResult: 'log.linkResult',
} as const;

/** What a log button's data holds, once read: '' or [] where the card put nothing (or something else). */
export interface LogButtonData {
  /** The entry's key (Undo, Ret, Historik, the result picker). */
  entry: string;
  kind: EntryKind | undefined;
  text: string;
  /** The instant of the message a kind button came from, so a press tomorrow does not move the entry. */
  at: string;
  date: IsoDate | undefined;
  /** The date the form showed, to tell a date picked from one left as it was. */
  was: string;
  /** The id the entry is saved under (the form's and the kind buttons'). */
  ref: string;
  /** The links the /log message had, kept beside its text. */
  links: string[];
  /** Colleagues the message @mentioned. */
  colleagues: Colleague[];
  /** The result chosen in the picker ('none' for none). */
  result: string;
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function kindOf(v: unknown): EntryKind | undefined {
  return ENTRY_KINDS.find((k) => k === v);
}

export function isoDateOf(v: unknown): IsoDate | undefined {
  const s = str(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid ? s : undefined;
}

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

/** A log button's raw data, read once. */
export function readLogButton(raw: Record<string, unknown>): LogButtonData {
  return {
    entry: str(raw.entry),
    kind: kindOf(raw.kind),
    text: str(raw.text),
    at: str(raw.at),
    date: isoDateOf(raw.date),
    was: str(raw.was),
    ref: str(raw.ref),
    links: strings(raw.links),
    colleagues: colleaguesOf(raw.colleagues),
    result: str(raw.result),
  };
}

/** The message a "Log i Tovholder" dialog was opened on, as the dialog carries it to the save (Teams may or may not
 *  send the message's payload again). */
export interface DialogMessage {
  id: string;
  /** The first message of its thread in a channel (the message itself when it starts one). */
  root: string;
  at: string;
  authorName: string;
  authorAadId: string;
}

/** What the "Log i Tovholder" dialog (cards/logCards.ts logDialogCard) submits, read once: the fields as typed. */
export interface LogDialogData {
  kind: EntryKind | undefined;
  text: string;
  /** The date field as it came ('' when empty); checked by the save, which names a bad one. */
  date: string;
  /** The date the dialog showed, to tell a date picked from one left as it was. */
  was: string;
  /** The words of the links field. */
  links: string[];
  /** The colleagues the dialog offered, and the indexes of those ticked. */
  colleagues: Colleague[];
  chosen: string[];
  /** Who wrote the message, as typed; undefined from a dialog drawn before the field existed. */
  fromName: string | undefined;
  message: DialogMessage | undefined;
}

const bounded = (v: unknown, max: number): string => str(v).slice(0, max);

function dialogMessageOf(v: unknown): DialogMessage | undefined {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const id = bounded(o.id, 200);
  if (!id) return undefined;
  return {
    id,
    root: bounded(o.root, 200) || id,
    at: bounded(o.at, 40),
    authorName: bounded(o.authorName, 200),
    authorAadId: bounded(o.authorAadId, 64),
  };
}

/** The dialog's submitted data, read once. The typed fields stay whole (the save names one that is too long, with its
 *  length); what the dialog carried for itself is bounded. */
export function readLogDialog(raw: Record<string, unknown>): LogDialogData {
  return {
    kind: kindOf(raw.kind),
    text: str(raw.text),
    date: str(raw.date),
    was: bounded(raw.was, 40),
    links: str(raw.links).split(/\s+/).filter(Boolean),
    colleagues: colleaguesOf(raw.colleagues),
    chosen: bounded(raw.chosenColleagues, 200).split(',').filter(Boolean),
    fromName: typeof raw.fromName === 'string' ? raw.fromName : undefined,
    message: dialogMessageOf(raw.message),
  };
}
