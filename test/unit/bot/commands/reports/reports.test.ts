import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { statusCommand } from '../../../../../bot/commands/reports/status';
import { statsCommand } from '../../../../../bot/commands/reports/stats';
import { exportCommand } from '../../../../../bot/commands/reports/export';
import { logCommand } from '../../../../../bot/commands/log/logCommand';
import { REPORT_VERBS } from '../../../../../cards/reportCards';
import { verifyDownload } from '../../../../../domain/downloadToken';
import { cardExecuteActions } from '../../../../support/botHarness';

describe('/status, /tal and /eksport (bot/commands/reports/status.ts, stats.ts, export.ts, reportCommon.ts, reportFilesButton.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
    await kit.run(logCommand, 'møde med KKR-formandskab om mentor', kit.turn('2020-03-01T09:00'));
  });
  after(() => kit.close());

  it('reports a period with what was logged, with buttons that fetch the files', async () => {
    const status = await kit.run(statusCommand, 'siden 1. februar', kit.turn('2020-03-10T10:00'));
    assert.match(shownText(status), /KKR-formandskab/);
    assert.doesNotMatch(JSON.stringify(status), /\/download\//, 'no link that expires on a card that lives for months');
    assert.deepEqual(
      cardExecuteActions(status[0].card).map((a) => [a.verb, a.data.format]),
      [
        [REPORT_VERBS.files, 'pptx'],
        [REPORT_VERBS.files, 'xlsx'],
        [REPORT_VERBS.files, 'csv'],
      ],
    );
    const exported = await kit.run(exportCommand, 'siden 1. februar', kit.turn('2020-03-10T10:00'));
    assert.equal(cardExecuteActions(exported[0].card).filter((a) => a.verb === REPORT_VERBS.files).length, 2);
  });

  it("a press mints links for the presser alone, for 15 minutes by the server's clock, not the message's", async () => {
    const status = await kit.run(statusCommand, 'siden 1. februar', kit.turn('2020-03-10T10:00'));
    const button = cardExecuteActions(status[0].card)[0];
    const pressed = await kit.press(button.verb, button.data, kit.turn('2020-03-10T10:05'));
    assert.ok('card' in pressed && pressed.onlyForPresser, 'the links go to the one who pressed');
    const token = /\/download\/([^"]+)/.exec(JSON.stringify(pressed.card))![1];
    const key = await kit.services.downloadKeys.key();
    const server = kit.services.clock.now().toSeconds();
    assert.equal(verifyDownload(token, key, server + 14 * 60)?.from, '2020-02-01');
    assert.equal(verifyDownload(token, key, server + 16 * 60), undefined);
    assert.match(shownText(await kit.press(button.verb, { card: 'status', from: '2020-13-01', to: '2020-03-10' })), /kan jeg ikke læse/);
  });

  it('counts a period, and a period with nothing logged as 0', async () => {
    assert.match(shownText(await kit.run(statsCommand, '2020', kit.turn('2020-03-10T10:00'))), /1 handling/);
    assert.match(shownText(await kit.run(statsCommand, '2018', kit.turn('2020-03-10T10:00'))), /0 handlinger/);
  });
});
