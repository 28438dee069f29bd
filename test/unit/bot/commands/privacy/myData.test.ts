import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { myDataCommand } from '../../../../../bot/commands/privacy/myData';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { MY_DATA_VERBS } from '../../../../../cards/privacyCards';
import { t } from '../../../../../i18n/catalog';

describe('/mine data (bot/commands/privacy/myData.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it("shows what is stored about the asker, and its file button gives the asker's own links", async () => {
    assert.equal(shownText(await kit.run(myDataCommand, 'noget')), t('myData.how', 'da'));
    await kit.run(logCommand, 'møde med KL om mikrolån', kit.turn('2024-11-18T10:00'));
    assert.match(shownText(await kit.run(myDataCommand, 'data')), /møde med KL om mikrolån/);
    const file = await kit.press(MY_DATA_VERBS.file, { lang: 'da' });
    assert.ok('card' in file && file.onlyForPresser, 'only the asker sees the links');
    assert.match(JSON.stringify(file), /\/download\//);
  });
});
