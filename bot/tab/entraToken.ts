// The tab's sign-in (issue 25): a Teams single sign-on token (TeamsJS getAuthToken) is an Entra ID access token for
// the bot's own app registration. It is checked here against Entra's published signing keys (JWKS), its issuer,
// audience and expiry (on the server's clock), and ALLOWED_TENANTS. `jose` does the JOSE part: it is the well-kept
// library for it (RFC-complete, algorithm pinning, key rotation by kid, a bounded JWKS fetch), which our own 60 lines
// of node:crypto would only imitate. It is loaded with the first token (a dynamic import: jose is an ES module, and
// a bot without MicrosoftAppId never needs it).
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import type { Clock } from '../ports';

/** Where Entra publishes its signing keys (the same keys sign every tenant's tokens). Tests use a local stand-in. */
export const ENTRA_KEYS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/** How long one fetch of the keys may take, and how long after a fetch another may start (an unknown kid refetches). */
const KEYS_TIMEOUT_MS = 5000;
const KEYS_COOLDOWN_MS = 30_000;
/** Tolerance for the clocks of Entra and this server. */
const CLOCK_SKEW_S = 300;

/** Who the token says the user is: tenant and Entra object id, and the name to show. */
export interface TabUser {
  tenantId: string;
  aadObjectId: string;
  name: string;
}

export type TokenCheck = { ok: true; user: TabUser } | { ok: false; reason: string };

export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<TokenCheck>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audiences the tab's token may carry: the app id (v2 tokens) and the Application ID URI
 *  api://<BOT_DOMAIN>/<app id> that docs/DEPLOY.md registers (v1 tokens carry it). */
export function tabAudiences(config: Pick<Config, 'appId' | 'botDomain'>): string[] {
  if (!config.appId) return [];
  return [config.appId, ...(config.botDomain ? [`api://${config.botDomain}/${config.appId}`] : [])];
}

/** Entra's two issuer forms for a tenant: v2.0 and v1 (sts.windows.net). */
function issuersOf(tenantId: string): string[] {
  return [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

export function entraTokenVerifier(config: Config, clock: Clock, keysUrl = ENTRA_KEYS_URL): TokenVerifier {
  let loaded: Promise<{ jose: typeof import('jose'); keys: JWTVerifyGetKey }> | undefined;
  const load = () =>
    (loaded ??= import('jose').then((jose) => ({
      jose,
      keys: jose.createRemoteJWKSet(new URL(keysUrl), { timeoutDuration: KEYS_TIMEOUT_MS, cooldownDuration: KEYS_COOLDOWN_MS }),
    })));
  const audiences = tabAudiences(config);
  const allowed = new Set(config.allowedTenants);
  // A single-tenant bot with no ALLOWED_TENANTS takes its own tenant only.
  if (allowed.size === 0 && config.appType !== 'MultiTenant' && config.appTenantId) allowed.add(config.appTenantId.toLowerCase());
  return {
    async verify(authorization) {
      const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
      if (!m) return { ok: false, reason: authorization ? 'not a bearer JWT' : 'no token' };
      const { jose, keys } = await load();
      let payload: JWTPayload;
      try {
        ({ payload } = await jose.jwtVerify(m[1], keys, {
          algorithms: ['RS256'],
          audience: audiences,
          currentDate: clock.now().toJSDate(),
          clockTolerance: CLOCK_SKEW_S,
          requiredClaims: ['exp', 'iss', 'tid'],
        }));
      } catch (err) {
        return { ok: false, reason: err instanceof jose.errors.JOSEError ? err.code : 'unverifiable token' };
      }
      const tenantId = String(payload.tid ?? '').toLowerCase();
      const oid = String(payload.oid ?? '').toLowerCase();
      if (!GUID.test(tenantId) || !GUID.test(oid)) return { ok: false, reason: 'no tenant or object id' };
      // The issuer must be the token's own tenant's: a token from one tenant never passes as another's.
      if (!issuersOf(tenantId).includes(String(payload.iss))) return { ok: false, reason: 'issuer' };
      if (allowed.size > 0 && !allowed.has(tenantId)) return { ok: false, reason: 'tenant not allowed' };
      const name =
        typeof payload.name === 'string' ? payload.name : typeof payload.preferred_username === 'string' ? payload.preferred_username : '';
      return { ok: true, user: { tenantId, aadObjectId: oid, name } };
    },
  };
}
