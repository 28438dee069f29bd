// The timeline in a calendar, SDK-neutral: the words of an entry (from the catalog), the one-item .ics behind
// "Tilføj til kalender" (a short-lived signed link, served by GET /download/<token>), and the team's feed
// (GET /calendar/<token>.ics, mounted by bot/teams/calendarFeed.ts): its address, its body, its ETag and its rate limit.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from './ports';
import type { Services } from './services';
import type { Turn } from './turn';
import { formatPeriod, t, type MessageId } from '../i18n/catalog';
import type { IsoDate, Lang } from '../domain/types';
import { writeIcs, type IcsEvent } from '../domain/ics';
import {
  calendarKindOf,
  calendarSourceOfItem,
  calendarTiming,
  calendarUid,
  inFeed,
  isFuzzyPeriod,
  type CalendarKind,
  type CalendarSource,
} from '../domain/calendarEntries';
import { DOWNLOAD_TTL_SECONDS, signIcs, type IcsClaims } from '../domain/downloadToken';
import { plusDays } from '../domain/dates/calendar';
import type { CalendarFeed } from '../storage/calendarFeedRepository';
import { decodeKeyPart, SEP } from '../storage/keys';
import type { DownloadFile } from './ports';

/** How far back the feed reaches. */
export const FEED_MONTHS_BACK = 12;
/** What the feed asks subscribers to wait between fetches (Outlook decides for itself; others follow it). */
export const FEED_REFRESH_MINUTES = 60;

const KIND_TEXT: Record<CalendarKind, MessageId> = {
  event: 'calendar.kind.event',
  deadline: 'calendar.kind.deadline',
  action: 'calendar.kind.action',
};

/** The calendar entry of one thing, worded in `lang`; undefined when it has no date. */
export function icsEventOf(source: CalendarSource, scopeKey: string, lang: Lang): IcsEvent | undefined {
  const timing = calendarTiming(source);
  if (!timing || !source.period) return undefined;
  const fuzzy = isFuzzyPeriod(source.period);
  const when = formatPeriod(source.period, lang);
  let summary = fuzzy ? t('calendar.summary.period', lang, { title: source.title, period: when }) : source.title;
  if (source.done) summary = t('calendar.summary.done', lang, { title: summary });
  const lines = [
    t(fuzzy ? 'calendar.desc.period' : 'calendar.desc.when', lang, { kind: t(KIND_TEXT[source.kind], lang), period: when }),
    ...(source.done ? [t('calendar.desc.done', lang)] : []),
    ...(source.owner ? [t('calendar.desc.owner', lang, { name: source.owner })] : []),
    t('calendar.desc.back', lang),
  ];
  return {
    uid: calendarUid(scopeKey, source),
    summary,
    description: lines.join('\n'),
    ...(source.place ? { location: source.place } : {}),
    timing,
    sequence: source.revision,
    lastModified: source.modifiedAt,
    created: source.createdAt,
    tentative: fuzzy,
    transparent: source.kind !== 'event' || timing.kind === 'allDay',
  };
}

/** The things of a scope as the calendar sees them. A new kind (issue 23's planned actions) adds its line here. */
async function sourcesOf(services: Pick<Services, 'items'>, scopeKey: string, from: IsoDate): Promise<CalendarSource[]> {
  const items = await services.items.endingFrom(scopeKey, from);
  return items.map(calendarSourceOfItem);
}

/** One thing of the scope by its calendar kind and id (the one-item file). */
async function sourceOf(
  services: Pick<Services, 'items'>,
  scopeKey: string,
  item: { kind: string; id: string },
): Promise<CalendarSource | undefined> {
  if (item.kind !== 'event' && item.kind !== 'deadline' && item.kind !== 'action') return undefined;
  const found = await services.items.get(scopeKey, item.id);
  return found && calendarKindOf(found.type) === item.kind ? calendarSourceOfItem(found) : undefined;
}

/** A scope of a tenant the bot no longer serves gets nothing, whatever the link says. */
function tenantAllowed(services: Services, scope: string): boolean {
  const tenant = decodeKeyPart(scope.split(SEP)[0] ?? '');
  return services.config.allowedTenants.length === 0 || services.config.allowedTenants.includes(tenant);
}

// ----- One item: "Tilføj til kalender"

export type ItemLink = { kind: 'link'; url: string } | { kind: 'undated' } | { kind: 'noAddress' } | { kind: 'notHere' };

/** A fresh link to the item's .ics for whoever pressed (works for DOWNLOAD_TTL_SECONDS from now, by the server's
 *  clock: the press may come long after the card was sent). */
export async function itemCalendarLink(
  services: Pick<Services, 'items' | 'publicUrl' | 'downloadKeys'>,
  turn: Turn,
  clock: Clock,
  item: { kind: CalendarKind; id: string },
): Promise<ItemLink> {
  const source = await sourceOf(services, turn.scope.key, item);
  if (!source) return { kind: 'notHere' };
  if (!calendarTiming(source)) return { kind: 'undated' };
  const base = services.publicUrl();
  if (!base) return { kind: 'noAddress' };
  const claims: IcsClaims = {
    kind: 'ics',
    scope: turn.scope.key,
    item: { kind: source.kind, id: source.id },
    lang: turn.lang,
    exp: Math.floor(clock.now().toSeconds()) + DOWNLOAD_TTL_SECONDS,
  };
  return { kind: 'link', url: `${base}/download/${signIcs(claims, await services.downloadKeys.key())}` };
}

