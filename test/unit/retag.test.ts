// domain/retag: a name added to the lists tags an entry that names it, adding only that tag.
import assert from 'node:assert/strict';
import { retagEntry } from '../../domain/retag';
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import type { LogEntry } from '../../domain/logEntry';

const lists = {
  stakeholders: [...SEED_STAKEHOLDERS, { name: 'Radio Limfjord', aliases: [], outlet: true }],
  experiments: [...SEED_EXPERIMENTS, { name: 'Fleksjob', aliases: [] }],
};
const entry = (text: string, over: Partial<LogEntry> = {}): LogEntry => ({
  id: 'e1',
  kind: 'press',
  text,
  happenedOn: '2020-06-18',
  authorName: 'Anne',
  authorAadId: 'a',
  writtenAt: '2020-06-18T08:00:00Z',
  stakeholders: ['KL'],
  outlets: [],
  experiments: [],
  municipalities: [],
  words: ['radio', 'limfjords'],
  ...over,
});

describe('retagEntry (domain/retag)', () => {
  it('adds the new stakeholder (an outlet also as outlet) and its search words; keeps the other tags, text and date', () => {
    const after = retagEntry(entry('KL og Radio Limfjords morgenflade om fleksjob'), lists, 'stakeholder', 'Radio Limfjord');
    assert.deepEqual(after?.stakeholders, ['KL', 'Radio Limfjord']);
    assert.deepEqual(after?.outlets, ['Radio Limfjord']);
    assert.deepEqual(after?.experiments, [], 'only the added name is tagged');
    assert.ok(after?.words.includes('limfjord'));
    assert.equal(after?.text, 'KL og Radio Limfjords morgenflade om fleksjob');
    assert.equal(after?.happenedOn, '2020-06-18');
  });

  it('an experiment too; nothing for an entry that does not name it or is tagged already', () => {
    assert.deepEqual(retagEntry(entry('Fleksjobforsøget i Thisted'), lists, 'experiment', 'Fleksjob')?.experiments, ['Fleksjob']);
    assert.equal(retagEntry(entry('Nordjyske om mikrolån'), lists, 'stakeholder', 'Radio Limfjord'), undefined);
    assert.equal(
      retagEntry(entry('Radio Limfjord', { stakeholders: ['Radio Limfjord'] }), lists, 'stakeholder', 'Radio Limfjord'),
      undefined,
    );
  });
});
