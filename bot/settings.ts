// A scope's digest and reminder settings: typed, validated, and read in one place for the commands that change them
// (/digest, /remind), the reminder card's Snooze and the scheduler. A scope that never changed a setting has no
// record and gets the defaults; a field that is missing or malformed in a stored record falls back to its default.
import { DEFAULT_DIGEST, type DigestSettings, type IsoWeekday } from '../domain/schedule';
import { DEFAULT_REMINDERS, MAX_DAYS_BEFORE, type ReminderSettings } from '../domain/reminders';
import type { Lang } from '../domain/types';
import { StaleSettingsError, type ScopeRepository } from '../storage/scopeRepository';
import type { Change } from '../domain/history';

/** The digest's schedule, the channel chosen with /digest here, and the language it was last set in. */
export interface StoredDigestSettings extends DigestSettings {
  channelId?: string;
  lang?: Lang;
}

/** When reminders go out, and the language they were last set in. */
export interface StoredReminderSettings extends ReminderSettings {
  lang?: Lang;
}

export interface ScopeSettings {
  digest: StoredDigestSettings;
  reminders: StoredReminderSettings;
}

/** The records' names in storage. */
const DIGEST_SETTINGS = 'digest';
const REMINDER_SETTINGS = 'reminders';

/** What reading and writing settings needs of storage (ScopeRepository, or a fake in a unit test). */
export type SettingsStore = Pick<ScopeRepository, 'allSettings' | 'putSettings'>;

type Fields = Record<string, unknown>;

const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const langOf = (v: unknown): Lang | undefined => (v === 'da' || v === 'en' ? v : undefined);

function daysList(v: unknown, fallback: number[]): number[] {
  return Array.isArray(v) && v.length <= 20 && v.every((d) => isInt(d, 0, MAX_DAYS_BEFORE)) ? [...(v as number[])] : [...fallback];
}

/** A stored digest record (or none) as settings: each field checked, the default where it is missing or wrong. */
export function digestSettingsFrom(stored: unknown): StoredDigestSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Fields;
  const settings: StoredDigestSettings = {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_DIGEST.enabled,
    weekday: isInt(s.weekday, 1, 7) ? (s.weekday as IsoWeekday) : DEFAULT_DIGEST.weekday,
    hour: isInt(s.hour, 0, 23) ? s.hour : DEFAULT_DIGEST.hour,
    minute: isInt(s.minute, 0, 59) ? s.minute : DEFAULT_DIGEST.minute,
  };
  if (typeof s.channelId === 'string' && s.channelId !== '') settings.channelId = s.channelId;
  const lang = langOf(s.lang);
  if (lang) settings.lang = lang;
  return settings;
}

/** A stored reminder record (or none) as settings: each field checked, the default where it is missing or wrong. */
export function reminderSettingsFrom(stored: unknown): StoredReminderSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Fields;
  const settings: StoredReminderSettings = {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_REMINDERS.enabled,
    eventDaysBefore: daysList(s.eventDaysBefore, DEFAULT_REMINDERS.eventDaysBefore),
    deadlineDaysBefore: daysList(s.deadlineDaysBefore, DEFAULT_REMINDERS.deadlineDaysBefore),
    hour: isInt(s.hour, 0, 23) ? s.hour : DEFAULT_REMINDERS.hour,
  };
  const lang = langOf(s.lang);
  if (lang) settings.lang = lang;
  return settings;
}

/** Both settings of a scope in one read (the scheduler asks for every scope on every tick, `fresh`: from storage,
 *  never from the cache). */
export async function settingsOf(store: SettingsStore, scopeKey: string, opts: { fresh?: boolean } = {}): Promise<ScopeSettings> {
  const records = await store.allSettings(scopeKey, opts);
  return {
    digest: digestSettingsFrom(records.get(DIGEST_SETTINGS)),
    reminders: reminderSettingsFrom(records.get(REMINDER_SETTINGS)),
  };
}

/**
 * Runs a command that reads a scope's settings and writes one. When the write finds the record changed since the read
 * (another instance changed it while this one's cache still held the old one, or another turn here got there first),
 * nothing was written and the command runs once more, now on what storage holds.
 */
export async function withFreshSettings<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (err) {
    if (!(err instanceof StaleSettingsError)) throw err;
    return command();
  }
}

export async function saveDigestSettings(
  store: SettingsStore,
  scopeKey: string,
  settings: StoredDigestSettings,
  change?: Change,
): Promise<void> {
  await store.putSettings(scopeKey, DIGEST_SETTINGS, settings, change);
}

export async function saveReminderSettings(
  store: SettingsStore,
  scopeKey: string,
  settings: StoredReminderSettings,
  change?: Change,
): Promise<void> {
  await store.putSettings(scopeKey, REMINDER_SETTINGS, settings, change);
}
