// /digest (/overblik): show or change when the weekly digest goes out, choose its channel, or post it now.
import { applyDigestCommand, nextDigestAt, parseDigestCommand, type DigestProblem } from '../../domain/schedule';
import { clockText, formatDay, problemText, t, weekdayText, type MessageId } from '../../i18n/catalog';
import type { Lang } from '../../domain/types';
import type { CommandContext, CommandHandler, Reply } from './types';
import type { Turn } from '../turn';
import { changeOf } from '../turn';
import { saveDigestSettings, settingsOf, withFreshSettings, type StoredDigestSettings } from '../settings';
import { composeDigest } from '../digestReply';
import { digestGaps } from './gaps';

/** One sentence on where and when the digest goes out. */
export function describeDigest(settings: StoredDigestSettings, turn: Turn): string {
  const { lang } = turn;
  if (!settings.enabled) return t('digest.off', lang);
  const next = nextDigestAt(settings, turn.now, turn.zone);
  const where: MessageId =
    turn.scope.kind !== 'team' ? 'digest.inChat' : settings.channelId ? 'digest.inChosenChannel' : 'digest.inGeneral';
  return t('digest.schedule', lang, {
    day: weekdayText(settings.weekday, lang),
    time: clockText(settings, lang),
    where: t(where, lang),
    next: next ? formatDay(next.toISODate()!, lang, turn.now) : '',
  });
}

const DIGEST_PROBLEMS: Record<DigestProblem['code'], MessageId> = {
  twoWeekdays: 'digest.error.twoWeekdays',
  twoTimes: 'digest.error.twoTimes',
  nothingToSet: 'digest.error.nothingToSet',
  badTime: 'schedule.error.badTime',
  unknownWord: 'schedule.error.unknownWord',
};

/** What was wrong and how to write it. */
export function digestProblemText(problem: DigestProblem, lang: Lang | undefined): string {
  return problemText(DIGEST_PROBLEMS, 'digest.help', problem, lang);
}

export const digestCommand: CommandHandler = {
  command: 'digest',
  run(ctx) {
    return withFreshSettings(() => runDigest(ctx));
  },
};

async function runDigest({ turn, args, services }: CommandContext): Promise<Reply[]> {
  const { lang } = turn;
  const parsed = parseDigestCommand(args);
  const current = (await settingsOf(services.scopes, turn.scope.key)).digest;
  switch (parsed.kind) {
    case 'error':
      return [{ text: digestProblemText(parsed.problem, parsed.lang) }];
    case 'show':
      return [{ text: describeDigest(current, turn) }];
    case 'now': {
      // Computed at the turn's time and posted here, whatever the schedule says; no claim: asked for, not scheduled.
      const sources = { ...services, gaps: (key: string, now: typeof turn.now, l: Lang) => digestGaps(services, key, now, l) };
      return [await composeDigest(sources, turn.scope.key, turn.now, lang)];
    }
    case 'here': {
      if (turn.scope.kind !== 'team') {
        return [{ text: t('digest.hereInChat', lang) }];
      }
      const channelId = turn.conversationId.split(';messageid=')[0]!;
      const updated: StoredDigestSettings = { ...current, channelId, lang };
      await saveDigestSettings(services.scopes, turn.scope.key, updated, changeOf(turn));
      return [{ text: `${t('digest.hereDone', lang)} ${describeDigest(updated, turn)}` }];
    }
    case 'on':
    case 'off':
    case 'set': {
      const updated: StoredDigestSettings = { ...current, ...applyDigestCommand(current, parsed), lang };
      await saveDigestSettings(services.scopes, turn.scope.key, updated, changeOf(turn));
      return [{ text: describeDigest(updated, turn) }];
    }
  }
}
