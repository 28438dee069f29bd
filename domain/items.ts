// Events and deadlines: the things that are coming. Pure types shared by storage, the digest and the cards.
import type { Colleague, IsoDate, Period } from './types';
import type { TimeSpan } from './dates/timeOfDay';
import { isStopword, tokenize } from './text';

/** A plan is a planned action (/plan): something the group means to do by a day; Gjort turns it into a log entry. */
export type ItemType = 'event' | 'deadline' | 'plan';

/** One approver's mark: who approved (the approver), on which day, and which colleague marked it when. */
export interface ApprovalMark {
  who: string;
  on: IsoDate;
  by: string;
  byAadId: string;
  /** ISO instant it was marked. */
  at: string;
}

export interface Item {
  /** Stable id, derived from the activity (and line number, for a pasted timeline), so a redelivery saves nothing new. */
  id: string;
  type: ItemType;
  title: string;
  /** Undefined only for an event whose date is not set yet. */
  period?: Period;
  /** An event's time of day, if given ("kl. 9"), with the end of its span when the text gave one ("kl. 9-11"). */
  time?: TimeSpan;
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
  /** Who holds the thread (its "ansvarlig"): a colleague with an Entra object id, never a name alone. */
  owner?: Colleague;
  /** A plan done with Gjort: the key of the log entry it became (storage/logRepository.ts entryKey). */
  entryKey?: string;
  /** Raised by every change a calendar shows (title, date, time, place, done): the calendar's SEQUENCE. */
  revision?: number;
  /** ISO instant of that change (LAST-MODIFIED); unset until the first change: writtenAt. */
  modifiedAt?: string;
}

/** The date that decides when an item is due: a deadline's or a plan's end, an event's start. */
export function keyDate(item: Item): IsoDate | undefined {
  if (!item.period) return undefined;
  return item.type === 'event' ? item.period.start : item.period.end;
}

/**
 * Of items read for a wider range (storage/itemRepository.ts touching), those touching [from, to] as touching(from, to)
 * reads them: every item whose key date lies in the range, done or not, and open items whose span reaches into it
 * from outside. In the order given (touching's, by key date then title).
 */
export function itemsTouching(items: readonly Item[], from: IsoDate, to: IsoDate): Item[] {
  return items.filter((item) => {
    const key = keyDate(item);
    if (key === undefined) return false;
    if (key >= from && key <= to) return true;
    return !item.done && ((key > to && item.period!.start <= to) || (key < from && item.period!.end >= from));
  });
}

/** A title as compared: its words, case, accents and punctuation aside ("Beskæftigelsestræf 2020" = "beskæftigelsestræf
 *  2020."). */
export function titleKey(title: string): string {
  return tokenize(title)
    .map((t) => t.word)
    .join(' ');
}

/** What an item written again may bring: a date, a time, a place. */
export interface ItemFields {
  period?: Period;
  time?: TimeSpan;
  place?: string;
  owner?: Colleague;
}

/**
 * The item that writing `type` "title" again should update rather than add beside, if any: an open item of the same
 * kind with the same title (titleKey). An event that has been held is history: writing its title again (next year's
 * Folkemøde) is a new event. A deadline stays the one deadline until it is marked done, also when it was missed
 * (writing it again with a new date moves it). Several: the undated one first, then the latest written.
 */
export function itemToUpdate(candidates: readonly Item[], type: ItemType, title: string, today: IsoDate): Item | undefined {
  const key = titleKey(title);
  if (!key) return undefined;
  const open = candidates.filter(
    (i) => i.type === type && !i.done && titleKey(i.title) === key && (type === 'deadline' || !i.period || i.period.end >= today),
  );
  return open.sort((a, b) => Number(a.period !== undefined) - Number(b.period !== undefined) || b.writtenAt.localeCompare(a.writtenAt))[0];
}

/**
 * An open event on the same day as `period` that bears the same name, though written with other words around it: the
 * one added from a log card as "KL inviterer til oplæg på JobCamp" and `/arrangement JobCamp 7. maj 2020 kl. 9 Vejle`
 * are one event. The same name: every word of the shorter title (stopwords aside) is in the longer one.
 */
export function sameEventThatDay(candidates: readonly Item[], title: string, period: Period | undefined): Item | undefined {
  if (!period) return undefined;
  const words = (s: string) =>
    new Set(
      tokenize(s)
        .map((t) => t.word)
        .filter((w) => !isStopword(w)),
    );
  const mine = words(title);
  if (mine.size === 0) return undefined;
  return candidates.find((c) => {
    if (c.type !== 'event' || c.done || c.period?.start !== period.start) return false;
    const theirs = words(c.title);
    const [short, long] = theirs.size < mine.size ? [theirs, mine] : [mine, theirs];
    return short.size > 0 && [...short].every((w) => long.has(w));
  });
}

/** One thing a rewrite changed, for the card to say ("dato sat til …"). */
export type ItemChange =
  | { field: 'period'; from?: Period; to: Period }
  | { field: 'time'; from?: TimeSpan; to: TimeSpan }
  | { field: 'place'; from?: string; to: string }
  | { field: 'owner'; from?: Colleague; to: Colleague };

const samePeriod = (a: Period | undefined, b: Period | undefined) => JSON.stringify(a) === JSON.stringify(b);
const sameTime = (a: ItemFields['time'], b: ItemFields['time']) =>
  a?.hour === b?.hour && a?.minute === b?.minute && a?.end?.hour === b?.end?.hour && a?.end?.minute === b?.end?.minute;

/** The item with what was written again: a date, time or place written replaces the stored one; what was not written
 *  stays (writing "Beskæftigelsestræf 2020" again without a date keeps its date). */
export function rewriteItem(existing: Item, written: ItemFields): { item: Item; changes: ItemChange[] } {
  const item: Item = { ...existing };
  const changes: ItemChange[] = [];
  if (written.period && !samePeriod(existing.period, written.period)) {
    changes.push({ field: 'period', ...(existing.period ? { from: existing.period } : {}), to: written.period });
    item.period = written.period;
  }
  if (written.time && !sameTime(existing.time, written.time)) {
    changes.push({ field: 'time', ...(existing.time ? { from: existing.time } : {}), to: written.time });
    item.time = written.time;
  }
  if (written.place && written.place !== existing.place) {
    changes.push({ field: 'place', ...(existing.place ? { from: existing.place } : {}), to: written.place });
    item.place = written.place;
  }
  if (written.owner && written.owner.aadObjectId !== existing.owner?.aadObjectId) {
    changes.push({ field: 'owner', ...(existing.owner ? { from: existing.owner } : {}), to: written.owner });
    item.owner = written.owner;
  }
  return { item, changes };
}

/** What a calendar shows of an item (its owner too, which an erasure changes): a change here raises its revision
 *  (storage/itemRepository.ts). */
export function calendarFields(item: Item): string {
  return JSON.stringify([item.title, item.period ?? null, item.time ?? null, item.place ?? null, item.done, item.authorName]);
}

/** The fields a rewrite may change, for telling whether an item was changed again since. */
export function rewrittenFields(item: Item): string {
  return JSON.stringify([item.title, item.period ?? null, item.time ?? null, item.place ?? null, item.owner?.aadObjectId ?? null]);
}
