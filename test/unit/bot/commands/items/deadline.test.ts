import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import { ITEM_VERBS } from '../../../../../cards/itemCards';
import { t } from '../../../../../i18n/catalog';

describe('/frist (bot/commands/items/deadline.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('saves a deadline, and a pasted timeline whose Undo removes it again', async () => {
    assert.match(
      shownText(await kit.run(deadlineCommand, 'Aflevering af rapport senest d. 15. december')),
      new RegExp(t('deadline.saved', 'da')),
    );
    const pasted = await kit.run(deadlineCommand, 'Kick-off Primo februar 2025\nGodkendelse Medio august 2025');
    const undo = JSON.stringify(pasted[0].card).match(/"batchId":"([^"]+)"/);
    assert.ok(undo, 'the timeline card has its Undo');
    const undone = await kit.press(ITEM_VERBS.undoPaste, { batchId: undo[1], lang: 'da' });
    assert.match(shownText(undone), /2 frister fjernet igen/);
  });
});
