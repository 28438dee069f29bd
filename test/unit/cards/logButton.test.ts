// The "Log i Tovholder" dialog's submitted data as a contract (cards/logButton.ts readLogDialog): read once, before
// the save; the fields a colleague typed stay whole (the save names what is wrong with them), what the dialog carried
// for itself is checked and bounded.
import assert from 'node:assert/strict';
import { readLogDialog } from '../../../cards/logButton';

describe('the "Log i Tovholder" dialog\'s data as a contract (cards/logButton.ts)', () => {
  it('reads the fields as the dialog submits them', () => {
    const read = readLogDialog({
      kind: 'press',
      text: 'Jyllandsposten om mikrolån',
      date: '2024-11-19',
      was: '2024-11-19',
      links: ' https://jp.dk/a   https://jp.dk/b ',
      colleagues: [{ name: 'Jens Hansen', aadObjectId: '00000000-0000-4000-8000-000000000002' }],
      chosenColleagues: '0',
      fromName: 'Anne Sørensen',
      message: { id: '1700000000001', at: '2024-11-19T08:00:00.000Z', authorName: 'Anne Sørensen', authorAadId: 'a1' },
    });
    assert.deepEqual(read, {
      kind: 'press',
      text: 'Jyllandsposten om mikrolån',
      date: '2024-11-19',
      was: '2024-11-19',
      links: ['https://jp.dk/a', 'https://jp.dk/b'],
      colleagues: [{ name: 'Jens Hansen', aadObjectId: '00000000-0000-4000-8000-000000000002' }],
      chosen: ['0'],
      fromName: 'Anne Sørensen',
      // A message without its own thread root starts one.
      message: {
        id: '1700000000001',
        root: '1700000000001',
        at: '2024-11-19T08:00:00.000Z',
        authorName: 'Anne Sørensen',
        authorAadId: 'a1',
      },
    });
  });

  it('turns junk into empty fields, keeps a long text whole for the save to refuse, and bounds what the dialog carried', () => {
    const long = 'x'.repeat(30_000);
    const read = readLogDialog({ kind: 'gossip', text: long, links: 7, colleagues: 'Jens', chosenColleagues: ['0'], message: 'm' });
    assert.equal(read.kind, undefined);
    assert.equal(read.text.length, 30_000, 'the save says how long it was');
    assert.deepEqual([read.links, read.colleagues, read.chosen, read.message, read.fromName], [[], [], [], undefined, undefined]);
    const forged = readLogDialog({ message: { id: 'i'.repeat(1000), authorName: 'n'.repeat(1000), authorAadId: 'a'.repeat(1000) } });
    assert.deepEqual([forged.message?.id.length, forged.message?.authorName.length, forged.message?.authorAadId.length], [200, 200, 64]);
  });
});
