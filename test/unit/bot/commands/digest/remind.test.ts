import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { remindCommand } from '../../../../../bot/commands/digest/remind';

describe('/påmind (bot/commands/digest/remind.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('changes the days before a deadline, and explains what it cannot read', async () => {
    await kit.run(remindCommand, 'frist 14 7 1');
    assert.match(shownText(await kit.run(remindCommand, '')), /14, 7 og 1 dage/);
    assert.match(shownText(await kit.run(remindCommand, 'frist syv')), /"syv" er ikke et antal dage/);
  });
});
