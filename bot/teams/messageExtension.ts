// The Teams edge of "Log i Tovholder" (a message extension action command): composeExtension/fetchTask opens the
// dialog, composeExtension/submitAction saves and replies in the message's thread. The work is SDK-neutral, in
// bot/commands/log/logMessageAction.ts; this file only maps the invokes and posts the reply.
import { randomBytes } from 'node:crypto';
import {
  CardFactory,
  type Activity,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { openDialog, saveFromDialog, type MessagePayload } from '../commands/log/logMessageAction';
import { readLogDialog } from '../../cards/logButton';
import { t } from '../../i18n/catalog';
import { langOf, langOfData } from './activityTurn';
import type { Turn } from '../turn';
import { toActivity } from './replies';
import { within, type Timeouts } from './timeout';
import { entraIdFinder } from './members';
import type { Services } from '../services';
import type { Reply } from '../commands/types';
import type { CardJson } from '../../cards/render';
import { errorCard, withWarning } from '../../cards/errorCard';
import { describeError } from '../logger';
import { failureOutcome, failureText, noWrites } from './failure';
import { recordingWrites } from '../../storage/tableStore';
import type { Lang } from '../../domain/types';

/** The command's id in appPackage/manifest.json (composeExtensions[0].commands[0].id). */
export const LOG_MESSAGE_COMMAND = 'logMessage';

export interface MessageExtensionParts {
  services: Services;
  timeouts: Timeouts;
  turnFor(activity: Partial<Activity>, lang: Lang): Turn;
}

function dialog(title: string, card: CardJson): MessagingExtensionActionResponse {
  return { task: { type: 'continue', value: { title, card: CardFactory.adaptiveCard(card), width: 'medium', height: 'large' } } };
}

/** Runs one invoke: the answer is always a dialog (or closes it), never an HTTP error Teams would show as a failure. */
async function guarded(
  context: TurnContext,
  parts: MessageExtensionParts,
  action: MessagingExtensionAction,
  lang: Lang,
  work: (turn: Turn, turnId: string) => Promise<{ response: MessagingExtensionActionResponse; outcome: string }>,
): Promise<MessagingExtensionActionResponse> {
  const { logger } = parts.services;
  const turnId = randomBytes(4).toString('hex');
  const turn = parts.turnFor(context.activity, lang);
  const title = t('logDialog.title', lang);
  const writes = noWrites();
  let outcome = 'ok';
  try {
    if (action?.commandId !== LOG_MESSAGE_COMMAND) {
      outcome = 'unknown_command';
      return dialog(title, errorCard(t('logDialog.unknownCommand', lang)));
    }
    const done = await recordingWrites(writes, () => work(turn, turnId));
    outcome = done.outcome;
    return done.response;
  } catch (err) {
    const failure = failureOutcome(err, writes);
    outcome = failure;
    logger.error('message_action_failed', { turnId, invoke: context.activity.name, scope: turn.scope.key, outcome, ...describeError(err) });
    return dialog(title, errorCard(t(failureText(failure, err), lang, { turnId })));
  } finally {
    logger.info('message_action', { turnId, invoke: context.activity.name, scope: turn.scope.key, outcome });
  }
}

export function fetchLogDialog(
  context: TurnContext,
  action: MessagingExtensionAction,
  parts: MessageExtensionParts,
): Promise<MessagingExtensionActionResponse> {
  const lang = langOf('', context.activity, parts.services.config.language);
  return guarded(context, parts, action, lang, async (turn) => {
    const opened = await openDialog(
      turn,
      parts.services,
      action.messagePayload as MessagePayload | undefined,
      entraIdFinder(context, parts.services.logger, parts.timeouts.memberLookupMs),
    );
    return { response: dialog(opened.title, opened.card), outcome: 'dialog' };
  });
}

export function submitLogDialog(
  context: TurnContext,
  action: MessagingExtensionAction,
  parts: MessageExtensionParts,
): Promise<MessagingExtensionActionResponse> {
  const data = (action?.data && typeof action.data === 'object' ? action.data : {}) as Record<string, unknown>;
  const lang = langOfData(data, context.activity, parts.services.config.language);
  return guarded(context, parts, action, lang, async (turn, turnId) => {
    const title = t('logDialog.title', lang);
    const saved = await saveFromDialog(
      turn,
      parts.services,
      readLogDialog(data),
      action.messagePayload as MessagePayload | undefined,
      entraIdFinder(context, parts.services.logger, parts.timeouts.memberLookupMs),
    );
    if (saved.kind !== 'saved') return { response: dialog(title, saved.card), outcome: saved.kind };
    try {
      // Bounded like every reply (timeouts.replyMs), so a hung connector still lets the dialog answer in time.
      await within(
        replyInThread(context, saved.message?.root, { card: saved.card, summary: saved.summary }),
        parts.timeouts.replyMs,
        "a reply in the message's thread",
      );
    } catch (err) {
      // Saved is saved: say so in the dialog, with the card, rather than pretend nothing happened.
      parts.services.logger.warn('thread_reply_failed', { turnId, scope: turn.scope.key, ...describeError(err) });
      return { response: dialog(title, withWarning(saved.card, t('logDialog.threadReplyFailed', lang))), outcome: 'saved_no_reply' };
    }
    return { response: {}, outcome: 'saved' }; // an empty answer closes the dialog
  });
}

/**
 * Posts the log card where the message is: in a channel, as a reply in its thread (the conversation
 * "<channel>;messageid=<root>"); in a chat, in the chat as a reply to it; from the compose box, in the conversation.
 */
async function replyInThread(context: TurnContext, root: string | undefined, reply: Reply): Promise<void> {
  const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  const a = context.activity;
  const base = (a.conversation?.id ?? '').split(';messageid=')[0];
  const isChannel =
    Boolean((a.channelData as { channel?: { id?: string } } | undefined)?.channel?.id) || a.conversation?.conversationType === 'channel';
  const activity: Partial<Activity> = {
    ...toActivity(reply),
    from: a.recipient,
    recipient: a.from,
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
  };
  if (isChannel && root) {
    const thread = `${base};messageid=${root}`;
    await client.conversations.sendToConversation(thread, { ...activity, conversation: { ...a.conversation, id: thread } });
  } else if (root) {
    await client.conversations.replyToActivity(base, root, { ...activity, conversation: { ...a.conversation, id: base }, replyToId: root });
  } else {
    await client.conversations.sendToConversation(base, { ...activity, conversation: { ...a.conversation, id: base } });
  }
}
