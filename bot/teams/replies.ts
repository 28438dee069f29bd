// A handler's Reply as the activity Teams gets (what a failed turn says instead: bot/teams/failure.ts). Shared by the
// turn loop (bot/teams/tovholderBot.ts), the message action (messageExtension.ts) and the proactive sender.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../commands/types';
import { cardSummary } from '../../cards/render';
import { withoutBidiControls } from '../../domain/text';

export function plainText(text: string): Partial<Activity> {
  const activity = MessageFactory.text(withoutBidiControls(text));
  activity.textFormat = 'plain'; // user words inside replies are shown as typed, never as Markdown
  return activity;
}

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.card) {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
    // Every card has a summary: Teams' notification and activity feed say what it is, not "sent a card".
    activity.summary = withoutBidiControls(reply.summary || cardSummary(reply.card));
    if (reply.text) activity.text = reply.text;
    return activity;
  }
  return plainText(reply.text ?? '');
}
