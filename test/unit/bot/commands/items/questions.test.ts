import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { answerQuestion, MAX_QUESTION_CHARS } from '../../../../../bot/commands/items/questions';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';

describe('plain-language questions (bot/commands/items/questions.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
    await kit.run(deadlineCommand, 'Slutrapport senest d. 28. november 2024');
  });
  after(() => kit.close());

  it("answers a due question with this month's deadlines", async () => {
    const replies = await answerQuestion('hvad skal vi nå i denne måned?', kit.turn(), kit.services);
    assert.ok(replies, 'a question');
    assert.match(shownText(replies), /Slutrapport/);
  });

  it('does not read a text longer than any question as one (the turn loop then answers "not understood")', async () => {
    const long = `hvad skal vi nå ${'i denne måned '.repeat(40)}`;
    assert.ok(long.length > MAX_QUESTION_CHARS);
    assert.equal(await answerQuestion(long, kit.turn(), kit.services), undefined);
    const atTheLimit = `hvad skal vi nå i denne måned?${' '.repeat(MAX_QUESTION_CHARS - 30)}`;
    assert.equal(atTheLimit.length, MAX_QUESTION_CHARS);
    assert.match(shownText((await answerQuestion(atTheLimit, kit.turn(), kit.services)) ?? []), /Slutrapport/);
  });
});
