// Messages the bot sends on its own (the digest, reminders), and the conversation references that make them
// possible. The only file outside the turn loop that knows Bot Framework types: the scheduler sees a ConversationRef
// and a SendOutcome.
import { ConfigurationBotFrameworkAuthentication, type Activity, type ConversationParameters } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import type { Config } from './config';
import type { ConversationRef } from '../storage/conversationRepository';
import type { ConversationRepository } from '../storage/conversationRepository';
import type { Reply } from './commands/types';
import type { Turn } from './turn';
import { toActivity, type Clock } from './tovholderBot';

/** What came of one proactive send. `retryAfterMs` is the connector's Retry-After (429/503), when it gave one. */
export type SendOutcome =
  | { kind: 'sent'; activityId?: string }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status?: number; retryAfterMs?: number; message: string };

export interface ProactiveSender {
  /** Posts `reply` in the ref's conversation; in a team, as a new thread in `channelId` (default: General). */
  send(ref: ConversationRef, reply: Reply, channelId?: string): Promise<SendOutcome>;
}

interface ChannelAccountish { id?: string; name?: string }
interface TeamsChannelData { team?: { id?: string }; eventType?: string; tenant?: { id?: string } }

/** The reference to keep for the activity's scope, or undefined when it carries too little to write back. */
export function conversationRefOf(activity: Partial<Activity>, turn: Turn): ConversationRef | undefined {
  const bot = activity.recipient as ChannelAccountish | undefined;
  if (!activity.serviceUrl || !activity.conversation?.id || !bot?.id) return undefined;
  const base = {
    scopeKey: turn.scope.key,
    kind: turn.scope.kind,
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId ?? 'msteams',
    tenantId: turn.scope.tenantId,
    bot: { id: bot.id, name: bot.name ?? '' },
  };
  if (turn.scope.kind === 'team' && turn.scope.teamId) {
    // The General channel's id is the team id: the default place for the digest.
    return { ...base, conversationId: turn.scope.teamId, teamId: turn.scope.teamId };
  }
  return { ...base, conversationId: activity.conversation.id.split(';messageid=')[0]! };
}

/** True when the activity says the bot was removed from the conversation (uninstalled, removed from the team). */
export function isBotRemoval(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  if (activity.type === 'installationUpdate') return /^remove/.test(String(activity.action ?? ''));
  if (activity.type === 'conversationUpdate') {
    const data = (activity.channelData ?? {}) as TeamsChannelData;
    if (data.eventType === 'teamDeleted') return true;
    return (activity.membersRemoved ?? []).some((m) => m.id === botId);
  }
  return false;
}

/**
 * The onEveryActivity hook: keep the scope's reference fresh (written only when it changed), forget it when the bot
 * is removed.
 */
export function keepConversationRefs(conversations: ConversationRepository, clock: Clock) {
  return async (activity: Partial<Activity>, turn: Turn): Promise<void> => {
    if (isBotRemoval(activity)) {
      await conversations.remove(turn.scope.key);
      return;
    }
    const ref = conversationRefOf(activity, turn);
    // "since" on the scheduler's clock (the one it compares with), kept from the first time by the repository.
    if (ref) await conversations.remember({ ...ref, since: clock.now().toUTC().toISO()! });
  };
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

function retryAfterOf(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: { get?(name: string): string | undefined } & Record<string, unknown> } }).response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : (headers?.['retry-after'] as string | undefined);
  if (raw === undefined || raw === null || raw === '') return undefined;
  // Seconds, as the Bot Connector writes it. (An HTTP date would need a clock here; the backoff then applies.)
  const seconds = Number(raw);
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : undefined;
}

/**
 * Sends through the Bot Connector with a ConnectorClient of its own, not the adapter's turn pipeline: the SDK's
 * client retries 5xx and waits out a 429's Retry-After inside the call (ten minutes, if the connector says so),
 * which would hold up every other scope's digest. Its retry policy is removed here; the scheduler retries instead,
 * across ticks and instances, through the claim.
 */
export class BotFrameworkSender implements ProactiveSender {
  private readonly auth: ConfigurationBotFrameworkAuthentication;
  private readonly appId: string;

  constructor(config: Config) {
    this.appId = config.appId ?? '';
    // The same settings as the adapter (bot/adapter.ts), so tokens are the bot's own.
    this.auth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.appId ?? '',
      MicrosoftAppPassword: config.appPassword ?? '',
      MicrosoftAppType: config.appId ? config.appType : '',
      MicrosoftAppTenantId: config.appTenantId ?? '',
    } as Record<string, string>);
  }

  private async connector(serviceUrl: string): Promise<ConnectorClient> {
    const identity = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: this.appId },
      { type: AuthenticationConstants.AppIdClaim, value: this.appId },
      { type: AuthenticationConstants.ServiceUrlClaim, value: serviceUrl },
    ]);
    const client = await this.auth.createConnectorFactory(identity).create(serviceUrl);
    // The pipeline is private in botbuilder's compat layer; without it (another SDK version) sends still work,
    // only slower to fail.
    const inner = (client as unknown as { client?: { pipeline?: { removePolicy(o: { phase: 'Retry' }): unknown } } }).client;
    inner?.pipeline?.removePolicy({ phase: 'Retry' });
    return client;
  }

  async send(ref: ConversationRef, reply: Reply, channelId?: string): Promise<SendOutcome> {
    const activity = {
      ...toActivity(reply),
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      from: { id: ref.bot.id, name: ref.bot.name },
    } as Activity;
    try {
      const client = await this.connector(ref.serviceUrl);
      if (ref.kind === 'team') {
        // A new thread in the channel, not a reply under some old message.
        const parameters = {
          isGroup: true,
          bot: { id: ref.bot.id, name: ref.bot.name },
          tenantId: ref.tenantId,
          channelData: { channel: { id: channelId ?? ref.conversationId }, tenant: { id: ref.tenantId } },
          activity,
        } as unknown as ConversationParameters;
        const created = await client.conversations.createConversation(parameters);
        return { kind: 'sent', activityId: created.activityId ?? created.id };
      }
      activity.conversation = { id: ref.conversationId, isGroup: ref.kind === 'groupChat', tenantId: ref.tenantId } as Activity['conversation'];
      const sent = await client.conversations.sendToConversation(ref.conversationId, activity);
      return { kind: 'sent', activityId: sent.id };
    } catch (err) {
      const status = statusOf(err);
      if (status === 403) return { kind: 'gone', status };
      return { kind: 'failed', status, retryAfterMs: retryAfterOf(err), message: (err as Error)?.message?.slice(0, 300) ?? String(err) };
    }
  }
}
