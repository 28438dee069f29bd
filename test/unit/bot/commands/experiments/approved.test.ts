import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { approvedCommand } from '../../../../../bot/commands/experiments/approved';

describe('/godkendt (bot/commands/experiments/approved.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('answers a mark with no open approval run without storing anything', async () => {
    const shown = shownText(await kit.run(approvedCommand, 'Hjørring politisk godkendelse'));
    assert.ok(shown.length > 0);
    assert.deepEqual(await kit.services.items.search(kit.turn().scope.key, ['godkendelse']), []);
  });
});
