// "Gem status" on an experiment's page as a contract (cards/experimentCard.ts): the form's status, day and note,
// checked before the action reads them.
import assert from 'node:assert/strict';
import { readExperimentStatus } from '../../../cards/experimentCard';

describe('"Gem status" as a contract (cards/experimentCard.ts)', () => {
  it('reads a known status, a day written as one, the name and the note', () => {
    assert.deepEqual(readExperimentStatus({ name: 'Mikrolån', status: 'fullyEnded', since: '2024-11-01', note: 'slut', lang: 'da' }), {
      name: 'Mikrolån',
      status: 'fullyEnded',
      since: '2024-11-01',
      note: 'slut',
    });
  });

  it('reads an unknown status, a day with more after it and junk as nothing, and bounds the note', () => {
    const read = readExperimentStatus({ name: 5, status: 'done', since: '2024-11-01x', note: 'n'.repeat(9000) });
    assert.deepEqual([read.name, read.status, read.since, read.note.length], ['', undefined, undefined, 4000]);
  });
});
