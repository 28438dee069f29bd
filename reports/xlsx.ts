// The evaluation workbook (.xlsx, exceljs): sheets Log, Frister og arrangementer, Tal, and Forsøg and Resultater where
// the experiments registry exists. Danish headings, a frozen header row with filters, dates as real Excel dates shown
// dd-mm-åååå, columns as wide as their contents (within reason). Pure: data in, bytes out.
import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import { kindLabel } from '../domain/vocabulary';
import { milestoneState } from '../domain/report';
import { formatPeriod, t, type MessageId } from '../i18n/catalog';
import { capitalize } from '../domain/text';
import type { ReportData } from '../domain/report';
import { figuresText, monthLabel, reportSubtitle, reportTitle, stateText, statusLabel } from './wording';
import { LOG_COLUMNS, logRow } from './logColumns';

export type Cell = string | number | Date | null;
export interface Column {
  id: MessageId;
  kind?: 'date' | 'instant' | 'number';
  max?: number;
}

const DATE_FORMAT = 'dd-mm-yyyy';
const INSTANT_FORMAT = 'dd-mm-yyyy hh:mm';

/** A calendar date as the Excel date of that day (exceljs stores a Date by its UTC time). */
export function excelDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** An instant as the wall-clock time in `zone`, as an Excel date-time (Excel has no time zones). */
export function excelInstant(isoInstant: string | undefined, zone: string): Date | null {
  if (!isoInstant) return null;
  const d = DateTime.fromISO(isoInstant, { zone: 'utc' }).setZone(zone);
  return d.isValid ? new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute)) : null;
}

/**
 * A workbook written as it is built (exceljs's streaming writer): each row goes out, zipped, when it is added, instead
 * of the whole workbook standing in memory as cell objects and then as XML strings. The file is collected in memory
 * (about 1 MB for 10,000 entries); the model it was made from never is (issue 28: 10,000 entries ran the bot out of
 * its 128 MB heap).
 */
