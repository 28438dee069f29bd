// A handler's Reply as the activity Teams gets. Shared by the turn loop (bot/teams/tovholderBot.ts), the message action (messageExtension.ts) and the proactive sender.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../commands/types';
import { cardSummary } from '../../cards/render';
import type { MessageId } from '../../i18n/catalog';
import { StorageUnavailableError, type StorageFault } from '../../storage/tableStore';

export function plainText(text: string): Partial<Activity> {
  const activity = MessageFactory.text(text);
  activity.textFormat = 'plain'; // user words inside replies are shown as typed, never as Markdown
  return activity;
}

export function toActivity(reply: Reply): Partial<Activity> {
  if (reply.card) {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
    // Every card has a summary: Teams' notification and activity feed say what it is, not "sent a card".
    activity.summary = reply.summary || cardSummary(reply.card);
    if (reply.text) activity.text = reply.text;
    return activity;
  }
  return plainText(reply.text ?? '');
}

const FAULT_MESSAGES: Record<StorageFault, MessageId> = {
  fileGone: 'turn.storageFileGone',
  corrupt: 'turn.storageCorrupt',
  readOnly: 'turn.storageReadOnly',
  diskFull: 'turn.storageDiskFull',
};

/** What a failed turn tells the user: storage down (named when the file knows why), or an error of ours. */
export function failureMessage(err: unknown): MessageId {
  if (!(err instanceof StorageUnavailableError)) return 'turn.internalError';
  return err.fault ? FAULT_MESSAGES[err.fault] : 'turn.storageDown';
}
