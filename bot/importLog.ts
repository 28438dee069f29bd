// `npm run import`: the log entries of a workbook's Log sheet or a CSV, with the columns our own export writes (/eksport,
// /status), saved into a team's log, so that an export can be brought into another team. Each row is read as the export
// wrote it (the day, the period as written, the kind, the text, the tags, who logged it and when); what the text names
// in this team's lists is tagged too. A row already in the log (the same kind, day and text) is not saved twice, so the
// same file can be imported again. Returns what it saved and what it skipped, and why.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { parsePeriod } from '../domain/dates';
import type { LogEntry } from '../domain/logEntry';
import { entryTextKey } from '../domain/logList';
import { indexWords, MAX_LOG_TEXT } from '../domain/logText';
import { recognize, type Recognized } from '../domain/recognize';
import { sanitizeUserText } from '../domain/text';
import type { IsoDate, Period } from '../domain/types';
import { kindFromWord, MUNICIPALITIES, type EntryKind } from '../domain/vocabulary';
import { t, type MessageId } from '../i18n/catalog';
import type { LogRepository } from '../storage/logRepository';
import { listsFor, type ListSources } from './commands/lists';

export type Cell = string | number | Date | null | undefined;

type Field = 'date' | 'dateText' | 'kind' | 'text' | 'stakeholders' | 'experiments' | 'municipalities' | 'author' | 'written';

/** The export's own headings, in both languages (reports/csv.ts, reports/xlsx.ts); "Periode" as a period's column too. */
const HEADINGS: Record<Field, MessageId[]> = {
  date: ['file.col.date'],
  dateText: ['file.col.dateText', 'file.col.period'],
  kind: ['file.col.kind'],
  text: ['file.col.text'],
  stakeholders: ['file.col.stakeholders'],
  experiments: ['file.col.experiments'],
  municipalities: ['file.col.municipalities'],
  author: ['file.col.author'],
  written: ['file.col.written'],
};

export type SkipReason = 'noDate' | 'noKind' | 'noText' | 'tooLong';

export interface ImportReport {
  saved: number;
  /** Rows whose entry was in the log already (imported before, or logged by hand). */
  already: number;
  /** Rows not saved, by their row number in the file (the heading is row 1). */
  skipped: Array<{ row: number; reason: SkipReason; detail: string }>;
  /** Headings the file lacks that an entry needs (then nothing is read). */
  missing: string[];
}

export interface ImportTarget {
  scopeKey: string;
  /** The zone the export wrote its instants in (BOT_TIMEZONE). */
  zone: string;
  /** When the import runs: an entry whose "Logget" is empty was logged now. */
  now: DateTime;
}

export interface ImportPorts extends ListSources {
  log: Pick<LogRepository, 'add' | 'between'>;
}

const text = (c: Cell): string => (c instanceof Date ? '' : c === null || c === undefined ? '' : sanitizeUserText(String(c)));
const names = (c: Cell): string[] =>
  text(c)
    .split(/\s*,\s*/)
    .filter(Boolean);

/** A day as the export writes it: an Excel date, "dd-mm-åååå", or ISO. */
function dayOf(c: Cell): IsoDate | undefined {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? undefined : c.toISOString().slice(0, 10);
  const s = text(c);
  const dk = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(s);
  const d = dk
    ? DateTime.fromObject({ year: Number(dk[3]), month: Number(dk[2]), day: Number(dk[1]) }, { zone: 'utc' })
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? DateTime.fromISO(s, { zone: 'utc' })
      : undefined;
  return d?.isValid ? d.toISODate()! : undefined;
}

/** The instant it was logged: an Excel date-time (wall-clock time in the zone) or "dd-mm-åååå tt:mm". */
function instantOf(c: Cell, zone: string): string | undefined {
  let d: DateTime | undefined;
  if (c instanceof Date) {
    d = DateTime.fromObject(
      { year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate(), hour: c.getUTCHours(), minute: c.getUTCMinutes() },
      { zone },
    );
  } else {
    const m = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(text(c));
    if (m) d = DateTime.fromObject({ year: +m[3]!, month: +m[2]!, day: +m[1]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0) }, { zone });
  }
  return d?.isValid ? d.toUTC().toISO()! : undefined;
}

/** "start oktober 2019" beside 01-10-2019: the period the export wrote, when it begins on that day (a relative word
 *  such as "i går" is not read again: the day stands). */
function periodOf(written: string, day: IsoDate): Period | undefined {
  if (!written) return undefined;
  const read = parsePeriod(written, { today: DateTime.fromISO(day, { zone: 'utc' }), yearRule: 'nearest' });
  const period = read?.ok ? read.period : undefined;
  return period && period.start === day && period.form.kind !== 'day' ? period : undefined;
}

