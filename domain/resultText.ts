// What a result's text says besides itself: the day or period it is about, and the figures it names. /resultat reads
// a new result with it, and Ret on a result reads the edited text again (as of the day the result was added).
import type { DateTime } from 'luxon';
import { findPeriodInText } from './dates';
import { findFigures, type Figure } from './figures';
import type { Period } from './types';

/** The period a result is about (a past one where the year is left out) and its figures; `today` is the day it was
 *  written. */
export function readResult(text: string, today: DateTime): { period?: Period; figures: Figure[] } {
  const found = findPeriodInText(text, { today, yearRule: 'past' });
  const period = found && 'period' in found ? found.period : undefined;
  return { ...(period ? { period } : {}), figures: findFigures(text, found ? [found] : []) };
}
