// Is this user a member of the team whose data the tab asks for? Asked of the Bot Connector (the team's roster, one
// member looked up by Entra object id), at the serviceUrl the bot keeps for the team (storage/conversationRepository),
// with the bot's own token. The answer is kept for minutes: a tab opening fires several API calls at once.
import * as http from 'node:http';
import * as https from 'node:https';
import { AuthenticationConstants, type AppCredentials } from 'botframework-connector';
import type { Config } from '../config';
import type { ConversationRepository } from '../../storage/conversationRepository';
import { credentialsFactory } from '../teams/auth';
import { within } from '../teams/timeout';

/** How long a member's answer is kept, and a non-member's (shorter: someone just added should not wait long). */
export const MEMBER_TTL_MS = 5 * 60_000;
export const NON_MEMBER_TTL_MS = 60_000;
const CACHE_MAX = 10_000;
const LOOKUP_TIMEOUT_MS = 5000;

/** "Bearer <bot token>" for the connector, or undefined (local anonymous mode; tests' connector stand-in). */
export type ConnectorAuthorization = () => Promise<string | undefined>;

export function botConnectorAuthorization(config: Config): ConnectorAuthorization {
  if (!config.appId) return async () => undefined;
  const appId = config.appId;
  let credentials: Promise<AppCredentials> | undefined;
  return async () => {
    credentials ??= credentialsFactory(config).createCredentials(
      appId,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      AuthenticationConstants.ToChannelFromBotLoginUrl,
      true,
    ) as Promise<AppCredentials>;
    return `Bearer ${await within((await credentials).getToken(), LOOKUP_TIMEOUT_MS, 'the bot token')}`;
  };
}

/** 200: a member; 404 (Teams' MemberNotFoundInConversation) or 403 (the bot is no longer in the team): not. */
function getStatus(url: URL, authorization: string | undefined): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      { headers: authorization ? { authorization } : {}, signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

export interface TeamRoster {
  /** True when the user is a member of the team of `scopeKey`; false when not, or when the bot does not know the team. */
  isMember(scopeKey: string, aadObjectId: string, now: number): Promise<boolean>;
}

export function connectorRoster(conversations: Pick<ConversationRepository, 'get'>, authorization: ConnectorAuthorization): TeamRoster {
  const cache = new Map<string, { member: boolean; until: number }>();
  return {
    async isMember(scopeKey, aadObjectId, now) {
      const key = `${scopeKey}\n${aadObjectId}`;
      const known = cache.get(key);
      if (known && known.until > now) return known.member;
      const ref = await conversations.get(scopeKey);
      if (ref?.kind !== 'team' || !ref.teamId) return false;
      const base = ref.serviceUrl.endsWith('/') ? ref.serviceUrl : `${ref.serviceUrl}/`;
      const url = new URL(`v3/conversations/${encodeURIComponent(ref.teamId)}/members/${encodeURIComponent(aadObjectId)}`, base);
      const status = await getStatus(url, await authorization());
      // Anything but a clear yes or no (a 5xx, a 429) is not kept: the next call asks again.
      if (status !== 200 && status !== 404 && status !== 403) throw new Error(`the connector answered ${status} to a roster look-up`);
      const member = status === 200;
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(key, { member, until: now + (member ? MEMBER_TTL_MS : NON_MEMBER_TTL_MS) });
      return member;
    },
  };
}
