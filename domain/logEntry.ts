// A log entry: one advocacy action someone logged. Pure type shared by storage, the digest, the commands and the cards.
import type { Colleague, IsoDate, Period } from './types';
import type { EntryKind } from './vocabulary';

export interface LogEntry {
  /** Stable id: derived from the conversation and activity id, so a redelivered activity maps to the same entry. */
  id: string;
  kind: EntryKind;
  text: string;
  happenedOn: IsoDate;
  /** How the date was written in the text ("i går", "25. april"), if it was. */
  dateText?: string;
  /** The text names a period ("start oktober"), not a day: shown as such; happenedOn is its first day, for order. */
  period?: Period;
  /** A date ahead that the text announces ("møde d. 12. november"); the entry itself is on the day it was logged. */
  coming?: Period;
  /** The year the bot chose for a date written without one, when it is not the year the entry was logged. */
  yearChosen?: number;
  authorName: string;
  authorAadId: string;
  /** ISO instant of the turn that wrote it. */
  writtenAt: string;
  stakeholders: string[];
  outlets: string[];
  experiments: string[];
  municipalities: string[];
  /** Folded search words (from domain/text searchWords). */
  words: string[];
  /** Web addresses the entry is about (the card opens them; the bot never fetches them). */
  links?: string[];
  /** Colleagues @mentioned in it. */
  participants?: Colleague[];
  /** People quoted in it ("citeret: Jannie Knudsen"). */
  quoted?: string[];
  /** Logged from a Teams message ("Log i Tovholder"): that message, and the instant it was written (its text was read
   *  as on that day, and Edit reads it so again). The entry's id is derived from it, and the id row (see
   *  LogRepository.findById) makes it logged once per scope, whatever date or text the dialog was saved with. */
  fromMessage?: { id: string; authorName: string; authorAadId: string; at?: string };
  /** The experiment's result this entry used as its talking point (a copy of its text, so the card needs no read). */
  result?: ResultLink;
}

/** A log entry's link to one result of one of its experiments. */
export interface ResultLink {
  /** The result's id (storage/experimentRepository.ts). */
  id: string;
  experiment: string;
  /** The result's text, cut at RESULT_LINK_CHARS. */
  text: string;
}

/** How much of a result's text an entry keeps with its link. */
export const RESULT_LINK_CHARS = 200;

/**
 * The rule of linking: an entry uses at most one result, and only a result of an experiment the entry is about (the
 * caller offers no other). Linking another result replaces the link; `undefined` removes it. The entry itself is
 * otherwise unchanged. Pure.
 */
export function linkResult(entry: LogEntry, result: { id: string; experiment: string; text: string } | undefined): LogEntry {
  const rest: LogEntry = { ...entry };
  delete rest.result;
  if (!result) return rest;
  const text = result.text.length > RESULT_LINK_CHARS ? `${result.text.slice(0, RESULT_LINK_CHARS - 1)}…` : result.text;
  return { ...rest, result: { id: result.id, experiment: result.experiment, text } };
}

/** An edited entry keeps its link while it is still about the result's experiment; an edit that drops the
 *  experiment drops the link. */
export function keepLink(before: LogEntry, after: LogEntry): LogEntry {
  const link = before.result;
  return link && after.experiments.includes(link.experiment) ? { ...after, result: link } : linkResult(after, undefined);
}

/** How often each result was used (entries linked to it) and the day of the latest such entry, from the entries
 *  about an experiment (any order). Pure: the experiment's page counts with it. */
export function resultUses(
  entries: ReadonlyArray<{ result?: string; happenedOn: IsoDate }>,
): Map<string, { count: number; last: IsoDate }> {
  const uses = new Map<string, { count: number; last: IsoDate }>();
  for (const e of entries) {
    if (!e.result) continue;
    const u = uses.get(e.result);
    if (!u) uses.set(e.result, { count: 1, last: e.happenedOn });
    else {
      u.count++;
      if (e.happenedOn > u.last) u.last = e.happenedOn;
    }
  }
  return uses;
}
