import assert from 'node:assert/strict';
import { handlerKit, shownText, type HandlerKit } from '../../../../support/handlerKit';
import { statusCommand } from '../../../../../bot/commands/reports/status';
import { statsCommand } from '../../../../../bot/commands/reports/stats';
import { exportCommand } from '../../../../../bot/commands/reports/export';
import { logCommand } from '../../../../../bot/commands/log/logCommand';

describe('/status, /tal and /eksport (bot/commands/reports/status.ts, stats.ts, export.ts, reportCommon.ts)', () => {
  let kit: HandlerKit;
  before(async () => {
    kit = await handlerKit();
    await kit.run(logCommand, 'møde med KKR-formandskab om mentor', kit.turn('2020-03-01T09:00'));
  });
  after(() => kit.close());

  it('reports a period with what was logged, with download links', async () => {
    const status = await kit.run(statusCommand, 'siden 1. februar', kit.turn('2020-03-10T10:00'));
    assert.match(shownText(status), /KKR-formandskab/);
    assert.match(JSON.stringify(status), /\/download\//);
    assert.match(JSON.stringify(await kit.run(exportCommand, 'siden 1. februar', kit.turn('2020-03-10T10:00'))), /\/download\//);
  });

  it('counts a period, and a period with nothing logged as 0', async () => {
    assert.match(shownText(await kit.run(statsCommand, '2020', kit.turn('2020-03-10T10:00'))), /1 handling/);
    assert.match(shownText(await kit.run(statsCommand, '2018', kit.turn('2020-03-10T10:00'))), /0 handlinger/);
  });
});