/** A period written in words in the Dato column ("start oktober 2019", "marts–maj 2020"); not a single day. */
function periodIn(written: string, now: DateTime): Period | undefined {
  if (!written) return undefined;
  const read = parsePeriod(written, { today: now, yearRule: 'nearest' });
  return read?.ok && read.period.form.kind !== 'day' ? read.period : undefined;
}

function columnsOf(header: Cell[]): Partial<Record<Field, number>> {
  const at: Partial<Record<Field, number>> = {};
  const folded = header.map((h) => text(h).toLocaleLowerCase('da'));
  for (const field of Object.keys(HEADINGS) as Field[]) {
    const wanted = HEADINGS[field].flatMap((id) => [t(id, 'da'), t(id, 'en')].map((s) => s.toLocaleLowerCase('da')));
    const i = folded.findIndex((h) => wanted.includes(h));
    if (i >= 0) at[field] = i;
  }
  return at;
}

/** The same kind, day and text is the same entry, whichever file or team it came through. */
function importedId(scopeKey: string, kind: EntryKind, day: IsoDate, entryText: string): string {
  return `m${createHash('sha256')
    .update(`${scopeKey}\n${kind}\n${day}\n${entryTextKey(entryText)}`)
    .digest('base64url')
    .slice(0, 15)}`;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** Reads the rows (the first is the heading) and saves each entry in the target's log. */
export async function importLogRows(rows: Cell[][], target: ImportTarget, ports: ImportPorts): Promise<ImportReport> {
  const report: ImportReport = { saved: 0, already: 0, skipped: [], missing: [] };
  const at = columnsOf(rows[0] ?? []);
  report.missing = (['date', 'kind', 'text'] as const).filter((f) => at[f] === undefined).map((f) => t(HEADINGS[f][0]!, 'da'));
  if (report.missing.length > 0) return report;
  const lists = await listsFor(ports, target.scopeKey);
  const outlets = new Set(lists.stakeholders.filter((s) => s.outlet).map((s) => s.name));
  const cell = (row: Cell[], f: Field) => (at[f] === undefined ? undefined : row[at[f]!]);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = r + 1;
    const body = text(cell(row, 'text'));
    // A period's entry has the period in words in Dato ("start oktober 2019": the export invents no day for it).
    const periodInDate = dayOf(cell(row, 'date')) ? undefined : periodIn(text(cell(row, 'date')), target.now);
    const day = dayOf(cell(row, 'date')) ?? periodInDate?.start;
    const kind = kindFromWord(text(cell(row, 'kind')));
    const skip = (reason: SkipReason, detail: string) => report.skipped.push({ row: line, reason, detail });
    if (!body) {
      skip('noText', '');
      continue;
    }
    if (body.length > MAX_LOG_TEXT) {
      skip('tooLong', String(body.length));
      continue;
    }
    if (!day) {
      skip('noDate', text(cell(row, 'date')));
      continue;
    }
    if (!kind) {
      skip('noKind', text(cell(row, 'kind')));
      continue;
    }
    const found = recognize(body, lists);
    const stakeholders = union(names(cell(row, 'stakeholders')), found.stakeholders);
    const tags: Recognized = {
      stakeholders,
      outlets: union(
        found.outlets,
        stakeholders.filter((s) => outlets.has(s)),
      ),
      experiments: union(names(cell(row, 'experiments')), found.experiments),
      municipalities: union(
        names(cell(row, 'municipalities')).filter((m) => MUNICIPALITIES.includes(m)),
        found.municipalities,
      ),
    };
    const written = text(cell(row, 'dateText'));
    const period = periodInDate ?? periodOf(written, day);
    const asTyped = written.replace(/\s*\([^()]*\)$/, '');
    const entry: LogEntry = {
      id: importedId(target.scopeKey, kind, day, body),
      kind,
      text: body,
      happenedOn: day,
      ...(period ? { period } : {}),
      // "i går (søndag d. 3. november)": the words as typed, with the date the export put beside them (the text has the date).
      ...(written && (body.includes(written) || asTyped !== written) ? { dateText: asTyped } : {}),
      authorName: text(cell(row, 'author')),
      authorAadId: '',
      writtenAt: instantOf(cell(row, 'written'), target.zone) ?? target.now.toUTC().toISO()!,
      ...tags,
      words: indexWords(body, kind, tags),
    };
    const sameDay = await ports.log.between(target.scopeKey, day, day);
    if (sameDay.some((e) => e.kind === kind && entryTextKey(e.text) === entryTextKey(body))) {
      report.already++;
      continue;
    }
    const change = { by: { name: 'npm run import', aadObjectId: '' }, at: target.now.toUTC().toISO()! };
    if ((await ports.log.add(target.scopeKey, entry, change)) === 'duplicate') report.already++;
    else report.saved++;
  }
  return report;
}
