// The advocacy log over HTTP: /log in both languages, undo and edit through the real adaptiveCard/action invoke,
// /find and /who on a realistic month, the limits, duplicate delivery and 50 people logging at once.
import assert from 'node:assert/strict';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  cardFacts,
  cardExecuteActions,
  type Harness,
  TEAM,
} from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { scopeOf } from '../../bot/teams/activityTurn';
import { HISTORY_VERBS } from '../../cards/historyButton';
import { FIND_VERBS } from '../../cards/logCards';
import { LOG_VERBS } from '../../cards/logButton';

const facts = cardFacts;
const actionsOf = cardExecuteActions;

const SCOPE = scopeOf(channelMessage('x') as any).key;
const WED = '2024-11-20T09:15:00.000Z'; // Wednesday 20 November 2024, 10:15 in Copenhagen

describe('the advocacy log over HTTP', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  async function log(text: string, o: Record<string, string> = {}) {
    const [reply] = await h.say(channelMessage(`/log ${text}`, { timestamp: WED, ...o }));
    return reply;
  }

  // [word typed, kind, label on the card, language of the message]
  const kinds: Array<[string, string, string, 'da' | 'en']> = [
    ['presse', 'press', 'Presse', 'da'],
    ['press', 'press', 'Press', 'en'],
    ['arrangement', 'event', 'Arrangement', 'da'],
    ['event', 'event', 'Event', 'en'],
    ['møde', 'meeting', 'Møde', 'da'],
    ['meeting', 'meeting', 'Meeting', 'en'],
    ['foretræde', 'hearing', 'Foretræde', 'da'],
    ['hearing', 'hearing', 'Hearing', 'en'],
    ['henvendelse', 'letter', 'Henvendelse', 'da'],
    ['letter', 'letter', 'Letter', 'en'],
    ['besøg', 'visit', 'Besøg', 'da'],
    ['visit', 'visit', 'Visit', 'en'],
    ['film', 'film', 'Film', 'da'],
    ['film', 'film', 'Film', 'en'],
    ['pris', 'award', 'Pris', 'da'],
    ['award', 'award', 'Award', 'en'],
    ['andet', 'other', 'Andet', 'da'],
    ['other', 'other', 'Other', 'en'],
    ['Møde.', 'meeting', 'Møde', 'da'],
    ['PRESS:', 'press', 'Press', 'en'],
  ];
  for (const [word, kind, label, lang] of kinds) {
    it(`logs the kind "${word}" (${lang}) as ${kind}`, async () => {
      const english = lang === 'en';
      const text = english ? `${word} the committee asked about the results` : `${word} udvalget spurgte til resultaterne`;
      const card = cardOf(await log(text, english ? { locale: 'en-US' } : {}));
      assert.deepEqual(cardProblems(card), []);
      const f = facts(card);
      assert.equal(f[english ? 'Kind' : 'Art'], label);
    });
  }

  it('reads the example from the brief: press, Jyllandsposten, micro-loans, today', async () => {
    const card = cardOf(await log('press Jyllandsposten om mikrolån'));
    const f = facts(card);
    assert.match(cardText(card), /Logget: presse/);
    assert.equal(f.Art, 'Presse');
    assert.equal(f.Dato, 'onsdag d. 20. november');
    assert.equal(f.Interessenter, 'Jyllandsposten');
    assert.equal(f.Forsøg, 'mikrolån');
    assert.equal(f['Logget af'], 'Anne Sørensen');
    // It names an experiment (mikrolån), so the card offers to link the result it used.
    assert.deepEqual(
      actionsOf(card).map((a) => a.verb),
      [LOG_VERBS.undo, LOG_VERBS.edit, HISTORY_VERBS.show, LOG_VERBS.pickResult],
    );
  });

  // A day without a year is the nearest such day (20 November 2024 is "today" here); one ahead is what is coming,
  // and the entry stays on the day it was logged (see 'dates in a /log text' below).
  const dates: Array<[string, string]> = [
    ['møde med KL i går', 'tirsdag d. 19. november'],
    ['presse TV2 filmede i Hjørring 25. oktober', 'fredag d. 25. oktober'],
    ['foretræde for Folketingets Beskæftigelsesudvalg d. 7. november', 'torsdag d. 7. november'],
    ['besøg STAR 14/6', 'fredag d. 14. juni'],
    ['henvendelse til ministeren 2024-10-01', 'tirsdag d. 1. oktober'],
    ['arrangement oplæg på JobCamp 7 November 2023', 'tirsdag d. 7. november 2023'],
    ['møde KKR-formandskab i mandags', 'mandag d. 18. november'],
    ['presse P4 Nordjylland 14.6.2024', 'fredag d. 14. juni'],
    ['pris til Rebild 24. juni', 'mandag d. 24. juni'],
  ];
  for (const [text, shown] of dates) {
    it(`dates "${text}" to ${shown}`, async () => {
      assert.equal(facts(cardOf(await log(text))).Dato, shown);
    });
  }

  it('keeps a kind word that starts the sentence, and drops one that is only a label', async () => {
    assert.match(
      JSON.stringify(cardOf(await log('møde med KKR-formandskabet om evalueringen'))),
      /"text":"møde med KKR-formandskabet om evalueringen"/,
    );
    assert.match(JSON.stringify(cardOf(await log('presse TV2 filmede i Hjørring'))), /"text":"TV2 filmede i Hjørring"/);
    assert.match(
      JSON.stringify(cardOf(await log('foretræde for Folketingets Beskæftigelsesudvalg'))),
      /"text":"foretræde for Folketingets Beskæftigelsesudvalg"/,
    );
  });

  it('recognises stakeholders, experiments and municipalities in inflected Danish', async () => {
    const f = facts(
      cardOf(await log('henvendelse KKR-formandskabet skrev til beskæftigelsesministeren om lægeattesterne i Hjørring og Læsø Kommune')),
    );
    assert.match(f.Interessenter, /KKR-formandskab/);
    assert.match(f.Interessenter, /Beskæftigelsesministeren/);
    assert.equal(f.Forsøg, 'lægeattester');
    assert.equal(f.Kommuner, 'Hjørring, Læsø');
  });

  it('takes a text that names an outlet as press, and says so', async () => {
    const card = cardOf(await log('TV2 Nord filmede borgere i mikrolånsforsøget'));
    assert.equal(facts(card).Art, 'Presse');
    assert.match(cardText(card), /fordi teksten nævner et medie/);
  });

  it('asks for the kind when it cannot tell, and saves when a kind button is pressed', async () => {
    const msg = channelMessage('/log oplæg for Jobcenterchefkredsen om samtaler', { timestamp: WED });
    const before = await countEntries();
    const [reply] = await h.say(msg);
    const card = cardOf(reply);
    assert.deepEqual(cardProblems(card), []);
    const buttons = actionsOf(card);
    assert.equal(buttons.length, 9);
    assert.equal(await countEntries(), before, 'nothing is saved before a kind is chosen');
    const meeting = buttons.find((b) => b.data.kind === 'meeting');
    const res = await h.post(cardAction(LOG_VERBS.kind, meeting.data, msg));
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(facts(res.body.value).Art, 'Møde');
    assert.equal(await countEntries(), before + 1);
    // Pressing again (a double click) does not save twice.
    await h.post(cardAction(LOG_VERBS.kind, meeting.data, msg));
    assert.equal(await countEntries(), before + 1);
  });

  it('answers /log alone with a form that saves on submit', async () => {
    const msg = channelMessage('/log', { timestamp: WED });
    const card = cardOf((await h.say(msg))[0]);
    assert.deepEqual(cardProblems(card), []);
    const submit = actionsOf(card)[0];
    assert.equal(submit.verb, LOG_VERBS.create);
    const res = await h.post(
      cardAction(LOG_VERBS.create, { ...submit.data, kind: 'visit', text: 'Besøg fra STAR i Thisted', date: '2024-11-12' }, msg),
    );
    const f = facts(res.body.value);
    assert.equal(f.Art, 'Besøg');
    assert.equal(f.Dato, 'tirsdag d. 12. november');
    assert.equal(f.Kommuner, 'Thisted');
  });

  it('undoes an entry from its card: gone from /find and /who, kept in the audit', async () => {
    const msg = channelMessage('/log presse Politiken om rehabiliteringsteams og zebraer', { timestamp: WED });
    const card = cardOf((await h.say(msg))[0]);
    const undo = actionsOf(card).find((a) => a.verb === LOG_VERBS.undo);
    const found = cardOf((await h.say(channelMessage('/søg zebraer')))[0]);
    assert.match(cardText(found), /1 fund/);
    const res = await h.post(cardAction(LOG_VERBS.undo, undo.data, msg));
    assert.equal(res.status, 200);
    assert.match(cardText(res.body.value), /Fortrudt af Anne Sørensen/);
    assert.deepEqual(
      actionsOf(res.body.value).map((a) => a.verb),
      [HISTORY_VERBS.show],
      'only its history can be opened',
    );
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg zebraer')))[0])), /Intet fundet/);
    const audit = await h.app.storage.tables.log.range(SCOPE, 'audit|', 'audit|\uffff');
    assert.ok(audit.some((r) => String(r.entry).includes('zebraer') && r.by === 'Anne Sørensen'));
    // Undo again: it is gone; the answer says so and leaves the card.
    const again = await h.post(cardAction(LOG_VERBS.undo, undo.data, msg));
    assert.equal(again.body.type, 'application/vnd.microsoft.activity.message');
    assert.match(again.body.value, /findes ikke/);
  });

  it('edits an entry from its card: a prefilled form, then the new text is what /find finds', async () => {
    const msg = channelMessage('/log møde med Altinget om giraffer', { timestamp: WED });
    const card = cardOf((await h.say(msg))[0]);
    const edit = actionsOf(card).find((a) => a.verb === LOG_VERBS.edit);
    const form = (await h.post(cardAction(LOG_VERBS.edit, edit.data, msg))).body.value;
    assert.deepEqual(cardProblems(form), []);
    assert.match(JSON.stringify(form), /giraffer/);
    const save = actionsOf(form)[0];
    assert.equal(save.verb, LOG_VERBS.update);
    const res = await h.post(
      cardAction(LOG_VERBS.update, { ...save.data, kind: 'meeting', text: 'møde med Altinget om elefanter', date: '2024-11-18' }, msg),
    );
    assert.match(cardText(res.body.value), /Rettet: møde/);
    assert.equal(facts(res.body.value).Dato, 'mandag d. 18. november');
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg elefanter')))[0])), /1 fund/);
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg giraffer')))[0])), /Intet fundet/);
  });

  it("Annuller on the edit form puts the entry's card back as it was, for everyone, and changes nothing", async () => {
    const msg = channelMessage('/log møde med Altinget om næsehorn', { timestamp: WED });
    const card = cardOf((await h.say(msg))[0]);
    const edit = actionsOf(card).find((a) => a.verb === LOG_VERBS.edit);
    const form = (await h.post({ ...cardAction(LOG_VERBS.edit, edit.data, msg), replyToId: 'entry-card' })).body.value;
    const cancel = actionsOf(form).find((a) => a.title === 'Annuller');
    assert.ok(cancel, 'the form has Annuller');
    assert.equal(cancel.associatedInputs, 'none', 'Annuller sends nothing of the form (and needs no valid input)');
    h.connector.updated.length = 0;
    const back = await h.post({ ...cardAction(cancel.verb, cancel.data, msg), replyToId: 'entry-card' });
    assert.deepEqual(
      actionsOf(back.body.value).map((a) => a.verb),
      actionsOf(card).map((a) => a.verb),
      'the card as it was',
    );
    assert.match(cardText(back.body.value), /Logget: møde/);
    assert.match(cardText(back.body.value), /næsehorn/);
    const forEveryone = h.connector.updated.find((u) => u.replyToId === 'entry-card');
    assert.ok(forEveryone, 'the message is updated for everyone (updateActivity on replyToId)');
    assert.match(cardText(forEveryone!.activity.attachments[0].content), /næsehorn/);
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg næsehorn')))[0])), /1 fund/);
  });

  it("does nothing with another scope's entry key, and says so", async () => {
    const msg = channelMessage('/log møde med VIVE om evalueringen af struds', { timestamp: WED });
    const undo = actionsOf(cardOf((await h.say(msg))[0])).find((a) => a.verb === LOG_VERBS.undo);
    const otherTeam = channelMessage('x', { teamId: '19:other-team@thread.tacv2' });
    const res = await h.post(cardAction(LOG_VERBS.undo, undo.data, otherTeam));
    assert.equal(res.status, 200);
    assert.match(res.body.value, /findes ikke/);
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg struds')))[0])), /1 fund/);
  });

  it('refuses a text over 1,000 characters, saving nothing, and keeps serving', async () => {
    const before = await countEntries();
    const [reply] = await h.say(channelMessage(`/log presse ${'lang tekst '.repeat(100)}`));
    assert.match(reply.text, /højst være 1000 tegn/);
    assert.match(reply.text, /Intet er gemt/);
    assert.equal(await countEntries(), before);
    assert.match(cardText(cardOf((await h.say(channelMessage('/hjælp')))[0])), /Tovholder/);
  });

  it('refuses an impossible date, saving nothing', async () => {
    const before = await countEntries();
    const [reply] = await h.say(channelMessage('/log møde med KL d. 31. februar'));
    assert.match(reply.text, /31\. februar/);
    assert.match(reply.text, /intet er gemt/);
    assert.equal(await countEntries(), before);
  });

  it('shows Markdown and HTML in user text literally and drops control characters', async () => {
    const card = cardOf(await log('presse *fed* <b>html</b> [link](http://x) \u0007bip'));
    const runs = JSON.stringify(card);
    assert.match(runs, /"type":"TextRun","text":"\*fed\* <b>html<\/b> \[link\]\(http:\/\/x\) bip"/);
    assert.doesNotMatch(runs, /\u0007/);
  });

  it('logs an activity that Teams delivers twice once, and answers once', async () => {
    const msg = channelMessage('/log film om mentorforsøget i Morsø', { timestamp: WED });
    const before = await countEntries();
    const replies = h.connector.received.length;
    assert.equal((await h.post(msg)).status, 200);
    assert.equal((await h.post(msg)).status, 200);
    await h.connector.waitFor(replies + 1);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(h.connector.received.length, replies + 1);
    assert.equal(await countEntries(), before + 1);
  });

  it('keeps 50 entries when 50 people log at the same moment', async () => {
    const before = await countEntries();
    const posts = Array.from({ length: 50 }, (_, i) =>
      h.post(
        channelMessage(`/log møde nummer ${i} med KL`, {
          timestamp: WED,
          from: { id: `29:user${i}`, name: `Bruger ${i}`, aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
        }),
      ),
    );
    const statuses = (await Promise.all(posts)).map((r) => r.status);
    assert.deepEqual(new Set(statuses), new Set([200]));
    assert.equal(await countEntries(), before + 50);
  });

  async function countEntries(): Promise<number> {
    return (await h.app.services.log.between(SCOPE, '0000-01-01', '9999-12-31')).length;
  }
});

