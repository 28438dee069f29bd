// npm run restore -- <backup file>   the embedded store: the backup becomes DATA_DIR/tovholder.sqlite, then every
//                                    erasure of the journal is applied to it again
// npm run restore -- --reapply       the journal applied again to the store as it is (Azure, after its tables were
//                                    restored from a copy; or the embedded file)
// The bot must be stopped (DATA_DIR's lock). The file it replaces is kept in DATA_DIR/replaced-<time>/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { openStorage, ensureTables } from '../tables';
import { countsLine, reapplyJournal } from '../erasureRuns';
import { DATABASE_FILE, DataFolderLock, DataFolderRefused } from '../sqliteDatabase';
import { systemClock } from '../../bot/systemClock';

function usage(problem: string): never {
  process.stderr.write(`${problem}\n\nUsage:\n  npm run restore -- <backup file>\n  npm run restore -- --reapply\n`);
  process.exit(2);
}

/** The backup's own check before it replaces anything: a damaged backup is refused. */
function checkBackup(file: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) usage(`${file} does not exist or is empty.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`the backup ${file} is damaged itself (quick_check: ${String(result)}); take an older one`);
  } finally {
    db.close();
  }
}

/** Moves the current file (and its WAL and shared memory) aside, so nothing of it mixes with the backup. */
function moveAside(dataDir: string): string | undefined {
  const current = path.join(dataDir, DATABASE_FILE);
  const present = ['', '-wal', '-shm'].filter((s) => fs.existsSync(current + s));
  if (present.length === 0) return undefined;
  const aside = path.join(dataDir, `replaced-${systemClock.now().toISO()!.replace(/[:.]/g, '-')}`);
  fs.mkdirSync(aside);
  for (const s of present) fs.renameSync(current + s, path.join(aside, DATABASE_FILE + s));
  return aside;
}

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const [arg, ...extra] = process.argv.slice(2);
  if (!arg || extra.length > 0) usage('Name one backup file, or --reapply.');
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './.data');
  const connectionString = process.env.TABLES_CONNECTION_STRING?.trim() || undefined;
  if (arg !== '--reapply') {
    if (connectionString) {
      usage(
        'A backup file is restored into the embedded store; TABLES_CONNECTION_STRING is set. On Azure, restore the tables ' +
          'from your copy, then run npm run restore -- --reapply.',
      );
    }
    const backup = path.resolve(arg);
    const lock = DataFolderLock.acquire(dataDir); // the bot is stopped, and stays so while we copy
    try {
      checkBackup(backup);
      const aside = moveAside(dataDir);
      fs.copyFileSync(backup, path.join(dataDir, DATABASE_FILE));
      const kept = aside ? ` (the file it replaced is in ${aside}; delete it once you are satisfied)` : '';
      process.stdout.write(`Restored ${backup} to ${path.join(dataDir, DATABASE_FILE)}${kept}\n`);
    } finally {
      lock.release();
    }
  }
  const storage = openStorage({ dataDir, connectionString, wallClock: () => systemClock.now().toJSDate(), exclusive: true });
  try {
    await ensureTables(storage.tables);
    process.stdout.write(`Applying the erasure journal again to ${storage.description}\n`);
    const outcomes = await reapplyJournal(storage.tables, storage.journal);
    for (const o of outcomes) process.stdout.write(`  ${o.scope}: ${countsLine(o.counts)}\n`);
    const rows = outcomes.reduce((n, o) => n + o.counts.rows, 0);
    if (rows > 0) await storage.purge();
    const problem = storage.checkIntegrity();
    if (problem) throw new Error(`the restored file fails quick_check: ${problem}`);
    process.stdout.write(`Done: the journal's erasures hold again (${rows} rows changed in ${outcomes.length} scopes). Start the bot.\n`);
  } finally {
    await storage.close();
  }
}

main().catch((err) => {
  const refused = err instanceof DataFolderRefused;
  process.stderr.write(`restore ${refused ? 'refused' : 'failed'}: ${(err as Error).message}\n`);
  process.exit(err instanceof DataFolderRefused ? 2 : 1);
});
