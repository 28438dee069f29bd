import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { LOG_VERBS } from '../../../../../cards/logButton';

describe('/log and its buttons (bot/commands/log/)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());
  const day = () => kit.services.log.between(kit.turn().scope.key, '2024-11-18', '2024-11-18');

  it('saves an entry whose kind it reads, and Undo removes it for good', async () => {
    const [saved] = await kit.run(logCommand, 'presse TV2 Nord om fleksjob', kit.turn('2024-11-18T10:00'));
    assert.match(shownText([saved]), /TV2 Nord om fleksjob/);
    assert.equal((await day()).length, 1);
    const entry = JSON.stringify(saved.card).match(/"entry":"([^"]+)"/)![1];
    const undone = await kit.press(LOG_VERBS.undo, { entry, lang: 'da' });
    assert.ok('card' in undone);
    assert.equal((await day()).length, 0);
  });

  it('asks for the kind when it cannot tell, saving nothing until a kind button is pressed, with its data read once', async () => {
    const turn = kit.turn('2024-11-18T11:00');
    const [ask] = await kit.run(logCommand, 'oplæg for Jobcenterchefkredsen om samtaler', turn);
    assert.equal((await day()).length, 0);
    const raw = JSON.stringify(ask.card).match(/"data":(\{[^{}]*"kind":"meeting"[^{}]*\})/);
    assert.ok(raw, 'a Møde button');
    // Junk where lists belong is read as empty lists, not a failure.
    const pressed = await kit.press(LOG_VERBS.kind, { ...JSON.parse(raw[1]), links: 'not a list', colleagues: 42 });
    assert.ok('card' in pressed, shownText(pressed));
    assert.equal((await day()).length, 1);
  });
});
