// /digest (/overblik): show or change when the weekly digest goes out, choose its channel, or post it now.
// Also what the scheduler uses to read a scope's digest settings and to compose the digest itself.
import type { DateTime } from 'luxon';
import {
  applyDigestCommand, DEFAULT_DIGEST, nextDigestAt, parseDigestCommand, type DigestProblem, type DigestSettings,
} from '../../domain/schedule';
import { selectDigest } from '../../domain/digest';
import { clockText, formatDay, problemText, t, weekdayText, type MessageId } from '../../i18n/catalog';
import type { Lang } from '../../domain/types';
import type { Item } from '../../domain/items';
import type { IsoDate } from '../../domain/types';
import { digestCard } from '../../cards/digestCard';
import type { LogEntry } from '../../domain/logEntry';
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
  log: { between(scopeKey: string, from: IsoDate, to: IsoDate): Promise<LogEntry[]> };
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
  const [entries, overdue, coming] = await Promise.all([
    sources.log.between(scopeKey, probe.logFrom, today),
    sources.items.overdue(scopeKey, today),
    sources.items.dueBetween(scopeKey, today, probe.deadlinesTo),
  ]);
  const digest = selectDigest(now, entries, [...overdue, ...coming]);
  const { card, summary } = digestCard(digest, lang, now, { movedFrom });
  return { card, summary };
}

/** One sentence on where and when the digest goes out. */
export function describeDigest(settings: StoredDigestSettings, turn: Turn): string {
  const { lang } = turn;
  if (!settings.enabled) return t('digest.off', lang);
  const next = nextDigestAt(settings, turn.now, turn.zone);
  const where: MessageId = turn.scope.kind !== 'team' ? 'digest.inChat' : settings.channelId ? 'digest.inChosenChannel' : 'digest.inGeneral';
  return t('digest.schedule', lang, {
    day: weekdayText(settings.weekday, lang),
    time: clockText(settings, lang),
    where: t(where, lang),
    next: next ? formatDay(next.toISODate()!, lang, turn.now) : '',
  });
}

const DIGEST_PROBLEMS: Record<DigestProblem['code'], MessageId> = {
  twoWeekdays: 'digest.error.twoWeekdays', twoTimes: 'digest.error.twoTimes', nothingToSet: 'digest.error.nothingToSet',
  badTime: 'schedule.error.badTime', unknownWord: 'schedule.error.unknownWord',
};

/** What was wrong and how to write it. */
export function digestProblemText(problem: DigestProblem, lang: Lang | undefined): string {
  return problemText(DIGEST_PROBLEMS, 'digest.help', problem, lang);
}

export const digestCommand: CommandHandler = {
  command: 'digest',
  async run({ turn, args, services }) {
    const { lang } = turn;
    const parsed = parseDigestCommand(args);
    const current = await digestSettingsOf(services.scopes, turn.scope.key);
    switch (parsed.kind) {
      case 'error':
        return [{ text: digestProblemText(parsed.problem, parsed.lang) }];
      case 'show':
        return [{ text: describeDigest(current, turn) }];
      case 'now':
        // Computed at the turn's time and posted here, whatever the schedule says; no claim: asked for, not scheduled.
        return [await composeDigest(services, turn.scope.key, turn.now, lang)];
      case 'here': {
        if (turn.scope.kind !== 'team') {
          return [{ text: t('digest.hereInChat', lang) }];
        }
        const channelId = turn.conversationId.split(';messageid=')[0]!;
        const updated: StoredDigestSettings = { ...current, channelId, lang };
        await services.scopes.putSettings(turn.scope.key, DIGEST_SETTINGS, updated);
        return [{ text: `${t('digest.hereDone', lang)} ${describeDigest(updated, turn)}` }];
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
