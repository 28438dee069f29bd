// /remind (/påmind): show and change when reminders go out before events and deadlines, or turn them off.
import { applyRemindCommand, DEFAULT_REMINDERS, parseRemindCommand, type ReminderSettings } from '../../domain/reminders';
import { clockText } from '../../cards/itemCards';
import type { Lang } from '../../domain/types';
import type { ScopeRepository } from '../../storage/scopeRepository';
import type { CommandHandler } from './types';

export interface StoredReminderSettings extends ReminderSettings {
  lang?: Lang;
}

export const REMINDER_SETTINGS = 'reminders';

export async function reminderSettingsOf(scopes: ScopeRepository, scopeKey: string): Promise<StoredReminderSettings> {
  return reminderSettingsFrom(await scopes.getSettings<StoredReminderSettings>(scopeKey, REMINDER_SETTINGS));
}

/** The stored record over the defaults (a scope that never changed a setting has none). */
export function reminderSettingsFrom(stored: Partial<StoredReminderSettings> | undefined): StoredReminderSettings {
  return { ...DEFAULT_REMINDERS, ...stored };
}

function days(list: number[], lang: Lang): string {
  if (list.length === 0) return lang === 'da' ? 'ingen' : 'none';
  const sorted = [...list].sort((a, b) => b - a).map(String);
  const last = sorted.pop()!;
  const joined = sorted.length ? `${sorted.join(', ')} ${lang === 'da' ? 'og' : 'and'} ${last}` : last;
  const unit = list.length === 1 && list[0] === 1 ? (lang === 'da' ? 'dag' : 'day') : (lang === 'da' ? 'dage' : 'days');
  return `${joined} ${unit}`;
}

/** One paragraph on the scope's reminders and how to change them. */
export function describeReminders(settings: ReminderSettings, lang: Lang): string {
  if (!settings.enabled) {
    return lang === 'da'
      ? 'Påmindelser er slået fra her. Skriv "/påmind til" for at slå dem til igen.'
      : 'Reminders are off here. Write "/remind on" to turn them back on.';
  }
  const hour = clockText({ hour: settings.hour, minute: 0 }, lang);
  return lang === 'da'
    ? `Påmindelser kommer kl. ${hour}: ${days(settings.eventDaysBefore, lang)} før et arrangement og ${days(settings.deadlineDaysBefore, lang)} før en frist. `
      + 'Ændr det med fx "/påmind frist 14 7 1", "/påmind arrangement 2 1", "/påmind kl. 10" eller "/påmind fra".'
    : `Reminders go out at ${hour}: ${days(settings.eventDaysBefore, lang)} before an event and ${days(settings.deadlineDaysBefore, lang)} before a deadline. `
      + 'Change it with e.g. "/remind deadline 14 7 1", "/remind event 2 1", "/remind at 10" or "/remind off".';
}

export const remindCommand: CommandHandler = {
  command: 'remind',
  async run({ turn, args, services }) {
    const parsed = parseRemindCommand(args);
    if (parsed.kind === 'error') return [{ text: parsed.message }];
    const current = await reminderSettingsOf(services.scopes, turn.scope.key);
    if (parsed.kind === 'show') return [{ text: describeReminders(current, turn.lang) }];
    const updated: StoredReminderSettings = { ...current, ...applyRemindCommand(current, parsed), lang: turn.lang };
    await services.scopes.putSettings(turn.scope.key, REMINDER_SETTINGS, updated);
    return [{ text: describeReminders(updated, turn.lang) }];
  },
};
