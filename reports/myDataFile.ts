// A colleague's own data as a file (/mine data's "Hent som fil"): a workbook with a sheet per kind of row, or JSON with
// the rows as stored (search words left out). Pure: data in, bytes out; the day comes from the link, not the clock.
import type { Lang, IsoDate } from '../domain/types';
import { kindLabel } from '../domain/vocabulary';
import { capitalize } from '../domain/text';
import { formatPeriod, t } from '../i18n/catalog';
import type { MyData } from '../bot/myDataReader';
import type { LogEntry } from '../domain/logEntry';
import { statusLabel } from './wording';
import { addSheet, excelDate, excelInstant, streamingWorkbook, type Cell, type Column } from './xlsx';

function withoutWords<T extends { words?: unknown }>(x: T): Omit<T, 'words'> {
  const { words: _words, ...rest } = x;
  return rest;
}

/** The JSON file: every row of the colleague, as stored (without derived search words). */
export function buildMyDataJson(data: MyData, scope: string, today: IsoDate): Buffer {
  const file = {
    person: { aadObjectId: data.aadObjectId },
    scope,
    asOf: today,
    entriesWritten: data.entries.map(withoutWords),
    entriesTakenPartIn: data.takenPart.map(withoutWords),
    deadlinesAndEvents: data.items,
    changes: data.changes,
    settingsChangedLast: data.settings,
    experimentStatusesSet: data.statuses,
    resultsAdded: data.results,
    approvalsMarked: data.approvals,
  };
  return Buffer.from(JSON.stringify(file, null, 2), 'utf8');
}

export async function buildMyDataWorkbook(data: MyData, lang: Lang, zone: string, today: IsoDate): Promise<Buffer> {
  const { wb, finish } = streamingWorkbook();
  wb.creator = 'Tovholder';
  wb.created = excelDate(today);
  wb.modified = wb.created;
  const entryColumns: Column[] = [
    { id: 'file.col.date', kind: 'date' },
    { id: 'file.col.kind' },
    { id: 'file.col.text', max: 80 },
    { id: 'file.col.author' },
    { id: 'file.col.written', kind: 'instant' },
  ];
  const entryRow = (e: LogEntry): Cell[] => [
    excelDate(e.happenedOn),
    capitalize(kindLabel(e.kind, lang)),
    e.text,
    e.authorName,
    excelInstant(e.writtenAt, zone),
  ];
  addSheet(wb, t('myData.sheet.entries', lang), lang, entryColumns, data.entries.map(entryRow));
  addSheet(wb, t('myData.sheet.takenPart', lang), lang, entryColumns, data.takenPart.map(entryRow));
  addSheet(
    wb,
    t('file.sheet.items', lang),
    lang,
    [{ id: 'file.col.title', max: 60 }, { id: 'file.col.type' }, { id: 'file.col.period' }, { id: 'file.col.written', kind: 'instant' }],
    data.items.map((i) => [
      i.title,
      t(i.type === 'event' ? 'report.type.event' : 'report.type.deadline', lang),
      i.period ? formatPeriod(i.period, lang) : '',
      excelInstant(i.writtenAt, zone),
    ]),
  );
  addSheet(
    wb,
    t('myData.sheet.changes', lang),
    lang,
    [
      { id: 'myData.col.at', kind: 'instant' },
      { id: 'myData.col.thing' },
      { id: 'myData.col.id' },
      { id: 'myData.col.action' },
      { id: 'myData.col.before', max: 80 },
      { id: 'myData.col.after', max: 80 },
    ],
    data.changes.map((c) => [
      excelInstant(c.at, zone),
      c.entityKind,
      c.entityId,
      c.action,
      c.before ? JSON.stringify(c.before) : '',
      c.after ? JSON.stringify(c.after) : '',
    ]),
  );
  addSheet(
    wb,
    t('myData.sheet.settings', lang),
    lang,
    [{ id: 'file.col.name' }, { id: 'myData.col.at', kind: 'instant' }],
    data.settings.map((s) => [s.name, excelInstant(s.at || undefined, zone)]),
  );
  addSheet(
    wb,
    t('myData.sheet.statuses', lang),
    lang,
    [
      { id: 'file.col.experiments' },
      { id: 'file.col.state' },
      { id: 'file.col.start', kind: 'date' },
      { id: 'file.col.note', max: 60 },
      { id: 'myData.col.at', kind: 'instant' },
    ],
    data.statuses.map((s) => [
      s.experiment,
      statusLabel(s.change.status, lang),
      excelDate(s.change.since),
      s.change.note,
      excelInstant(s.change.at, zone),
    ]),
  );
  addSheet(
    wb,
    t('file.sheet.results', lang),
    lang,
    [{ id: 'file.col.experiments' }, { id: 'file.col.result', max: 80 }, { id: 'myData.col.at', kind: 'instant' }],
    data.results.map((r) => [r.experiment, r.text, excelInstant(r.at, zone)]),
  );
  addSheet(
    wb,
    t('myData.sheet.approvals', lang),
    lang,
    [
      { id: 'file.col.title', max: 60 },
      { id: 'file.col.municipalities' },
      { id: 'myData.col.action' },
      { id: 'file.col.date', kind: 'date' },
      { id: 'myData.col.at', kind: 'instant' },
    ],
    data.approvals.map((a) => [
      a.title,
      a.who,
      t(a.action === 'mark' ? 'myData.marked' : 'myData.unmarked', lang),
      excelDate(a.on),
      excelInstant(a.at, zone),
    ]),
  );
  return finish();
}
