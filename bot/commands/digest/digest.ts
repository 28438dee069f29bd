// /digest (/overblik): show or change when the weekly digest goes out, choose its channel, or post it now.
import { applyDigestCommand, nextDigestAt, parseDigestCommand, type DigestProblem } from '../../../domain/schedule';
import { clockText, formatDay, t, weekdayText, type MessageId } from '../../../i18n/catalog';
import type { Lang } from '../../../domain/types';
import type { CommandContext, CommandDescriptor, Reply } from '../types';
import type { Turn } from '../../turn';
import { changeOf } from '../../turn';
import { saveDigestSettings, settingsOf, withFreshSettings, type StoredDigestSettings } from '../../settings';
import { composeDigest } from '../../digestReply';
import { failureText } from '../../../i18n/failures';
import type { Services } from '../../services';
import { digestGaps } from '../plans/gaps';

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

/** What was wrong and how to write it. */
export function digestProblemText(problem: DigestProblem, lang: Lang | undefined): string {
  const shown = lang ?? 'da';
  return `${failureText('digest', problem, shown)} ${t('digest.help', shown)}`;
}

/** What digest uses. */
type Ports = Pick<Services, 'scopes' | 'items' | 'log' | 'config' | 'experiments'>;

export const digestCommand: CommandDescriptor<Ports> = {
  command: 'digest',
  names: { da: ['overblik'], en: ['digest'] },
  bare: true,
  help: { section: 'digest', lines: ['digest'] },
  run(ctx) {
    return withFreshSettings(() => runDigest(ctx));
  },
};

async function runDigest({ turn, args, services }: CommandContext<Ports>): Promise<Reply[]> {
  const { lang } = turn;
  const parsed = parseDigestCommand(args);
  const current = (await settingsOf(services.scopes, turn.scope.key)).digest;
  switch (parsed.kind) {
    case 'error':
      return [{ text: digestProblemText(parsed, parsed.lang) }];
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
