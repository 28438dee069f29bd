// The reminder card's buttons: Done, and Snooze until tomorrow or next week. The answer replaces the card in place,
// for everyone, with what was done and by whom. The item is looked up in the conversation's own scope only.
import { keyDate, type Item } from '../../../domain/items';
import { daysBetween } from '../../../domain/dates/calendar';
import { snoozeUntil } from '../../../domain/reminders';
import { reminderCard, REMINDER_VERBS, type SnoozeChoice } from '../../../cards/reminderCard';
import { settingsOf } from '../../settings';
import { changeOf } from '../../turn';
import { t } from '../../../i18n/catalog';
import type { ActionContext, ActionHandler, ActionResult } from '../types';

function itemIdOf(data: Record<string, unknown>): string {
  return typeof data.itemId === 'string' ? data.itemId : '';
}

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

export const reminderDoneAction: ActionHandler = {
  verb: REMINDER_VERBS.done,
  async run(ctx) {
    const { turn, services, data } = ctx;
    const item = await services.items.setDone(turn.scope.key, itemIdOf(data), true, changeOf(turn));
    if (!item) return notFound(ctx);
    // Pressed twice (or by two people): the card names whoever marked it first.
    return { card: reminderCard(item, daysLeftOf(item, ctx), turn.lang, turn.now, { kind: 'done', by: item.doneBy ?? who(ctx) }).card };
  },
};

export const reminderSnoozeAction: ActionHandler = {
  verb: REMINDER_VERBS.snooze,
  async run(ctx) {
    const { turn, services, data } = ctx;
    const choice: SnoozeChoice | undefined = data.until === 'tomorrow' || data.until === 'nextWeek' ? data.until : undefined;
    if (!choice) {
      return { message: t('reminder.unknownSnooze', turn.lang) };
    }
    const item = await services.items.get(turn.scope.key, itemIdOf(data));
    if (!item) return notFound(ctx);
    const settings = (await settingsOf(services.scopes, turn.scope.key)).reminders;
    const until = snoozeUntil(choice, turn.now, turn.zone, settings.hour);
    await services.items.update(turn.scope.key, { ...item, snoozedUntil: until.toUTC().toISO()! }, changeOf(turn), 'snoozed');
    return { card: reminderCard(item, daysLeftOf(item, ctx), turn.lang, turn.now, { kind: 'snoozed', until, by: who(ctx) }).card };
  },
};
