// The one place that reads the system clock. It is injected into the scheduler and used only where a turn has no
// timestamp of its own; domain code always gets "now" as an argument.
import { DateTime } from 'luxon';
import type { Clock } from './tovholderBot';

export const systemClock: Clock = { now: () => DateTime.utc() };
