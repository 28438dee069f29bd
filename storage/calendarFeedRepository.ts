// The team calendar feed's secret address (/kalender): a random token per scope, in the Scopes table. Two rows:
//   <scope key> / calendar-feed          the scope's current token, the feed's name and language
//   calendar-feeds / <token>             which scope a token belongs to (the feed route's point read)
// An address works only while both agree: /kalender ny writes a new token into the scope's row (guarded by its ETag),
// so the old token stops working at that moment even if its lookup row outlived a crash. Nothing here names a person.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isConflict, isStale, type Row, type TableStore } from './tableStore';
import type { Lang } from '../domain/types';

const LOOKUP_PARTITION = 'calendar-feeds';
const SCOPE_ROW = 'calendar-feed';
/** 192 random bits, base64url: 32 characters, safe in a URL path and in a RowKey. */
const TOKEN_BYTES = 24;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

/** The feed's name as a turn knows it: `name` when it knows the team's, else `fallback` for a feed that has none yet. */
export interface FeedName {
  name?: string;
  fallback: string;
}

export interface CalendarFeed {
  scopeKey: string;
  token: string;
  /** The feed's name in the calendar: the team's. */
  name: string;
  lang: Lang;
}

interface ScopeFeedRow extends Row {
  token: string;
  name: string;
  lang: string;
}
interface LookupRow extends Row {
  scopeKey: string;
}

const newToken = () => randomBytes(TOKEN_BYTES).toString('base64url');

function feedOf(row: ScopeFeedRow): CalendarFeed {
  return { scopeKey: row.partitionKey, token: row.token, name: row.name, lang: row.lang === 'en' ? 'en' : 'da' };
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class CalendarFeedRepository {
  constructor(private readonly store: TableStore) {}

  /** The scope's feed, made on first ask; its name and language kept up to date (a write only when they changed). */
  async ensure(scopeKey: string, named: FeedName, lang: Lang): Promise<CalendarFeed> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await this.store.get<ScopeFeedRow>(scopeKey, SCOPE_ROW);
      const name = named.name ?? row?.name ?? named.fallback;
      if (row) {
        if (row.name === name && row.lang === lang) return feedOf(row);
        try {
          await this.store.update({ ...row, name, lang }, 'Replace');
          return feedOf({ ...row, name, lang });
        } catch (err) {
          if (!isStale(err)) throw err;
          continue; // renewed meanwhile: read again
        }
      }
      const token = newToken();
      await this.store.insert({ partitionKey: LOOKUP_PARTITION, rowKey: token, scopeKey } satisfies LookupRow);
      try {
        await this.store.insert({ partitionKey: scopeKey, rowKey: SCOPE_ROW, token, name, lang } satisfies ScopeFeedRow);
        return { scopeKey, token, name, lang };
      } catch (err) {
        await this.store.delete(LOOKUP_PARTITION, token);
        if (!isConflict(err)) throw err; // two asked at once: the other's token won, read it
      }
    }
    throw new Error('the calendar feed row kept changing under us');
  }

  /** A new address for the scope; the old one answers 404 from this moment. */
  async renew(scopeKey: string, named: FeedName, lang: Lang): Promise<CalendarFeed> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await this.store.get<ScopeFeedRow>(scopeKey, SCOPE_ROW);
      const name = named.name ?? row?.name ?? named.fallback;
      const token = newToken();
      await this.store.insert({ partitionKey: LOOKUP_PARTITION, rowKey: token, scopeKey } satisfies LookupRow);
      try {
        if (row) await this.store.update({ ...row, token, name, lang }, 'Replace');
        else await this.store.insert({ partitionKey: scopeKey, rowKey: SCOPE_ROW, token, name, lang } satisfies ScopeFeedRow);
      } catch (err) {
        await this.store.delete(LOOKUP_PARTITION, token);
        if (isStale(err) || isConflict(err)) continue;
        throw err;
      }
      // The old lookup row is dead already (the scope row names the new token); tidy it.
      if (row) await this.store.delete(LOOKUP_PARTITION, row.token);
      return { scopeKey, token, name, lang };
    }
    throw new Error('the calendar feed row kept changing under us');
  }

  /** The feed a token is the current address of; undefined for any other string (never made, renewed, malformed). */
  async resolve(token: string): Promise<CalendarFeed | undefined> {
    if (!TOKEN_SHAPE.test(token)) return undefined;
    const lookup = await this.store.get<LookupRow>(LOOKUP_PARTITION, token);
    if (!lookup) return undefined;
    const row = await this.store.get<ScopeFeedRow>(lookup.scopeKey, SCOPE_ROW);
    if (!row || !sameToken(row.token, token)) return undefined;
    return feedOf(row);
  }
}
