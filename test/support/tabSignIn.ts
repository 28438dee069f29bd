// The tab with Teams sign-in on (MicrosoftAppId set), for the tests: two seeded teams (TAB_TEAM with Anne, OTHER_TEAM
// with Ole), Entra's published keys as a local stand-in serving an RSA key generated here, the connector stand-in's
// rosters, and a signer of SSO tokens as Entra issues them (claims overridable, to forge).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { startHarness, TENANT, type Harness } from './botHarness';
import { OTHER_TEAM, seedTabTeam, TAB_TEAM } from './tabSeed';

export const APP_ID = '11111111-2222-4333-8444-555555555555';
export const DOMAIN = 'tovholder.example.org';
export const ANNE = '6d4f6b2e-0000-4000-8000-000000000001';
export const OLE = '6d4f6b2e-0000-4000-8000-0000000000aa';
/** The harness's clock: the server checks expiry against it. */
export const NOW_S = Date.parse('2024-11-20T09:00:00Z') / 1000;

export const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function sign(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64({ typ: 'JWT', ...header })}.${b64(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/** Entra's published keys, as a local stand-in: one RSA key, kid "entra-1". */
async function startKeys(publicKey: KeyObject): Promise<{ url: string; requests: () => number; stop(): Promise<void> }> {
  let requests = 0;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'entra-1', use: 'sig', alg: 'RS256' };
  const server = http.createServer((_req, res) => {
    requests++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`,
    requests: () => requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface SignedInTab {
  h: Harness;
  /** How many times the keys were fetched. */
  keyRequests(): number;
  /** The SSO token Entra would issue Anne for the bot's API, with `over` replacing claims; `key`/`kid` to forge. */
  claims(over?: Record<string, unknown>): Record<string, unknown>;
  token(over?: Record<string, unknown>, key?: KeyObject, kid?: string): string;
  stop(): Promise<void>;
}

export async function startSignedInTab(): Promise<SignedInTab> {
  const entra = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // Seeded in local mode (the bot's own turns), then served with sign-in on the same storage.
  const seeding = await startHarness();
  await seedTabTeam(seeding, TAB_TEAM);
  await seedTabTeam(seeding, OTHER_TEAM);
  const storage = seeding.dataDir!;
  await seeding.app.close();
  await seeding.connector.stop();
  const keys = await startKeys(entra.publicKey);
  const env = {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: TENANT,
    ALLOWED_TENANTS: TENANT,
    BOT_DOMAIN: DOMAIN,
    HOST: '127.0.0.1',
  };
  const h = await startHarness(env, {
    dataDir: storage,
    start: { tab: { entraKeysUrl: keys.url, connectorAuthorization: async () => undefined } },
  });
  // The teams' references point at this run's connector stand-in, whose rosters say who is in which team.
  for (const ref of await h.app.services.conversations.all())
    await h.app.services.conversations.remember({ ...ref, serviceUrl: h.connector.url });
  h.connector.rosters.set(TAB_TEAM, new Set([ANNE]));
  h.connector.rosters.set(OTHER_TEAM, new Set([OLE]));
  const claims = (over: Record<string, unknown> = {}) => ({
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: APP_ID,
    tid: TENANT,
    oid: ANNE,
    name: 'Anne Sørensen',
    iat: NOW_S - 60,
    nbf: NOW_S - 60,
    exp: NOW_S + 3600,
    ...over,
  });
  return {
    h,
    keyRequests: keys.requests,
    claims,
    token: (over = {}, key = entra.privateKey, kid = 'entra-1') => sign({ alg: 'RS256', kid }, claims(over), key),
    async stop() {
      await h.stop();
      await keys.stop();
    },
  };
}
