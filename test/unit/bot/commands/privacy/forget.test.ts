import assert from 'node:assert/strict';
import { handlerKit, shownText } from '../../../../support/handlerKit';
import { forgetCommand } from '../../../../../bot/commands/privacy/forget';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { ERASE_VERBS } from '../../../../../cards/privacyCards';
import { t } from '../../../../../i18n/catalog';

const ADMIN = '00000000-0000-0000-0000-0000000000a1';

describe('/glem (bot/commands/privacy/forget.ts)', () => {
  it('refuses when no admins are set', async () => {
    const kit = await handlerKit();
    try {
      assert.equal(shownText(await kit.run(forgetCommand, 'Jens Hansen')), t('forget.noAdmins', 'da'));
    } finally {
      kit.close();
    }
  });

  it('shows what would change, and erases a named person from the texts on Bekræft', async () => {
    const kit = await handlerKit({ ADMINS: ADMIN });
    try {
      await kit.run(logCommand, 'møde med Jens Hansen om mikrolån', kit.turn('2024-11-18T10:00'));
      const [confirm] = await kit.run(forgetCommand, 'tekst Jens Hansen');
      assert.ok(confirm.card, shownText([confirm]));
      const done = await kit.press(ERASE_VERBS.confirm, { mode: 'text', name: 'Jens Hansen', lang: 'da' });
      assert.ok('card' in done, shownText(done));
      const [entry] = await kit.services.log.between(kit.turn().scope.key, '2024-11-18', '2024-11-18');
      assert.doesNotMatch(entry.text, /Jens Hansen/);
    } finally {
      kit.close();
    }
  });
});
