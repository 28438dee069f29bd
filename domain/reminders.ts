// When reminders about coming events and deadlines are due. Pure: the caller passes "now" and claims each
// returned occasion id in storage, so a reminder returned on many ticks still goes out once.
import { DateTime } from 'luxon';
import { commandError, commandWords, parseCommandTime, switchCommand } from './schedule';
import type { Failure, IsoDate, Lang } from './types';

/** A scope's reminder settings. Offsets are whole days before the item's date; hour is local. */
export interface ReminderSettings {
  enabled: boolean;
  eventDaysBefore: number[];
  deadlineDaysBefore: number[];
  hour: number;
}

/**
 * The day before an event; 7 days and 1 day before a deadline; at 09:00 local, the start of a Danish
 * office day (early enough to act on, late enough not to be buried under the night's mail).
 */
export const DEFAULT_REMINDERS: ReminderSettings = { enabled: true, eventDaysBefore: [1], deadlineDaysBefore: [7, 1], hour: 9 };

/**
 * What a reminder is about. The date that counts is an event's start and a deadline's end. Items carry
 * dates only; one with a time of day is still reminded of at `hour` on the day(s) before.
 */
export interface SchedulableItem {
  id: string;
  type: 'event' | 'deadline';
  start: IsoDate;
  end: IsoDate;
  done: boolean;
  /** ISO datetime: no reminders before it; at it, one reminder (the snooze's own occasion). */
  snoozedUntil?: string;
  /** ISO datetime the item was written: a reminder whose moment came before it is not sent (a deadline added 3 days
   *  ahead gets its 1-day reminder, not the 7-day one at once). */
  writtenAt?: string;
}

/** A reminder to send now. */
export interface DueReminder {
  /** Stable claim key: `remind:<itemId>:7d`, or `remind:<itemId>:snooze:20261130T0900` for a snooze. */
  occasionId: string;
  itemId: string;
  /** The configured offset this reminder is for (for a snooze: the days left). */
  daysBefore: number;
  /** Days from today (local) to the item's date; differs from daysBefore when sent late. 0 = today. */
  daysLeft: number;
  snoozed: boolean;
}

/** The date a reminder counts down to: an event's start, a deadline's end. */
export function reminderDate(item: SchedulableItem): IsoDate {
  return item.type === 'event' ? item.start : item.end;
}

function atHour(date: IsoDate, hour: number, zone: string): DateTime {
  const [year, month, day] = date.split('-').map(Number);
  // Wall-clock time on that calendar day, whatever the UTC offset is that day (daylight saving).
  return DateTime.fromObject({ year, month, day, hour }, { zone });
}

// The scheduler asks about every item every ~30 s and a zone lookup is the costly part: remember moments.
const momentsMillis = new Map<string, number>();
const REMEMBERED_MOMENTS = 4096;

function momentMillis(date: IsoDate, hour: number, zone: string): number {
  const key = `${date}|${hour}|${zone}`;
  let millis = momentsMillis.get(key);
  if (millis === undefined) {
    millis = atHour(date, hour, zone).toMillis();
    if (momentsMillis.size >= REMEMBERED_MOMENTS) momentsMillis.clear();
    momentsMillis.set(key, millis);
  }
  return millis;
}

const DAY_MS = 86_400_000;

/** Calendar arithmetic on ISO dates (UTC midnight has no daylight saving). */
function isoDayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return DateTime.fromMillis(dayNumber * DAY_MS, { zone: 'utc' }).toISODate()!;
}

interface Candidate {
  at: number;
  reminder: DueReminder;
}

/**
 * The reminders due at `now`: at most one per item, the latest whose moment has passed. A reminder whose
 * moment passed while the bot was down is thus sent late (one whose moment came before the item was written is
 * not: a reminder is for what is coming), and an older
 * one it supersedes (7 days, when 1 day has also passed) is not sent at all, so nobody gets two at once.
 * Nothing is sent for done items or items whose date (event start, deadline end) is before today: a
 * "starts tomorrow" reminder during a multi-day event that already began would be wrong. A snoozed item
 * is silent until snoozedUntil; then its snooze occasion replaces every reminder whose moment was before.
 */
