// The reminder card's buttons: Done, and Snooze until tomorrow or next week. The answer replaces the card in place,
// for everyone, with what was done and by whom. The item is looked up in the conversation's own scope only.
import { keyDate, type Item } from '../../../domain/items';
import { daysBetween } from '../../../domain/dates/calendar';
import { snoozeUntil } from '../../../domain/reminders';
import { readReminderButton, reminderCard, REMINDER_VERBS, type ReminderButtonData } from '../../../cards/reminderCard';
import { settingsOf } from '../../settings';
import { changeOf } from '../../turn';
import { t } from '../../../i18n/catalog';
import { action, type ActionContext as Context, type ActionResult } from '../types';
import type { Services } from '../../services';

/** What the reminder buttons use: the items, and the scope's reminder settings (the hour a snooze ends). */
type Ports = Pick<Services, 'items' | 'scopes'>;
type ActionContext = Context<ReminderButtonData, Ports>;

function notFound(ctx: ActionContext): ActionResult {
  return { message: t('reminder.notFound', ctx.turn.lang) };
}

function daysLeftOf(item: Item, ctx: ActionContext): number {
  const date = keyDate(item);
  return date ? daysBetween(ctx.turn.now.toISODate()!, date) : 0;
}

function who(ctx: ActionContext): string {
  return ctx.turn.author.name || t('reminder.colleague', ctx.turn.lang);
}

export const reminderDoneAction = action<ReminderButtonData, Ports>({
  verb: REMINDER_VERBS.done,
  read: readReminderButton,
  async run(ctx) {
    const { turn, services, data } = ctx;
    const item = await services.items.setDone(turn.scope.key, data.itemId, true, changeOf(turn));
    if (!item) return notFound(ctx);
    // Pressed twice (or by two people): the card names whoever marked it first.
    return { card: reminderCard(item, daysLeftOf(item, ctx), turn.lang, turn.now, { kind: 'done', by: item.doneBy ?? who(ctx) }).card };
  },
});

export const reminderSnoozeAction = action<ReminderButtonData, Ports>({
  verb: REMINDER_VERBS.snooze,
  read: readReminderButton,
  async run(ctx) {
    const { turn, services, data } = ctx;
    const choice = data.until;
    if (!choice) {
      return { message: t('reminder.unknownSnooze', turn.lang) };
    }
    const item = await services.items.get(turn.scope.key, data.itemId);
    if (!item) return notFound(ctx);
    const settings = (await settingsOf(services.scopes, turn.scope.key)).reminders;
    const until = snoozeUntil(choice, turn.now, turn.zone, settings.hour);
    await services.items.update(turn.scope.key, { ...item, snoozedUntil: until.toUTC().toISO()! }, changeOf(turn), 'snoozed');
    return { card: reminderCard(item, daysLeftOf(item, ctx), turn.lang, turn.now, { kind: 'snoozed', until, by: who(ctx) }).card };
  },
});
