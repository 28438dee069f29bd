// Events and deadlines: the things that are coming. Pure types shared by storage, the digest and the cards.
import type { IsoDate, Period } from './types';
import type { ApprovalMark } from './approvals';

export type ItemType = 'event' | 'deadline';

export interface Item {
  /** Stable id, derived from the activity (and line number, for a pasted timeline), so a redelivery saves nothing new. */
  id: string;
  type: ItemType;
  title: string;
  /** Undefined only for an event whose date is not set yet. */
  period?: Period;
  /** An event's time of day, if given ("kl. 9"). */
  time?: { hour: number; minute: number };
  place?: string;
  done: boolean;
  doneAt?: string;
  doneBy?: string;
  /** Set on every item of one pasted timeline, so one Undo removes the whole paste. */
  batchId?: string;
  authorName: string;
  authorAadId: string;
  /** ISO instant of the turn that wrote it. */
  writtenAt: string;
  /** A reminder snoozed until this ISO instant. */
  snoozedUntil?: string;
  /** An approval run: who must approve (the 11 municipalities for "… i alle kommuner"), in order. */
  approvers?: string[];
  /** The approvers' marks so far (domain/approvals.ts); the item is done when every approver is marked. */
  approvals?: ApprovalMark[];
}

/** The date that decides when an item is due: a deadline's end, an event's start. */
export function keyDate(item: Item): IsoDate | undefined {
  if (!item.period) return undefined;
  return item.type === 'event' ? item.period.start : item.period.end;
}
