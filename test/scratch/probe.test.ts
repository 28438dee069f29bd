import { startHarness, channelMessage, cardText, type Harness } from '../support/botHarness';
const T = (d: string) => new Date(d + 'T10:00:00+01:00').toISOString();
describe('probe', () => {
  let h: Harness;
  before(async () => { h = await startHarness(); });
  after(async () => { await h.stop(); });
  const cmds: Array<[string, string]> = JSON.parse(process.env.PROBE ?? '[]');
  it('prints', async () => {
    for (const [day, c] of cmds) {
      const replies = await h.say(channelMessage(c, { timestamp: T(day) }));
      for (const r of replies) console.log('>>', c, '\n', r.attachments ? cardText(r.attachments[0].content) + '\n  ACTIONS ' + JSON.stringify(JSON.stringify(r.attachments[0].content).match(/"verb":"[^"]+"/g)) : r.text);
    }
  });
});
