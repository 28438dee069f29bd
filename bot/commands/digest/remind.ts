// /remind (/påmind): show and change when reminders go out before events and deadlines, or turn them off.
import { reminderDoneAction, reminderSnoozeAction } from './reminderButtons';
import { applyRemindCommand, parseRemindCommand, type RemindProblem, type ReminderSettings } from '../../../domain/reminders';
import { clockText, listText, t } from '../../../i18n/catalog';
import type { Lang } from '../../../domain/types';
import { changeOf } from '../../turn';
import { saveReminderSettings, settingsOf, withFreshSettings, type StoredReminderSettings } from '../../settings';
import type { CommandDescriptor } from '../types';
import { failureText } from '../../../i18n/failures';
import type { Services } from '../../services';

/** "14, 7 og 1 dage", "1 dag", "ingen". */
function days(list: number[], lang: Lang): string {
  if (list.length === 0) return t('remind.noDays', lang);
  const sorted = [...list].sort((a, b) => b - a).map(String);
  // "1 dag" only for the one offset 1; "0 dage", "7 og 1 dage" otherwise.
  return t('remind.days', lang, { list: listText(sorted, lang), n: list.length === 1 ? list[0]! : list.length });
}

/** One paragraph on the scope's reminders and how to change them. */
export function describeReminders(settings: ReminderSettings, lang: Lang): string {
  if (!settings.enabled) return t('remind.off', lang);
  return t('remind.schedule', lang, {
    hour: clockText({ hour: settings.hour, minute: 0 }, lang),
    eventDays: days(settings.eventDaysBefore, lang),
    deadlineDays: days(settings.deadlineDaysBefore, lang),
  });
}

/** What was wrong and how to write it. */
export function remindProblemText(problem: RemindProblem, lang: Lang | undefined): string {
  const shown = lang ?? 'da';
  return `${failureText('remind', problem, shown)} ${t('remind.help', shown)}`;
}

/** What remind uses. */
type Ports = Pick<Services, 'scopes'>;

export const remindCommand: CommandDescriptor<Ports> = {
  command: 'remind',
  names: { da: ['påmind', 'paamind'], en: ['remind'] },
  bare: true,
  help: { section: 'digest', lines: ['remind'] },
  actions: [reminderDoneAction, reminderSnoozeAction],
  run({ turn, args, services }) {
    const parsed = parseRemindCommand(args);
    if (parsed.kind === 'error') return Promise.resolve([{ text: remindProblemText(parsed, parsed.lang) }]);
    return withFreshSettings(async () => {
      const current = (await settingsOf(services.scopes, turn.scope.key)).reminders;
      if (parsed.kind === 'show') return [{ text: describeReminders(current, turn.lang) }];
      const updated: StoredReminderSettings = { ...current, ...applyRemindCommand(current, parsed), lang: turn.lang };
      await saveReminderSettings(services.scopes, turn.scope.key, updated, changeOf(turn));
      return [{ text: describeReminders(updated, turn.lang) }];
    });
  },
};
