// What /status, /tal and /eksport share: reading the period the way the group writes it, and loading the report.
import type { Turn } from '../turn';
import type { Services } from '../services';
import type { Reply } from './types';
import { readReportPeriod, type ReportRange } from '../../domain/report';
import { t, type MessageId } from '../../i18n/catalog';
import { loadReport, type ReportData } from '../reportData';
import { periodLabel } from '../../reports/wording';
import type { Downloads, FilesRequest } from '../../cards/reportCards';
import type { ReportFormat } from '../../domain/downloadToken';

const PROBLEM_TEXT: Record<'impossible' | 'reversed' | 'future', MessageId> = {
  impossible: 'report.impossible',
  reversed: 'report.reversed',
  future: 'report.future',
};

/** The period asked for, or the reply that says how to write one. `command` is the name as typed ("/status", "/tal"). */
export function reportRange(turn: Turn, args: string, command: string, lastStatus?: string): { range: ReportRange } | { reply: Reply[] } {
  const read = readReportPeriod(args, turn.now, lastStatus);
  if (read.ok) return { range: read.range };
  const p = read.problem;
  if (p.code === 'unreadable') return { reply: [{ text: t('report.periodHow', turn.lang, { text: p.text, command }) }] };
  return { reply: [{ text: t(PROBLEM_TEXT[p.code], turn.lang, { text: p.text }) }] };
}

export async function reportFor(services: Services, turn: Turn, range: ReportRange): Promise<ReportData> {
  return loadReport(
    services,
    turn.scope.key,
    { from: range.start, to: range.end, label: periodLabel(range.asked, turn.lang), asked: range.asked },
    turn.now.toISODate()!,
    turn.zone,
  );
}

/** A report card's download buttons (each fetches fresh links when pressed), or none without a public address. */
export function downloadButtons(services: Services, request: FilesRequest, formats: readonly ReportFormat[]): Downloads {
  return services.publicUrl() ? { k: 'buttons', request, formats } : undefined;
}
