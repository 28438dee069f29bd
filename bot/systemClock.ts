// The one place that reads the system clock. It is injected into the scheduler and used only where a turn has no
// timestamp of its own; domain code always gets "now" as an argument. Imports nothing of the bot, so anything may use it.
import { DateTime } from 'luxon';

/** Where "now" comes from: systemClock in production, a settable clock in tests. */
export interface Clock {
  now(): DateTime;
}

export const systemClock: Clock = { now: () => DateTime.utc() };
