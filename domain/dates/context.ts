import type { DateTime } from 'luxon';
import type { Failure, Period } from '../types';

/** 'future': a year left out means the next such date on or after today (events, deadlines, questions).
 *  'past': the latest such date not after today ("25. april" logged in November is this April).
 *  'nearest': the nearest such date, ahead or behind (log entries: a letter logged in October announcing a meeting
 *  "d. 12. november" means next month, not last year); see settle() in pieces.ts for the exact rule. */
export type YearRule = 'future' | 'past' | 'nearest';

export interface DateContext {
  today: DateTime /* zoned, any time of day */;
  yearRule: YearRule;
  /** Try every rule at every word, without the grammar's cheap look-ahead (see `opens` in grammar.ts): the slow
   *  reference the tests hold the fast reading to. */
  everyRule?: boolean;
}

export interface DateError {
  code: 'impossible' | 'reversed';
  text: string /* the offending words as written */;
}

export type PeriodResult = { ok: true; period: Period } | Failure<DateError>;
