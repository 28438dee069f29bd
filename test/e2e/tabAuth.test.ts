// The tab's sign-in with MicrosoftAppId set (issue 25): a Teams SSO token is checked against Entra's signing keys
// (here a local OpenID stand-in serving keys generated for the test), its issuer, audience, expiry and
// ALLOWED_TENANTS; then the connector's roster says whether its user is in the team asked for. A valid token for one
// team never opens another team's data.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { TENANT, type Harness } from '../support/botHarness';
import { OTHER_TEAM, TAB_TEAM } from '../support/tabSeed';
import { b64, DOMAIN, APP_ID, NOW_S, OLE, startSignedInTab, type SignedInTab } from '../support/tabSignIn';
import type { TimelineAnswer } from '../../bot/tab/apiTypes';

const OTHER_TENANT = '0f0f0f0f-1111-4222-8333-444444444444';

describe('the tab with Teams sign-in', function () {
  this.timeout(60_000);
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let tab: SignedInTab;
  let h: Harness;
  const token = (over: Record<string, unknown> = {}, key?: import('node:crypto').KeyObject, kid?: string) => tab.token(over, key, kid);
  const claims = (over: Record<string, unknown> = {}) => tab.claims(over);

  before(async () => {
    tab = await startSignedInTab();
    h = tab.h;
  });
  after(() => tab.stop());

  async function get(path: string, team: string, authorization?: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${h.baseUrl}/tab/api/${path}?team=${encodeURIComponent(team)}`, {
      headers: authorization ? { authorization } : {},
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  it('opens the team to a member with a valid token (v2 and v1 audience and issuer forms)', async () => {
    const { status, body } = await get('timeline', TAB_TEAM, `Bearer ${token()}`);
    assert.equal(status, 200);
    assert.equal((body as TimelineAnswer).items.filter((i) => i.milestone).length, 8);
    const v1 = token({ iss: `https://sts.windows.net/${TENANT}/`, aud: `api://${DOMAIN}/${APP_ID}` });
    assert.equal((await get('log', TAB_TEAM, `Bearer ${v1}`)).status, 200);
  });

  it("never opens another team's data with a valid token for one team", async () => {
    for (const path of ['timeline', 'log', 'matrix', 'counts', 'options', 'export.csv', 'export.xlsx']) {
      const res = await get(path, OTHER_TEAM, `Bearer ${token()}`);
      assert.equal(res.status, 403, path);
      assert.deepEqual(res.body, { error: 'forbidden' }, path);
    }
    // Ole, of the other team, gets his team and not Anne's.
    const ole = token({ oid: OLE, name: 'Ole' });
    assert.equal((await get('timeline', OTHER_TEAM, `Bearer ${ole}`)).status, 200);
    assert.equal((await get('timeline', TAB_TEAM, `Bearer ${ole}`)).status, 403);
    // A team id the bot was never in.
    assert.equal((await get('timeline', '19:nowhere@thread.tacv2', `Bearer ${token()}`)).status, 403);
  });

  it('lists for the personal tab only the teams the user is a member of, by the name Teams gave the team', async () => {
    const res = await fetch(`${h.baseUrl}/tab/api/teams`, { headers: { authorization: `Bearer ${token()}` } });
    assert.deepEqual(await res.json(), { teams: [{ team: TAB_TEAM, name: 'Frikommunenetværket' }] });
    assert.equal((await fetch(`${h.baseUrl}/tab/api/teams`)).status, 401);
  });

  const refused: Array<[string, () => string | undefined]> = [
    ['no token', () => undefined],
    ['a token signed by another key with the real key id', () => `Bearer ${token({}, forger.privateKey)}`],
    ['an unknown key id', () => `Bearer ${token({}, forger.privateKey, 'entra-9')}`],
    ['alg none', () => `Bearer ${b64({ alg: 'none', kid: 'entra-1' })}.${b64(claims())}.`],
    ['an expired token (on the server clock)', () => `Bearer ${token({ exp: NOW_S - 3600 })}`],
    ['a token for another app', () => `Bearer ${token({ aud: '99999999-2222-4333-8444-555555555555' })}`],
    ['another issuer', () => `Bearer ${token({ iss: 'https://login.example.org/v2.0' })}`],
    [
      "an issuer of another tenant than the token's",
      () => `Bearer ${token({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })}`,
    ],
    [
      'a tenant not in ALLOWED_TENANTS',
      () => `Bearer ${token({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })}`,
    ],
  ];
  for (const [what, auth] of refused) {
    it(`refuses ${what} with 401 and no data`, async () => {
      const logs = h.logs.length;
      const res = await get('timeline', TAB_TEAM, auth());
      assert.equal(res.status, 401);
      assert.deepEqual(res.body, { error: 'unauthorized' });
      assert.ok(h.logs.slice(logs).some((l) => l.includes('"event":"tab_refused"')));
    });
  }

  it('asks the roster once per member for minutes, and fetched the keys once', async () => {
    const before = h.connector.memberLookups.length;
    for (let i = 0; i < 5; i++) assert.equal((await get('matrix', TAB_TEAM, `Bearer ${token()}`)).status, 200);
    assert.equal(h.connector.memberLookups.length, before, 'answered from the cache');
    assert.equal(tab.keyRequests(), 1);
  });

  it('serves the page without a token (it signs in from inside Teams)', async () => {
    assert.equal((await fetch(`${h.baseUrl}/tab`)).status, 200);
  });
});
