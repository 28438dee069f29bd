import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { historyCommand } from '../../../../../bot/commands/privacy/history';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { HISTORY_VERBS } from '../../../../../cards/historyButton';
import { t } from '../../../../../i18n/catalog';

describe('/historik (bot/commands/privacy/history.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it("says what it did not find, and shows an entry's history and its Historik button's", async () => {
    assert.equal(shownText(await kit.run(historyCommand, 'busruter')), t('history.nothing', 'da', { query: 'busruter' }));
    const [saved] = await kit.run(logCommand, 'møde med KL om busruter', kit.turn('2024-11-18T10:00'));
    assert.match(shownText(await kit.run(historyCommand, 'busruter')), /møde med KL om busruter/);
    const entry = JSON.stringify(saved.card).match(/"entry":"([^"]+)"/)![1];
    const shown = await kit.press(HISTORY_VERBS.show, { kind: 'entry', entry, lang: 'da' });
    assert.match(shownText(shown), /Anne Sørensen/);
    assert.match(shownText(await kit.press(HISTORY_VERBS.back, { kind: 'entry', entry, lang: 'da' })), /møde med KL om busruter/);
  });
});
