// A log entry: one advocacy action someone logged. Pure type shared by storage, the digest, the commands and the cards.
import type { IsoDate, Period } from './types';
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
}
