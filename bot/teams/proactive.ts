// Messages the bot sends on its own (the digest, reminders), and the conversation references that make them
// possible. The scheduler sees only a ConversationRef, the ProactiveSender port and a SendOutcome (bot/ports.ts).
import type { Activity, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, type AppCredentials } from 'botframework-connector';
import type { Config } from '../config';
import type { ConversationRef, ConversationRepository } from '../../storage/conversationRepository';
import type { Reply } from '../commands/types';
import type { Turn } from '../turn';
import type { Clock, ProactiveSender, SendOutcome } from '../ports';
import { toActivity } from './replies';
import { credentialsFactory } from './auth';
import { DEFAULT_TIMEOUTS, within } from './timeout';
import { getJson, postJson } from './postJson';

interface ChannelAccountish {
  id?: string;
  name?: string;
}
interface TeamsChannelData {
  team?: { id?: string };
  eventType?: string;
  tenant?: { id?: string };
}

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
    return {
      ...base,
      conversationId: turn.scope.teamId,
      teamId: turn.scope.teamId,
      ...(turn.teamName ? { teamName: turn.teamName } : {}),
    };
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
    const now = clock.now().toUTC().toISO()!;
    if (ref) await conversations.remember({ ...ref, since: now }, now);
  };
}

/** The connector's Retry-After in ms: seconds, as the Bot Connector writes it, or an HTTP date (compared with `now`). */
export function retryAfterMs(raw: string | null, now: Date): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}

/**
 * Posts proactive messages to the Bot Connector's REST API itself, with the bot's token (when MicrosoftAppId is set),
 * and reads the answer's status and Retry-After itself: no SDK retry policy waits out a 429 inside the call (the
 * scheduler retries, across ticks and instances, through the claim), and a 403 ("removed from the team") is always
 * recognised, whatever shape an SDK gives its errors. Every call gives up after `timeoutMs`
 * (DEFAULT_TIMEOUTS.connectorMs): a hung connector must not hold up the scheduler.
 */
export class ConnectorSender implements ProactiveSender {
  private readonly appId: string | undefined;
  private readonly credentials: ConfigurationServiceClientCredentialFactory | undefined;
  private appCredentials: Promise<AppCredentials> | undefined;

  constructor(
    config: Config,
    private readonly clock: Clock,
    private readonly timeoutMs = DEFAULT_TIMEOUTS.connectorMs,
  ) {
    this.appId = config.appId;
    this.credentials = config.appId ? credentialsFactory(config) : undefined;
  }

  /** "Bearer <token>" for the connector, or undefined in local anonymous mode. The credentials cache the token. */
  private async authorization(): Promise<string | undefined> {
    if (!this.appId || !this.credentials) return undefined;
    this.appCredentials ??= this.credentials.createCredentials(
      this.appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      AuthenticationConstants.ToChannelFromBotLoginUrl,
      true,
    ) as Promise<AppCredentials>;
    const token = await within((await this.appCredentials).getToken(), this.timeoutMs, 'the bot token');
    return `Bearer ${token}`;
  }

  private async post(
    serviceUrl: string,
    path: string,
    body: object,
  ): Promise<{ status: number; json: Record<string, unknown>; retryAfter: string | null }> {
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    const authorization = await this.authorization();
    const { status, text, retryAfter } = await postJson(new URL(path, base), body, authorization ? { authorization } : {}, this.timeoutMs);
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    return { status, json, retryAfter };
  }

  /**
   * A personal chat with one colleague: found in the team's (or chat's) roster by their Entra object id (the
   * connector's member look-up takes it), then the 1:1 conversation created (Teams answers with the existing one when
   * there is one) and the message posted in it. A 403 or 404 means Teams will not let the bot write to them (the
   * app is not installed for them, nor in a team they are in): the caller records it and does not try again.
   */
  async sendPersonal(ref: ConversationRef, aadObjectId: string, reply: Reply): Promise<SendOutcome> {
    try {
      const roster = ref.teamId ?? ref.conversationId;
      const path = `v3/conversations/${encodeURIComponent(roster)}/members/${encodeURIComponent(aadObjectId)}`;
      const member = await this.get(ref.serviceUrl, path);
      if (member.status === 403 || member.status === 404) return { kind: 'gone', status: member.status };
      const userId = member.status === 200 && typeof member.json.id === 'string' ? member.json.id : aadObjectId;
      const created = await this.post(ref.serviceUrl, 'v3/conversations', {
        isGroup: false,
        bot: { id: ref.bot.id, name: ref.bot.name },
        members: [{ id: userId }],
        tenantId: ref.tenantId,
        channelData: { tenant: { id: ref.tenantId } },
      });
      const conversationId = typeof created.json.id === 'string' ? created.json.id : undefined;
      if (created.status === 403 || created.status === 404) return { kind: 'gone', status: created.status };
      if (created.status < 200 || created.status >= 300 || !conversationId) {
        const retry = retryAfterMs(created.retryAfter, this.clock.now().toJSDate());
        return { kind: 'failed', status: created.status, retryAfterMs: retry, message: `status ${created.status}` };
      }
      const personal: ConversationRef = { ...ref, kind: 'personal', conversationId };
      delete personal.teamId;
      return await this.send(personal, reply);
    } catch (err) {
      return { kind: 'failed', message: ((err as Error)?.message ?? String(err)).slice(0, 300) };
    }
  }

  private async get(serviceUrl: string, path: string): Promise<{ status: number; json: Record<string, unknown> }> {
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    const authorization = await this.authorization();
    const { status, text } = await getJson(new URL(path, base), authorization ? { authorization } : {}, this.timeoutMs);
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // Not JSON: the status says enough.
    }
    return { status, json };
  }

  async send(ref: ConversationRef, reply: Reply, channelId?: string): Promise<SendOutcome> {
    const activity: Partial<Activity> = {
      ...toActivity(reply),
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      from: { id: ref.bot.id, name: ref.bot.name },
    };
    try {
      const answer =
        ref.kind === 'team'
          ? // A new thread in the channel, not a reply under some old message.
            await this.post(ref.serviceUrl, 'v3/conversations', {
              isGroup: true,
              bot: { id: ref.bot.id, name: ref.bot.name },
              tenantId: ref.tenantId,
              channelData: { channel: { id: channelId ?? ref.conversationId }, tenant: { id: ref.tenantId } },
              activity,
            })
          : await this.post(ref.serviceUrl, `v3/conversations/${encodeURIComponent(ref.conversationId)}/activities`, {
              ...activity,
              conversation: { id: ref.conversationId, isGroup: ref.kind === 'groupChat', tenantId: ref.tenantId },
            });
      const { status, json } = answer;
      if (status >= 200 && status < 300) {
        const id = typeof json.activityId === 'string' ? json.activityId : typeof json.id === 'string' ? json.id : undefined;
        return { kind: 'sent', activityId: id };
      }
      if (status === 403) return { kind: 'gone', status };
      const error = (json.error ?? {}) as { message?: unknown };
      return {
        kind: 'failed',
        status,
        retryAfterMs: retryAfterMs(answer.retryAfter, this.clock.now().toJSDate()),
        message: (typeof error.message === 'string' ? error.message : `status ${status}`).slice(0, 300),
      };
    } catch (err) {
      // No answer at all: refused, timed out, no token.
      return { kind: 'failed', message: ((err as Error)?.message ?? String(err)).slice(0, 300) };
    }
  }
}
