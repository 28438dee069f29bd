import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sqliteCode } from '../../storage/sqliteDriver';

// The embedded store's driver is node:sqlite. On Node 22 it prints an ExperimentalWarning when it loads: the bot keeps
// that one line out of the operator's console, and every other warning still shows.

const DRIVER = path.resolve(__dirname, '../../storage/sqliteDriver.js');

describe('the SQLite driver (node:sqlite)', () => {
  it('loads without the SQLite ExperimentalWarning, and other warnings still reach the console', () => {
    const script = `const { sqlite } = require(${JSON.stringify(DRIVER)});
      const db = new (sqlite().DatabaseSync)(':memory:');
      db.exec('CREATE TABLE t (a)');
      process.emitWarning('something else is experimental', 'ExperimentalWarning');
      process.stdout.write('opened');`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'opened');
    assert.doesNotMatch(run.stderr, /SQLite is an experimental feature/);
    assert.match(run.stderr, /ExperimentalWarning: something else is experimental/);
  });

  it('names SQLite result codes from node:sqlite errors, extended where known', () => {
    assert.equal(sqliteCode({ errcode: 1555 }), 'SQLITE_CONSTRAINT_PRIMARYKEY');
    assert.equal(sqliteCode({ errcode: 13 }), 'SQLITE_FULL');
    assert.equal(sqliteCode({ errcode: 8 | (1 << 8) }), 'SQLITE_READONLY'); // SQLITE_READONLY_RECOVERY: its primary code
    assert.equal(sqliteCode(new Error('not from SQLite')), undefined);
  });
});
