// npm run backup [-- <file>]: a consistent copy of the embedded database while the bot runs (SQLite's online backup),
// checked after writing. Default file: DATA_DIR/backups/tovholder-<UTC time>.sqlite. To restore: stop the bot,
// npm run restore -- <backup> (it also applies the erasure journal again), start the bot.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DATABASE_FILE, SqliteDatabase } from '../sqliteDatabase';
import { openSqliteTables } from '../tables';
import { TABLE_NAMES } from '../schema';
import { countRows } from '../copyTables';
import { systemClock } from '../../bot/systemClock';

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './.data');
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) {
    process.stderr.write(`There is no embedded database at ${file} (DATA_DIR=${dataDir}).\n`);
    process.exit(2);
  }
  const stamp = systemClock.now().toISO()!.replace(/[:.]/g, '-');
  const target = path.resolve(process.argv[2] ?? path.join(dataDir, 'backups', `tovholder-${stamp}.sqlite`));
  if (fs.existsSync(target)) {
    process.stderr.write(`${target} exists already; name another file.\n`);
    process.exit(2);
  }
  const source = SqliteDatabase.openFile(file);
  try {
    await source.backupTo(target);
  } finally {
    source.close();
  }
  const copy = SqliteDatabase.openFile(target, { singleFile: true });
  try {
    const check = copy.db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${String(check)}`);
    const tables = openSqliteTables(copy, () => systemClock.now().toJSDate());
    const counts: string[] = [];
    for (const key of Object.keys(TABLE_NAMES) as Array<keyof typeof TABLE_NAMES>) {
      const exists = copy.db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get('table', TABLE_NAMES[key]);
      counts.push(`${TABLE_NAMES[key]} ${exists ? await countRows(tables[key]) : 0}`);
    }
    process.stdout.write(`Backup written to ${target} (${fs.statSync(target).size} bytes; integrity ok; rows: ${counts.join(', ')})\n`);
  } finally {
    copy.close();
  }
}

main().catch((err) => {
  process.stderr.write(`backup failed: ${(err as Error).message}\n`);
  process.exit(1);
});
