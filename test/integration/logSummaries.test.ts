// The log's kept summaries (storage/logSummaries.ts) on both stores: after a write through LogRepository (an entry
// added, edited to another date, undone) the summary is read again from the chunks that held the entry only, and is
// the same as a fold over the whole log; a write it was not told about reads the whole log again.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { LogRepository } from '../../storage/logRepository';
import type { TableStore } from '../../storage/tableStore';
import type { LogEntry } from '../../domain/logEntry';
import { gapsLogFold, summarizeLog } from '../../domain/gaps';

const SCOPE = 'tenant|team|summaries';

function entry(n: number, day: string, fields: Partial<LogEntry> = {}): LogEntry {
  return {
    id: `summary-${n}`,
    kind: 'meeting',
    text: `møde nummer ${n}`,
    happenedOn: day,
    authorName: 'Anne',
    authorAadId: '',
    writtenAt: '2025-03-12T09:00:00.000Z',
    stakeholders: [`Udvalg ${n % 7}`],
    outlets: [],
    experiments: [`Forsøg ${n % 5}`],
    municipalities: ['Hjørring'],
    words: ['møde'],
    ...fields,
  };
}

/** A store that counts its range reads. */
function counting(store: TableStore): { store: TableStore; reads: () => number } {
  let reads = 0;
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'range' && typeof value === 'function') {
        return (...args: unknown[]) => {
          reads++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store: wrapped,
    reads: () => {
      const n = reads;
      reads = 0;
      return n;
    },
  };
}

for (const backend of BACKENDS) {
  describe(`the log's summary follows writes chunk by chunk (${backend.name})`, function () {
    this.timeout(60_000);
    let opened: OpenBackend;
    before(async () => {
      opened = await backend.open();
    });
    after(async () => {
      await opened?.close();
    });

    it('reads only the chunks a write touched and folds to what the whole log does', async () => {
      const { store, reads } = counting(opened.tables.log);
      const log = new LogRepository(store, { summaryPage: 40 });
      const plain = new LogRepository(opened.tables.log);
      const whole = async () => summarizeLog(await plain.between(SCOPE, '0001-01-01', '9999-12-31'));
      for (let n = 0; n < 200; n++) await log.add(SCOPE, entry(n, `2024-${String((n % 12) + 1).padStart(2, '0')}-10`));
      await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
      assert.equal(reads(), 6, '200 entries in chunks of 40 (the last one empty)');

      const late = entry(1000, '2025-03-01', { kind: 'press', stakeholders: ['Folketinget'], experiments: ['Frikommune'] });
      await log.add(SCOPE, late);
      assert.deepEqual(await log.summaryOf(SCOPE, 'gaps', gapsLogFold), await whole());
      assert.equal(reads(), 1);

      const moved = { ...late, happenedOn: '2024-01-02' };
      await log.replace(SCOPE, late, moved);
      const edited = await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
      assert.equal(edited.stakeholders.get('folketinget'), '2024-01-02');
      assert.deepEqual(edited, await whole());
      assert.equal(reads(), 2);

      await log.undo(SCOPE, moved, { name: 'Anne', aadObjectId: '' }, '2025-03-12T10:00:00.000Z');
      const undone = await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
      assert.equal(undone.stakeholders.get('folketinget'), undefined);
      assert.equal(undone.told.get('frikommune'), undefined);
      assert.deepEqual(undone, await whole());
      assert.equal(reads(), 1);

      // Nothing written: nothing read. A write not made through the repository: all of it read again.
      await log.summaryOf(SCOPE, 'gaps', gapsLogFold);
      assert.equal(reads(), 0);
      await store.upsert({ partitionKey: SCOPE, rowKey: 'meta|other', note: 'x' });
      assert.deepEqual(await log.summaryOf(SCOPE, 'gaps', gapsLogFold), await whole());
      assert.equal(reads(), 6);
    });

    it('lets other turns in between chunks while it folds the whole log, and a write made meanwhile is in the next summary', async () => {
      const scope = `${SCOPE}-yield`;
      const log = new LogRepository(opened.tables.log, { summaryPage: 40 });
      const plain = new LogRepository(opened.tables.log);
      for (let n = 0; n < 200; n++) await log.add(scope, entry(n, `2024-${String((n % 12) + 1).padStart(2, '0')}-10`));
      const order: string[] = [];
      const folding = log.summaryOf(scope, 'gaps', gapsLogFold).then(() => order.push('summary'));
      // A turn that arrives meanwhile: it gets the event loop before the fold's last chunk, and writes an entry.
      const meanwhile = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        order.push('another turn');
        await log.add(scope, entry(2000, '2025-02-01', { stakeholders: ['Beskæftigelsesudvalget'] }));
      });
      await Promise.all([folding, meanwhile]);
      assert.equal(order[0], 'another turn', order.join(' → '));
      const next = await log.summaryOf(scope, 'gaps', gapsLogFold);
      assert.equal(next.stakeholders.get('beskæftigelsesudvalget'), '2025-02-01');
      assert.deepEqual(next, summarizeLog(await plain.between(scope, '0001-01-01', '9999-12-31')));
    });
  });
}
