import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { doneCommand } from '../../../../../bot/commands/items/done';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import { ITEM_VERBS } from '../../../../../cards/itemCards';

describe('/færdig (bot/commands/items/done.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('marks the deadline the words name as done, and its Undo button opens it again', async () => {
    await kit.run(deadlineCommand, 'Slutrapport til ministeriet senest d. 15. december 2024');
    const [reply] = await kit.run(doneCommand, 'slutrapport');
    const [item] = await kit.services.items.search(kit.turn().scope.key, ['slutrapport']);
    assert.equal(item.done, true, shownText([reply]));
    const reopened = await kit.press(ITEM_VERBS.undone, { id: item.id, lang: 'da' });
    assert.ok('card' in reopened);
    assert.equal((await kit.services.items.get(kit.turn().scope.key, item.id))?.done, false);
  });
});
