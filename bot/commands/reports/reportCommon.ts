// What /status, /tal and /eksport share: reading the period the way the group writes it, and loading the report.
import type { Turn } from '../../turn';
import type { Reply } from '../types';
import { readReportPeriod, type ReportRange } from '../../../domain/report';
import { loadReport, type ReportData } from '../../reportData';
import { periodLabel } from '../../../reports/wording';
import { failureText } from '../../../i18n/failures';
import type { Downloads } from '../../../cards/reportCards';
import type { FilesRequest } from '../../../cards/reportButton';
import type { ReportFormat } from '../../../domain/downloadToken';
import type { Services } from '../../services';

/** The period asked for, or the reply that says how to write one. `command` is the name as typed ("/status", "/tal"). */
export function reportRange(turn: Turn, args: string, command: string, lastStatus?: string): { range: ReportRange } | { reply: Reply[] } {
  const read = readReportPeriod(args, turn.now, lastStatus);
  if (read.ok) return { range: read.range };
  return { reply: [{ text: failureText('reportPeriod', read, turn.lang, { command }) }] };
}

/** What a report reads: the log, the items and the registry (bot/reportData.ts). */
export type ReportPorts = Parameters<typeof loadReport>[0];

export async function reportFor(services: ReportPorts, turn: Turn, range: ReportRange): Promise<ReportData> {
  return loadReport(
    services,
    turn.scope.key,
    { from: range.start, to: range.end, label: periodLabel(range.asked, turn.lang), asked: range.asked },
    turn.now.toISODate()!,
    turn.zone,
  );
}

/** A report card's download buttons (each fetches fresh links when pressed), or none without a public address. */
export function downloadButtons(services: Pick<Services, 'publicUrl'>, request: FilesRequest, formats: readonly ReportFormat[]): Downloads {
  return services.publicUrl() ? { k: 'buttons', request, formats } : undefined;
}
