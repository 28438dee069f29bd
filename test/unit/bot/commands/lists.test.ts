import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../support/handlerKit';
import { stakeholderCommand } from '../../../../bot/commands/lists';
import { t } from '../../../../i18n/catalog';

describe('/interessent (bot/commands/lists.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('adds a stakeholder once, and says how to write it otherwise', async () => {
    assert.match(shownText(await kit.run(stakeholderCommand, 'fjern noget')), new RegExp(t('stakeholder.usage', 'da').slice(0, 20)));
    assert.equal(
      shownText(await kit.run(stakeholderCommand, 'tilføj Aalborg Stiftstidende')),
      t('stakeholder.added', 'da', { name: 'Aalborg Stiftstidende' }),
    );
    assert.equal(
      shownText(await kit.run(stakeholderCommand, 'tilføj Aalborg Stiftstidende')),
      t('stakeholder.exists', 'da', { name: 'Aalborg Stiftstidende' }),
    );
  });
});
