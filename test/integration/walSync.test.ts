// The embedded file's commits and their fsync (storage/sqliteDatabase.ts): SQLite commits into the WAL without waiting
// for the disk, and the WAL is fsynced on libuv's thread pool; a write is confirmed only once that fsync returned. These
// tests hold the fsync back (node:fs's fsync, wrapped) to see that nothing is confirmed before it, that commits made
// meanwhile share the next fsync, and that an fsync that fails is told as "may be saved", not as saved.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SqliteDatabase } from '../../storage/sqliteDatabase';
import { SqliteTableStore } from '../../storage/sqliteTableStore';
import { StorageUnavailableError } from '../../storage/tableStore';
import { tempDir } from '../support/backends';

type FsyncCallback = (err: NodeJS.ErrnoException | null) => void;

describe('the embedded file: a write is confirmed once its commit is fsynced', () => {
  const realFsync = fs.fsync;
  let held: Array<{ fd: number; done: FsyncCallback }>;
  let database: SqliteDatabase;
  let store: SqliteTableStore;

  beforeEach(async () => {
    held = [];
    database = SqliteDatabase.open(tempDir('walsync'));
    store = new SqliteTableStore(database, 'WalSync', () => new Date());
    await store.ensureTable();
    await store.insert({ partitionKey: 'p', rowKey: 'first' }); // the WAL exists from here on
    (fs as { fsync: unknown }).fsync = (fd: number, done: FsyncCallback) => held.push({ fd, done });
  });
  afterEach(() => {
    (fs as { fsync: unknown }).fsync = realFsync;
    for (const h of held) h.done(null);
    database.close();
  });

  const settled = (p: Promise<unknown>) => {
    const state = { done: false, err: undefined as unknown };
    p.then(
      () => {
        state.done = true;
      },
      (err) => {
        state.done = true;
        state.err = err;
      },
    );
    return state;
  };
  const turnsOfTheLoop = async (n = 5) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
  };
  /** Lets a held fsync run for real (or fail with `err`), and waits until its callback ran and promises settled. */
  const release = (h: { fd: number; done: FsyncCallback }, err: NodeJS.ErrnoException | null = null) =>
    new Promise<void>((resolve) =>
      realFsync(h.fd, (real) => {
        h.done(err ?? real);
        void turnsOfTheLoop().then(resolve);
      }),
    );

  it('confirms nothing before the fsync of its commit returns, and fsyncs the WAL itself', async () => {
    const write = settled(store.insert({ partitionKey: 'p', rowKey: 'a', v: 1 }));
    await turnsOfTheLoop();
    assert.equal(held.length, 1, 'one fsync asked for');
    assert.equal(write.done, false, 'committed but not yet on disk: not confirmed');
    // Committed into the WAL already (readers see it): only its confirmation waits for the disk.
    assert.equal((await store.get('p', 'a'))?.v, 1);
    assert.equal(fs.fstatSync(held[0]!.fd).ino, fs.statSync(`${database.file}-wal`).ino, 'the fsync is of the WAL');
    await release(held[0]!);
    assert.equal(write.done, true);
    assert.equal(write.err, undefined);
  });

  it('lets the event loop go on while the disk works: commits made meanwhile share the next fsync', async () => {
    const first = settled(store.insert({ partitionKey: 'p', rowKey: 'b1' }));
    await turnsOfTheLoop();
    assert.equal(held.length, 1);
    // While the first fsync is under way, three more writes commit (in one transaction) and wait for the next fsync:
    // the one under way may have begun before they were written.
    const later = ['b2', 'b3', 'b4'].map((rowKey) => settled(store.insert({ partitionKey: 'p', rowKey })));
    await turnsOfTheLoop();
    assert.equal(held.length, 1, 'no second fsync while one is under way');
    assert.deepEqual(
      (await store.range('p', 'b', 'c')).map((r) => r.rowKey),
      ['b1', 'b2', 'b3', 'b4'],
      'all four committed',
    );
    await release(held[0]!);
    assert.equal(first.done, true);
    assert.deepEqual(
      later.map((w) => w.done),
      [false, false, false],
      'the later ones wait for an fsync that began after them',
    );
    assert.equal(held.length, 2, 'one fsync for the three');
    await release(held[1]!);
    assert.deepEqual(
      later.map((w) => [w.done, w.err]),
      [
        [true, undefined],
        [true, undefined],
        [true, undefined],
      ],
    );
  });

  it('tells a write whose fsync failed that it may have been saved, not that it was', async () => {
    const write = settled(store.insert({ partitionKey: 'p', rowKey: 'c' }));
    await turnsOfTheLoop();
    await release(held[0]!, Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO', errno: -5 }));
    assert.equal(write.done, true);
    assert.ok(write.err instanceof StorageUnavailableError, `got ${String(write.err)}`);
    assert.equal(write.err.maybeWritten, true);
  });

  it('still stands each write alone: a conflict is told as such, after the fsync, and the others are saved', async () => {
    const a = settled(store.insert({ partitionKey: 'p', rowKey: 'first' })); // exists: 409
    const b = settled(store.insert({ partitionKey: 'p', rowKey: 'd' }));
    await turnsOfTheLoop();
    assert.equal(a.done || b.done, false, 'neither settles before the fsync');
    await release(held[0]!);
    assert.equal((a.err as { statusCode?: number })?.statusCode, 409);
    assert.equal(b.err, undefined);
    assert.ok(await store.get('p', 'd'));
  });
});
