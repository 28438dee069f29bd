import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { dueCommand } from '../../../../../bot/commands/items/due';
import { deadlineCommand } from '../../../../../bot/commands/items/deadline';
import { t } from '../../../../../i18n/catalog';

describe('/frister (bot/commands/items/due.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it("lists the month's deadlines, and says how to write a period it cannot read", async () => {
    await kit.run(deadlineCommand, 'Slutrapport senest d. 28. november 2024');
    assert.match(shownText(await kit.run(dueCommand, '')), /Slutrapport/);
    assert.match(shownText(await kit.run(dueCommand, '31. februar')), /31\. februar/);
    assert.equal((await kit.run(dueCommand, ''))[0].summary, t('due.summary', 'da'));
  });
});
