// Every setting, read once at start and validated. A wrong value stops the bot with a message naming the setting.
import * as path from 'node:path';
import { IANAZone } from 'luxon';

export type AppType = 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Set: all data goes to these Azure tables (or Azurite); unset: the embedded SQLite file in dataDir. */
  tablesConnectionString: string | undefined;
  /** Set: every request must carry a valid Bot Framework token. Unset: local anonymous mode on loopback. */
  appId: string | undefined;
  appPassword: string | undefined;
  appType: AppType;
  appTenantId: string | undefined;
  timezone: string;
  language: 'da' | 'en';
  /** Empty: any tenant. */
  allowedTenants: string[];
  logLevel: LogLevel;
  /** Entra object ids (lower case) of the people who may use the admin commands (/glem). Empty: nobody. */
  admins: string[];
  /** Log entries and items older than this many years after their date are deleted. Undefined: kept. */
  retentionYears: number | undefined;
  /** The bot's public host name (BOT_DOMAIN, as `npm run package` takes it): download links are https://<it>/download/….
   *  Unset: links point at the loopback address the bot listens on (local mode), or are not offered (with MicrosoftAppId). */
  botDomain: string | undefined;
  /** A request's headers must arrive within this (HEADERS_TIMEOUT_SECONDS), its whole body within requestTimeoutMs
   *  (REQUEST_TIMEOUT_SECONDS): a client sending a byte now and then no longer holds a connection for Node's 300 s. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    expected: string,
    got: string,
  ) {
    super(`Setting ${setting} is ${JSON.stringify(got)}, but must be ${expected}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const v = value(env, name);
  if (v === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (!hit) throw new ConfigError(name, `one of ${allowed.join(', ')}`, v);
  return hit;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const portText = value(env, 'PORT') ?? '3978';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError('PORT', 'a port number from 0 to 65535', portText);

  const appId = value(env, 'MicrosoftAppId');
  const appPassword = value(env, 'MicrosoftAppPassword');
  const appType = oneOf(env, 'MicrosoftAppType', ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const, 'SingleTenant');
  const appTenantId = value(env, 'MicrosoftAppTenantId');
  if (appId) {
    if (!GUID.test(appId)) throw new ConfigError('MicrosoftAppId', "the bot's app registration id (a GUID)", appId);
    if (appType !== 'UserAssignedMSI' && !appPassword) {
      throw new ConfigError(
        'MicrosoftAppPassword',
        `set (the app registration's client secret) when MicrosoftAppId is set and MicrosoftAppType is ${appType}`,
        '',
      );
    }
    if (appType !== 'MultiTenant' && !appTenantId) {
      throw new ConfigError('MicrosoftAppTenantId', `set (your Entra tenant id) when MicrosoftAppType is ${appType}`, '');
    }
  }
  if (appTenantId && !GUID.test(appTenantId)) throw new ConfigError('MicrosoftAppTenantId', 'a tenant id (a GUID)', appTenantId);

  // Anonymous mode must never be reachable from another machine.
  const host = value(env, 'HOST') ?? (appId ? '0.0.0.0' : '127.0.0.1');
  if (!appId && !isLoopback(host)) {
    throw new ConfigError(
      'HOST',
      'a loopback address (127.0.0.1, ::1 or localhost) while MicrosoftAppId is not set (local anonymous mode)',
      host,
    );
  }

  const timezone = value(env, 'BOT_TIMEZONE') ?? 'Europe/Copenhagen';
  if (!IANAZone.isValidZone(timezone)) throw new ConfigError('BOT_TIMEZONE', 'an IANA time zone such as Europe/Copenhagen', timezone);

  const allowedText = value(env, 'ALLOWED_TENANTS') ?? '';
  const allowedTenants = allowedText
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of allowedTenants) {
    if (!GUID.test(t)) throw new ConfigError('ALLOWED_TENANTS', 'a comma-separated list of tenant ids (GUIDs), or empty', allowedText);
  }

  const adminsText = value(env, 'ADMINS') ?? '';
  const admins = adminsText
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const a of admins) {
    if (!GUID.test(a)) throw new ConfigError('ADMINS', 'a comma-separated list of Entra object ids (GUIDs), or empty', adminsText);
  }

  const retentionText = value(env, 'RETENTION_YEARS');
  let retentionYears: number | undefined;
  if (retentionText !== undefined && retentionText.toLowerCase() !== 'keep') {
    retentionYears = Number(retentionText);
    if (!/^\d+$/.test(retentionText) || retentionYears < 1 || retentionYears > 100) {
      throw new ConfigError('RETENTION_YEARS', 'a whole number of years from 1 to 100, or empty (keep everything)', retentionText);
    }
  }
  const botDomain = hostOf(value(env, 'BOT_DOMAIN'));
  const headersTimeoutMs = seconds(env, 'HEADERS_TIMEOUT_SECONDS', 10, 1, 120) * 1000;
  const requestTimeoutMs = seconds(env, 'REQUEST_TIMEOUT_SECONDS', 30, 1, 300) * 1000;
  if (requestTimeoutMs < headersTimeoutMs) {
    const least = `at least HEADERS_TIMEOUT_SECONDS (${headersTimeoutMs / 1000})`;
    throw new ConfigError('REQUEST_TIMEOUT_SECONDS', least, String(requestTimeoutMs / 1000));
  }

  return {
    port,
    host,
    dataDir: path.resolve(cwd, value(env, 'DATA_DIR') ?? './.data'),
    tablesConnectionString: value(env, 'TABLES_CONNECTION_STRING'),
    appId,
    appPassword,
    appType,
    appTenantId,
    timezone,
    language: oneOf(env, 'BOT_LANGUAGE', ['da', 'en'] as const, 'da'),
    allowedTenants: allowedTenants.map((t) => t.toLowerCase()),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    admins: admins.map((a) => a.toLowerCase()),
    retentionYears,
    botDomain,
    headersTimeoutMs,
    requestTimeoutMs,
  };
}

/** A whole number of seconds within [min, max], or the fallback when unset. */
function seconds(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = value(env, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new ConfigError(name, `a whole number of seconds from ${min} to ${max}`, text);
  return n;
}

/** BOT_DOMAIN as a bare host (and port): "https://tovholder.azurewebsites.net/api/messages" is taken the way
 *  `npm run package` takes it; anything that is not a host name stops the bot. */
function hostOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const host = text
    .replace(/^https?:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .toLowerCase();
  if (
    !/^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/.test(host)
  ) {
    throw new ConfigError('BOT_DOMAIN', "the bot's public host name, e.g. tovholder.azurewebsites.net", text);
  }
  return host;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
