// Plain-language questions over HTTP, in Danish and English: the answer is in the question's language, and
// nonsense is never taken for a question.
import assert from 'node:assert/strict';
import { startHarness, channelMessage, cardOf, cardText, type Harness } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';

const TEAM = '19:questions-team@thread.tacv2';
// Monday 4 November 2024, 10:00 in Copenhagen.
const NOW = '2024-11-04T09:00:00.000Z';

type Json = Record<string, any>;

function titlesOn(card: Json): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Json;
      if (o.type === 'TextRun' && o.weight === 'Bolder') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('questions in plain words, end to end over HTTP', function () {
  this.timeout(30000);
  let h: Harness;

  async function ask(text: string, locale = 'da-DK'): Promise<Json> {
    const [reply] = await h.say(channelMessage(text, { teamId: TEAM, timestamp: NOW, locale }));
    return reply;
  }

  async function askCard(text: string, locale = 'da-DK'): Promise<{ card: Json; text: string; titles: string[] }> {
    const card = cardOf(await ask(text, locale));
    assert.deepEqual(cardProblems(card), []);
    return { card, text: cardText(card), titles: titlesOn(card) };
  }

  before(async () => {
    h = await startHarness();
    const setup = [
      '/frist Høringssvar om mikrolån 6. november',
      '/arrangement JobCamp 7. november kl. 9 Vejle',
      '/frist Byrådsbehandling i alle kommuner oktober – november 2024',
      '/frist Pressemeddelelse 12. november',
      '/frist Aflevering af slutrapport senest d. 15. december',
      '/frist Evaluering i september 2025',
      '/arrangement KL Beskæftigelsestræf 20. januar 2025 Aalborg',
    ];
    for (const text of setup) {
      const [reply] = await h.say(channelMessage(text, { teamId: TEAM, timestamp: '2024-10-01T08:00:00.000Z' }));
      assert.ok(reply.attachments, `setup "${text}" was not saved: ${reply.text}`);
    }
  });
  after(async () => {
    await h.stop();
  });

  it('"hvad skal vi nå i denne måned" answers in Danish with November\'s items', async () => {
    const { text, titles } = await askCard('hvad skal vi nå i denne måned');
    assert.match(text, /Frister og arrangementer · november/);
    assert.deepEqual(titles, ['Høringssvar om mikrolån', 'JobCamp', 'Pressemeddelelse', 'Byrådsbehandling i alle kommuner']);
    assert.match(text, /Uge 45/);
    assert.match(text, /torsdag d\. 7\. november kl\. 09\.00/);
  });

  it('"what\'s due this month" and "what is due next month?" answer in English', async () => {
    const month = await askCard("what's due this month", 'da-DK');
    assert.match(month.text, /Deadlines and events · November/);
    assert.match(month.text, /Thursday 7 November at 09:00/);
    const next = await askCard('what is due next month?');
    assert.deepEqual(next.titles, ['Aflevering af slutrapport']);
    assert.match(next.text, /by 15 December/);
  });

  it('"anything due this week" and "hvad sker der i næste uge"', async () => {
    const week = await askCard('anything due this week');
    assert.deepEqual(week.titles, ['Høringssvar om mikrolån', 'JobCamp', 'Byrådsbehandling i alle kommuner']);
    assert.match(week.text, /Deadlines and events · week 45/);
    assert.match(week.text, /Ongoing/);
    const next = await askCard('hvad sker der i næste uge');
    assert.deepEqual(next.titles, ['Pressemeddelelse', 'Byrådsbehandling i alle kommuner']);
    assert.match(next.text, /I gang/); // the council period runs on past next week
    assert.match(next.text, /uge 46/);
  });

  it('"what\'s due in september" means next September, and "hvad er der af deadlines i december"', async () => {
    const sept = await askCard("what's due in september");
    assert.deepEqual(sept.titles, ['Evaluering']);
    assert.match(sept.text, /September 2025/);
    const dec = await askCard('hvad er der af deadlines i december');
    assert.deepEqual(dec.titles, ['Aflevering af slutrapport']);
    assert.match(dec.text, /senest 15\. december/);
  });

  it('"what\'s coming up" lists the next four weeks', async () => {
    const { text, titles } = await askCard("what's coming up");
    assert.match(text, /The next four weeks/);
    assert.deepEqual(titles, ['Høringssvar om mikrolån', 'JobCamp', 'Pressemeddelelse', 'Byrådsbehandling i alle kommuner']);
    assert.doesNotMatch(text, /slutrapport/);
  });

  it('"hvornår er byrådsbehandlingen" finds the title through Danish inflection; "when is the final report" too', async () => {
    const da = await askCard('hvornår er byrådsbehandlingen?');
    assert.deepEqual(da.titles, ['Byrådsbehandling i alle kommuner']);
    assert.match(da.text, /Hvornår er det\?/);
    assert.match(da.text, /oktober–november/);
    const en = await askCard('when is the slutrapport due?');
    assert.deepEqual(en.titles, ['Aflevering af slutrapport']);
    assert.match(en.text, /When is it\?/);
    assert.match(en.text, /by 15 December/);
    const none = await ask('hvornår er julefrokosten?');
    assert.match(none.text, /Jeg kender ingen frist eller arrangement, der passer til "julefrokosten"/);
    const noneEn = await ask('when is the christmas party?', 'en-US');
    assert.match(noneEn.text, /I know of no deadline or event/);
  });

  it('nonsense and ordinary chat are not taken for questions: the not-understood reply, in the right language', async () => {
    for (const text of ['blå banan trampolin', 'tak for i går', 'asdf qwerty', 'vi ses i morgen kl. 9']) {
      const reply = await ask(text);
      assert.equal(reply.attachments, undefined, text);
      assert.match(reply.text, /Det forstod jeg ikke/, text);
    }
    const en = await ask('the weather is nice today', 'en-US');
    assert.match(en.text, /I did not understand that/);
  });

  it('/due with no period is this month, and with a period reads it; a bad period says how to write one', async () => {
    const month = await askCard('/frister');
    assert.match(month.text, /november/);
    assert.equal(month.titles.length, 4);
    const week = await askCard('/due week 46', 'en-US');
    assert.deepEqual(week.titles, ['Pressemeddelelse', 'Byrådsbehandling i alle kommuner']);
    const bad = await ask('/frister blåbær');
    assert.match(bad.text, /Den periode forstod jeg ikke: "blåbær"/);
  });
});