describe('/find and /who on a realistic month', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
    const month = [
      ['2024-11-01', 'presse Jyllandsposten skrev om mikrolån i Jammerbugt'],
      ['2024-11-04', 'møde med KL om frikommuneforsøgene'],
      ['2024-11-05', 'presse P1 interviewede borgmesteren om mikrolån'],
      ['2024-11-07', 'foretræde for Folketingets Beskæftigelsesudvalg om lægeattester'],
      ['2024-11-08', 'henvendelse til Beskæftigelsesministeren om samtaler'],
      ['2024-11-11', 'besøg fra STAR i Frederikshavn'],
      ['2024-11-12', 'presse Jyllandsposten fulgte op på mikrolånene'],
      ['2024-11-13', 'arrangement oplæg på Beskæftigelsestræf om rehabiliteringsteams'],
      ['2024-11-14', 'møde med VIVE om evalueringen'],
      ['2024-11-15', 'presse TV2 Nord om mentor i Vesthimmerland'],
      ['2024-11-18', 'møde med beskæftigelsesministeren og KL om mikrolån'],
      ['2024-11-19', 'presse Ærø-journalist ringede til Jyllandsposten'],
    ];
    for (const [day, text] of month) {
      await h.say(channelMessage(`/log ${text}`, { timestamp: `${day}T10:00:00.000Z` }));
    }
  });
  after(async () => {
    await h.stop();
  });

  it('finds every entry with all the words, newest first', async () => {
    const card = cardOf((await h.say(channelMessage('/søg mikrolån', { timestamp: WED })))[0]);
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /4 fund/);
    const order = [
      'møde med beskæftigelsesministeren og KL om mikrolån',
      'fulgte op på mikrolånene',
      'P1 interviewede',
      'skrev om mikrolån i Jammerbugt',
    ];
    const positions = order.map((s) => text.indexOf(s));
    assert.ok(
      positions.every((p) => p >= 0),
      text,
    );
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg jyllandsposten mikrolån')))[0])), /2 fund/);
  });

  it('folds case and accents but keeps æøå as letters', async () => {
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg ÆRØ')))[0])), /1 fund/);
    assert.match(cardText(cardOf((await h.say(channelMessage('/find aero')))[0])), /Nothing found|Intet fundet/);
  });

  it('pages ten to a card with a "more" button that shows the rest', async () => {
    for (let i = 1; i <= 12; i++) {
      await h.say(
        channelMessage(`/log møde nummer ${i} om kaffeautomaten`, { timestamp: `2024-10-${String(i).padStart(2, '0')}T10:00:00.000Z` }),
      );
    }
    const msg = channelMessage('/søg kaffeautomat', { timestamp: WED });
    const first = cardOf((await h.say(msg))[0]);
    assert.deepEqual(cardProblems(first), []);
    assert.match(cardText(first), /12 fund/);
    assert.match(cardText(first), /Viser 1–10 af 12/);
    assert.equal((cardText(first).match(/nummer \d+ om kaffeautomaten/g) ?? []).length, 10);
    assert.match(cardText(first), /nummer 12 om/);
    const more = actionsOf(first).find((a) => a.verb === FIND_VERBS.more);
    assert.ok(more, 'a "more" button');
    const res = await h.post(cardAction(FIND_VERBS.more, more.data, msg));
    const second = res.body.value;
    assert.deepEqual(cardProblems(second), []);
    assert.deepEqual(cardText(second).match(/nummer \d+ om kaffeautomaten/g), ['nummer 2 om kaffeautomaten', 'nummer 1 om kaffeautomaten']);
    assert.equal(actionsOf(second).length, 0);
  });

  it('finds events and deadlines with the log entries, by their date', async () => {
    await h.say(channelMessage('/frist Aflevering af pingvinrapport senest d. 15. december', { timestamp: WED }));
    await h.say(channelMessage('/arrangement Pingvinseminar 3. december kl. 10 Aalborg', { timestamp: WED }));
    await h.say(channelMessage('/log møde om pingvinrapporten', { timestamp: WED }));
    const text = cardText(cardOf((await h.say(channelMessage('/søg pingvin', { timestamp: WED })))[0]));
    assert.match(text, /3 fund/);
    assert.ok(text.indexOf('Aflevering af pingvinrapport') < text.indexOf('Pingvinseminar'), text);
    assert.ok(text.indexOf('Pingvinseminar') < text.indexOf('om pingvinrapporten'), text);
    assert.match(text, /Frist · senest 15\. december/);
  });

  it("shows one stakeholder's history: count, last contact, by kind, newest first", async () => {
    const card = cardOf((await h.say(channelMessage('/hvem Jyllands-Posten', { timestamp: WED })))[0]);
    assert.deepEqual(cardProblems(card), []);
    const f = facts(card);
    assert.equal(f.Logposter, '3');
    assert.equal(f['Seneste kontakt'], 'tirsdag d. 19. november');
    assert.equal(f['Efter art'], 'Presse 3');
    const ministeren = facts(cardOf((await h.say(channelMessage('/hvem ministeren')))[0]));
    assert.equal(ministeren.Logposter, '2');
    assert.match(ministeren['Efter art'], /Henvendelse 1/);
    assert.match(ministeren['Efter art'], /Møde 1/);
  });

  it('says so when a stakeholder is unknown, and how to add one; then recognises it', async () => {
    const [unknown] = await h.say(channelMessage('/hvem Radio Limfjord'));
    assert.match(unknown.text, /\/interessent tilføj Radio Limfjord/);
    const [added] = await h.say(channelMessage('/interessent tilføj medie Radio Limfjord'));
    assert.match(added.text, /tilføjet som medie/);
    const card = cardOf((await h.say(channelMessage('/log Radio Limfjord ringede om mikrolån')))[0]);
    assert.equal(facts(card).Art, 'Presse');
    assert.equal(facts(cardOf((await h.say(channelMessage('/hvem radio limfjord')))[0])).Logposter, '1');
    const [exp] = await h.say(channelMessage('/forsøg tilføj Fleksjob'));
    assert.match(exp.text, /Fleksjob er tilføjet/);
    assert.equal(facts(cardOf((await h.say(channelMessage('/log møde om fleksjobforsøget')))[0])).Forsøg, 'Fleksjob');
  });

  it('keeps everything across a restart of the bot', async () => {
    const first = h;
    // Stop this harness's bot and connector stand-in but keep its storage: the data must outlive the bot.
    await h.app.close();
    await h.connector.stop();
    assert.deepEqual(h.cardProblemsSeen, []);
    const again = await startHarness({}, h.sameStorage);
    try {
      assert.match(cardText(cardOf((await again.say(channelMessage('/søg mikrolån')))[0])), /fund/);
    } finally {
      await again.stop();
    }
    h = await startHarness({}, first.sameStorage);
    owners.push(first);
  });
  const owners: Harness[] = [];
  after(async () => {
    // The first harness owns the storage the later ones borrowed: remove it last.
    for (const o of owners) await o.stop().catch(() => undefined);
  });

  it('keeps scopes apart: another team sees none of it', async () => {
    const card = cardOf((await h.say(channelMessage('/søg mikrolån', { teamId: '19:andet-team@thread.tacv2' })))[0]);
    assert.match(cardText(card), /Intet fundet/);
    void TEAM;
  });
});
