// The log's columns, one list for the workbook's Log sheet and the CSV, so the two files say the same: the date (a real
// day, or a period as the group wrote it: "start oktober 2019" is no invented 1 October), the date words with their
// date beside any relative one, the kind, the text (its relative day words dated, see domain/datedText.ts), the names,
// who logged it and when. Pure.
import type { Lang } from '../domain/types';
import type { LogEntry } from '../domain/logEntry';
import type { MessageId } from '../i18n/catalog';
import { formatPeriod } from '../i18n/catalog';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';
import { datedDateText } from '../domain/datedText';

export interface LogColumn {
  id: MessageId;
  kind?: 'date' | 'instant';
  max?: number;
}

export const LOG_COLUMNS: readonly LogColumn[] = [
  { id: 'file.col.date', kind: 'date' },
  { id: 'file.col.dateText' },
  { id: 'file.col.kind' },
  { id: 'file.col.text', max: 80 },
  { id: 'file.col.stakeholders', max: 40 },
  { id: 'file.col.experiments', max: 30 },
  { id: 'file.col.municipalities', max: 30 },
  { id: 'file.col.author' },
  { id: 'file.col.written', kind: 'instant' },
];

/** One entry's cells before each file writes them its own way (an Excel date, or dd-mm-åååå). */
export interface LogRow {
  /** The day, for an entry of one day. */
  day?: string;
  /** A period's words ("start oktober 2019"), for an entry about a period: no day is invented for it. */
  periodText: string;
  dateText: string;
  kind: string;
  text: string;
  stakeholders: string;
  experiments: string;
  municipalities: string;
  author: string;
}

export function logRow(e: LogEntry, lang: Lang, zone: string): LogRow {
  return {
    ...(e.period ? {} : { day: e.happenedOn }),
    periodText: e.period ? formatPeriod(e.period, lang) : '',
    dateText: e.period ? (e.dateText ?? formatPeriod(e.period, lang)) : datedDateText(e, zone),
    kind: capitalize(kindLabel(e.kind, lang)),
    text: e.text,
    stakeholders: e.stakeholders.join(', '),
    experiments: e.experiments.join(', '),
    municipalities: e.municipalities.join(', '),
    author: e.authorName,
  };
}