export function dueReminders(items: readonly SchedulableItem[], settings: ReminderSettings, now: DateTime, zone: string): DueReminder[] {
  if (!settings.enabled) return [];
  const local = now.setZone(zone);
  const nowMillis = local.toMillis();
  const today = local.toISODate()!;
  const due: DueReminder[] = [];
  for (const item of items) {
    const date = reminderDate(item);
    if (item.done || date < today) continue;
    const dayNumber = isoDayNumber(date);
    const daysLeft = dayNumber - isoDayNumber(today);

    const written = item.writtenAt ? DateTime.fromISO(item.writtenAt, { setZone: true }) : undefined;
    const writtenMillis = written?.isValid ? written.toMillis() : -Infinity;
    let snoozeMillis = -Infinity;
    const candidates: Candidate[] = [];
    if (item.snoozedUntil !== undefined) {
      const snooze = DateTime.fromISO(item.snoozedUntil, { zone });
      if (snooze.isValid) {
        if (snooze.toMillis() > nowMillis) continue;
        snoozeMillis = snooze.toMillis();
        candidates.push({
          at: snoozeMillis,
          reminder: {
            occasionId: `remind:${item.id}:snooze:${snooze.toFormat("yyyyMMdd'T'HHmm")}`,
            itemId: item.id,
            daysBefore: daysLeft,
            daysLeft,
            snoozed: true,
          },
        });
      }
    }

    const offsets = item.type === 'event' ? settings.eventDaysBefore : settings.deadlineDaysBefore;
    for (const daysBefore of new Set(offsets)) {
      // Calendar days back, then the wall-clock hour: 09:00 stays 09:00 across a daylight-saving change.
      const at = momentMillis(isoDateOfDayNumber(dayNumber - daysBefore), settings.hour, zone);
      if (at > nowMillis || at <= snoozeMillis || at < writtenMillis) continue;
      candidates.push({
        at,
        reminder: { occasionId: `remind:${item.id}:${daysBefore}d`, itemId: item.id, daysBefore, daysLeft, snoozed: false },
      });
    }
    const latest = candidates.reduce<Candidate | undefined>((best, c) => (!best || c.at > best.at ? c : best), undefined);
    if (latest) due.push(latest.reminder);
  }
  return due;
}

/**
 * When a snoozed reminder comes back: "tomorrow" is the next local day at `hour`, "nextWeek" the Monday
 * of the next ISO week at `hour` (default 09:00).
 */
export function snoozeUntil(choice: 'tomorrow' | 'nextWeek', now: DateTime, zone: string, hour: number = DEFAULT_REMINDERS.hour): DateTime {
  const local = now.setZone(zone);
  const day = choice === 'tomorrow' ? local.plus({ days: 1 }) : local.startOf('week').plus({ weeks: 1 });
  return atHour(day.toISODate()!, hour, zone);
}

// ---------------------------------------------------------------------------------------------------------
// The /remind command

/** What `/remind <args>` asks for. `offsets` with an empty list turns one kind of reminder off. */
export type RemindCommand =
  | { kind: 'show' }
  | { kind: 'off' }
  | { kind: 'on' }
  | { kind: 'offsets'; itemType: 'event' | 'deadline'; daysBefore: number[] }
  | { kind: 'hour'; hour: number }
  | ({ kind: 'error'; lang?: Lang } & Failure<RemindProblem>);

/** Why `/remind <args>` was not understood; the bot says it in words (i18n/catalog.ts). */
export type RemindProblem =
  | { code: 'badDays'; word: string; max: number }
  | { code: 'noDays' }
  | { code: 'badTime'; word: string }
  | { code: 'notOnTheHour' }
  | { code: 'unknownWord'; word: string };

const ITEM_TYPE_WORDS: ReadonlyMap<string, { itemType: 'event' | 'deadline'; lang: Lang }> = new Map([
  ['frist', { itemType: 'deadline', lang: 'da' }],
  ['frister', { itemType: 'deadline', lang: 'da' }],
  ['deadline', { itemType: 'deadline', lang: 'en' }],
  ['deadlines', { itemType: 'deadline', lang: 'en' }],
  ['arrangement', { itemType: 'event', lang: 'da' }],
  ['arrangementer', { itemType: 'event', lang: 'da' }],
  ['begivenhed', { itemType: 'event', lang: 'da' }],
  ['begivenheder', { itemType: 'event', lang: 'da' }],
  ['event', { itemType: 'event', lang: 'en' }],
  ['events', { itemType: 'event', lang: 'en' }],
] as const);

