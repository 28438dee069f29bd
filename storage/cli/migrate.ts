// npm run migrate -- --to "<connection string>"    embedded SQLite file (DATA_DIR) → Azure Table Storage / Cosmos DB
// npm run migrate -- --from "<connection string>"  Azure → the embedded file
// Copies every table, idempotent (rows are upserted whole: run it again after an interruption), and checks the counts.
// Stop the bot first, so that nothing is written to the source while it is copied.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openAzureTables, openSqliteTables } from '../tables';
import { DATABASE_FILE, SqliteDatabase } from '../sqliteDatabase';
import { copyTables } from '../copyTables';
import { systemClock } from '../../bot/systemClock';

function usage(problem: string): never {
  process.stderr.write(
    `${problem}\n\nUsage:\n  npm run migrate -- --to "<Azure Tables connection string>"\n` +
      '  npm run migrate -- --from "<Azure Tables connection string>"\n' +
      'The embedded file is DATA_DIR/tovholder.sqlite (DATA_DIR from the environment or .env, default ./.data).\n',
  );
  process.exit(2);
}

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const [flag, connectionString, ...rest] = process.argv.slice(2);
  if ((flag !== '--to' && flag !== '--from') || !connectionString || rest.length > 0)
    usage('Say where to copy: --to or --from, and one connection string.');
  if (!/AccountName=|TableEndpoint=/i.test(connectionString))
    usage('That does not look like a Table Storage connection string (it has no AccountName or TableEndpoint).');
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './.data');
  const file = path.join(dataDir, DATABASE_FILE);
  if (flag === '--to' && !fs.existsSync(file)) usage(`There is no embedded database at ${file} to copy from.`);
  const database = SqliteDatabase.open(dataDir, { lock: true }); // the bot must be stopped
  try {
    const embedded = openSqliteTables(database, () => systemClock.now().toJSDate());
    const azure = openAzureTables(connectionString);
    const [from, to] = flag === '--to' ? [embedded, azure] : [azure, embedded];
    const account = /AccountName=([^;]+)/i.exec(connectionString)?.[1] ?? 'Azure';
    process.stdout.write(flag === '--to' ? `Copying ${file} to ${account}\n` : `Copying ${account} to ${file}\n`);
    const progress = process.stdout.isTTY ? (table: string, rows: number) => process.stdout.write(`  ${table}: ${rows} rows\r`) : undefined;
    const results = await copyTables(from, to, progress);
    let ok = true;
    for (const r of results) {
      const good = r.inTarget >= r.copied;
      ok &&= good;
      process.stdout.write(
        `  ${r.table.padEnd(14)} ${String(r.copied).padStart(9)} copied, ${String(r.inTarget).padStart(9)} in the target` +
          `${good ? '' : '  ← FEWER THAN COPIED'}\n`,
      );
    }
    if (!ok) {
      process.stderr.write('The count check failed: the target has fewer rows than were copied. Run the same command again.\n');
      process.exitCode = 1;
    } else {
      process.stdout.write(
        flag === '--to'
          ? 'Done: every row is in the target. Set TABLES_CONNECTION_STRING to it and start the bot (README, "Storage").\n'
          : 'Done: every row is in the embedded file. Leave TABLES_CONNECTION_STRING empty and start the bot (README, "Storage").\n',
      );
    }
  } finally {
    database.close();
  }
}

main().catch((err) => {
  // The connection string holds a key: print the error's message, never the string.
  process.stderr.write(`migrate failed: ${(err as Error).message}\n`);
  process.exit(1);
});
