// What the production entry loads (issue 17: idle under 100 MB): the bot as `npm start` runs it loads what every turn
// needs at start, and the rarely used libraries only when they are used: the report writers with the first download
// of their file, the Azure SDK only on the Azure store, and nothing of the tests' (Azurite, ajv, mocha) or of the
// card renderer at all. The list of loaded packages comes from the process itself (a probe preloaded with --require).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ConnectorStandIn } from '../support/connectorStandIn';
import { channelMessage, cardOf, cardLinks, cardAction, cardExecuteActions } from '../support/botHarness';
import { startBotProcess, type BotProcess } from '../support/npmStartProcess';
import { tempDir } from '../support/backends';
import { REPORT_VERBS } from '../../cards/reportCards';

const PROBE = path.resolve(__dirname, '../support/loadedPackages.js');

/** Never in the production process on the embedded store. */
const NEVER = ['@azure/data-tables', 'azurite', 'ajv', 'mocha', 'adaptivecards', 'date-holidays', '@microsoft/m365agentsplayground'];

describe('the production entry loads rarely used libraries only when used (npm start, embedded store)', function () {
  this.timeout(60_000);
  let connector: ConnectorStandIn;
  let bot: BotProcess;

  before(async () => {
    connector = await new ConnectorStandIn().start();
    bot = await startBotProcess(tempDir(), {}, { nodeArgs: ['--require', PROBE], ipc: true });
  });
  after(async () => {
    bot.child.kill('SIGTERM');
    await bot.exited;
    await connector.stop();
  });

  function loaded(): Promise<string[]> {
    return new Promise((resolve) => {
      bot.child.once('message', (m: { loadedPackages: string[] }) => resolve(m.loadedPackages));
      bot.child.send({ cmd: 'loaded-packages' });
    });
  }

  /** The card the bot answers `text` with (now: the download links are checked against the real clock). */
  async function card(text: string): Promise<Record<string, any>> {
    connector.clear();
    const res = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...channelMessage(text, { timestamp: new Date().toISOString() }), serviceUrl: connector.url }),
    });
    assert.equal(res.status, 200);
    const [reply] = await connector.waitFor(1);
    return cardOf(reply!.activity);
  }

  /** The card's download button pressed (an Action.Execute whose answer comes back in the HTTP response): fresh links. */
  async function links(c: unknown): Promise<Record<string, string>> {
    const [button] = cardExecuteActions(c).filter((a) => a.verb === REPORT_VERBS.files);
    assert.ok(button, 'a download button');
    const res = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...cardAction(button.verb, button.data, channelMessage('', { timestamp: new Date().toISOString() })),
        serviceUrl: connector.url,
      }),
    });
    assert.equal(res.status, 200);
    return cardLinks(((await res.json()) as { value: unknown }).value);
  }

  async function download(url: string | undefined): Promise<Buffer> {
    assert.ok(url, 'the card has the link');
    const res = await fetch(url);
    assert.equal(res.status, 200);
    return Buffer.from(await res.arrayBuffer());
  }

  it('after a /log and the due question: botbuilder, restify and SQLite; not the templating library, nor the rest', async () => {
    await card('/log presse TV2 Nord om mikrolån i Hjørring');
    await card('hvad skal vi nå i denne måned?');
    const packages = await loaded();
    for (const needed of ['botbuilder', 'restify', 'luxon']) assert.ok(packages.includes(needed), needed);
    for (const name of [...NEVER, 'exceljs', 'pptxgenjs', 'adaptivecards-templating'])
      assert.ok(!packages.includes(name), `${name} is loaded`);
  });

  it("/eksport's workbook loads exceljs when it is downloaded, and still not pptxgenjs", async () => {
    const c = await card(`/eksport ${new Date().getFullYear()}`);
    const before = await loaded();
    assert.ok(!before.includes('exceljs'), 'exceljs is loaded before the download');
    const file = await download((await links(c))['Hent som Excel']);
    assert.equal(file.subarray(0, 2).toString(), 'PK'); // a .xlsx is a zip
    const after = await loaded();
    assert.ok(after.includes('exceljs'));
    assert.ok(!after.includes('pptxgenjs'));
  });

  it("/status's slides load pptxgenjs when they are downloaded; the never-needed stay unloaded", async () => {
    const file = await download((await links(await card('/status')))['Hent som PowerPoint']);
    assert.equal(file.subarray(0, 2).toString(), 'PK');
    const packages = await loaded();
    assert.ok(packages.includes('pptxgenjs'));
    for (const name of NEVER) assert.ok(!packages.includes(name), `${name} is loaded`);
  });
});
