import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../support/handlerKit';
import { helpCommand } from '../../../../bot/commands/help';

describe('/hjælp (bot/commands/help.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('shows every command with its example, in the turn language', async () => {
    const da = shownText(await kit.run(helpCommand, ''));
    assert.match(da, /\/log presse Jyllandsposten om mikrolån/);
    assert.match(da, /\/tal 2020/);
    assert.match(shownText(await kit.run(helpCommand, '', kit.turn(undefined, { lang: 'en' }))), /\/stats 2020/);
  });
});
