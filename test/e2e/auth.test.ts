// Forged tokens with an app id set (issue 11): each is a 401 with no detail and one JSON log line, fast, and a flood of
// them while Microsoft's signing keys cannot be fetched costs one outbound connection, not one per request. The
// signing keys come from a local OpenID metadata stand-in (no request leaves the machine).
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { startHarness, channelMessage, type Harness } from '../support/botHarness';
import { startBlackHole } from '../support/blackHole';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const AUTH_ENV = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  HOST: '127.0.0.1',
};

/** The harness's clock (startHarness's FixedClock), which the bot reads a token's nbf and exp against. */
const HARNESS_NOW_S = Date.parse('2024-11-20T09:00:00Z') / 1000;

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function rs256(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64({ typ: 'JWT', ...header })}.${b64(payload)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/** Serves an OpenID configuration and its keys (one RSA key, kid "k1"), counting requests. */
async function startOpenIdStandIn(publicKey: KeyObject): Promise<{ url: string; requests: () => number; stop(): Promise<void> }> {
  let requests = 0;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', kty: 'RSA', endorsements: ['msteams'] };
  const server = http.createServer((req, res) => {
    requests++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/keys') return res.end(JSON.stringify({ keys: [jwk] }));
    res.end(
      JSON.stringify({
        issuer: 'https://api.botframework.com',
        jwks_uri: `${base}/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    requests: () => requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('forged tokens get 401, fast and quiet', () => {
  const real = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const wallNow = Math.floor(Date.now() / 1000); // jsonwebtoken checks exp against the machine's clock
  const claims = { iss: 'https://api.botframework.com', aud: APP_ID, exp: wallNow + 3600, serviceurl: 'http://127.0.0.1:1/' };
  let h: Harness;
  let keys: Awaited<ReturnType<typeof startOpenIdStandIn>>;
  before(async () => {
    keys = await startOpenIdStandIn(real.publicKey);
    h = await startHarness(AUTH_ENV, { start: { openIdMetadataUrl: keys.url } });
  });
  after(async () => {
    await h.stop();
    await keys.stop();
  });

  const pem = real.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const cases: Array<[string, () => string]> = [
    [
      'a forged signature (signed by another key, with the real key id)',
      () => rs256({ alg: 'RS256', kid: 'k1' }, claims, forger.privateKey),
    ],
    ['alg none', () => `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims)}.`],
    [
      'HS256 with the public key as the secret',
      () => {
        const input = `${b64({ alg: 'HS256', kid: 'k1' })}.${b64(claims)}`;
        return `${input}.${createHmac('sha256', pem).update(input).digest('base64url')}`;
      },
    ],
    ['a future nbf', () => rs256({ alg: 'RS256', kid: 'k1' }, { ...claims, nbf: HARNESS_NOW_S + 3600 }, real.privateKey)],
    ['an unknown key id', () => rs256({ alg: 'RS256', kid: 'k9' }, claims, forger.privateKey)],
    // Expired by the machine's clock, which the SDK checks (the bot's own check reads the harness's 2024 clock).
    [
      'a token expired an hour ago, signed with the real key',
      () => rs256({ alg: 'RS256', kid: 'k1' }, { ...claims, exp: wallNow - 3600 }, real.privateKey),
    ],
  ];

  for (const [what, token] of cases) {
    it(`refuses ${what} with 401, no detail, one log line, and nothing reaches the bot`, async () => {
      const logsBefore = h.logs.length;
      // The SDK printed a key dump or a stack to the console for each forged token: nothing may reach stderr or stdout.
      const printed: string[] = [];
      const writes = { out: process.stdout.write, err: process.stderr.write };
      const capture = (chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      };
      process.stdout.write = capture as typeof process.stdout.write;
      process.stderr.write = capture as typeof process.stderr.write;
      let res: { status: number; body: unknown };
      try {
        res = await h.post(channelMessage('/log presse TV2 om mikrolån'), { authorization: `Bearer ${token()}` });
      } finally {
        process.stdout.write = writes.out;
        process.stderr.write = writes.err;
      }
      assert.deepEqual(printed, [], 'nothing printed to the console');
      assert.equal(res.status, 401);
      assert.deepEqual(res.body, { error: 'unauthorized' });
      const lines = h.logs.slice(logsBefore);
      assert.equal(lines.filter((l) => l.includes('"event":"auth_refused"')).length, 1, lines.join('\n'));
      assert.ok(
        lines.every((l) => !/\n\s+at /.test(l) && !l.includes('not-a-real-secret')),
        'no stack, no secret',
      );
      assert.equal(h.connector.received.length, 0);
    });
  }

  it('checked the signatures above against the real keys, fetched once from the metadata stand-in', () => {
    // Configuration and keys: two requests, then the SDK's cache (a forged signature was verified against them).
    assert.equal(keys.requests(), 2);
  });
});

describe('a flood of forged tokens while the signing keys cannot be fetched', function () {
  this.timeout(20_000);
  let h: Harness;
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  before(async () => {
    hole = await startBlackHole();
    // The fetch of the keys is given up on after 0.5 s here (5 s in production: DEFAULT_TIMEOUTS.signingKeysMs).
    const openIdMetadataUrl = `http://127.0.0.1:${hole.port}/.well-known/openidconfiguration`;
    h = await startHarness(AUTH_ENV, { start: { openIdMetadataUrl, timeouts: { signingKeysMs: 500 } } });
  });
  after(async () => {
    await h.stop();
    await hole.stop();
  });

  it('answers all 200 with 401 and opens one connection to fetch the keys, not one per request', async () => {
    const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const tokens = Array.from({ length: 200 }, () =>
      rs256(
        { alg: 'RS256', kid: randomBytes(8).toString('hex') },
        { iss: 'https://api.botframework.com', aud: APP_ID, exp },
        forger.privateKey,
      ),
    );
    const answers = await Promise.all(tokens.map((token) => h.post(channelMessage('/hjælp'), { authorization: `Bearer ${token}` })));
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [401]);
    assert.equal(hole.connections(), 1);
    assert.equal(h.connector.received.length, 0);
  });
});
