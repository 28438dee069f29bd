// A log entry: one advocacy action someone logged. Pure type shared by storage, the digest, the commands and the cards.
import type { IsoDate } from './types';
import type { EntryKind } from './vocabulary';

export interface LogEntry {
  /** Stable id: derived from the conversation and activity id, so a redelivered activity maps to the same entry. */
  id: string;
  kind: EntryKind;
  text: string;
  happenedOn: IsoDate;
  /** How the date was written in the text ("i går", "25. april"), if it was. */
  dateText?: string;
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
