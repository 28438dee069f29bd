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
