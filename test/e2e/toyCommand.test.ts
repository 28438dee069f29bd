// Adding a command is one file (test/fixtures/toyCommand.ts) and one line (the list below): the grammar takes its
// names, with and without the slash, in either language, and its card's button reaches its action, over HTTP.
import assert from 'node:assert/strict';
import { startHarness, channelMessage, cardAction, cardOf, cardText, type Harness } from '../support/botHarness';
import { allCommands } from '../../bot/commands/registry';
import { toyCommand, TOY_VERBS } from '../fixtures/toyCommand';

describe('a toy command added in one file and one line', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({}, { start: { commands: [...allCommands, toyCommand] } });
  });
  after(async () => {
    await h.stop();
  });

  it('is taken by its Danish and English names, bare or after the slash', async () => {
    for (const text of ['/legetøj 3', '/toy 3', 'legetøj 3']) {
      const [reply] = await h.say(channelMessage(text));
      assert.match(cardText(cardOf(reply)), /toy 3/, text);
    }
  });

  it('gets its own button, with the button data read once before the action', async () => {
    const message = channelMessage('/toy 1');
    await h.say(message);
    const res = await h.post(cardAction(TOY_VERBS.again, { count: 1 }, message));
    assert.match(JSON.stringify(res.body), /toy 2/);
    const bad = await h.post(cardAction(TOY_VERBS.again, { count: 'many' }, message));
    assert.match(JSON.stringify(bad.body), /toy 1/);
  });

  it('leaves the other commands as they were, and "did you mean" knows the new name', async () => {
    const [help] = await h.say(channelMessage('/hjælp'));
    assert.match(cardText(cardOf(help)), /Tovholder holder fast i trådene/);
    const [typo] = await h.say(channelMessage('/legetj'));
    assert.match(typo.text, /Mente du \/legetøj\?/);
  });
});
