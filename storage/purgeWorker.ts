// The rewrite after an erasure (SqliteDatabase.purge), on a thread of its own with its own connection to the file:
// VACUUM writes every page anew (no deleted cell, free page or stale divider key in an index's inner pages keeps the
// old bytes), then the WAL is checkpointed and truncated to 0 bytes. node:sqlite is synchronous, and on the bot's
// thread this held every team's requests for as long as it ran (about 0.6-1 s at 10,000 entries). The bot's thread
// holds its own writes back meanwhile (VACUUM is the one writer) and keeps answering reads and /healthz.
import { parentPort, workerData } from 'node:worker_threads';
import { sqlite } from './sqliteDriver';

const { file } = workerData as { file: string };
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

try {
  const db = new (sqlite().DatabaseSync)(file, { timeout: 5000 });
  try {
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA secure_delete = ON');
    db.exec('VACUUM');
    for (let attempt = 0; ; attempt++) {
      const result = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number };
      if (result.busy === 0) break;
      // A reader (npm run backup) still uses the WAL: it finishes within moments.
      if (attempt >= 50) throw new Error('the WAL could not be emptied: another process kept reading it');
      pause(100);
    }
  } finally {
    db.close();
  }
  parentPort?.postMessage({ ok: true });
} catch (err) {
  const e = err as Error & { errcode?: number; code?: string };
  parentPort?.postMessage({ ok: false, message: e.message, errcode: e.errcode, code: e.code });
}
