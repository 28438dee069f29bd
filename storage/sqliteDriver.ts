// The SQLite driver: Node's built-in node:sqlite (Node 22.13+, 24, 26), so nothing is compiled at install and no
// native module is rebuilt when Node changes. Measured against better-sqlite3 12.11.1 before the switch: see
// bench/RESULTS.md ("SQLite driver") and `npm run bench:sqlite`.
import type * as NodeSqlite from 'node:sqlite';

export type Connection = NodeSqlite.DatabaseSync;
export type Statement = NodeSqlite.StatementSync;

let driver: typeof NodeSqlite | undefined;

/**
 * node:sqlite, loaded once. Node 22 prints "ExperimentalWarning: SQLite is an experimental feature" when the module
 * loads (24 and 26 do not): that one line is kept out of the operator's console; every other warning still shows.
 */
export function sqlite(): typeof NodeSqlite {
  if (driver) return driver;
  return loadNodeSqlite();
}

/**
 * For `npm run bench:sqlite` only: the bot on another driver with node:sqlite's API (bench/betterSqliteDriver.ts wraps
 * better-sqlite3), so both are measured through the bot itself. Called before the store opens; never in production.
 */
export function useSqliteDriverForBench(other: typeof NodeSqlite): void {
  driver = other;
}

function loadNodeSqlite(): typeof NodeSqlite {
  const emitWarning = process.emitWarning;
  process.emitWarning = function quietSqlite(this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'ExperimentalWarning' && String(warning).startsWith('SQLite ')) return;
    return (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    driver = process.getBuiltinModule('node:sqlite');
  } finally {
    process.emitWarning = emitWarning;
  }
  return driver;
}

/** SQLite's result codes by name, from an error node:sqlite threw (its `errcode` is the extended code). */
const CODE_NAMES: Record<number, string> = {
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  8: 'SQLITE_READONLY',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  19: 'SQLITE_CONSTRAINT',
  26: 'SQLITE_NOTADB',
  1555: 'SQLITE_CONSTRAINT_PRIMARYKEY',
  2067: 'SQLITE_CONSTRAINT_UNIQUE',
};

/** The SQLite code of an error, extended where we know it (SQLITE_CONSTRAINT_PRIMARYKEY), else its primary code. */
export function sqliteCode(err: unknown): string | undefined {
  // better-sqlite3 (the bench's comparison) names the code itself.
  const named = (err as { code?: unknown } | undefined)?.code;
  if (typeof named === 'string' && named.startsWith('SQLITE_')) return named;
  const errcode = (err as { errcode?: unknown } | undefined)?.errcode;
  if (typeof errcode !== 'number') return undefined;
  return CODE_NAMES[errcode] ?? CODE_NAMES[errcode & 0xff] ?? `SQLITE_${errcode}`;
}
