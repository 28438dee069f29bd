// The tab's log pages (bot/tab/logQuery.ts) against an in-memory fake of the log's reads: newest first across months
// with gaps and entries dated years ahead, cursors that neither repeat nor skip a row, period and kind filters on the
// month walk, and index filters intersected with their total.
import assert from 'node:assert/strict';
import { logPage, type LogFilter } from '../../../../bot/tab/logQuery';
import { entryKey, type LogEntry, type LogHit, type TopicHit } from '../../../../storage/logRepository';
import { tabEntry } from '../../../support/tabSeed';

const entry = tabEntry;

/** The reads logPage uses, over a sorted array (as the store's key order). */
function fakeLog(entries: LogEntry[]) {
  const sorted = [...entries].sort((a, b) => entryKey(a).localeCompare(entryKey(b)));
  const hit = (e: LogEntry): LogHit => ({ id: e.id, happenedOn: e.happenedOn, kind: e.kind, entryKey: entryKey(e) });
  const topicHit = (e: LogEntry): TopicHit => ({
    ...hit(e),
    stakeholders: e.stakeholders,
    outlets: e.outlets,
    text: e.text,
    authorName: e.authorName,
  });
  let reads = 0;
  return {
    reads: () => reads,
    async between(_s: string, from: string, to: string) {
      reads++;
      return sorted.filter((e) => e.happenedOn >= from && e.happenedOn <= to);
    },
    async getMany(_s: string, keys: readonly string[]) {
      reads++;
      return keys.map((k) => sorted.find((e) => entryKey(e) === k));
    },
    async firstDayFrom(_s: string, from = '') {
      reads++;
      return sorted.find((e) => e.happenedOn >= from)?.happenedOn;
    },
    async hitsForStakeholder(_s: string, name: string) {
      return sorted.filter((e) => e.stakeholders.includes(name)).map(hit);
    },
    async hitsForExperiment(_s: string, name: string) {
      return sorted.filter((e) => e.experiments.includes(name)).map(topicHit);
    },
    async hitsForMunicipality(_s: string, name: string) {
      return sorted.filter((e) => e.municipalities.includes(name)).map(topicHit);
    },
    async hitsForAuthor(_s: string, name: string) {
      return sorted.filter((e) => e.authorName.toLowerCase().startsWith(name)).map(hit);
    },
    async hitsForWord(_s: string, w: string) {
      return sorted.filter((e) => e.words.some((x) => x.startsWith(w))).map(hit);
    },
    async hitsForWholeWord(_s: string, w: string) {
      return sorted.filter((e) => e.words.includes(w)).map(hit);
    },
    async writtenBy(_s: string, aad: string) {
      return sorted.filter((e) => e.authorAadId === aad);
    },
  };
}

async function allPages(log: ReturnType<typeof fakeLog>, f: LogFilter, size: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | undefined;
  do {
    const page = await logPage(log, 'scope', f, size, after);
    pages.push(page.entries.map((e) => e.id));
    after = page.next;
  } while (after && pages.length < 100);
  return pages;
}

describe('the tab log pages (logPage)', () => {
  // 2019: three; a gap of four years; 2024: five in two months (two on one day); one dated 2031 (a planned date).
  const entries = [
    entry('a', '2019-03-02'),
    entry('b', '2019-03-20', 'meeting'),
    entry('c', '2019-11-30'),
    entry('d', '2024-06-01'),
    entry('e', '2024-06-01', 'letter'),
    entry('f', '2024-06-15'),
    entry('g', '2024-09-09', 'meeting'),
    entry('h', '2024-09-30'),
    entry('z', '2031-01-01'),
  ];

  it('walks newest first, from an entry years ahead through a gap of years, without repeating or skipping a row', async () => {
    const pages = await allPages(fakeLog(entries), {}, 3);
    assert.deepEqual(pages, [
      ['z', 'h', 'g'],
      ['f', 'e', 'd'],
      ['c', 'b', 'a'],
    ]);
  });

  it('keeps to the period and the kind on the walk', async () => {
    assert.deepEqual((await allPages(fakeLog(entries), { from: '2024-01-01', to: '2024-12-31' }, 10)).flat(), ['h', 'g', 'f', 'e', 'd']);
    assert.deepEqual(await allPages(fakeLog(entries), { kind: 'meeting' }, 1), [['g'], ['b']]);
  });

  it('answers an empty log with an empty page and no cursor', async () => {
    assert.deepEqual(await logPage(fakeLog([]), 'scope', {}, 25), { entries: [] });
  });

  it('intersects index filters, counts them, and pages them newest first', async () => {
    const tagged = [
      entry('p', '2024-01-05', 'press', { stakeholders: ['KL'], experiments: ['mikrolån'] }),
      entry('q', '2024-02-05', 'meeting', { stakeholders: ['KL'], experiments: ['mikrolån'] }),
      entry('r', '2024-03-05', 'meeting', { stakeholders: ['KL'] }),
      entry('s', '2024-04-05', 'meeting', { stakeholders: ['KL'], experiments: ['mikrolån'] }),
    ];
    const log = fakeLog(tagged);
    const first = await logPage(log, 'scope', { stakeholder: 'KL', experiment: 'mikrolån', kind: 'meeting' }, 1);
    assert.deepEqual([first.entries.map((e) => e.id), first.total], [['s'], 2]);
    const second = await logPage(log, 'scope', { stakeholder: 'KL', experiment: 'mikrolån', kind: 'meeting' }, 1, first.next);
    assert.deepEqual([second.entries.map((e) => e.id), second.next], [['q'], undefined]);
    assert.deepEqual(await logPage(log, 'scope', { text: 'og i' }, 5), { entries: [], total: 0 }, 'stopwords alone match nothing');
  });

  it('bounds a page at 100 rows whatever is asked', async () => {
    const many = Array.from({ length: 150 }, (_, i) => entry(`n${String(i).padStart(3, '0')}`, '2024-05-01'));
    assert.equal((await logPage(fakeLog(many), 'scope', {}, 10_000)).entries.length, 100);
  });
});
