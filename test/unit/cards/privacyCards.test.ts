// The erasure's buttons as a contract (cards/privacyCards.ts): Bekræft names a mode, a name and maybe an object id;
// anything else, or anything longer than Teams gives, names no one (the button is stale), never someone cut short.
import assert from 'node:assert/strict';
import { eraseConfirmButtons, readEraseButton } from '../../../cards/privacyCards';

describe("the erasure's buttons as a contract (cards/privacyCards.ts)", () => {
  it('reads what Bekræft wrote back as it was written', () => {
    const [confirm] = eraseConfirmButtons('member', 'Anne Sørensen', 'aad-anne', 'da');
    assert.deepEqual(readEraseButton(confirm!.data), { target: { mode: 'member', name: 'Anne Sørensen', id: 'aad-anne' } });
    assert.deepEqual(readEraseButton({ mode: 'text', name: ' Jens Hansen ' }), {
      target: { mode: 'text', name: 'Jens Hansen', id: undefined },
    });
  });

  it('names no one for an unknown mode, a short or overlong name, or an overlong id', () => {
    for (const raw of [
      { mode: 'all', name: 'Anne Sørensen' },
      { mode: 'member', name: 'A' },
      { mode: 'member', name: 'A'.repeat(301) },
      { mode: 'member', name: 'Anne Sørensen', id: 'x'.repeat(101) },
      { mode: 'member', name: ['Anne Sørensen'] },
    ]) {
      assert.deepEqual(readEraseButton(raw), { target: undefined }, JSON.stringify(raw).slice(0, 80));
    }
  });
});
