// A year of real use, replayed over HTTP: the group's autumn 2019 and the evaluation year 2020, typed the way
// colleagues type (the glossary's date forms), with the clock moving through the year. What issue 13 is about:
// the log keeps the right dates, and the lists and the digest show what matters now.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  channelMessageAt,
  personalMessage,
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

const TEAM_ID = '19:year-2019-2020@thread.tacv2';
const CHANNEL_ID = '19:year-kommunikation@thread.tacv2';

describe('a year of real use: autumn 2019 and the evaluation year 2020, over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2019-10-01T08:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  /** A message on a local day and time in Copenhagen; the bot's clock moves with it. */
  const on = (local: string, text: string, o: Record<string, string> = {}) =>
    channelMessageAt(clock, local, text, { teamId: TEAM_ID, channelId: CHANNEL_ID, ...o });
  async function card(local: string, text: string, o: Record<string, string> = {}) {
    const msg = on(local, text, o);
    const [reply] = await h.say(msg);
    return { card: cardOf(reply), msg, replyId: reply.id as string | undefined };
  }
  async function press(msg: Record<string, unknown>, action: any, replyToId: string) {
    const res = await h.post({ ...cardAction(action.verb, action.data, msg), replyToId });
    assert.equal(res.status, 200);
    return res.body;
  }

  it('October 2019: a letter announcing a meeting "d. 12. november" stays on its day, and the meeting becomes an event', async () => {
    const { card: c, msg } = await card(
      '2019-10-08T10:00',
      '/log henvendelse Brev fra Beskæftigelsesministeriet: møde d. 12. november om lægeattester',
    );
    const f = facts(c);
    assert.equal(f.Dato, 'tirsdag d. 8. oktober');
    assert.equal(f.Kommende, 'tirsdag d. 12. november');
    assert.doesNotMatch(cardText(c), /2018/);
    const add = actionsOf(c).find((a) => a.verb === LOG_VERBS.addEvent);
    assert.ok(add, 'one button adds the coming date as an event');
    const before = h.connector.updated.length;
    const answer = await press(msg, add, 'activity-letter-card');
    assert.match(cardText(answer.value), /Tilføjet som arrangement af Anne Sørensen/);
    assert.equal(
      actionsOf(answer.value).some((a) => a.verb === LOG_VERBS.addEvent),
      false,
    );
    // The message itself is updated for everyone in the channel, not only the presser's view.
    const update = h.connector.updated.slice(before).find((u) => u.replyToId === 'activity-letter-card');
    assert.ok(update, 'the connector received the update of the card message');
    assert.match(cardText(cardOf(update.activity)), /Tilføjet som arrangement/);
    // Pressing again (another colleague) saves it once.
    await press(msg, add, 'activity-letter-card');
    const events = cardText((await card('2019-10-08T10:05', '/arrangementer')).card);
    assert.equal(events.match(/Brev fra Beskæftigelsesministeriet: møde om lægeattester/g)?.length, 1);
    assert.match(events, /tirsdag d\. 12\. november/);
  });

  it('a period in the text stays a period: "i starten af oktober" is start oktober, never 1 October', async () => {
    const { card: c } = await card('2019-10-20T14:00', '/log presse TV2 filmede i Hjørring i starten af oktober om mentorordningen');
    assert.equal(facts(c).Dato, 'start oktober');
    assert.doesNotMatch(cardText(c), /1\. oktober/);
    const found = cardText((await card('2019-10-20T14:01', '/søg mentorordningen')).card);
    assert.match(found, /start oktober/);
    assert.doesNotMatch(found, /1\. oktober/);
  });

  it('November 2019: "21/11" written on the 25th is that Thursday; the meeting of the 12th is history, not overdue', async () => {
    const { card: c } = await card('2019-11-25T09:30', '/log arrangement oplæg på KL Beskæftigelsestræf 21/11');
    assert.equal(facts(c).Dato, 'torsdag d. 21. november');
    const due = cardText((await card('2019-11-25T09:31', 'hvad skal vi nå i denne måned?')).card);
    assert.match(due, /møde om lægeattester/);
    assert.match(due, /afholdt/);
    assert.doesNotMatch(due, /Overskredet|overskredet/);
  });

  it('January 2020: "d. 18. december" is last December, and the card says the year was chosen', async () => {
    const { card: c } = await card('2020-01-06T09:00', '/log møde julefrokost med Jobcenterchefkredsen d. 18. december');
    assert.equal(facts(c).Dato, 'onsdag d. 18. december 2019');
    assert.match(cardText(c), /jeg har valgt 2019/);
  });

  it('January 2020: an event and a deadline without a date wait under "uden dato", in the lists and the digest', async () => {
    assert.match(cardText((await card('2020-01-08T09:00', '/arrangement Beskæftigelsestræf 2020')).card), /dato ikke fastsat/);
    const { card: d } = await card('2020-01-08T09:01', '/frist Afrapportering til STAR om mentorordningen');
    assert.match(cardText(d), /Frist gemt/);
    assert.match(cardText(d), /dato ikke fastsat/);
    assert.match(cardText((await card('2020-01-08T09:02', '/deadlines')).card), /Dato ikke fastsat[\s\S]*Afrapportering til STAR/);
    assert.match(cardText((await card('2020-01-08T09:03', '/arrangementer')).card), /Dato ikke fastsat[\s\S]*Beskæftigelsestræf 2020/);
    const digest = cardText((await card('2020-01-08T09:04', '/overblik nu')).card);
    assert.match(digest, /Uden dato \(2\)/);
    assert.match(digest, /Beskæftigelsestræf 2020 · Afrapportering til STAR om mentorordningen/);
    const english = cardText((await card('2020-01-08T09:05', '/digest now', { locale: 'en-US' })).card);
    assert.match(english, /No date yet \(2\)/);
  });

  it('February 2020: the undated event written again with its date and place is the one event, updated, with Undo', async () => {
    const id = 'year-traef-dated';
    const {
      card: c,
      msg,
      replyId,
    } = await card('2020-02-03T10:00', '/arrangement Beskæftigelsestræf 2020 d. 7. maj kl. 10 i Aalborg', { id });
    assert.match(cardText(c), /Opdateret: dato sat til torsdag d\. 7\. maj, tid sat til kl\. 10\.00 og sted sat til Aalborg/);
    // A redelivery of that message (same activity id) is answered once and changes nothing more.
    const before = h.connector.received.length;
    assert.deepEqual(await h.say({ ...msg, id }, 0), []);
    assert.equal(h.connector.received.length, before);
    const events = cardText((await card('2020-02-03T10:01', '/arrangementer')).card);
    assert.equal(events.match(/Beskæftigelsestræf 2020/g)?.length, 1);
    assert.match(events, /torsdag d\. 7\. maj kl\. 10\.00/);
    assert.doesNotMatch(events, /Dato ikke fastsat/);
    // Undo puts it back as it was (for everyone: the message is updated), and a second Undo says so.
    const undo = actionsOf(c).find((a) => a.verb === ITEM_VERBS.restore);
    assert.ok(undo, 'the update has an Undo');
    const restored = await press(msg, undo, replyId ?? 'activity-traef');
    assert.match(cardText(restored.value), /Fortrudt af Anne Sørensen: sat tilbage, som den var/);
    assert.match(cardText(restored.value), /dato ikke fastsat/);
    assert.match(cardText((await card('2020-02-03T10:03', '/arrangementer')).card), /Dato ikke fastsat[\s\S]*Beskæftigelsestræf 2020/);
    const again = await press(msg, undo, replyId ?? 'activity-traef');
    assert.match(again.value, /allerede fortrudt/);
    // Written again (a new message): dated once more. In English, the same again changes nothing and says so.
    assert.match(
      cardText((await card('2020-02-03T10:05', '/arrangement Beskæftigelsestræf 2020 7. maj kl. 10 Aalborg')).card),
      /Opdateret: dato sat til/,
    );
    const same = cardText((await card('2020-02-03T10:06', '/event Beskæftigelsestræf 2020 7 May 10:00 Aalborg', { locale: 'en-US' })).card);
    assert.match(same, /Already there/);
    // The deadline gets its date the same way.
    const dl = cardText((await card('2020-02-03T10:07', '/frist Afrapportering til STAR om mentorordningen senest 1. december')).card);
    assert.match(dl, /Opdateret: dato sat til senest 1\. december/);
    const digest = cardText((await card('2020-02-03T10:08', '/overblik nu')).card);
    assert.doesNotMatch(digest, /Uden dato/);
  });

  it('the evaluation timeline, pasted from the slide', async () => {
    const { card: c } = await card(
      '2020-01-10T11:00',
      [
        '/frist',
        'Nulpunktsmåling senest d. 15. februar 2020',
        'Evalueringsperiode marts – maj 2020',
        'Politisk godkendelse i alle kommuner ultimo september 2020',
        'Fremsendelse til Social og Indenrigsministeriet senest d. 31. december 2020',
      ].join('\n'),
    );
    const text = cardText(c);
    assert.match(text, /senest 15\. februar/);
    assert.match(text, /marts–maj/);
    assert.match(text, /slut september/);
  });

  it('questions as people ask them: word stems and compound parts, best match first; aa/ae/oe; a thanks', async () => {
    const when = cardText((await card('2020-01-10T11:05', 'hvornår skal evalueringen sendes til ministeriet?')).card);
    assert.match(when, /Fremsendelse til Social og Indenrigsministeriet/);
    assert.match(when, /senest 31\. december/);
    assert.doesNotMatch(when, /Evalueringsperiode|Nulpunktsmåling/, 'only the best match');
    const next = cardText((await card('2020-01-10T11:06', 'hvad skal vi naa i naeste maaned')).card);
    assert.match(next, /Nulpunktsmåling/);
    assert.match(next, /februar/);
    assert.match(cardText((await card('2020-01-10T11:07', 'hvornaar er nulpunktsmaalingen?')).card), /senest 15\. februar/);
    assert.equal(
      (await h.say(on('2020-01-10T11:08', 'tak for hjælpen')))[0]!.text,
      'Selv tak! Skriv bare, når der er mere at holde styr på.',
    );
    assert.match((await h.say(on('2020-01-10T11:09', 'thanks!', { locale: 'en-US' })))[0]!.text, /^You're welcome!/);
  });

  it("asking what is due in a personal chat, where nothing is, says the team's items are in the team's channel", async () => {
    const personal = (text: string, locale = 'da-DK') =>
      h.say(
        personalMessage(text, { timestamp: DateTime.fromISO('2020-01-10T11:10', { zone: 'Europe/Copenhagen' }).toUTC().toISO()!, locale }),
      );
    assert.match((await personal('hvad skal vi nå i denne måned?'))[0]!.text, /Teamets frister og arrangementer står i teamets kanal/);
    assert.match((await personal("what's due this month?", 'en-US'))[0]!.text, /The team's deadlines and events are in the team's channel/);
    assert.match((await personal('/frister næste måned'))[0]!.text, /teamets kanal/);
  });

  it('March 2020: a deadline missed two weeks ago is overdue; the evaluation period is running', async () => {
    const text = cardText((await card('2020-03-02T09:00', 'hvad skal vi nå i denne måned')).card);
    assert.match(text, /Overskredet/);
    assert.match(text, /Nulpunktsmåling/);
    assert.match(text, /Evalueringsperiode/);
    assert.match(text, /I gang/);
  });

  it('June 2020: the ended evaluation period is over, not overdue; the old miss is one line with a way to see and close it', async () => {
    const { card: c, msg } = await card('2020-06-15T09:00', '/frister');
    const text = cardText(c);
    assert.doesNotMatch(text, /Evalueringsperiode/); // over since 31 May, not a missed deadline
    assert.doesNotMatch(text, /dage siden|Overskredet/);
    assert.match(text, /1 ældre overskredet frist \(over 30 dage\) er ikke vist/);
    const show = actionsOf(c).find((a) => a.verb === ITEM_VERBS.more && a.data.view?.k === 'overdue');
    assert.ok(show);
    const all = cardText((await card('2020-06-15T09:01', '/frister overskredet')).card);
    assert.match(all, /Nulpunktsmåling/);
    assert.doesNotMatch(all, /Evalueringsperiode/);
    // The digest about now: the same collapsed line, no period counted as missed.
    const digest = cardText((await card('2020-06-15T09:02', '/overblik nu')).card);
    assert.match(digest, /Ældre overskredne frister \(1\)/);
    assert.match(digest, /\/frister overskredet/);
    assert.doesNotMatch(digest, /Evalueringsperiode|176 dage/);
    // An answer about another period shows that period only.
    const february = cardText((await card('2020-06-15T09:03', '/frister februar 2021')).card);
    assert.doesNotMatch(february, /Nulpunktsmåling|Overskredet|ældre/);
    // Mark the old ones done together.
    const doneAll = actionsOf(c).find((a) => a.verb === ITEM_VERBS.doneOverdue);
    const answer = await press(msg, doneAll, 'activity-june-listing');
    assert.doesNotMatch(cardText(answer.value), /ældre overskredet/);
    assert.doesNotMatch(cardText((await card('2020-06-15T09:05', '/frister overskredet')).card), /Nulpunktsmåling/);
  });

  it('the digest counts what was logged in its week, a backdated entry too, and says which date it is about', async () => {
    const { card: c } = await card('2020-06-16T13:00', '/log foretræde for Folketingets Beskæftigelsesudvalg sidst i maj om mikrolån');
    assert.equal(facts(c).Dato, 'slut maj');
    await card('2020-06-17T10:00', '/log besøg STAR i Vesthimmerland 3. juni');
    const digest = cardText((await card('2020-06-22T08:00', '/overblik nu')).card);
    assert.match(digest, /\nForetræde for Folketingets Beskæftigelsesudvalg sidst i maj om mikrolån\n/, 'the kind is not said twice');
    assert.match(digest, /handler om slut maj, logget tirsdag d\. 16\. juni/);
    assert.match(digest, /handler om onsdag d\. 3\. juni, logget onsdag d\. 17\. juni/);
    assert.match(digest, /Logget siden.*\(2\)/s);
  });

  it('June 2020: adding a stakeholder or an experiment tags the entries already logged that name it, so /hvem counts them', async () => {
    await card('2020-06-18T09:00', '/log presse Radio Limfjord interviewede jobcenterchefen i Thisted om mentorordningen');
    await card('2020-06-18T09:01', '/log presse Radio Limfjords morgenflade om fleksjobforsøget');
    assert.match((await h.say(on('2020-06-18T09:02', '/hvem Radio Limfjord')))[0]!.text, /ikke en interessent, jeg kender/);
    const [added] = await h.say(on('2020-06-18T09:03', '/interessent tilføj medie Radio Limfjord'));
    assert.match(added!.text, /Radio Limfjord er tilføjet som medie/);
    assert.match(added!.text, /2 logposter, der allerede var skrevet, nævner den og er nu også mærket/);
    const who = facts((await card('2020-06-18T09:04', '/hvem Radio Limfjord')).card);
    assert.equal(who.Logposter, '2');
    const [experiment] = await h.say(on('2020-06-18T09:05', '/experiment add Fleksjob', { locale: 'en-US' }));
    assert.match(experiment!.text, /1 entry already logged names it and is now tagged too/);
    assert.match(cardText((await card('2020-06-18T09:06', '/søg fleksjob')).card), /Radio Limfjords morgenflade/);
  });

  it('/søg finds short words and names as written, and who logged an entry', async () => {
    const jens = { id: '29:jens', name: 'Jens Kristensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };
    const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Copenhagen' }).toUTC().toISO()!;
    await h.say(
      channelMessage('/log presse 19-nyhederne sendte indslag om mentorordningen i Brønderslev', {
        timestamp: at('2020-06-19T09:00'),
        teamId: TEAM_ID,
        channelId: CHANNEL_ID,
        from: jens,
      }),
    );
    await card('2020-06-19T09:01', '/log presse P1 Morgen om lægeattester');
    await card('2020-06-19T09:02', '/log møde klokken 10 med jobcentret i Rebild om samtaler');
    const kl = cardText((await card('2020-06-19T09:03', '/søg KL')).card);
    assert.match(kl, /oplæg på KL Beskæftigelsestræf/);
    assert.doesNotMatch(kl, /klokken 10/, '"KL" is not the start of "klokken"');
    assert.match(cardText((await card('2020-06-19T09:04', '/søg P1')).card), /P1 Morgen om lægeattester/);
    const tv2 = cardText((await card('2020-06-19T09:05', '/søg TV2')).card);
    assert.match(tv2, /19-nyhederne sendte indslag/);
    assert.match(tv2, /TV2 filmede i Hjørring/);
    assert.match(cardText((await card('2020-06-19T09:06', '/søg 19-nyhederne')).card), /19-nyhederne sendte indslag/);
    const byJens = cardText((await card('2020-06-19T09:07', '/søg Jens')).card);
    assert.match(byJens, /19-nyhederne sendte indslag/);
    assert.match(byJens, /Jens Kristensen/);
    assert.match(byJens, /1 fund/);
    const english = cardText((await card('2020-06-19T09:08', '/find by Jens', { locale: 'en-US' })).card);
    assert.match(english, /1 found/);
    assert.match(cardText((await card('2020-06-19T09:09', '/søg af Anne')).card), /P1 Morgen/);
  });

  it('English, September 2020: a coming date in an English text, and the deadline at the end of the month', async () => {
    const { card: c } = await card('2020-09-01T10:00', '/log letter to the minister, meeting on 14 September', { locale: 'en-US' });
    const f = facts(c);
    assert.equal(f.Date, 'Tuesday 1 September');
    assert.equal(f.Coming, 'Monday 14 September');
    assert.ok(actionsOf(c).some((a) => a.title === 'Add as event'));
    const due = cardText((await card('2020-09-01T10:01', "what's due this month", { locale: 'en-US' })).card);
    assert.match(due, /Politisk godkendelse i alle kommuner/);
    assert.match(due, /late September/);
    assert.doesNotMatch(due, /Overdue/);
  });

  it('Edit a year later reads the text as on the day it was logged', async () => {
    const { card: c, msg } = await card('2020-10-05T09:00', '/log henvendelse KKR-formandskabet inviterer til møde d. 12. november');
    assert.equal(facts(c).Kommende, 'torsdag d. 12. november');
    const edit = actionsOf(c).find((a) => a.verb === LOG_VERBS.edit);
    const form = (await press(msg, edit, 'activity-kkr')).value;
    const save = actionsOf(form).find((a) => a.verb === LOG_VERBS.update);
    // Saved in January 2021: the text is read as on 5 October 2020, so the entry stays there and the meeting is
    // still 12 November 2020 (read on the day of the edit it would have become 12 November 2021).
    on('2021-01-11T09:00', 'x'); // moves the bot's clock
    const saved = (
      await press(
        { ...msg, timestamp: '2021-01-11T08:00:00.000Z' },
        {
          ...save,
          data: { ...save.data, kind: 'letter', text: 'KKR-formandskabet inviterer til møde d. 12. november om evalueringen', date: '' },
        },
        'activity-kkr',
      )
    ).value;
    const f = facts(saved);
    assert.equal(f.Dato, 'mandag d. 5. oktober 2020');
    assert.equal(f.Kommende, 'torsdag d. 12. november 2020');
  });
});
