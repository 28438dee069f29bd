// The log as CSV the way Danish Excel opens it with a double click: UTF-8 with a byte order mark, semicolons, dates
// as dd-mm-åååå, CRLF line ends; the columns of the workbook's Log sheet. Pure: data in, bytes out.
import { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import { t } from '../i18n/catalog';
import type { ReportData } from '../domain/report';
import { LOG_COLUMNS, logRow } from './logColumns';

const BOM = '\uFEFF';

/** 2019-09-12 → 12-09-2019 */
export function danishDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/**
 * One field: quoted when it holds a comma, a semicolon, a quote or a line break (English-locale Excel splits on commas,
 * Danish on semicolons: either way a field stays one cell). A text that Excel would read as a formula (= + - @ first,
 * or a tab or carriage return first) gets a leading apostrophe, so a log text can never run as a formula on a
 * colleague's machine, whichever separator their Excel splits on.
 */
export function csvField(value: string): string {
  const safe = (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
    // Excel splitting this semicolon file on commas starts a cell after each comma, inside the quotes too: a zero-width
    // space after a comma that a formula sign follows keeps that cell text ("skrev,=1+1" is no formula anywhere).
    .replace(/,(?=\s*[=+\-@"\t\r])/g, ',\u200B');
  return /[,;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The Log sheet's columns and rows (reports/logColumns.ts), a day as dd-mm-åååå, a period in words. */
export function buildCsv(data: ReportData, lang: Lang, zone: string): Buffer {
  const lines = [LOG_COLUMNS.map((c) => csvField(t(c.id, lang))).join(';')];
  for (const e of data.entries) {
    const row = logRow(e, lang, zone);
    const written = DateTime.fromISO(e.writtenAt, { zone: 'utc' }).setZone(zone);
    lines.push(
      [
        row.day ? danishDate(row.day) : row.periodText,
        row.dateText,
        row.kind,
        row.text,
        row.stakeholders,
        row.experiments,
        row.municipalities,
        row.author,
        written.isValid ? `${danishDate(written.toISODate()!)} ${written.toFormat('HH:mm')}` : '',
      ]
        .map(csvField)
        .join(';'),
    );
  }
  return Buffer.from(`${BOM + lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * Reads a CSV as buildCsv writes it (and as Excel saves one): a byte order mark, semicolons (or commas, when the header
 * has no semicolon), fields in quotes with "" for a quote, line breaks inside quotes, CRLF or LF. Rows of fields; blank
 * lines left out. The apostrophe csvField puts before a formula-like text is taken off again.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const sep = firstLine.includes(';') || !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    // The apostrophe and the zero-width spaces csvField put in against formulas are taken out again.
    row.push(field.replace(/^'(?=[=+\-@\t\r])/, '').replace(/,\u200B(?=\s*[=+\-@"\t\r])/g, ','));
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endField();
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    if (row.some((f) => f !== '')) rows.push(row);
  }
  return rows;
}
