// Teams delivers an activity again when it did not hear back in time. What it asked for is saved once (ids come from
// the activity), and it is answered once: the first delivery's answer is the one the user sees.
import type { Logger } from '../logger';
import type { Turn } from '../turn';
import type { Reply } from './types';

export function alreadyAnswered(turn: Turn, logger: Pick<Logger, 'info'>): Reply[] {
  logger.info('duplicate_activity', { scope: turn.scope.key, activityId: turn.activityId });
  return [];
}
