// A short reminder before an event or a deadline, with Done and Snooze buttons (Action.Execute) that replace the
// card in place with what was done and by whom.
import type { DateTime } from 'luxon';
import type { Item } from '../domain/items';
import { formatDay } from '../domain/periodFormat';
import { timeText, whenText } from './itemCards';
import type { Lang } from '../domain/types';
import { expand, type CardJson } from './render';
import template from './templates/reminder.json';

/** The verbs of the reminder card's buttons (bot/actions/reminders.ts handles them). */
export const REMINDER_VERBS = { done: 'reminder.done', snooze: 'reminder.snooze' } as const;

export type SnoozeChoice = 'tomorrow' | 'nextWeek';

const TEXT = {
  da: {
    event: (days: number) => (days <= 0 ? 'Arrangement i dag' : days === 1 ? 'Arrangement i morgen' : `Arrangement om ${days} dage`),
    deadline: (days: number) => (days <= 0 ? 'Frist i dag' : days === 1 ? 'Frist i morgen' : `Frist om ${days} dage`),
    done: 'Færdig',
    tomorrow: 'Påmind i morgen',
    nextWeek: 'Påmind næste uge',
    doneBy: (who: string) => `✓ Markeret som færdig af ${who}.`,
    snoozedBy: (until: string, who: string) => `Udsat til ${until} af ${who}.`,
    at: 'kl.',
    summary: (heading: string, title: string) => `${heading}: ${title}`,
  },
  en: {
    event: (days: number) => (days <= 0 ? 'Event today' : days === 1 ? 'Event tomorrow' : `Event in ${days} days`),
    deadline: (days: number) => (days <= 0 ? 'Deadline today' : days === 1 ? 'Deadline tomorrow' : `Deadline in ${days} days`),
    done: 'Done',
    tomorrow: 'Remind me tomorrow',
    nextWeek: 'Remind me next week',
    doneBy: (who: string) => `✓ Marked as done by ${who}.`,
    snoozedBy: (until: string, who: string) => `Snoozed until ${until} by ${who}.`,
    at: 'at',
    summary: (heading: string, title: string) => `${heading}: ${title}`,
  },
} as const;

/** After a button: what happened, shown on the card instead of the buttons. */
export type ReminderOutcome =
  | { kind: 'done'; by: string }
  | { kind: 'snoozed'; until: DateTime; by: string };

/** The reminder card for `item`, `daysLeft` days before its date; with buttons until someone pressed one. */
export function reminderCard(item: Item, daysLeft: number, lang: Lang, now: DateTime, outcome?: ReminderOutcome): { card: CardJson; summary: string } {
  const t = TEXT[lang];
  const heading = item.type === 'event' ? t.event(daysLeft) : t.deadline(daysLeft);
  // The same wording as every listing: "torsdag d. 7. november kl. 09.00", "senest 15. december".
  const when = item.period ? whenText(item, lang, now) : '';
  let status = '';
  if (outcome?.kind === 'done') status = t.doneBy(outcome.by || '?');
  if (outcome?.kind === 'snoozed') {
    const until = `${formatDay(outcome.until.toISODate()!, lang, now)} ${timeText({ hour: outcome.until.hour, minute: outcome.until.minute }, lang)}`;
    status = t.snoozedBy(until, outcome.by || '?');
  }
  const button = (title: string, verb: string, until: string) => ({ title, verb, itemId: item.id, until, lang });
  const buttons = outcome
    ? []
    : [
        button(t.done, REMINDER_VERBS.done, ''),
        button(t.tomorrow, REMINDER_VERBS.snooze, 'tomorrow'),
        button(t.nextWeek, REMINDER_VERBS.snooze, 'nextWeek'),
      ];
  const card = expand(template, {
    heading, color: item.type === 'deadline' && daysLeft <= 1 ? 'Attention' : 'Accent',
    title: item.title, when, place: item.place ?? '', status, buttons,
  });
  if (buttons.length === 0) delete card.actions;
  return { card, summary: t.summary(heading, item.title) };
}
