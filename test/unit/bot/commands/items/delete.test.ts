import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { deleteCommand } from '../../../../../bot/commands/items/delete';
import { eventCommand } from '../../../../../bot/commands/items/event';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import { ITEM_VERBS } from '../../../../../cards/itemCards';
import { cardExecuteActions } from '../../../../support/botHarness';

describe('/slet and the Slet and Fortryd buttons (bot/commands/items/delete.ts, itemButtons.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());
  const scope = () => kit.turn().scope.key;

  it('says how to write it, and deletes nothing when no title or several match', async () => {
    assert.match(shownText(await kit.run(deleteCommand, '')), /\/slet JobCamp/);
    await kit.run(deadlineCommand, 'Høringssvar om mentor senest 1. december 2024');
    await kit.run(deadlineCommand, 'Høringssvar om lægeattester senest 5. december 2024');
    assert.match(shownText(await kit.run(deleteCommand, 'høringssvar')), /Intet er slettet/);
    assert.match(shownText(await kit.run(deleteCommand, 'folkemødet')), /Jeg fandt ingen/);
    assert.equal((await kit.services.items.search(scope(), ['høringssvar'])).length, 2);
  });

  it('deletes the one item the words name, and Fortryd on its card puts it back once', async () => {
    await kit.run(eventCommand, 'JobCamp 7. december 2024 kl. 9 i Vejle');
    const [item] = await kit.services.items.search(scope(), ['jobcamp']);
    const [reply] = await kit.run(deleteCommand, 'jobcamp');
    assert.match(shownText([reply]), /Slettet af Anne Sørensen/);
    assert.equal(await kit.services.items.get(scope(), item.id), undefined);
    const undo = cardExecuteActions(reply.card).find((a) => a.verb === ITEM_VERBS.putBack);
    assert.ok(undo, 'the deleted card has Fortryd');
    assert.match(shownText(await kit.press(undo.verb, undo.data)), /Fortrudt af Anne Sørensen/);
    assert.deepEqual(await kit.services.items.get(scope(), item.id), item);
    assert.match(shownText(await kit.press(undo.verb, undo.data)), /allerede sat tilbage/);
  });

  it("Slet on an item's card deletes it; a second press says it is gone already", async () => {
    await kit.run(deadlineCommand, 'Slutrapport til ministeriet senest 15. december 2024');
    const [item] = await kit.services.items.search(scope(), ['slutrapport']);
    assert.ok('card' in (await kit.press(ITEM_VERBS.remove, { id: item.id, lang: 'da' })));
    assert.equal(await kit.services.items.get(scope(), item.id), undefined);
    assert.match(shownText(await kit.press(ITEM_VERBS.remove, { id: item.id, lang: 'da' })), /allerede slettet/);
    assert.match(shownText(await kit.press(ITEM_VERBS.putBack, { id: 'not-an-item', lang: 'da' })), /findes ikke i denne samtale/);
  });
});
