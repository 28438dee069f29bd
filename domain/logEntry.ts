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
}
