import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { resultCommand } from '../../../../../bot/commands/experiments/result';
import { t } from '../../../../../i18n/catalog';
import { RESULT_VERBS } from '../../../../../cards/resultCards';
import { cardExecuteActions } from '../../../../support/botHarness';

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

describe("a result's buttons (bot/commands/experiments/resultButtons.ts)", () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());
  const scope = () => kit.turn().scope.key;

  it('Ret and Gem read the text again; Slet keeps it in the history and Fortryd puts it back', async () => {
    const [saved] = await kit.run(resultCommand, 'lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018');
    const [result] = await kit.services.experiments.resultsFor(scope(), 'lægeattester');
    const ids = { experiment: result.experiment, id: result.id, lang: 'da' };
    assert.ok(cardExecuteActions(saved.card).some((a) => a.verb === RESULT_VERBS.edit));
    const form = await kit.press(RESULT_VERBS.edit, ids);
    assert.ok('card' in form && cardExecuteActions(form.card).some((a) => a.verb === RESULT_VERBS.show), 'the form has Annuller');
    assert.match(shownText(await kit.press(RESULT_VERBS.update, { ...ids, text: '   ' })), /kan ikke være tomt/);
    await kit.press(RESULT_VERBS.update, { ...ids, text: 'ca. 3.000 færre lægeattester i 1. halvår 2019' });
    const [edited] = await kit.services.experiments.resultsFor(scope(), 'lægeattester');
    assert.equal(edited.text, 'ca. 3.000 færre lægeattester i 1. halvår 2019');
    assert.deepEqual([edited.period?.start, edited.period?.end], ['2019-01-01', '2019-06-30']);
    assert.match(shownText(await kit.press(RESULT_VERBS.remove, ids)), /Resultat slettet af Anne Sørensen/);
    assert.deepEqual(await kit.services.experiments.resultsFor(scope(), 'lægeattester'), []);
    assert.match(shownText(await kit.press(RESULT_VERBS.edit, ids)), /findes ikke/);
    assert.match(shownText(await kit.press(RESULT_VERBS.putBack, ids)), /resultatet er sat tilbage/);
    assert.deepEqual(await kit.services.experiments.resultsFor(scope(), 'lægeattester'), [edited]);
    assert.match(shownText(await kit.press(RESULT_VERBS.putBack, ids)), /allerede sat tilbage/);
  });
});
