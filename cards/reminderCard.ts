// A short reminder before an event or a deadline, with Done, Snooze and Tilføj til kalender buttons (Action.Execute) that replace the
// card in place with what was done and by whom.
import type { DateTime } from 'luxon';
import type { Item } from '../domain/items';
import { formatDay, t, timeText } from '../i18n/catalog';
import { ADD_TO_CALENDAR_VERB, PLAN_VERBS, whenText } from './itemCards';
import { missingText } from './approvalCards';
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import template from './templates/reminder.json';

/** The verbs of the reminder card's buttons (bot/commands/digest/reminderButtons.ts handles them). */
export const REMINDER_VERBS = { done: 'reminder.done', snooze: 'reminder.snooze' } as const;

export type SnoozeChoice = 'tomorrow' | 'nextWeek';

/** A reminder button's data, once read: the item, and for Snooze how long (undefined when it names no choice). */
export interface ReminderButtonData {
  itemId: string;
  until: SnoozeChoice | undefined;
}

export function readReminderButton(raw: Record<string, unknown>): ReminderButtonData {
  return {
    itemId: typeof raw.itemId === 'string' ? raw.itemId : '',
    until: raw.until === 'tomorrow' || raw.until === 'nextWeek' ? raw.until : undefined,
  };
}

/** After a button: what happened, shown on the card instead of the buttons. */
export type ReminderOutcome = { kind: 'owner' } | { kind: 'done'; by: string } | { kind: 'snoozed'; until: DateTime; by: string };

/** The reminder card for `item`, `daysLeft` days before its date; with buttons until someone pressed one. */
export function reminderCard(
  item: Item,
  daysLeft: number,
  lang: Lang,
  now: DateTime,
  outcome?: ReminderOutcome,
): { card: CardJson; summary: string } {
  const heading =
    item.type === 'event'
      ? daysLeft <= 0
        ? t('reminderCard.eventToday', lang)
        : daysLeft === 1
          ? t('reminderCard.eventTomorrow', lang)
          : t('reminderCard.eventInDays', lang, { n: daysLeft })
      : daysLeft <= 0
        ? t('reminderCard.deadlineToday', lang)
        : daysLeft === 1
          ? t('reminderCard.deadlineTomorrow', lang)
          : t('reminderCard.deadlineInDays', lang, { n: daysLeft });
  // The same wording as every listing: "torsdag d. 7. november kl. 09.00", "senest 15. december".
  const when = item.period ? whenText(item, lang, now) : '';
  let status = '';
  if (outcome?.kind === 'owner') status = t('reminder.forOwner', lang);
  if (outcome?.kind === 'done') status = t('reminderCard.doneBy', lang, { who: outcome.by || '?' });
  if (outcome?.kind === 'snoozed') {
    const time = timeText({ hour: outcome.until.hour, minute: outcome.until.minute }, lang);
    const until = `${formatDay(outcome.until.toISODate()!, lang, now)} ${time}`;
    status = t('reminderCard.snoozedBy', lang, { until, who: outcome.by || '?' });
  }
  const button = (title: string, verb: string, until: string) => ({ title, verb, itemId: item.id, until, lang });
  const buttons = outcome
    ? []
    : [
        // A plan is done by doing it: Gjort logs it, as on its own card.
        item.type === 'plan'
          ? button(t('button.didIt', lang), PLAN_VERBS.done, '')
          : button(t('button.done', lang), REMINDER_VERBS.done, ''),
        button(t('reminderCard.tomorrow', lang), REMINDER_VERBS.snooze, 'tomorrow'),
        button(t('reminderCard.nextWeek', lang), REMINDER_VERBS.snooze, 'nextWeek'),
        ...(item.period ? [button(t('button.addToCalendar', lang), ADD_TO_CALENDAR_VERB, '')] : []),
      ];
  const card = expand(template, {
    heading,
    color: item.type === 'deadline' && daysLeft <= 1 ? 'Attention' : 'Accent',
    title: item.title,
    when,
    place: item.place ?? '',
    status,
    missing: outcome ? '' : missingText(item, lang),
    buttons,
  });
  if (buttons.length === 0) delete card.actions;
  return { card, summary: `${heading}: ${item.title}` };
}

/** The owner's copy in a personal chat: the same card with a line saying why it came to them, and no buttons (they
 *  act on the team's item, which the team's card has). */
export function ownerReminder(item: Item, daysLeft: number, lang: Lang, now: DateTime): { card: CardJson; summary: string } {
  const { card, summary } = reminderCard(item, daysLeft, lang, now, { kind: 'owner' });
  return { card, summary };
}
