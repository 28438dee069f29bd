// npm run erase -- --person <Entra object id> [--dry-run]   a colleague, everywhere (a GDPR request to the operator)
// npm run erase -- --text "<name>" [--dry-run]             a named outside person, in every team's and chat's texts
// The deployment-wide erasure, run on the server: every scope (team, group chat, personal chat) of the store the bot
// uses (DATA_DIR's file, or TABLES_CONNECTION_STRING's account), with what it changed printed per scope. Recorded in
// the erasure journal first (npm run restore re-applies it to a backup taken before). On the embedded file the bot
// must be stopped (it holds DATA_DIR's lock; its caches would not see these changes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openStorage, ensureTables } from '../tables';
import { countsLine, eraseEverywhere, type Everywhere } from '../erasureRuns';
import { DataFolderRefused } from '../sqliteDatabase';
import { systemClock } from '../../bot/systemClock';

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function usage(problem: string): never {
  process.stderr.write(
    `${problem}\n\nUsage:\n  npm run erase -- --person <Entra object id> [--dry-run]\n` +
      '  npm run erase -- --text "<name>" [--dry-run]\nErases in every team and chat of the store the bot uses (DATA_DIR, or ' +
      'TABLES_CONNECTION_STRING). Stop the bot first when it uses DATA_DIR.\n',
  );
  process.exit(2);
}

function parse(args: string[]): { what: Everywhere; dryRun: boolean } {
  const dryRun = args.includes('--dry-run');
  const rest = args.filter((a) => a !== '--dry-run');
  const [flag, value, ...extra] = rest;
  if (extra.length > 0 || !value) usage('Say whom to erase: --person <object id> or --text "<name>", once.');
  if (flag === '--person') {
    if (!OBJECT_ID.test(value.trim())) {
      usage(`"${value}" is not an Entra object id (8-4-4-4-12 hex digits). A colleague is erased by id, not by name.`);
    }
    return { what: { mode: 'member', id: value.trim().toLowerCase() }, dryRun };
  }
  if (flag === '--text') {
    if (value.trim().length < 2) usage('The name to erase from the texts needs at least two characters.');
    return { what: { mode: 'text', name: value.trim() }, dryRun };
  }
  return usage(`Unknown option ${flag}.`);
}

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const { what, dryRun } = parse(process.argv.slice(2));
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || './.data');
  const connectionString = process.env.TABLES_CONNECTION_STRING?.trim() || undefined;
  const storage = openStorage({ dataDir, connectionString, wallClock: () => systemClock.now().toJSDate(), exclusive: true });
  try {
    await ensureTables(storage.tables);
    const who = what.mode === 'member' ? `object id ${what.id}` : `"${what.name}" in texts`;
    process.stdout.write(`${dryRun ? 'Would erase' : 'Erasing'} ${who} in every team and chat of ${storage.description}\n`);
    const outcomes = await eraseEverywhere(storage.tables, storage.journal, what, { at: systemClock.now().toISO()!, dryRun });
    for (const o of outcomes) process.stdout.write(`  ${o.scope}: ${countsLine(o.counts)}\n`);
    const rows = outcomes.reduce((n, o) => n + o.counts.rows, 0);
    if (dryRun) {
      process.stdout.write(`Nothing changed (--dry-run): ${rows} rows in ${outcomes.length} scopes would change.\n`);
      return;
    }
    if (rows > 0) await storage.purge();
    process.stdout.write(
      `Done: ${rows} rows changed in ${outcomes.length} scopes. Recorded in the erasure journal, so npm run restore ` +
        'erases it again from a backup taken before.\n',
    );
    // Copies this command cannot reach: the files a restore put aside.
    const aside = storage.database ? fs.readdirSync(dataDir).filter((f) => f.startsWith('replaced-')) : [];
    for (const folder of aside) {
      process.stdout.write(`Note: ${path.join(dataDir, folder)} holds a copy from before a restore, with what this erased: delete it.\n`);
    }
  } finally {
    await storage.close();
  }
}

main().catch((err) => {
  // A connection string holds a key: print the message, never the string.
  process.stderr.write(`erase ${err instanceof DataFolderRefused ? 'refused' : 'failed'}: ${(err as Error).message}\n`);
  process.exit(err instanceof DataFolderRefused ? 2 : 1);
});