export function streamingWorkbook(): { wb: ExcelJS.stream.xlsx.WorkbookWriter; finish(): Promise<Buffer> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  return {
    wb,
    async finish() {
      await wb.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

/** A sheet with a bold, frozen, filtered header row; its rows are written out as they are added. A `title` is printed at
 *  the top of every page. */
export function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  lang: Lang,
  columns: readonly Column[],
  rows: Cell[][],
  title?: string,
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headings = columns.map((c) => t(c.id, lang));
  // Widths and formats first: the streaming writer writes the columns out with the first row.
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (c.kind === 'date') col.numFmt = DATE_FORMAT;
    if (c.kind === 'instant') col.numFmt = INSTANT_FORMAT;
    let longest = headings[i].length;
    for (const r of rows) {
      const v = r[i];
      const length = v instanceof Date ? (c.kind === 'instant' ? 16 : 10) : v === null || v === undefined ? 0 : String(v).length;
      if (length > longest) longest = length;
    }
    col.width = Math.min(c.max ?? 60, Math.max(8, longest + 2));
    if ((c.max ?? 60) < longest) col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  if (title) ws.headerFooter = { oddHeader: `&C${title.replace(/&/g, '&&')}`, oddFooter: '&C&P / &N' };
  const header = ws.addRow(headings);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
}

export async function buildWorkbook(data: ReportData, lang: Lang, zone: string): Promise<Buffer> {
  const { wb, finish } = streamingWorkbook();
  wb.creator = 'Tovholder';
  // A fixed date: the same report asked twice gives the same file, and nothing here reads the clock.
  wb.created = excelDate(data.today);
  wb.modified = wb.created;
  // The report's title and period, as on the card and the slide: in the file's properties and on every printed page.
  const title = `${reportTitle(data.asked, lang)} · ${capitalize(reportSubtitle(data, lang))}`;
  wb.title = reportTitle(data.asked, lang);
  wb.subject = capitalize(reportSubtitle(data, lang));

  // The Log sheet's columns are the CSV's (reports/logColumns.ts): a period stays a period, a date is a real date.
  addSheet(
    wb,
    t('file.sheet.log', lang),
    lang,
    LOG_COLUMNS,
    data.entries.map((e) => {
      const row = logRow(e, lang, zone);
      return [
        row.day ? excelDate(row.day) : row.periodText,
        row.dateText,
        row.kind,
        row.text,
        row.stakeholders,
        row.experiments,
        row.municipalities,
        row.author,
        excelInstant(e.writtenAt, zone),
      ];
    }),
    title,
  );

  addSheet(
    wb,
    t('file.sheet.items', lang),
    lang,
    [
      { id: 'file.col.title', max: 60 },
      { id: 'file.col.type' },
      { id: 'file.col.period' },
      { id: 'file.col.start', kind: 'date' },
      { id: 'file.col.end', kind: 'date' },
      { id: 'file.col.state' },
      { id: 'file.col.doneBy' },
      { id: 'file.col.doneAt', kind: 'instant' },
    ],
    data.items
      .filter((i) => i.period)
      .map((i) => [
        i.title,
        t(i.type === 'event' ? 'report.type.event' : 'report.type.deadline', lang),
        formatPeriod(i.period!, lang),
        excelDate(i.period!.start),
        excelDate(i.period!.end),
        stateText(milestoneState(i, data.today), lang),
        i.doneBy ?? '',
        excelInstant(i.doneAt, zone),
      ]),
    title,
  );

  const c = data.counts;
  const countRows: Cell[][] = [
    ...c.months.map((m) => [t('stats.perMonth', lang), monthLabel(m.month, lang), m.total] as Cell[]),
    ...c.byKind.map((k) => [t('stats.byKind', lang), capitalize(kindLabel(k.kind, lang)), k.n] as Cell[]),
    ...c.byExperiment.map((x) => [t('stats.byExperiment', lang), x.name, x.n] as Cell[]),
    ...c.byMunicipality.map((x) => [t('stats.byMunicipality', lang), x.name, x.n] as Cell[]),
    ...c.byStakeholder.map((x) => [t('stats.byStakeholder', lang), x.name, x.n] as Cell[]),
    [t('report.total', lang), '', c.total],
  ];
  addSheet(
    wb,
    t('file.sheet.counts', lang),
    lang,
    [{ id: 'file.col.table' }, { id: 'file.col.name', max: 50 }, { id: 'stats.count', kind: 'number' }],
    countRows,
    title,
  );

  if (data.registry) {
    // Every experiment of the scope with its current status, and every result kept (the talking points are used
    // long after the period they are about), each experiment's newest first.
    addSheet(
      wb,
      t('file.sheet.experiments', lang),
      lang,
      [
        { id: 'file.col.experiment' },
        { id: 'file.col.title', max: 60 },
        { id: 'file.col.state' },
        { id: 'file.col.statusSince', kind: 'date' },
        { id: 'file.col.note', max: 60 },
        { id: 'file.col.municipalities', max: 60 },
      ],
      data.registry.experiments.map((x) => [
        x.name,
        x.title ?? '',
        x.status ? statusLabel(x.status.status, lang) : '',
        x.status ? excelDate(x.status.since) : null,
        x.status?.note ?? '',
        x.municipalities.join(', '),
      ]),
      title,
    );
    addSheet(
      wb,
      t('file.sheet.results', lang),
      lang,
      [
        { id: 'file.col.experiment' },
        { id: 'file.col.result', max: 80 },
        { id: 'file.col.about' },
        { id: 'file.col.figures', max: 60 },
        { id: 'file.col.addedBy' },
        { id: 'file.col.addedAt', kind: 'instant' },
      ],
      data.registry.results.map((r) => [
        r.experiment,
        r.text,
        r.period ? formatPeriod(r.period, lang) : '',
        figuresText(r.figures),
        r.by,
        excelInstant(r.at, zone),
      ]),
      title,
    );
  }
  return finish();
}