/** A file name that says what it is, in ASCII ("tovholder-frist-aflevering-af-slutrapport.ics"). */
export function icsFileName(source: CalendarSource, lang: Lang): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  return `tovholder-${slug(t(KIND_TEXT[source.kind], lang))}-${slug(source.title) || source.id}.ics`;
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** GET /download/<token> for a one-item link: the .ics as the item is now, or undefined (404). */
export async function icsFile(services: Services, claims: IcsClaims): Promise<DownloadFile | undefined> {
  if (!tenantAllowed(services, claims.scope)) return undefined;
  const source = await sourceOf(services, claims.scope, claims.item);
  const event = source && icsEventOf(source, claims.scope, claims.lang);
  if (!source || !event) return undefined;
  const body = Buffer.from(writeIcs({ method: 'PUBLISH', events: [event] }), 'utf8');
  return { contentType: ICS_CONTENT_TYPE, fileName: icsFileName(source, claims.lang), body };
}

// ----- The team's feed: /kalender and GET /calendar/<token>.ics

export interface FeedAddress {
  https: string;
  webcal: string;
}

/** The feed's address (https and webcal), or undefined without a public address (BOT_DOMAIN unset with MicrosoftAppId). */
export function feedAddress(services: Pick<Services, 'publicUrl'>, feed: CalendarFeed): FeedAddress | undefined {
  const base = services.publicUrl();
  if (!base) return undefined;
  const https = `${base}/calendar/${feed.token}.ics`;
  return { https, webcal: https.replace(/^https?:\/\//, 'webcal://') };
}

/** What the feed holds on `today`: every dated thing of the scope from 12 months back on. */
export async function feedSources(services: Services, feed: CalendarFeed, today: IsoDate): Promise<CalendarSource[]> {
  const from = DateTime.fromISO(today).minus({ months: FEED_MONTHS_BACK }).toISODate() ?? plusDays(today, -365);
  return (await sourcesOf(services, feed.scopeKey, from)).filter((s) => inFeed(s, from));
}

export function feedBody(feed: CalendarFeed, sources: readonly CalendarSource[]): string {
  const events = sources.map((s) => icsEventOf(s, feed.scopeKey, feed.lang)).filter((e): e is IcsEvent => e !== undefined);
  return writeIcs({ name: feed.name, refreshMinutes: FEED_REFRESH_MINUTES, events });
}

/** Raise when the feed's wording or layout changes, so that every subscriber's next fetch gets the new text. */
const FEED_FORMAT = 1;

/**
 * The feed's ETag, from what the body is made of (the feed's name and language and every thing in it, each with its
 * revision) rather than from the body: a poller whose copy is current gets its 304 without the feed being written.
 * Weak, because a new version of the bot may word the same things differently (FEED_FORMAT).
 */
export function feedTag(feed: CalendarFeed, sources: readonly CalendarSource[]): string {
  const hash = createHash('sha256').update(JSON.stringify([FEED_FORMAT, feed.name, feed.lang]));
  for (const s of sources) hash.update(JSON.stringify(s));
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * A simple per-address limit: each feed address (and each client address) may be fetched `perMinute` times in a
 * minute, by the server's clock; beyond that 429 with the seconds to wait. Bounded memory: the oldest addresses are
 * forgotten first.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly perMinute: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Undefined when allowed; else the seconds until the key may fetch again. */
  take(key: string): number | undefined {
    const now = this.clock.now().toMillis();
    let w = this.windows.get(key);
    if (!w || now - w.startMs >= 60_000) {
      this.windows.delete(key);
      w = { startMs: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
    }
    w.count++;
    return w.count > this.perMinute ? Math.max(1, Math.ceil((w.startMs + 60_000 - now) / 1000)) : undefined;
  }
}

/** Fetches of one feed address in a minute (Outlook polls every few hours per subscriber, so a team stays far below). */
export const FEED_FETCHES_PER_MINUTE = 30;
/** Fetches from one client address in a minute, any feed (a calendar service fetches many teams' feeds). */
export const CLIENT_FETCHES_PER_MINUTE = 120;

export type FeedAnswer =
  | { status: 200; body: Buffer; etag: string; name: string }
  | { status: 304; etag: string }
  | { status: 404 }
  | { status: 429; retryAfterSeconds: number };

/** If-None-Match compared weakly (RFC 9110 13.1.2), as a GET's is. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag) || tag.trim() === '*');
}

/** GET /calendar/<token>.ics: the feed, 304 when the client has it already, 404 for anything but a current address. */
export type FeedSource = (token: string, ifNoneMatch: string | undefined, client: string) => Promise<FeedAnswer>;

export function feedHandler(services: Services, clock: Clock): FeedSource {
  const perAddress = new RateLimiter(clock, FEED_FETCHES_PER_MINUTE);
  const perClient = new RateLimiter(clock, CLIENT_FETCHES_PER_MINUTE);
  return async (token, ifNoneMatch, client) => {
    const wait = perClient.take(client) ?? perAddress.take(token);
    if (wait !== undefined) return { status: 429, retryAfterSeconds: wait };
    const feed = await services.calendarFeeds.resolve(token);
    if (!feed || !tenantAllowed(services, feed.scopeKey)) return { status: 404 };
    const today = clock.now().setZone(services.config.timezone).toISODate() as IsoDate;
    const sources = await feedSources(services, feed, today);
    const etag = feedTag(feed, sources);
    if (matches(ifNoneMatch, etag)) return { status: 304, etag };
    return { status: 200, body: Buffer.from(feedBody(feed, sources), 'utf8'), etag, name: feed.name };
  };
}
