import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../support/handlerKit';
import { findCommand } from '../../../../bot/commands/find';
import { logCommand } from '../../../../bot/commands/log/logCommand';
import { FIND_VERBS } from '../../../../cards/logCards';
import { t } from '../../../../i18n/catalog';

describe('/søg (bot/commands/find.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('says when nothing is found, and finds a logged entry by a word', async () => {
    assert.ok(shownText(await kit.run(findCommand, 'fleksjob')).startsWith(t('find.nothing', 'da', { query: 'fleksjob' })));
    await kit.run(logCommand, 'møde med KL om fleksjob', kit.turn('2024-11-18T10:00'));
    assert.match(shownText(await kit.run(findCommand, 'fleksjob')), /møde med KL om fleksjob/);
  });

  it('pages with its "more" button from the offset the card gave', async () => {
    for (let i = 0; i < 12; i++)
      await kit.run(logCommand, `møde nummer ${i} om lægeattester`, kit.turn(`2024-11-${String(i + 1).padStart(2, '0')}T10:00`));
    const more = await kit.press(FIND_VERBS.more, { q: 'lægeattester', offset: 10 });
    assert.ok('card' in more);
    assert.match(shownText(more), /nummer [01] om lægeattester/);
  });
});
