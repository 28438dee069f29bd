import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { eventCommand } from '../../../../../bot/commands/items/event';
import { t } from '../../../../../i18n/catalog';

describe('/arrangement (bot/commands/items/event.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('saves an event with its date and place', async () => {
    const shown = shownText(await kit.run(eventCommand, 'JobCamp 7. november 2025 kl. 9 Vejle'));
    assert.match(shown, new RegExp(t('event.saved', 'da')));
    assert.match(shown, /JobCamp/);
    assert.equal((await kit.services.items.search(kit.turn().scope.key, ['jobcamp'])).length, 1);
  });

  it('saves nothing when there is no title before the date', async () => {
    assert.match(shownText(await kit.run(eventCommand, '7. november 2025')), new RegExp(t('item.noTitle', 'da')));
  });
});
