// Every refusal in words, in one place: the code of a domain Failure (domain/types.ts) → its catalog message, by
// the reader that refused. The message is filled with the failure's own fields (word, max, text, …) and with what
// the caller adds (a kind's label, the command as typed).
import type { Lang } from '../domain/types';
import type { LogProblem } from '../domain/logText';
import type { RemindProblem } from '../domain/reminders';
import type { DigestProblem } from '../domain/schedule';
import type { ReportPeriodProblem } from '../domain/report';
import type { DateError } from '../domain/dates/context';
import type { ChainReading } from '../domain/approvals';
import type { StatusCommand } from '../domain/experiments';
import type { OwnerReading } from '../domain/owners';
import type { GapsCommand } from '../domain/gaps';
import { t, type MessageId, type Vars } from './catalog';

export const FAILURE_MESSAGES = {
  /** domain/logText.ts: a /log, its form, a message action. */
  log: { empty: 'log.empty', noText: 'log.noText', tooLong: 'log.tooLong', impossibleDate: 'log.impossibleDate' },
  /** domain/reminders.ts: /påmind (followed by remind.help). */
  remind: {
    badDays: 'remind.error.badDays',
    noDays: 'remind.error.noDays',
    badTime: 'schedule.error.badTime',
    notOnTheHour: 'remind.error.notOnTheHour',
    unknownWord: 'schedule.error.unknownWord',
  },
  /** domain/schedule.ts: /overblik (followed by digest.help). */
  digest: {
    twoWeekdays: 'digest.error.twoWeekdays',
    twoTimes: 'digest.error.twoTimes',
    nothingToSet: 'digest.error.nothingToSet',
    badTime: 'schedule.error.badTime',
    unknownWord: 'schedule.error.unknownWord',
  },
  /** domain/report.ts: the period of /status, /tal, /eksport. */
  reportPeriod: { unreadable: 'report.periodHow', impossible: 'report.impossible', reversed: 'report.reversed', future: 'report.future' },
  /** domain/dates: the date of an event or a deadline. */
  itemDate: { impossible: 'item.impossible', reversed: 'item.reversed' },
  /** domain/dates: the period of /frister. */
  duePeriod: { impossible: 'due.impossible', reversed: 'due.reversed' },
  /** domain/approvals.ts: the approvers of /godkendelse. */
  approvalChain: { how: 'approvalRun.how', tooMany: 'approvalRun.tooMany', tooLong: 'approvalRun.tooLong' },
  /** domain/gaps.ts: /huller's settings (followed by gaps.help). */
  gaps: { unknownTarget: 'gaps.error.unknownTarget', badMonths: 'gaps.error.badMonths', unknownWord: 'gaps.error.unknownWord' },
  /** domain/owners.ts: "ansvarlig @Navn". */
  owner: { notMention: 'owner.notMention', noId: 'owner.noId' },
  /** domain/experiments.ts: /forsøg status. */
  experimentStatus: {
    how: 'experiment.statusHow',
    unknownExperiment: 'experiment.unknown',
    unknownStatus: 'experiment.unknownStatus',
    impossibleDate: 'experiment.impossibleDate',
  },
} as const satisfies Record<string, Record<string, MessageId>>;

/** Each reader's codes, every one of them worded: a new code without its message does not compile. */
type Worded<P extends { code: string }> = Record<P['code'], MessageId>;
export const WORDED: {
  log: Worded<LogProblem>;
  remind: Worded<RemindProblem>;
  digest: Worded<DigestProblem>;
  reportPeriod: Worded<ReportPeriodProblem>;
  itemDate: Worded<DateError>;
  duePeriod: Worded<DateError>;
  approvalChain: Worded<Extract<ChainReading, { ok: false }>>;
  experimentStatus: Worded<Extract<StatusCommand, { ok: false }>>;
  owner: Worded<Extract<OwnerReading, { ok: false }>>;
  gaps: Worded<Extract<GapsCommand, { ok: false }>>;
} = FAILURE_MESSAGES;

export type Reader = keyof typeof FAILURE_MESSAGES;
export type FailureCode<R extends Reader> = keyof (typeof FAILURE_MESSAGES)[R] & string;

/** The words of a failure with `code` as `reader` refuses it; `vars` adds or replaces the values of its message. */
export function failureText<R extends Reader>(reader: R, failure: { code: FailureCode<R> }, lang: Lang, vars: Vars = {}): string {
  const id = (FAILURE_MESSAGES[reader] as Record<string, MessageId>)[failure.code]!;
  const own = Object.fromEntries(Object.entries(failure).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Vars;
  return t(id, lang, { ...own, ...vars });
}
