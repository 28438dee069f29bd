// Issue 27, "Everyday inputs that give wrong results today", over HTTP: the weekday words, a date before the kind,
// the tags (TV 2 Nord, a municipal Beskæftigelsesudvalg, "ministeren"), one event from a log card and /arrangement,
// "hvornår" with the best match first, a town named where a municipality is meant, and /søg a/b#c.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessageAt,
  cardAction,
  cardOf,
  cardText,
  cardFacts as facts,
  cardExecuteActions as actionsOf,
  FixedClock,
  type Harness,
} from '../support/botHarness';
import { ITEM_VERBS } from '../../cards/itemCards';
import { LOG_VERBS } from '../../cards/logButton';

describe('everyday inputs give the right results (issue 27), over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  let team = 0;
  const clock = new FixedClock(DateTime.fromISO('2020-01-08T09:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  /** A message on a local day and time in Copenhagen, in a team of the test's own unless `teamId` says which. */
  const on = (local: string, text: string, o: Record<string, string> = {}) => {
    return channelMessageAt(clock, local, text, { teamId: `19:everyday-${team}@thread.tacv2`, ...o });
  };
  async function reply(local: string, text: string, o: Record<string, string> = {}) {
    const msg = on(local, text, o);
    const [r] = await h.say(msg);
    return { r, msg };
  }
  const card = async (local: string, text: string, o: Record<string, string> = {}) => cardOf((await reply(local, text, o)).r);
  beforeEach(() => {
    team++;
  });

  describe('"på fredag" is the coming Friday, "i fredags" the last one', () => {
    it('on Wednesday 8 January 2020, "møde med KL på fredag om samtaler" is coming on Friday 10 January', async () => {
      const c = await card('2020-01-08T10:00', '/log møde med KL på fredag om samtaler');
      const f = facts(c);
      assert.equal(f.Art, 'Møde');
      assert.equal(f.Dato, 'onsdag d. 8. januar', 'logged on the day it was written');
      assert.equal(f.Kommende, 'fredag d. 10. januar');
      assert.doesNotMatch(cardText(c), /3\. januar/);
      assert.ok(
        actionsOf(c).some((a) => a.verb === LOG_VERBS.addEvent),
        'offered as an event',
      );
      assert.equal(facts(await card('2020-01-08T10:01', '/log møde med KL i fredags om samtaler')).Dato, 'fredag d. 3. januar');
    });

    // Wednesday 8 January 2020: every weekday ahead, "på onsdag" a week on (today is a Wednesday).
    const ahead: Array<[string, string]> = [
      ['mandag', 'mandag d. 13. januar'],
      ['tirsdag', 'tirsdag d. 14. januar'],
      ['onsdag', 'onsdag d. 15. januar'],
      ['torsdag', 'torsdag d. 9. januar'],
      ['fredag', 'fredag d. 10. januar'],
      ['lørdag', 'lørdag d. 11. januar'],
      ['søndag', 'søndag d. 12. januar'],
    ];
    for (const [weekday, shown] of ahead) {
      it(`"på ${weekday}" is ${shown}, and "i ${weekday}s" the one before`, async () => {
        const f = facts(await card('2020-01-08T10:00', `/log møde med STAR på ${weekday}`));
        assert.equal(f.Dato, 'onsdag d. 8. januar');
        assert.equal(f.Kommende, shown);
        const past = facts(await card('2020-01-08T10:01', `/log møde med STAR i ${weekday}s`));
        assert.equal(past.Kommende, undefined);
        assert.match(past.Dato, new RegExp(`^${weekday} d\\. [1-7]\\. januar$`));
      });
    }

    it('in English, "this coming Friday" is the coming one too', async () => {
      const f = facts(await card('2020-01-08T10:00', '/log meeting with KL this coming Friday about conversations', { locale: 'en-US' }));
      assert.equal(f.Kind, 'Meeting');
      assert.equal(f.Coming, 'Friday 10 January');
    });
  });

  describe('a date first still finds the kind', () => {
    it('"/log 12/11 møde med Social- og Indenrigsministeriet …" is a meeting on 12 November, tagged with the ministry', async () => {
      const c = await card('2019-11-20T10:00', '/log 12/11 møde med Social- og Indenrigsministeriet om evalueringen');
      const f = facts(c);
      assert.equal(f.Art, 'Møde');
      assert.equal(f.Dato, 'tirsdag d. 12. november');
      assert.equal(f.Interessenter, 'Social- og Indenrigsministeriet');
      assert.doesNotMatch(cardText(c), /Hvilken slags/);
    });

    it('"/log i starten af oktober besøg fra STAR …" is a visit in early October, kept as a period', async () => {
      const f = facts(await card('2019-11-20T10:00', '/log i starten af oktober besøg fra STAR om mikrolån'));
      assert.equal(f.Art, 'Besøg');
      assert.equal(f.Dato, 'start oktober');
      assert.equal(f.Interessenter, 'STAR');
    });

    it('a label kind word after the date is taken out of the text; in English too', async () => {
      const c = await card('2019-11-20T10:00', '/log 14/11 presse TV2 filmede i Hjørring');
      assert.equal(facts(c).Art, 'Presse');
      assert.match(JSON.stringify(c), /"text":"14\/11 TV2 filmede i Hjørring"/);
      const en = facts(await card('2019-11-20T10:01', '/log 12 November meeting with STAR about micro-loans', { locale: 'en-US' }));
      assert.equal(en.Kind, 'Meeting');
      assert.equal(en.Date, 'Tuesday 12 November');
    });
  });

  describe('tags', () => {
    it('"TV 2 Nord" is TV2 Nord only: not TV2 on the card, in /hvem TV2 or in /søg TV2', async () => {
      const nord = facts(await card('2019-11-20T10:00', '/log presse TV 2 Nord om mikrolån i Hjørring'));
      assert.equal(nord.Interessenter, 'TV2 Nord');
      await card('2019-11-20T10:01', '/log presse TV2 om lægeattester');
      await card('2019-11-20T10:02', '/log presse TV 2 Nord og TV2 om samtaler');
      const tv2 = facts(await card('2019-11-20T10:03', '/hvem TV2'));
      assert.equal(tv2.Logposter, '2');
      const found = cardText(await card('2019-11-20T10:04', '/søg TV2'));
      assert.match(found, /2 fund/);
      assert.match(found, /TV2 om lægeattester/);
      assert.match(found, /TV 2 Nord og TV2 om samtaler/);
      assert.doesNotMatch(found, /TV 2 Nord om mikrolån/);
      assert.match(cardText(await card('2019-11-20T10:05', '/søg TV2 Nord')), /2 fund/);
    });

    it('"Beskæftigelsesudvalgets temadag" is not the parliament\'s committee; "Folketingets" or a hearing is; the group\'s list can say so', async () => {
      const temadag = await card('2019-11-20T10:00', '/log arrangement oplæg på Beskæftigelsesudvalgets temadag i Hjørring');
      assert.doesNotMatch(cardText(temadag), /Folketingets Beskæftigelsesudvalg/);
      assert.equal(facts(temadag).Kommuner, 'Hjørring');
      const letter = facts(await card('2019-11-20T10:01', '/log henvendelse brev til Folketingets Beskæftigelsesudvalg om samtaler'));
      assert.equal(letter.Interessenter, 'Folketingets Beskæftigelsesudvalg');
      const hearing = facts(await card('2019-11-20T10:02', '/log foretræde for Beskæftigelsesudvalget om lægeattester'));
      assert.equal(hearing.Interessenter, 'Folketingets Beskæftigelsesudvalg');
      // The group's own list: Hjørring's committee, added by name, tags the temadag from then on.
      const [added] = await h.say(on('2019-11-20T10:03', '/interessent tilføj Beskæftigelsesudvalgets temadag'));
      assert.match(added.text!, /1 logpost/);
      assert.equal(facts(await card('2019-11-20T10:04', '/hvem Beskæftigelsesudvalgets temadag')).Logposter, '1');
    });

    it('"ministeren" is not silently made a named minister: the card says so; a named one is tagged', async () => {
      const c = await card('2019-11-20T10:00', '/log henvendelse til ministeren om lægeattester');
      assert.doesNotMatch(cardText(c), /Beskæftigelsesministeren,|Interessenter/);
      assert.match(cardText(c), /"ministeren" er ikke mærket som en bestemt minister/);
      const named = await card('2019-11-20T10:01', '/log henvendelse til Beskæftigelsesministeren om lægeattester');
      assert.equal(facts(named).Interessenter, 'Beskæftigelsesministeren');
      assert.doesNotMatch(cardText(named), /ikke mærket/);
      const en = await card('2019-11-20T10:02', '/log letter to the minister about micro-loans', { locale: 'en-US' });
      assert.match(cardText(en), /"the minister" is not tagged as a particular minister/);
    });
  });

  describe('one event, not two', () => {
    it('"Tilføj som arrangement" on a log card, then /arrangement JobCamp 7. maj 2020 kl. 9 Vejle: the one event updated, with Fortryd', async () => {
      const { r, msg } = await reply('2020-01-08T10:00', '/log henvendelse KL inviterer til oplæg på JobCamp 7. maj 2020');
      const add = actionsOf(cardOf(r)).find((a) => a.verb === LOG_VERBS.addEvent);
      assert.ok(add, 'the log card offers the coming date as an event');
      const added = await h.post({ ...cardAction(add.verb, add.data, msg), replyToId: r.id });
      assert.match(cardText(added.body.value), /Tilføjet som arrangement/);
      const event = await card('2020-01-08T10:05', '/arrangement JobCamp 7. maj 2020 kl. 9 Vejle');
      const text = cardText(event);
      assert.match(text, /Opdateret: .*kl\. 09\.00.*Vejle|Opdateret: .*Vejle/);
      assert.match(text, /Samme dag stod allerede arrangementet "KL inviterer til oplæg på JobCamp"/);
      const undo = actionsOf(event).find((a) => a.verb === ITEM_VERBS.restore);
      assert.ok(undo, 'Fortryd puts it back as it was');
      const events = cardText(await card('2020-01-08T10:06', '/arrangementer'));
      assert.equal(events.match(/JobCamp/g)?.length, 1, events);
      assert.match(events, /Vejle/);
      // Fortryd: the event is as the log card made it, still one.
      const { msg: eventMsg } = await reply('2020-01-08T10:07', '/arrangementer');
      const restored = await h.post(cardAction(undo.verb, undo.data, eventMsg));
      assert.equal(restored.status, 200);
      const after = cardText(await card('2020-01-08T10:08', '/arrangementer'));
      assert.equal(after.match(/JobCamp/g)?.length, 1, after);
      assert.doesNotMatch(after, /Vejle/);
    });

    it('the other way round: /arrangement first, then "Tilføj som arrangement" says it is there already', async () => {
      await card('2020-01-08T10:00', '/arrangement JobCamp 7. maj 2020 kl. 9 Vejle');
      const { r, msg } = await reply('2020-01-08T10:01', '/log henvendelse KL inviterer til oplæg på JobCamp 7. maj 2020');
      const add = actionsOf(cardOf(r)).find((a) => a.verb === LOG_VERBS.addEvent);
      const answer = await h.post({ ...cardAction(add.verb, add.data, msg), replyToId: r.id });
      assert.match(cardText(answer.body.value), /Arrangementet står allerede på listerne den dag: "JobCamp"/);
      assert.equal(cardText(await card('2020-01-08T10:02', '/arrangementer')).match(/JobCamp/g)?.length, 1);
    });

    it('in English: the same day and name is the one event', async () => {
      await card('2020-01-08T10:00', '/event Beskæftigelsestræf 2020 on 9 June 2020', { locale: 'en-US' });
      const c = await card('2020-01-08T10:01', '/event Beskæftigelsestræf 9 June 2020 at 10 Aalborg', { locale: 'en-US' });
      assert.match(cardText(c), /The event "Beskæftigelsestræf 2020" of that name was already there that day/);
    });
  });

  it('"hvornår skal evalueringen sendes til ministeriet?" puts "Fremsendelse til Social- og Indenrigsministeriet" first', async () => {
    await card(
      '2020-01-10T11:00',
      [
        '/frist',
        'Nulpunktsmåling senest d. 15. februar 2020',
        'Evalueringsperiode marts – maj 2020',
        'Udkast til evalueringsrapporter sendes til kommunerne ultimo august 2020',
        'Evalueringsrapporter godkendes i Jobcenterchefkredsen medio september 2020',
        'Politisk godkendelse i alle kommuner ultimo september 2020',
        'Fremsendelse til Social- og Indenrigsministeriet senest d. 31. december 2020',
      ].join('\n'),
    );
    const when = cardText(await card('2020-01-10T11:05', 'hvornår skal evalueringen sendes til ministeriet?'));
    const best = when.indexOf('Fremsendelse til Social- og Indenrigsministeriet');
    const other = when.indexOf('Udkast til evalueringsrapporter sendes til kommunerne');
    assert.ok(best >= 0 && other >= 0, when);
    assert.ok(best < other, `the best match first:\n${when}`);
  });

  describe('a town is not a council', () => {
    it('/godkendt Skagen politisk godkendelse: Skagen lies in Frederikshavn Kommune, offered with a button that marks it', async () => {
      await card('2020-09-01T10:00', '/frist Politisk godkendelse i alle kommuner ultimo september 2020');
      const { r, msg } = await reply('2020-09-02T10:00', '/godkendt Skagen politisk godkendelse');
      const offer = cardOf(r);
      assert.match(cardText(offer), /Skagen ligger i Frederikshavn Kommune/);
      assert.equal(r.summary, 'Skagen ligger i Frederikshavn Kommune.');
      const mark = actionsOf(offer).find((a) => a.data?.who === 'Frederikshavn');
      assert.ok(mark, 'a button marks Frederikshavn');
      const marked = await h.post({ ...cardAction(mark.verb, mark.data, msg), replyToId: r.id });
      assert.match(cardText(marked.body.value), /1 af 11 godkendt/);
      assert.match(cardText(marked.body.value), /Frederikshavn/);
    });

    // One main town of each of the 11 (and Nørresundby, Aalborg's other side of the fjord).
    const towns: Array<[string, string]> = [
      ['Nørresundby', 'Aalborg'],
      ['Dronninglund', 'Brønderslev'],
      ['Sæby', 'Frederikshavn'],
      ['Hirtshals', 'Hjørring'],
      ['Aabybro', 'Jammerbugt'],
      ['Byrum', 'Læsø'],
      ['Hobro', 'Mariagerfjord'],
      ['Nykøbing Mors', 'Morsø'],
      ['Støvring', 'Rebild'],
      ['Hanstholm', 'Thisted'],
      ['Aars', 'Vesthimmerland'],
    ];
    it('knows the main towns of all 11 municipalities', async () => {
      await card('2020-09-01T10:00', '/frist Politisk godkendelse i alle kommuner ultimo september 2020');
      for (const [town, municipality] of towns) {
        const { r } = await reply('2020-09-02T10:00', `/godkendt ${town} politisk godkendelse`);
        assert.match(cardText(cardOf(r)), new RegExp(`${town} ligger i ${municipality} Kommune`));
      }
    });

    it('in English, and /kommune Skagen shows Frederikshavn', async () => {
      await card('2020-09-01T10:00', '/frist Politisk godkendelse i alle kommuner ultimo september 2020');
      const { r } = await reply('2020-09-02T10:00', '/approved Skagen political approval', { locale: 'en-US' });
      assert.match(r.text ?? cardText(cardOf(r)), /Skagen lies in Frederikshavn Municipality/);
      const replies = await h.say(on('2020-09-02T10:01', '/kommune Skagen'), 2);
      assert.equal(replies[0]!.text, 'Skagen ligger i Frederikshavn Kommune.');
      assert.match(cardText(cardOf(replies[1]!)), /Frederikshavn Kommune/);
    });
  });

  it('/søg a/b#c searches the text as written, in Danish and English', async () => {
    await card('2019-11-20T10:00', '/log møde om sag a/b#c med KL');
    const { r } = await reply('2019-11-20T10:01', '/søg a/b#c');
    const text = cardText(cardOf(r));
    assert.match(text, /Søgning: "a\/b#c": 1 fund/);
    assert.match(text, /møde om sag a\/b#c med KL/);
    const none = cardText(cardOf((await reply('2019-11-20T10:02', '/søg x/y#z')).r));
    assert.match(none, /Intet fundet for "x\/y#z"/);
    const en = cardText(cardOf((await reply('2019-11-20T10:03', '/find a/b#c', { locale: 'en-US' })).r));
    assert.match(en, /Search: "a\/b#c": 1 found/);
  });
});
