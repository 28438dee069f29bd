import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { approvalRunCommand } from '../../../../../bot/commands/experiments/approvalRun';
import { approvedCommand } from '../../../../../bot/commands/experiments/approved';
import { APPROVAL_VERBS } from '../../../../../cards/approvalCards';

describe('/godkendelse and /godkendt (bot/commands/experiments/approvalRun.ts, approved.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
  });
  after(() => kit.close());

  it('starts a chain of two approvers, marks one by command and one by button, and the deadline is done', async () => {
    const turn = kit.turn('2021-03-02T10:00');
    const [started] = await kit.run(approvalRunCommand, 'Slutrapport til ministeriet af Jobcenterchefkredsen og KKR', turn);
    assert.match(shownText([started]), /0 af 2 godkendt/);
    await kit.run(approvedCommand, 'Jobcenterchefkredsen slutrapport', kit.turn('2021-03-03T10:00'));
    const [item] = await kit.services.items.search(turn.scope.key, ['slutrapport']);
    assert.equal(item.approvals?.length, 1);
    const pressed = await kit.press(APPROVAL_VERBS.mark, { id: item.id, who: 'KKR', lang: 'da' }, kit.turn('2021-03-04T10:00'));
    assert.ok('card' in pressed, shownText(pressed));
    assert.equal((await kit.services.items.get(turn.scope.key, item.id))?.done, true);
  });
});