/** Words that may stand among the numbers: "frist 7 og 1 dage før", "event 2 and 1 days before". */
const OFFSET_FILLERS: ReadonlyMap<string, Lang> = new Map([
  ['og', 'da'],
  ['dage', 'da'],
  ['dag', 'da'],
  ['før', 'da'],
  ['inden', 'da'],
  ['and', 'en'],
  ['days', 'en'],
  ['day', 'en'],
  ['before', 'en'],
]);

const NONE_WORDS: ReadonlyMap<string, Lang> = new Map([
  ['fra', 'da'],
  ['ingen', 'da'],
  ['sluk', 'da'],
  ['off', 'en'],
  ['none', 'en'],
  ['stop', 'en'],
]);

const HOUR_INTRO_WORDS: ReadonlyMap<string, Lang> = new Map([
  ['kl', 'da'],
  ['kl.', 'da'],
  ['klokken', 'da'],
  ['at', 'en'],
]);

/** Largest offset accepted: a year ahead is already more than anyone plans reminders for. */
export const MAX_DAYS_BEFORE = 365;

function remindError(seen: ReadonlySet<Lang>, problem: RemindProblem): RemindCommand {
  return commandError(seen, problem);
}

/**
 * Parses the arguments of `/remind`. Grammar (Danish or English words):
 *   (nothing) | vis | show                       show the settings
 *   fra | off  /  til | on                       all reminders for the scope off / on
 *   (frist|deadline|arrangement|event) N [N...]   days before (0-365; "og"/"and", "dage"/"days" allowed)
 *   (frist|deadline|arrangement|event) fra|off    no reminders of that kind
 *   kl. 10 | at 10 | 10:00                       the send hour (whole hours only)
 */
export function parseRemindCommand(args: string): RemindCommand {
  const words = commandWords(args);
  const seen = new Set<Lang>();
  const switched = switchCommand(words);
  if (switched) return { kind: switched };
  const first = words[0]!;

  const itemType = ITEM_TYPE_WORDS.get(first);
  if (itemType) {
    seen.add(itemType.lang);
    const rest = words.slice(1);
    if (rest.length === 1 && NONE_WORDS.has(rest[0]!)) return { kind: 'offsets', itemType: itemType.itemType, daysBefore: [] };
    const days = new Set<number>();
    for (const word of rest) {
      const filler = OFFSET_FILLERS.get(word);
      if (filler) {
        seen.add(filler);
        continue;
      }
      const number = /^(\d{1,3})d?$/.exec(word);
      if (!number || Number(number[1]) > MAX_DAYS_BEFORE) {
        return remindError(seen, { code: 'badDays', word, max: MAX_DAYS_BEFORE });
      }
      days.add(Number(number[1]));
    }
    if (days.size === 0) {
      return remindError(seen, { code: 'noDays' });
    }
    return { kind: 'offsets', itemType: itemType.itemType, daysBefore: [...days].sort((a, b) => b - a) };
  }

  const intro = HOUR_INTRO_WORDS.get(first);
  const timeWords = intro ? words.slice(1) : words;
  if (intro) seen.add(intro);
  if (timeWords.length === 1 && /^(?:kl\.?)?\d/.test(timeWords[0]!)) {
    const time = parseCommandTime(timeWords[0]!);
    if (!time) {
      return remindError(seen, { code: 'badTime', word: timeWords[0]! });
    }
    if (time.minute !== 0) {
      return remindError(seen, { code: 'notOnTheHour' });
    }
    return { kind: 'hour', hour: time.hour };
  }
  return remindError(seen, { code: 'unknownWord', word: args.trim() });
}

/** The settings after a change command (on, off, offsets or hour). */
export function applyRemindCommand(
  current: ReminderSettings,
  command: Extract<RemindCommand, { kind: 'on' | 'off' | 'offsets' | 'hour' }>,
): ReminderSettings {
  switch (command.kind) {
    case 'on':
      return { ...current, enabled: true };
    case 'off':
      return { ...current, enabled: false };
    case 'hour':
      return { ...current, hour: command.hour };
    case 'offsets':
      return command.itemType === 'event'
        ? { ...current, eventDaysBefore: [...command.daysBefore] }
        : { ...current, deadlineDaysBefore: [...command.daysBefore] };
  }
}
