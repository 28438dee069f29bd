// Teams delivers an activity again when it did not hear back in time. What it asked for is saved once (ids come from
// the activity), and it is answered once: the first delivery's answer is the one the user sees, unless that answer
// could not confirm it (storage timed out with the write perhaps landing, or the turn failed): then the delivery that
// finds it saved says so, so that a retry neither doubles the entry nor leaves it unconfirmed.
import type { Logger } from '../logger';
import type { Turn } from '../turn';
import type { Reply } from './types';
import { t } from '../../i18n/catalog';

/** Turns this process answered without confirming, by scope and activity id; the oldest go first past the bound. */
const unconfirmed = new Set<string>();
const MAX_REMEMBERED = 1000;
const keyOf = (turn: Turn) => `${turn.scope.key}\n${turn.activityId}`;

/** The turn's answer did not confirm what it may have saved: a redelivery that finds it saved will confirm it. */
export function rememberUnconfirmed(turn: Turn): void {
  if (!turn.activityId) return;
  unconfirmed.add(keyOf(turn));
  if (unconfirmed.size > MAX_REMEMBERED) unconfirmed.delete(unconfirmed.values().next().value as string);
}

export function alreadyAnswered(turn: Turn, logger: Pick<Logger, 'info'>): Reply[] {
  const key = keyOf(turn);
  const confirm = unconfirmed.delete(key);
  logger.info('duplicate_activity', { scope: turn.scope.key, activityId: turn.activityId, confirmed: confirm });
  return confirm ? [{ text: t('turn.savedAfterAll', turn.lang) }] : [];
}
