import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { digestCommand } from '../../../../../bot/commands/digest/digest';
import { logCommand } from '../../../../../bot/commands/log/logCommand';

describe('/overblik (bot/commands/digest/digest.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it("posts last week's log now, and explains a time it cannot read without changing the schedule", async () => {
    await kit.run(logCommand, 'møde med KL om mikrolån', kit.turn('2024-11-14T10:00'));
    assert.match(
      shownText(await kit.run(digestCommand, 'nu', kit.turn('2024-11-18T10:00'))),
      /Møde med KL om mikrolån/,
      'the entry, without its kind said twice',
    );
    const before = shownText(await kit.run(digestCommand, ''));
    assert.match(shownText(await kit.run(digestCommand, 'tirsdag 25:00')), /"25:00" er ikke et gyldigt klokkeslæt/);
    assert.equal(shownText(await kit.run(digestCommand, '')), before);
  });
});
