// The plan and owner buttons' readers (cards/itemButton.ts): what a forged or old card's data becomes before a handler
// sees it.
import assert from 'node:assert/strict';
import { readOwnerButton, readPlanButton } from '../../../cards/itemButton';

describe('the plan and owner buttons as a contract (cards/itemButton.ts)', () => {
  it("reads a plan button: the id from `id` or a reminder card's `itemId`, a known kind, a real day, a view or none", () => {
    const view = { k: 'due', from: '2024-11-01', to: '2024-11-30' };
    assert.deepEqual(readPlanButton({ id: 'p1', kind: 'meeting', view, text: 'brev', date: '2024-12-01', lang: 'da' }), {
      id: 'p1',
      kind: 'meeting',
      view,
      text: 'brev',
      date: '2024-12-01',
    });
    assert.equal(readPlanButton({ itemId: 'p2' }).id, 'p2');
  });

  it('reads junk as nothing: no kind, no day, no view, empty text, an overlong id as none', () => {
    assert.deepEqual(readPlanButton({ id: 'x'.repeat(201), kind: 'party', view: { k: 'nope' }, text: ['brev'], date: '2024-02-30' }), {
      id: '',
      kind: undefined,
      view: undefined,
      text: '',
      date: undefined,
    });
    assert.equal(readPlanButton({ text: 'y'.repeat(10_000) }).text.length, 4000);
  });

  it('reads an owner button: the person only when it is an Entra object id', () => {
    const jens = '00000000-0000-0000-0000-0000000000b2';
    assert.deepEqual(readOwnerButton({ id: 'i1', person: jens }), { id: 'i1', view: undefined, person: jens });
    assert.equal(readOwnerButton({ id: 'i1', person: 'Jens Hansen' }).person, undefined);
    assert.equal(readOwnerButton({ id: 42, person: { aadObjectId: jens } }).id, '');
  });
});
