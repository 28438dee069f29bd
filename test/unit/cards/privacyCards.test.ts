// The erasure's buttons as a contract (cards/privacyCards.ts): Bekræft names a mode, a name and maybe an object id;
// anything else, or anything longer than Teams gives, names no one (the button is stale), never someone cut short.
import assert from 'node:assert/strict';
import {
  ERASE_VERBS,
  eraseCancelledCard,
  eraseChoiceCard,
  eraseConfirmButtons,
  eraseConfirmCard,
  erasedCard,
  readEraseButton,
} from '../../../cards/privacyCards';
import { cardExecuteActions, cardFacts, cardText } from '../../support/botHarness';
import type { ErasureCounts } from '../../../storage/erasure';

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

describe("the erasure's cards (cards/privacyCards.ts, for /glem)", () => {
  const counts = (c: Partial<ErasureCounts>): ErasureCounts => ({
    entries: 0,
    items: 0,
    changeRecords: 0,
    settings: 0,
    names: 0,
    results: 0,
    registry: 0,
    other: 0,
    rows: 0,
    ...c,
  });

  it('asks which colleague of a shared name, one button each by object id, and Annuller', () => {
    const card = eraseChoiceCard(
      'Anne Sørensen',
      [
        { id: '00000000-0000-4000-8000-00000000a001', rows: 3 },
        { id: '00000000-0000-4000-8000-00000000b002', rows: 1 },
      ],
      'da',
    );
    assert.match(cardText(card), /Anne Sørensen/);
    assert.deepEqual(cardFacts(card), { 'Id …00000000a001': '3 rækker', 'Id …00000000b002': '1 række' });
    const buttons = cardExecuteActions(card);
    assert.deepEqual(
      buttons.map((b) => [b.verb, readEraseButton(b.data).target?.id]),
      [
        [ERASE_VERBS.choose, '00000000-0000-4000-8000-00000000a001'],
        [ERASE_VERBS.choose, '00000000-0000-4000-8000-00000000b002'],
        [ERASE_VERBS.cancel, undefined],
      ],
    );
  });

  it('shows only the kinds the erasure touches, with Bekræft that reads back what to erase', () => {
    const card = eraseConfirmCard('text', 'Jens Hansen', undefined, counts({ entries: 2, changeRecords: 1, rows: 3 }), 'en');
    assert.match(cardText(card), /Jens Hansen/);
    assert.deepEqual(cardFacts(card), { 'Log entries': '2', 'Change records': '1' });
    const [confirm, cancel] = cardExecuteActions(card);
    assert.equal(confirm.verb, ERASE_VERBS.confirm);
    assert.deepEqual(readEraseButton(confirm.data), { target: { mode: 'text', name: 'Jens Hansen', id: undefined } });
    assert.equal(cancel.verb, ERASE_VERBS.cancel);
  });

  it('says what was erased and by whom without the erased name, and what Annuller did', () => {
    const done = erasedCard(counts({ entries: 4, rows: 4 }), 'Mette Admin', 'da');
    assert.match(cardText(done), /Slettet: 4 rækker ændret af Mette Admin/);
    assert.deepEqual(cardFacts(done), { Logposter: '4' });
    assert.deepEqual(cardExecuteActions(done), []);
    assert.match(cardText(eraseCancelledCard('da')), /Annulleret\. Intet er ændret/);
  });
});
