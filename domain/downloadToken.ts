// The download link's token: which scope, which report, which period, until when, signed with HMAC-SHA256.
// Pure: the key comes from storage (bot/download.ts) and "now" from the caller; nothing here reads the clock.
//
//   <payload>.<mac>   payload = base64url(JSON), mac = base64url(HMAC-SHA256(key, "tovholder-download-v1." + payload))
//
// A token is a bearer secret for its 15 minutes: whoever has the link gets the file (README, Security).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IsoDate, Lang } from './types';

export type ReportFormat = 'pptx' | 'xlsx' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pptx', 'xlsx', 'csv'];

/** How long a link works. */
export const DOWNLOAD_TTL_SECONDS = 15 * 60;

export interface DownloadClaims {
  /** The scope key whose log the file is built from. */
  scope: string;
  format: ReportFormat;
  from: IsoDate;
  to: IsoDate;
  /** The period as the user asked for it, for the file's title ("siden 1. september 2019"). */
  label: string;
  lang: Lang;
  /** The turn's zone and date, so the file says what the card said (milestone states as of that day). */
  zone: string;
  today: IsoDate;
  /** Expiry, Unix seconds. */
  exp: number;
}

const CONTEXT = 'tovholder-download-v1.';
const MAX_TOKEN_CHARS = 2048;

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(CONTEXT + payload).digest();
}

export function signDownload(claims: DownloadClaims, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The claims of a token this key signed that has not expired at `nowSeconds`; undefined for anything else (forged,
 * altered, expired, malformed). The caller answers every undefined the same way: 404, no detail.
 */
export function verifyDownload(token: string, key: Buffer, nowSeconds: number): DownloadClaims | undefined {
  if (token.length > MAX_TOKEN_CHARS) return undefined;
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return undefined;
  const [, payload, given] = m;
  const expected = mac(key, payload);
  const got = Buffer.from(given, 'base64url');
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return undefined;
  let claims: DownloadClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DownloadClaims;
  } catch {
    return undefined;
  }
  if (!claims || typeof claims !== 'object') return undefined;
  if (typeof claims.scope !== 'string' || !REPORT_FORMATS.includes(claims.format)) return undefined;
  if (!ISO_DATE.test(String(claims.from)) || !ISO_DATE.test(String(claims.to)) || !ISO_DATE.test(String(claims.today))) return undefined;
  if (claims.lang !== 'da' && claims.lang !== 'en') return undefined;
  if (typeof claims.exp !== 'number' || !(nowSeconds < claims.exp)) return undefined;
  return claims;
}
