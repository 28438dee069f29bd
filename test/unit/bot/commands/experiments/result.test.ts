import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { resultCommand } from '../../../../../bot/commands/experiments/result';
import { t } from '../../../../../i18n/catalog';

describe('/resultat (bot/commands/experiments/result.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('says how to write it, and stores nothing for an unknown experiment', async () => {
    assert.match(shownText(await kit.run(resultCommand, '')), new RegExp(t('result.how', 'da').slice(0, 15)));
    await kit.run(resultCommand, 'xyzzyplugh: 5 mio. kr. sparet');
    assert.deepEqual(await kit.services.experiments.resultsFor(kit.turn().scope.key, 'xyzzyplugh'), []);
  });
});
