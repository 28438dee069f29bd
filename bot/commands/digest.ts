// /digest (/overblik): show or change when the weekly digest goes out, choose its channel, or post it now.
// Also what the scheduler uses to read a scope's digest settings and to compose the digest itself.
import { DateTime } from 'luxon';
import {
  applyDigestCommand, DEFAULT_DIGEST, nextDigestAt, parseDigestCommand, type DigestSettings,
} from '../../domain/schedule';
import { selectDigest } from '../../domain/digest';
import { formatDay } from '../../domain/periodFormat';
import { clockText } from '../../cards/itemCards';
import type { Lang } from '../../domain/types';
import type { Item } from '../../domain/items';
import type { IsoDate } from '../../domain/types';
import { digestCard } from '../../cards/digestCard';
import type { LogEntry } from '../../storage/logRepository';
import type { ScopeRepository } from '../../storage/scopeRepository';
import type { CommandHandler, Reply } from './types';
import type { Turn } from '../turn';

/** A scope's digest settings as stored: the schedule, the channel chosen with /digest here, the language last used. */
export interface StoredDigestSettings extends DigestSettings {
  channelId?: string;
  lang?: Lang;
}

export const DIGEST_SETTINGS = 'digest';

export async function digestSettingsOf(scopes: ScopeRepository, scopeKey: string): Promise<StoredDigestSettings> {
  return digestSettingsFrom(await scopes.getSettings<StoredDigestSettings>(scopeKey, DIGEST_SETTINGS));
}

/** The stored record over the defaults (a scope that never changed a setting has none). */
export function digestSettingsFrom(stored: Partial<StoredDigestSettings> | undefined): StoredDigestSettings {
  return { ...DEFAULT_DIGEST, ...stored };
}

/** What composing a digest reads: the log and the items (structural, so tests and storage both fit). */
export interface DigestSources {
  log: {
    between(scopeKey: string, from: IsoDate, to: IsoDate): Promise<LogEntry[]>;
    writtenBetween(scopeKey: string, fromInstant: string, toInstant: string): Promise<LogEntry[]>;
  };
  items: {
    overdue(scopeKey: string, today: IsoDate): Promise<Item[]>;
    dueBetween(scopeKey: string, from: IsoDate, to: IsoDate): Promise<Item[]>;
  };
}

/** Reads the scope's week and builds the digest card at `now` (already in the scope's zone). */
export async function composeDigest(
  sources: DigestSources, scopeKey: string, now: DateTime, lang: Lang, movedFrom?: { date: string; holiday: string },
): Promise<Reply> {
  const today = now.toISODate()!;
  const probe = selectDigest(now, [], []).ranges;
  // What was logged in the window (backdated entries too), and by date for entries stored before the written index.
  const fromInstant = DateTime.fromISO(probe.logFrom, { zone: now.zone }).startOf('day').toUTC().toISO()!;
  const [byDate, byWritten, overdue, coming] = await Promise.all([
    sources.log.between(scopeKey, probe.logFrom, today),
    sources.log.writtenBetween(scopeKey, fromInstant, now.toUTC().endOf('day').toISO()!),
    sources.items.overdue(scopeKey, today),
    sources.items.dueBetween(scopeKey, today, probe.deadlinesTo),
  ]);
  const digest = selectDigest(now, [...byWritten, ...byDate], [...overdue, ...coming]);
  const { card, summary } = digestCard(digest, lang, now, { movedFrom });
  return { card, summary };
}

const WEEKDAYS: Record<Lang, string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** One sentence on where and when the digest goes out. */
export function describeDigest(settings: StoredDigestSettings, turn: Turn): string {
  const { lang } = turn;
  if (!settings.enabled) {
    return lang === 'da'
      ? 'Det ugentlige overblik er slået fra. Skriv "/overblik til" for at slå det til igen.'
      : 'The weekly digest is off. Write "/digest on" to turn it back on.';
  }
  const day = WEEKDAYS[lang][settings.weekday - 1]!;
  const time = clockText(settings, turn.lang);
  const next = nextDigestAt(settings, turn.now, turn.zone);
  const nextText = next ? formatDay(next.toISODate()!, lang, turn.now) : '';
  const where = turn.scope.kind !== 'team'
    ? (lang === 'da' ? 'i denne chat' : 'in this chat')
    : settings.channelId
      ? (lang === 'da' ? 'i den kanal, hvor "/overblik her" blev skrevet' : 'in the channel where "/digest here" was written')
      : (lang === 'da' ? 'i teamets kanal Generelt' : "in the team's General channel");
  return lang === 'da'
    ? `Overblikket kommer hver ${day} kl. ${time} ${where}; næste gang ${nextText}. Ændr det med fx "/overblik tirsdag 9:00", "/overblik her", "/overblik fra" eller se det nu med "/overblik nu".`
    : `The digest goes out every ${day} at ${time} ${where}; next on ${nextText}. Change it with e.g. "/digest tuesday 9:00", "/digest here", "/digest off", or see it now with "/digest now".`;
}

export const digestCommand: CommandHandler = {
  command: 'digest',
  async run({ turn, args, services }) {
    const { lang } = turn;
    const parsed = parseDigestCommand(args);
    const current = await digestSettingsOf(services.scopes, turn.scope.key);
    switch (parsed.kind) {
      case 'error':
        return [{ text: parsed.message }];
      case 'show':
        return [{ text: describeDigest(current, turn) }];
      case 'now':
        // Computed at the turn's time and posted here, whatever the schedule says; no claim: asked for, not scheduled.
        return [await composeDigest(services, turn.scope.key, turn.now, lang)];
      case 'here': {
        if (turn.scope.kind !== 'team') {
          return [{ text: lang === 'da'
            ? 'I en chat kommer overblikket altid i chatten selv. "/overblik her" vælger kanal i et team.'
            : 'In a chat the digest always goes to the chat itself. "/digest here" chooses the channel in a team.' }];
        }
        const channelId = turn.conversationId.split(';messageid=')[0]!;
        const updated: StoredDigestSettings = { ...current, channelId, lang };
        await services.scopes.putSettings(turn.scope.key, DIGEST_SETTINGS, updated);
        return [{ text: (lang === 'da' ? 'Fint, overblikket kommer fremover i denne kanal. ' : 'Done: the digest will go to this channel from now on. ')
          + describeDigest(updated, turn) }];
      }
      case 'on':
      case 'off':
      case 'set': {
        const updated: StoredDigestSettings = { ...current, ...applyDigestCommand(current, parsed), lang };
        await services.scopes.putSettings(turn.scope.key, DIGEST_SETTINGS, updated);
        return [{ text: describeDigest(updated, turn) }];
      }
    }
  },
};
