import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../support/handlerKit';
import { whoCommand } from '../../../../bot/commands/who';
import { logCommand } from '../../../../bot/commands/log/logCommand';
import { t } from '../../../../i18n/catalog';

describe('/hvem (bot/commands/who.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('says how to ask without a name, and that it knows no such stakeholder', async () => {
    assert.equal(shownText(await kit.run(whoCommand, '')), t('who.how', 'da'));
    assert.equal(shownText(await kit.run(whoCommand, 'Xyzzy Plugh')), t('who.unknown', 'da', { query: 'Xyzzy Plugh' }));
  });

  it("shows a stakeholder's entries after one is logged", async () => {
    await kit.run(logCommand, 'presse Jyllandsposten skrev om mikrolån', kit.turn('2024-11-18T10:00'));
    const shown = shownText(await kit.run(whoCommand, 'Jyllandsposten'));
    assert.match(shown, /Jyllandsposten skrev om mikrolån/);
  });
});
