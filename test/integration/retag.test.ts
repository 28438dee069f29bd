// A name added to the lists tags the entries already logged that name it: LogRepository.changeEach pages through a
// scope of thousands of entries, writes in transactions of at most 100 actions in the scope's one partition, adds the
// stakeholder index rows (/hvem), and leaves everything else as stored. On SQLite and on Azurite.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { LogRepository } from '../../storage/logRepository';
import type { StoreAction, TableStore } from '../../storage/tableStore';
import type { LogEntry } from '../../domain/logEntry';
import { retagEntry } from '../../domain/retag';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import { searchWords } from '../../domain/text';

const SCOPE = 'tenant|team|retag';
const lists = {
  stakeholders: [...SEED_STAKEHOLDERS, { name: 'Radio Limfjord', aliases: [], outlet: true }],
  experiments: [...SEED_EXPERIMENTS],
};

function entry(n: number, text: string): LogEntry {
  const day = `2019-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  return {
    id: `entry${String(n).padStart(8, '0')}`,
    kind: 'press',
    text,
    happenedOn: day,
    authorName: 'Anne Sørensen',
    authorAadId: 'a',
    writtenAt: `${day}T09:00:00.000Z`,
    stakeholders: [],
    outlets: [],
    experiments: [],
    municipalities: [],
    words: searchWords(text),
  };
}

for (const backend of BACKENDS) {
  describe(`tagging the entries already logged when a name is added (${backend.name})`, function () {
    this.timeout(120_000);
    let open: OpenBackend;
    let largest = 0;
    let partitions = new Set<string>();
    let repo: LogRepository;
    const total = backend.name === 'SQLite' ? 2500 : 400;
    const naming = (n: number) => n % 7 === 0;

    before(async () => {
      open = await backend.open();
      const store = open.tables.log;
      // Every transaction the repository asks for, measured.
      const measured: TableStore = Object.create(store);
      measured.transaction = async (actions: StoreAction[]) => {
        largest = Math.max(largest, actions.length);
        for (const a of actions) partitions.add(a[1].partitionKey);
        return store.transaction(actions);
      };
      repo = new LogRepository(measured);
      const seed = new LogRepository(store);
      let batch: StoreAction[] = [];
      for (let n = 0; n < total; n++) {
        const text = naming(n)
          ? `Radio Limfjords morgenflade om mentorordningen, indslag ${n}`
          : `Nordjyske skrev om mikrolån, artikel ${n}`;
        const rows = seed.rowsFor(SCOPE, entry(n, text));
        if (batch.length + rows.length > 100) {
          await store.transaction(batch);
          batch = [];
        }
        batch.push(...rows.map((r): StoreAction => ['create', r]));
      }
      if (batch.length) await store.transaction(batch);
      partitions = new Set();
    });
    after(async () => {
      await open.close();
    });

    it('tags every entry that names it, paging through them, in transactions of at most 100 rows in one partition', async () => {
      const tagged = await repo.changeEach(SCOPE, (e) => retagEntry(e, lists, 'stakeholder', 'Radio Limfjord'), 300);
      const expected = Array.from({ length: total }, (_, n) => n).filter(naming).length;
      assert.equal(tagged, expected);
      assert.ok(largest <= 100, `largest transaction ${largest}`);
      assert.deepEqual([...partitions], [SCOPE]);
      const hits = await repo.hitsForStakeholder(SCOPE, 'Radio Limfjord');
      assert.equal(hits.length, expected, '/hvem finds every one of them');
      const one = await repo.findById(SCOPE, 'entry00000007');
      assert.deepEqual(one?.stakeholders, ['Radio Limfjord']);
      assert.deepEqual(one?.outlets, ['Radio Limfjord']);
      assert.equal(one?.text, 'Radio Limfjords morgenflade om mentorordningen, indslag 7', 'the text stays as written');
      assert.deepEqual((await repo.findById(SCOPE, 'entry00000001'))?.stakeholders, [], 'an entry that does not name it is left alone');
      assert.ok((await repo.hitsForWord(SCOPE, 'limfjord')).length >= expected);
    });

    it('a second run changes nothing (the entries are tagged already)', async () => {
      assert.equal(await repo.changeEach(SCOPE, (e) => retagEntry(e, lists, 'stakeholder', 'Radio Limfjord'), 300), 0);
    });
  });
}
