// The download link's token: which scope, which report, which period, until when, signed with HMAC-SHA256; or, for a
// colleague's own data (/mine data's "Hent som fil"), which person (Entra object id) in which scope.
// Pure: the key comes from storage (bot/downloadLinks.ts) and "now" from the caller; nothing here reads the clock.
//
//   <payload>.<mac>   payload = base64url(JSON), mac = base64url(HMAC-SHA256(key, <context> + payload))
//
// Each kind signs under its own context ("tovholder-download-v1." for reports, "tovholder-mydata-v1." for a person's
// data), so a token of one kind never verifies as the other.
//
// A token is a bearer secret for its 15 minutes (counted on the server's clock): whoever has the link gets the file (README, Security).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IsoDate, Lang } from './types';
import type { PeriodAsked } from './report';

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
  /** How the period was asked for (the file's title names a year or a period asked for), when the link knows it. */
  asked?: PeriodAsked;
  /** The turn's zone and date, so the file says what the card said (milestone states as of that day). */
  zone: string;
  today: IsoDate;
  /** Expiry, Unix seconds. */
  exp: number;
}

export type MyDataFormat = 'xlsx' | 'json';
export const MY_DATA_FORMATS: readonly MyDataFormat[] = ['xlsx', 'json'];

/** A colleague's own data in one scope: the person and the scope the file is built for, nobody else's. */
export interface MyDataClaims {
  kind: 'myData';
  scope: string;
  /** The colleague's Entra object id: the file holds the rows of this id only. */
  person: string;
  format: MyDataFormat;
  lang: Lang;
  zone: string;
  today: IsoDate;
  exp: number;
}

/** One item of the timeline as an .ics file ("Tilføj til kalender"): the scope and the item, nothing else. */
export interface IcsClaims {
  kind: 'ics';
  scope: string;
  /** The calendar kind ('event', 'deadline', later 'action') and its id in the scope. */
  item: { kind: string; id: string };
  lang: Lang;
  exp: number;
}

const CONTEXT = 'tovholder-download-v1.';
const MY_DATA_CONTEXT = 'tovholder-mydata-v1.';
const ICS_CONTEXT = 'tovholder-ics-v1.';
const MAX_TOKEN_CHARS = 2048;

function mac(key: Buffer, payload: string, context = CONTEXT): Buffer {
  return createHmac('sha256', key)
    .update(context + payload)
    .digest();
}

function sign(claims: object, key: Buffer, context: string): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload, context).toString('base64url')}`;
}

export function signDownload(claims: DownloadClaims, key: Buffer): string {
  return sign(claims, key, CONTEXT);
}

export function signMyData(claims: MyDataClaims, key: Buffer): string {
  return sign(claims, key, MY_DATA_CONTEXT);
}

export function signIcs(claims: IcsClaims, key: Buffer): string {
  return sign(claims, key, ICS_CONTEXT);
}

/** The JSON object a token carries when its signature under `context` is good; undefined otherwise. */
function signedPayload(token: string, key: Buffer, context: string): Record<string, unknown> | undefined {
  if (token.length > MAX_TOKEN_CHARS) return undefined;
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return undefined;
  const [, payload, given] = m;
  const expected = mac(key, payload, context);
  const got = Buffer.from(given, 'base64url');
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The claims of a token this key signed that has not expired at `nowSeconds`; undefined for anything else (forged,
 * altered, expired, malformed). The caller answers every undefined the same way: 404, no detail.
 */
export function verifyDownload(token: string, key: Buffer, nowSeconds: number): DownloadClaims | undefined {
  const claims = signedPayload(token, key, CONTEXT) as DownloadClaims | undefined;
  if (!claims) return undefined;
  if (typeof claims.scope !== 'string' || !REPORT_FORMATS.includes(claims.format)) return undefined;
  if (!ISO_DATE.test(String(claims.from)) || !ISO_DATE.test(String(claims.to)) || !ISO_DATE.test(String(claims.today))) return undefined;
  if (claims.lang !== 'da' && claims.lang !== 'en') return undefined;
  if (typeof claims.exp !== 'number' || !(nowSeconds < claims.exp)) return undefined;
  return claims;
}

/** The claims of a colleague's data link this key signed that has not expired; undefined for anything else. */
export function verifyMyData(token: string, key: Buffer, nowSeconds: number): MyDataClaims | undefined {
  const claims = signedPayload(token, key, MY_DATA_CONTEXT) as MyDataClaims | undefined;
  if (claims?.kind !== 'myData') return undefined;
  if (typeof claims.scope !== 'string' || claims.scope === '' || typeof claims.person !== 'string' || claims.person === '')
    return undefined;
  if (!MY_DATA_FORMATS.includes(claims.format) || !ISO_DATE.test(String(claims.today)) || typeof claims.zone !== 'string') return undefined;
  if (claims.lang !== 'da' && claims.lang !== 'en') return undefined;
  if (typeof claims.exp !== 'number' || !(nowSeconds < claims.exp)) return undefined;
  return claims;
}

/** The claims of a one-item calendar link this key signed that has not expired; undefined for anything else. */
export function verifyIcs(token: string, key: Buffer, nowSeconds: number): IcsClaims | undefined {
  const claims = signedPayload(token, key, ICS_CONTEXT) as IcsClaims | undefined;
  if (claims?.kind !== 'ics' || typeof claims.scope !== 'string' || claims.scope === '') return undefined;
  const item = claims.item as { kind?: unknown; id?: unknown } | undefined;
  if (!item || typeof item.kind !== 'string' || typeof item.id !== 'string' || item.id === '') return undefined;
  if (claims.lang !== 'da' && claims.lang !== 'en') return undefined;
  if (typeof claims.exp !== 'number' || !(nowSeconds < claims.exp)) return undefined;
  return claims;
}
