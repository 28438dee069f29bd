// When the weekly digest is due. Pure: the caller passes "now"; exactly-once sending is the caller's
// storage claim on the occasion id returned here.
import { DateTime } from 'luxon';
import { isClosedDay, nextWorkingDay } from './holidays';
import type { Failure, IsoDate, Lang } from './types';

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A scope's digest schedule: one weekday and local time of day each week. */
export interface DigestSettings {
  enabled: boolean;
  weekday: IsoWeekday;
  hour: number;
  minute: number;
}

/** The scope time zone when none is configured. */
export const DEFAULT_ZONE = 'Europe/Copenhagen';

/** Every Monday at 08:00 local time. */
export const DEFAULT_DIGEST: DigestSettings = { enabled: true, weekday: 1, hour: 8, minute: 0 };

/** One week's digest. */
export interface DigestOccasion {
  /** Stable claim key, the ISO week of the slot before any holiday move: `digest:2026-W48`. */
  readonly occasionId: string;
  /** When it goes out: the slot, or the same time on the next working day if the slot's day is closed. */
  readonly scheduledAt: DateTime;
  /** Set when the slot's day was closed: that day and the holiday's name (for the digest's wording). */
  readonly movedFrom?: { readonly date: IsoDate; readonly holiday: string };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The occasion of the ISO week that starts on `monday` (a local start of day in `zone`). */
function occasionOfWeek(settings: DigestSettings, monday: DateTime, zone: string): DigestOccasion {
  const slotDay = monday.plus({ days: settings.weekday - 1 });
  const slotDate = slotDay.toISODate()!;
  const closed = isClosedDay(slotDate);
  const sendDate = closed.closed ? nextWorkingDay(slotDate) : slotDate;
  const [year, month, day] = sendDate.split('-').map(Number);
  // fromObject keeps the wall-clock time across daylight saving; a time skipped in spring moves forward.
  const scheduledAt = DateTime.fromObject({ year, month, day, hour: settings.hour, minute: settings.minute }, { zone });
  const occasionId = `digest:${slotDay.weekYear}-W${pad2(slotDay.weekNumber)}`;
  // Frozen: occasions are remembered and handed out again (see occasionOnDay).
  return Object.freeze(
    closed.closed
      ? { occasionId, scheduledAt, movedFrom: Object.freeze({ date: slotDate, holiday: closed.name! }) }
      : { occasionId, scheduledAt },
  );
}

// A holiday move is at most a few days (Skærtorsdag -> the Tuesday after Easter is five), so an occasion
// sent in a given week belongs to that week or, at most, the one or two before it.
const WEEKS_A_MOVE_CAN_SPAN = 2;

// The scheduler asks every ~30 s; the answer for a local day is the same all day, so remember a few.
const occasionsByDay = new Map<string, DigestOccasion | null>();
const REMEMBERED_DAYS = 512;

/** The occasion whose scheduledAt falls on the local day of `local` (a DateTime in `zone`). */
function occasionOnDay(settings: DigestSettings, local: DateTime, zone: string): DigestOccasion | undefined {
  const today = local.toISODate()!;
  const key = `${settings.weekday}|${settings.hour}|${settings.minute}|${zone}|${today}`;
  const remembered = occasionsByDay.get(key);
  if (remembered !== undefined) return remembered ?? undefined;
  let found: DigestOccasion | undefined;
  const thisMonday = local.startOf('week');
  for (let weeksBack = 0; weeksBack <= WEEKS_A_MOVE_CAN_SPAN && !found; weeksBack++) {
    const occasion = occasionOfWeek(settings, thisMonday.minus({ weeks: weeksBack }), zone);
    if (occasion.scheduledAt.toISODate() === today) found = occasion;
  }
  if (occasionsByDay.size >= REMEMBERED_DAYS) occasionsByDay.clear();
  occasionsByDay.set(key, found ?? null);
  return found;
}

/**
 * The digest that is due at `now`, or undefined. Due means: its scheduledAt is on the same local day as
 * `now` and not after it. So a bot that was down at the scheduled time sends it when it comes back that
 * same day, and never on a later day. The caller claims the occasionId so it goes out once.
 * `knownSince` is when the bot first heard from the conversation: a digest scheduled before that is not sent, so a
 * team that adds the bot on a Monday afternoon gets its first digest the next week, not a "quiet week" at once.
 */
export function digestOccasionAt(settings: DigestSettings, now: DateTime, zone: string, knownSince?: DateTime): DigestOccasion | undefined {
  if (!settings.enabled) return undefined;
  const local = now.setZone(zone);
  const occasion = occasionOnDay(settings, local, zone);
  if (!occasion || occasion.scheduledAt.toMillis() > local.toMillis()) return undefined;
  if (knownSince && occasion.scheduledAt.toMillis() < knownSince.toMillis()) return undefined;
  return occasion;
}

/** The first digest scheduled strictly after `after` (holiday moves applied); undefined when disabled. */
export function nextDigestAt(settings: DigestSettings, after: DateTime, zone: string): DateTime | undefined {
  if (!settings.enabled) return undefined;
  const thisMonday = after.setZone(zone).startOf('week');
  let best: DateTime | undefined;
  for (let weeks = -WEEKS_A_MOVE_CAN_SPAN; weeks <= 1; weeks++) {
    const { scheduledAt } = occasionOfWeek(settings, thisMonday.plus({ weeks }), zone);
    if (scheduledAt.toMillis() > after.toMillis() && (!best || scheduledAt.toMillis() < best.toMillis())) {
      best = scheduledAt;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// The /digest command

/** What `/digest <args>` asks for. `set` carries only what was written; apply it with applyDigestCommand. */
export type DigestCommand =
  | { kind: 'show' }
  | { kind: 'off' }
  | { kind: 'on' }
  | { kind: 'here' }
  | { kind: 'now' }
  | { kind: 'set'; weekday?: IsoWeekday; hour?: number; minute?: number }
  | ({ kind: 'error'; lang?: Lang } & Failure<DigestProblem>);

/** Why `/digest <args>` was not understood; the bot says it in words (i18n/catalog.ts). */
export type DigestProblem =
  | { code: 'twoWeekdays' }
  | { code: 'twoTimes' }
  | { code: 'nothingToSet' }
  | { code: 'badTime'; word: string }
  | { code: 'unknownWord'; word: string };

const WEEKDAY_WORDS: ReadonlyMap<string, { weekday: IsoWeekday; lang: Lang }> = new Map(
  (
    [
      [1, 'da', ['mandag', 'mandage', 'man']],
      [2, 'da', ['tirsdag', 'tirsdage', 'tirs', 'tir']],
      [3, 'da', ['onsdag', 'onsdage', 'ons']],
      [4, 'da', ['torsdag', 'torsdage', 'tors', 'tor']],
      [5, 'da', ['fredag', 'fredage', 'fre']],
      [6, 'da', ['lørdag', 'lørdage', 'lør', 'loerdag', 'lordag']],
      [7, 'da', ['søndag', 'søndage', 'søn', 'soendag', 'sondag']],
      [1, 'en', ['monday', 'mondays', 'mon']],
      [2, 'en', ['tuesday', 'tuesdays', 'tue', 'tues']],
      [3, 'en', ['wednesday', 'wednesdays', 'wed']],
      [4, 'en', ['thursday', 'thursdays', 'thu', 'thur', 'thurs']],
      [5, 'en', ['friday', 'fridays', 'fri']],
      [6, 'en', ['saturday', 'saturdays', 'sat']],
      [7, 'en', ['sunday', 'sundays', 'sun']],
    ] as const
  ).flatMap(([weekday, lang, words]) => words.map((word) => [word, { weekday, lang }] as const)),
);

/** Single words that switch a feature: shared by /digest and /remind. */
const SWITCH_WORDS: ReadonlyMap<string, 'show' | 'off' | 'on'> = new Map([
  ['vis', 'show'],
  ['show', 'show'],
  ['status', 'show'],
  ['fra', 'off'],
  ['sluk', 'off'],
  ['off', 'off'],
  ['stop', 'off'],
  ['til', 'on'],
  ['tænd', 'on'],
  ['on', 'on'],
  ['start', 'on'],
] as const);

// Words that only introduce on/off: "slå fra", "turn off".
const SWITCH_VERBS = new Set(['slå', 'slaa', 'turn']);

/** show/on/off when the words are nothing, one switch word, or "slå fra"/"turn on"; otherwise undefined. */
export function switchCommand(words: readonly string[]): 'show' | 'off' | 'on' | undefined {
  if (words.length === 0) return 'show';
  const word = words.length === 2 && SWITCH_VERBS.has(words[0]!) ? words[1]! : words.length === 1 ? words[0]! : '';
  return SWITCH_WORDS.get(word);
}

/** An error answer: the problem, and the language the words were in (undefined when unclear). */
export function commandError<P extends { code: string }>(
  seen: ReadonlySet<Lang>,
  problem: P,
): { kind: 'error'; lang: Lang | undefined } & Failure<P> {
  return { kind: 'error', lang: languageOf(seen), ok: false, ...problem };
}

/** Single words only /digest knows: post the digest in this channel, or send one now. */
const DIGEST_ONLY_WORDS: ReadonlyMap<string, 'here' | 'now'> = new Map([
  ['her', 'here'],
  ['here', 'here'],
  ['nu', 'now'],
  ['now', 'now'],
] as const);

/** Words that may stand around a day and a time: "hver mandag kl. 8", "every friday at 14:30". */
const FILLER_WORDS: ReadonlyMap<string, Lang> = new Map([
  ['kl', 'da'],
  ['kl.', 'da'],
  ['klokken', 'da'],
  ['hver', 'da'],
  ['om', 'da'],
  ['på', 'da'],
  ['den', 'da'],
  ['at', 'en'],
  ['on', 'en'],
  ['every', 'en'],
]);

/** A time of day as written: "9", "09", "9:00", "9.00", "14:30", "kl.8", "9am", "2:30pm". */
const TIME_PATTERN = /^(?:kl\.?)?(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/;

/** Hour and minute from one time token (with an optional separate "am"/"pm"); undefined when not a valid time. */
export function parseCommandTime(token: string, meridiem?: 'am' | 'pm'): { hour: number; minute: number } | undefined {
  const match = TIME_PATTERN.exec(token);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const halfDay = (match[3] as 'am' | 'pm' | undefined) ?? meridiem;
  if (halfDay) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (halfDay === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** Splits command arguments into lower-case words; commas separate like spaces. */
export function commandWords(args: string): string[] {
  return args
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word.length > 0);
}

/** The one language a set of words was seen in, if exactly one. */
function languageOf(seen: ReadonlySet<Lang>): Lang | undefined {
  return seen.size === 1 ? [...seen][0] : undefined;
}

function digestError(seen: ReadonlySet<Lang>, problem: DigestProblem): DigestCommand {
  return commandError(seen, problem);
}

/**
 * Parses the arguments of `/digest`: nothing or "vis"/"show" shows the schedule; "fra"/"off", "til"/"on";
 * "her"/"here" posts the digest in this channel; "nu"/"now" sends one now; otherwise a weekday (Danish or
 * English, full or abbreviated) and/or a time ("9", "9:00", "9.00", "kl. 9", "14:30", "2:30 pm").
 */
export function parseDigestCommand(args: string): DigestCommand {
  const words = commandWords(args);
  const seen = new Set<Lang>();
  const switched = switchCommand(words);
  if (switched) return { kind: switched };
  if (words.length === 1 && DIGEST_ONLY_WORDS.has(words[0]!)) return { kind: DIGEST_ONLY_WORDS.get(words[0]!)! };

  let weekday: IsoWeekday | undefined;
  let time: { hour: number; minute: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const day = WEEKDAY_WORDS.get(word.replace(/\.$/, ''));
    if (day) {
      seen.add(day.lang);
      if (weekday !== undefined) {
        return digestError(seen, { code: 'twoWeekdays' });
      }
      weekday = day.weekday;
      continue;
    }
    if (/^(?:kl\.?)?\d/.test(word)) {
      const next = words[i + 1];
      const meridiem = next === 'am' || next === 'pm' ? next : undefined;
      if (meridiem) {
        seen.add('en');
        i++;
      }
      const parsed = parseCommandTime(word, meridiem);
      if (!parsed) {
        return digestError(seen, { code: 'badTime', word });
      }
      if (time !== undefined) {
        return digestError(seen, { code: 'twoTimes' });
      }
      if (word.startsWith('kl')) seen.add('da');
      time = parsed;
      continue;
    }
    const filler = FILLER_WORDS.get(word);
    if (filler) {
      seen.add(filler);
      continue;
    }
    return digestError(seen, { code: 'unknownWord', word });
  }
  if (weekday === undefined && time === undefined) {
    return digestError(seen, { code: 'nothingToSet' });
  }
  const set: DigestCommand = { kind: 'set' };
  if (weekday !== undefined) set.weekday = weekday;
  if (time !== undefined) {
    set.hour = time.hour;
    set.minute = time.minute;
  }
  return set;
}

/** The settings after an on/off/set command; a `set` keeps what it does not name and turns the digest on. */
export function applyDigestCommand(
  current: DigestSettings,
  command: Extract<DigestCommand, { kind: 'on' | 'off' | 'set' }>,
): DigestSettings {
  switch (command.kind) {
    case 'on':
      return { ...current, enabled: true };
    case 'off':
      return { ...current, enabled: false };
    case 'set':
      return {
        enabled: true,
        weekday: command.weekday ?? current.weekday,
        hour: command.hour ?? current.hour,
        minute: command.minute ?? current.minute,
      };
  }
}
