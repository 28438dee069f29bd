import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { experimentCommand } from '../../../../../bot/commands/experiments/experiment';
import { resultCommand } from '../../../../../bot/commands/experiments/result';

describe('/forsøg and /resultat (bot/commands/experiments/experiment.ts, result.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('lists the seed experiments, sets a status, and shows the page with a result', async () => {
    assert.match(shownText(await kit.run(experimentCommand, '', kit.turn('2020-10-01T09:00'))), /lægeattester/i);
    await kit.run(experimentCommand, 'status lægeattester i gang 1. juli 2018', kit.turn('2020-10-01T09:05'));
    const saved = shownText(
      await kit.run(resultCommand, 'lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018', kit.turn('2020-10-02T10:00')),
    );
    assert.match(saved, /Resultat gemt: lægeattester/);
    const page = shownText(await kit.run(experimentCommand, 'lægeattester', kit.turn('2020-10-03T10:00')));
    assert.match(page, /2\.000 færre lægeattester/);
    assert.match(page, /[Ii] gang/);
  });
});
