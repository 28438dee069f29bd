// One item, not two: which stored item a title written again updates, and what the rewrite changes.
import assert from 'node:assert/strict';
import { itemToUpdate, rewriteItem, titleKey, type Item } from '../../domain/items';

const item = (over: Partial<Item>): Item => ({
  id: 'i1',
  type: 'event',
  title: 'Beskæftigelsestræf 2020',
  done: false,
  authorName: 'Anne',
  authorAadId: 'a',
  writtenAt: '2020-01-08T08:00:00Z',
  ...over,
});
const day = (d: string) => ({ start: d, end: d, form: { kind: 'day' as const } });

describe('one item, not two (domain/items)', () => {
  it('compares titles word for word, case, accents and punctuation aside', () => {
    assert.equal(titleKey('Beskæftigelsestræf  2020.'), titleKey('beskæftigelsestræf 2020'));
    assert.notEqual(titleKey('Beskæftigelsestræf 2020'), titleKey('Beskæftigelsestræf 2021'));
  });

  it('updates the open item of the same kind and title; a held event is history, a missed deadline is moved', () => {
    const undated = item({ id: 'u' });
    assert.equal(itemToUpdate([undated], 'event', 'beskæftigelsestræf 2020', '2020-02-03')?.id, 'u');
    assert.equal(itemToUpdate([undated], 'deadline', 'Beskæftigelsestræf 2020', '2020-02-03'), undefined, 'another kind');
    assert.equal(itemToUpdate([item({ done: true })], 'event', 'Beskæftigelsestræf 2020', '2020-02-03'), undefined, 'done');
    const held = item({ id: 'h', title: 'Folkemødet', period: day('2019-06-13') });
    assert.equal(itemToUpdate([held], 'event', 'Folkemødet', '2020-02-03'), undefined, "next year's Folkemøde is a new event");
    const missed = item({ id: 'm', type: 'deadline', title: 'Høringssvar', period: { ...day('2020-01-15'), form: { kind: 'by' } } });
    assert.equal(itemToUpdate([missed], 'deadline', 'Høringssvar', '2020-02-03')?.id, 'm');
    assert.equal(
      itemToUpdate(
        [item({ id: 'dated', period: day('2020-05-07'), writtenAt: '2020-01-09T00:00:00Z' }), undated],
        'event',
        'Beskæftigelsestræf 2020',
        '2020-02-03',
      )?.id,
      'u',
      'the undated one first',
    );
  });

  it('a rewrite changes what was written and keeps what was not', () => {
    const stored = item({ place: 'Vejle', time: { hour: 9, minute: 0 } });
    const { item: after, changes } = rewriteItem(stored, { period: day('2020-05-07'), place: 'Aalborg' });
    assert.deepEqual(after.period, day('2020-05-07'));
    assert.equal(after.place, 'Aalborg');
    assert.deepEqual(after.time, { hour: 9, minute: 0 });
    assert.deepEqual(
      changes.map((c) => c.field),
      ['period', 'place'],
    );
    assert.equal(changes[0]!.from, undefined, 'the date was set, not changed');
    assert.equal(changes[1]!.from, 'Vejle');
    assert.deepEqual(rewriteItem(after, {}).changes, [], 'written again without anything new: nothing changes');
    assert.deepEqual(rewriteItem(after, { period: day('2020-05-07') }).changes, []);
  });
});
