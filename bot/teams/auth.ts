// The bot's Bot Framework credentials, built once from the settings: the adapter checks incoming tokens with them and
// the proactive sender gets its outgoing token from them. Without an app id: anonymous (local only, see config.ts).
// Also the two guards in front of the SDK's token check (issue 11): a cheap look at the token that refuses what can
// never be valid without any network call, and a bound on the SDK's fetch of Microsoft's signing keys.
import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';

import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import type { Config } from '../config';
import { DEFAULT_TIMEOUTS, within } from './timeout';

/** Where the SDK reads the signing keys of tokens from the channel; tests point it at a local stand-in. */
export interface AuthOptions {
  openIdMetadataUrl?: string;
  /** How long one fetch of the signing keys may take (default OPENID_FETCH_TIMEOUT_MS); tests of a hung fetch pass less. */
  signingKeysMs?: number;
}

/** The SDK's settings record, from our validated Config. */
function authSettings(config: Config, options: AuthOptions = {}): Record<string, string> {
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppType: config.appId ? config.appType : '',
    MicrosoftAppTenantId: config.appTenantId ?? '',
    // Naming one endpoint makes the SDK take every public-cloud endpoint from the record, none by default: name them all.
    ...(options.openIdMetadataUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: options.openIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: options.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  };
}

/** Issues the bot's own credentials (app secret, or managed identity): one factory for incoming and outgoing. */
export function credentialsFactory(config: Config): ConfigurationServiceClientCredentialFactory {
  return new ConfigurationServiceClientCredentialFactory(authSettings(config));
}

/** What the CloudAdapter authenticates requests with. */
export function botFrameworkAuthentication(config: Config, options: AuthOptions = {}): ConfigurationBotFrameworkAuthentication {
  guardOpenIdMetadata();
  if (options.signingKeysMs !== undefined) {
    const urls = options.openIdMetadataUrl
      ? [options.openIdMetadataUrl]
      : [AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl, AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl];
    for (const url of urls) fetchTimeoutByUrl.set(url, options.signingKeysMs);
  }
  return new ConfigurationBotFrameworkAuthentication(authSettings(config, options), credentialsFactory(config));
}

/** The algorithms Bot Framework signs with (the SDK accepts these and no others). */
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
/** The SDK's own clock tolerance for nbf and exp. */
const CLOCK_SKEW_S = 5 * 60;

function base64urlJson(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why a request's Authorization header can never hold a valid Bot Framework token, read without verifying anything
 * and without the network; undefined when it might (the SDK then verifies the signature, issuer and audience).
 * Refused here: no bearer token, not a JWT, alg none or HS256 (an HMAC "signed" with the public key), no key id,
 * a token not valid yet or expired.
 */
export function tokenRefusal(authorization: string | undefined, nowSeconds: number): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(authorization ?? '');
  if (!m) return authorization ? 'not a bearer JWT' : 'no token';
  const header = base64urlJson(m[1]);
  const payload = base64urlJson(m[2]);
  if (!header || !payload) return 'unreadable token';
  if (typeof header.alg !== 'string' || !SIGNING_ALGORITHMS.has(header.alg)) return `algorithm ${String(header.alg)} not allowed`;
  if (typeof header.kid !== 'string' || !header.kid) return 'no key id';
  if (!m[3]) return 'no signature';
  if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds + CLOCK_SKEW_S) return 'not valid yet';
  if (typeof payload.exp !== 'number' || payload.exp < nowSeconds - CLOCK_SKEW_S) return 'expired';
  return undefined;
}

/** How long one fetch of the signing keys may take, and how long after a failed one every request is refused at once. */
export const OPENID_FETCH_TIMEOUT_MS = DEFAULT_TIMEOUTS.signingKeysMs;
export const OPENID_FAILURE_HOLD_MS = 30_000;

let guarded = false;
/** The SDK keeps one OpenIdMetadata per URL for the whole process; its fetch timeout is looked up by that URL. */
const fetchTimeoutByUrl = new Map<string, number>();

/**
 * The SDK fetches Microsoft's signing keys (OpenID metadata) with no timeout, once per request while it has none, and
 * a token with an unknown key id makes it fetch again: a flood of forged tokens while the metadata cannot be reached
 * held one outbound socket per request for minutes. This wraps the SDK's refresh (botbuilder 4.23.3 is the final
 * release, so its shape is fixed; test/e2e/auth.test.ts holds the behaviour) so that there is at most one fetch at a
 * time per metadata URL, it is given up after OPENID_FETCH_TIMEOUT_MS (or AuthOptions.signingKeysMs), and for
 * OPENID_FAILURE_HOLD_MS after a failure every request is refused at once (401) instead of trying again.
 */
function guardOpenIdMetadata(): void {
  if (guarded) return;
  guarded = true;
  type Refreshing = { url: string; refreshCache(): Promise<void>; inFlight?: Promise<void>; failedAt?: number };
  const proto = OpenIdMetadata.prototype as unknown as Refreshing;
  const refresh = proto.refreshCache;
  proto.refreshCache = function (this: Refreshing): Promise<void> {
    if (this.inFlight) return this.inFlight;
    // performance.now(): a monotonic timer for a timeout, not the time of day.
    if (this.failedAt !== undefined && performance.now() - this.failedAt < OPENID_FAILURE_HOLD_MS) {
      return Promise.reject(new AuthenticationError('signing keys unavailable', 401));
    }
    // Whatever fails here, the adapter answers the request with 401 (bot/teams/adapter.ts).
    const timeoutMs = fetchTimeoutByUrl.get(this.url) ?? OPENID_FETCH_TIMEOUT_MS;
    this.inFlight = within(refresh.call(this), timeoutMs, 'the signing keys')
      .then(() => {
        this.failedAt = undefined;
      })
      .catch((err: unknown) => {
        this.failedAt = performance.now();
        throw err;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  };
}
