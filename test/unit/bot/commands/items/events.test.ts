import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { eventsCommand } from '../../../../../bot/commands/items/events';
import { deadlinesCommand } from '../../../../../bot/commands/items/deadlines';
import { eventCommand } from '../../../../../bot/commands/items/event';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';

describe('/arrangementer and /deadlines (bot/commands/items/events.ts, deadlines.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('lists each kind of item ahead, and not the other', async () => {
    await kit.run(eventCommand, 'JobCamp 7. december 2024 kl. 9 Vejle');
    await kit.run(deadlineCommand, 'Slutrapport senest d. 15. december 2024');
    const events = shownText(await kit.run(eventsCommand, ''));
    const deadlines = shownText(await kit.run(deadlinesCommand, ''));
    assert.match(events, /JobCamp/);
    assert.doesNotMatch(events, /Slutrapport/);
    assert.match(deadlines, /Slutrapport/);
    assert.doesNotMatch(deadlines, /JobCamp/);
  });
});
