// Issue 27's small wording faults, over HTTP: each answer as a colleague reads it, and a summary on every card the bot
// posts (Teams' notification and activity feed say what it is, not "sent a card").
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { startHarness, channelMessage, cardOf, cardText, cardFacts, FixedClock, type Harness } from '../support/botHarness';

const TEAM_ID = '19:wording-2020@thread.tacv2';
const CHANNEL_ID = '19:wording-kommunikation@thread.tacv2';

describe('the small wording faults, and a summary on every card, over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2020-10-01T08:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  async function say(local: string, text: string) {
    const at = DateTime.fromISO(local, { zone: 'Europe/Copenhagen' });
    clock.current = at;
    const [reply] = await h.say(channelMessage(text, { timestamp: at.toUTC().toISO()!, teamId: TEAM_ID, channelId: CHANNEL_ID }));
    return reply;
  }

  it('a link-only /log says the link named the outlet, not the text', async () => {
    const reply = await say('2020-10-01T09:00', '/log https://nordjyske.dk/nyheder/2020/09/30/mentorer-i-hjoerring');
    const text = cardText(cardOf(reply));
    assert.match(text, /Arten er sat til presse, fordi linket er fra et medie/);
    assert.doesNotMatch(text, /fordi teksten nævner et medie/);
    // Written out, the outlet in the text is what named it.
    assert.match(
      cardText(cardOf(await say('2020-10-01T09:01', '/log Nordjyske skrev om mentorer i Hjørring'))),
      /fordi teksten nævner et medie/,
    );
  });

  it('/godkendt with a misspelt council suggests the /godkendt command, not /kommune', async () => {
    await say('2020-10-01T09:05', '/frist Politisk godkendelse i alle kommuner oktober – november 2020');
    const reply = await say('2020-10-01T09:06', '/godkendt Hjørrin politisk godkendelse');
    assert.equal(reply.attachments, undefined);
    assert.equal(
      reply.text,
      '"Hjørrin" er ikke en af netværkets 11 kommuner. Mente du Hjørring? Skriv "/godkendt Hjørring politisk godkendelse". Intet er gemt.',
    );
    assert.doesNotMatch(reply.text, /\/kommune/);
  });

  it('/tal: the names beyond the card\'s eight are "N andre", not "… og N linjer mere: N"', async () => {
    const councils = [
      'Aalborg',
      'Brønderslev',
      'Frederikshavn',
      'Jammerbugt',
      'Læsø',
      'Mariagerfjord',
      'Morsø',
      'Rebild',
      'Thisted',
      'Vesthimmerland',
    ];
    let minute = 10;
    for (const c of councils) await say(`2020-10-02T09:${minute++}`, `/log møde med jobcentret i ${c} om mentor`);
    const facts = cardFacts(cardOf(await say('2020-10-02T10:00', '/tal oktober')));
    const titles = Object.keys(facts);
    assert.ok(
      titles.some((t) => /^\d+ andre$/.test(t)),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /linjer mere/.test(t)), titles.join(' | '));
  });

  it('every card the bot posted in this session had a summary, and none had another problem', async () => {
    for (const command of [
      '/hjælp',
      '/status',
      '/frister',
      '/søg mentor',
      '/hvem KL',
      '/forsøg mentor',
      '/kommune Hjørring',
      '/overblik nu',
    ]) {
      await say('2020-10-02T11:00', command);
    }
    assert.deepEqual(h.cardProblemsSeen, []);
  });
});
