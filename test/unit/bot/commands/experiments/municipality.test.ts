import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { municipalityCommand } from '../../../../../bot/commands/experiments/municipality';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { t } from '../../../../../i18n/catalog';

describe('/kommune (bot/commands/experiments/municipality.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it("shows a municipality's page with what was logged about it, and says which names are not one", async () => {
    await kit.run(logCommand, 'møde med KL om lægeattester i Hjørring', kit.turn('2024-11-18T10:00'));
    assert.match(shownText(await kit.run(municipalityCommand, 'Hjørring')), /lægeattester i Hjørring/);
    assert.ok(shownText(await kit.run(municipalityCommand, 'Xyzzy')).startsWith(t('municipality.unknown', 'da', { query: 'Xyzzy' })));
  });
});
