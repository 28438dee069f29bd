import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from '../../../bot/config';

const APP = '11111111-2222-4333-8444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('settings', () => {
  it('has working defaults: local anonymous mode on loopback, Copenhagen, Danish', () => {
    const c = loadConfig({}, '/srv/tovholder');
    assert.equal(c.port, 3978);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.dataDir, '/srv/tovholder/.data');
    assert.equal(c.appId, undefined);
    assert.equal(c.timezone, 'Europe/Copenhagen');
    assert.equal(c.language, 'da');
    assert.deepEqual(c.allowedTenants, []);
    assert.equal(c.appType, 'SingleTenant');
  });

  it('reads ADMINS as Entra object ids and RETENTION_YEARS as years (default: nobody, keep)', () => {
    const none = loadConfig({});
    assert.deepEqual(none.admins, []);
    assert.equal(none.retentionYears, undefined);
    const c = loadConfig({ ADMINS: ` ${APP.toUpperCase()}, ${TENANT} `, RETENTION_YEARS: '5' });
    assert.deepEqual(c.admins, [APP, TENANT]);
    assert.equal(c.retentionYears, 5);
    assert.equal(loadConfig({ RETENTION_YEARS: 'keep' }).retentionYears, undefined);
  });

  it('listens on all interfaces once credentials are set', () => {
    const c = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT });
    assert.equal(c.host, '0.0.0.0');
  });

  const bad: Array<[Record<string, string>, string]> = [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ BOT_TIMEZONE: 'Europe/Kobenhavn' }, 'BOT_TIMEZONE'],
    [{ BOT_LANGUAGE: 'sv' }, 'BOT_LANGUAGE'],
    [{ ADMINS: 'anne@kommune.dk' }, 'ADMINS'],
    [{ RETENTION_YEARS: '0' }, 'RETENTION_YEARS'],
    [{ RETENTION_YEARS: 'fem' }, 'RETENTION_YEARS'],
    [{ MicrosoftAppType: 'Personal' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'not-a-guid' }, 'MicrosoftAppId'],
    [{ MicrosoftAppId: APP, MicrosoftAppTenantId: TENANT }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: APP, MicrosoftAppPassword: 'x' }, 'MicrosoftAppTenantId'],
    [{ ALLOWED_TENANTS: 'contoso.onmicrosoft.com' }, 'ALLOWED_TENANTS'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
  ];
  for (const [env, setting] of bad) {
    it(`stops on a wrong ${setting} and names it`, () => {
      assert.throws(
        () => loadConfig(env),
        (err: unknown) => {
          assert.ok(err instanceof ConfigError);
          assert.equal(err.setting, setting);
          assert.match(err.message, new RegExp(setting));
          return true;
        },
      );
    });
  }

  it('never puts the password in an error message', () => {
    try {
      loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'hunter2-secret', MicrosoftAppTenantId: 'nope' });
      assert.fail('expected an error');
    } catch (err) {
      assert.doesNotMatch((err as Error).message, /hunter2/);
    }
  });

  it('reads the tenant allow-list, case-insensitively', () => {
    const c = loadConfig({ ALLOWED_TENANTS: ` ${TENANT.toUpperCase()} , ${APP}` });
    assert.deepEqual(c.allowedTenants, [TENANT, APP]);
  });

  it('reads the headers and request timeouts in seconds (10 and 30 by default) and refuses what makes no sense', () => {
    const c = loadConfig({});
    assert.deepEqual([c.headersTimeoutMs, c.requestTimeoutMs], [10_000, 30_000]);
    const set = loadConfig({ HEADERS_TIMEOUT_SECONDS: '5', REQUEST_TIMEOUT_SECONDS: '20' });
    assert.deepEqual([set.headersTimeoutMs, set.requestTimeoutMs], [5000, 20_000]);
    assert.throws(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: '0' }), /HEADERS_TIMEOUT_SECONDS/);
    assert.throws(() => loadConfig({ REQUEST_TIMEOUT_SECONDS: 'soon' }), /REQUEST_TIMEOUT_SECONDS/);
    assert.throws(
      () => loadConfig({ HEADERS_TIMEOUT_SECONDS: '20', REQUEST_TIMEOUT_SECONDS: '10' }),
      /REQUEST_TIMEOUT_SECONDS.*at least HEADERS_TIMEOUT_SECONDS/,
    );
  });
});
