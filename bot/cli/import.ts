// npm run import -- <file.xlsx | file.csv> [--team <team id>]
// Brings log entries into a team's log from a workbook (its Log sheet) or a CSV with the columns our own export writes
// (/eksport, /status): an export from one team imported into another. Storage as `npm start` uses it (DATA_DIR or
// TABLES_CONNECTION_STRING, from the environment or .env). The team is one the bot has been added to; without --team
// the bot's only team is used, and with several the known teams are listed. Safe to run again: a row already in the
// log is not saved twice. Prints what it saved and what it skipped, and why.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { loadConfig, ConfigError, type Config } from '../config';
import { openStorage, ensureTables } from '../../storage/tables';
import { ConversationRepository } from '../../storage/conversationRepository';
import { LogRepository } from '../../storage/logRepository';
import { ScopeRepository } from '../../storage/scopeRepository';
import { parseCsv } from '../../reports/csv';
import { t } from '../../i18n/catalog';
import { systemClock } from '../systemClock';
import { importLogRows, type Cell, type ImportReport } from '../importLog';

function fail(problem: string): never {
  process.stderr.write(`${problem}\n\nUsage: npm run import -- <file.xlsx | file.csv> [--team <team id>]\n`);
  process.exit(2);
}

/** A workbook cell as a plain value: rich text, hyperlinks and formulas give their text or result. */
function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  return String(v);
}

/** The rows of the file: the workbook's Log sheet (else its first), or the CSV's. */
async function readRows(file: string): Promise<Cell[][]> {
  if (/\.csv$/i.test(file)) return parseCsv(fs.readFileSync(file, 'utf8'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets.find((w) => [t('file.sheet.log', 'da'), t('file.sheet.log', 'en')].includes(w.name)) ?? wb.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

function reportText(r: ImportReport, file: string, team: string): string {
  const lines = [`${file} → ${team}: ${r.saved} saved, ${r.already} already in the log, ${r.skipped.length} skipped`];
  const why = { noDate: 'no date', noKind: 'no kind', noText: 'no text', tooLong: 'text over 1,000 characters' } as const;
  for (const s of r.skipped) lines.push(`  row ${s.row}: ${why[s.reason]}${s.detail ? ` ("${s.detail}")` : ''}: not saved`);
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const args = process.argv.slice(2);
  const teamAt = args.indexOf('--team');
  const teamId = teamAt >= 0 ? args[teamAt + 1] : undefined;
  if (teamAt >= 0 && !teamId) fail('Say which team after --team.');
  const files = args.filter((_, i) => teamAt < 0 || (i !== teamAt && i !== teamAt + 1));
  if (files.length !== 1) fail('Name one file to import.');
  const file = path.resolve(files[0]!);
  if (!/\.(xlsx|csv)$/i.test(file)) fail(`${file} is neither a workbook (.xlsx) nor a CSV (.csv).`);
  if (!fs.existsSync(file)) fail(`There is no file ${file}.`);
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`The settings are wrong: ${err.message}`);
    throw err;
  }
  const storage = openStorage({
    dataDir: config.dataDir,
    connectionString: config.tablesConnectionString,
    wallClock: () => systemClock.now().toJSDate(),
  });
  try {
    await ensureTables(storage.tables);
    const teams = (await new ConversationRepository(storage.tables.conversations).all()).filter((c) => c.teamId);
    const chosen = teamId ? teams.filter((c) => c.teamId === teamId) : teams;
    const known = teams.map((c) => `  --team ${c.teamId}`).join('\n') || '  (none: add the bot to the team in Teams first)';
    if (chosen.length !== 1) {
      fail(
        teamId
          ? `The bot is not in a team ${teamId}. The teams it is in:\n${known}`
          : `Say which team with --team. The teams the bot is in:\n${known}`,
      );
    }
    const scopeKey = chosen[0]!.scopeKey;
    const rows = await readRows(file);
    const report = await importLogRows(
      rows,
      { scopeKey, zone: config.timezone, now: systemClock.now() },
      {
        log: new LogRepository(storage.tables.log),
        scopes: new ScopeRepository(storage.tables.scopes),
      },
    );
    if (report.missing.length > 0)
      fail(
        `${file} lacks the column${report.missing.length > 1 ? 's' : ''} ${report.missing.join(', ')} that the export writes; ` +
          'nothing was imported.',
      );
    process.stdout.write(reportText(report, path.basename(file), chosen[0]!.teamId!));
  } finally {
    await storage.close();
  }
}

main().catch((err) => {
  process.stderr.write(`import failed: ${(err as Error).message}\n`);
  process.exit(1);
});
