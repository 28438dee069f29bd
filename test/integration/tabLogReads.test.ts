// The two log reads the tab added (issue 25), on both stores: the first entry's day on or after a day (the newest-first
// walk's bounds), and the day and kind of a period's entries (the counts), each within its own scope.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { LogRepository } from '../../storage/logRepository';
import type { EntryKind } from '../../domain/vocabulary';
import { tabEntry } from '../support/tabSeed';

const entry = (id: string, day: string, kind: EntryKind) => tabEntry(id, day, kind, { stakeholders: ['KL'], words: ['tekst'] });

for (const backend of BACKENDS) {
  describe(`the tab's log reads (${backend.name})`, () => {
    let open: OpenBackend;
    let log: LogRepository;
    const scope = 'tenant|team|tab-reads';
    before(async () => {
      open = await backend.open();
      log = new LogRepository(open.tables.log);
      for (const e of [
        entry('a', '2019-03-02', 'press'),
        entry('b', '2024-06-01', 'meeting'),
        entry('c', '2024-06-30', 'letter'),
        entry('d', '2031-01-01', 'press'),
      ]) {
        await log.add(scope, e);
      }
      await log.add('tenant|team|elsewhere', entry('x', '2018-01-01', 'press'));
    });
    after(() => open.close());

    it('finds the first day on or after a day, and none after the last', async () => {
      assert.equal(await log.firstDayFrom(scope), '2019-03-02');
      assert.equal(await log.firstDayFrom(scope, '2019-03-03'), '2024-06-01');
      assert.equal(await log.firstDayFrom(scope, '2024-07-01'), '2031-01-01');
      assert.equal(await log.firstDayFrom(scope, '2031-01-02'), undefined);
      assert.equal(await log.firstDayFrom('tenant|team|empty'), undefined);
    });

    it("reads a period's days and kinds, oldest first, in its own scope", async () => {
      assert.deepEqual(await log.kindsBetween(scope, '2018-01-01', '2024-06-30'), [
        { happenedOn: '2019-03-02', kind: 'press' },
        { happenedOn: '2024-06-01', kind: 'meeting' },
        { happenedOn: '2024-06-30', kind: 'letter' },
      ]);
    });
  });
}
