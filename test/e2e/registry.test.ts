// Issue 14 over HTTP: the seed's experiments with their 2020 statuses, the 2018 results, the log about an
// experiment, a November–December 2020 approval run across the 11 councils with marks from two colleagues (by
// command and by the card's buttons, updated for everyone), undo of a mark, the tally in listings and the digest,
// the municipality pages, and bad input that stores nothing.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessageAt,
  cardAction,
  TENANT,
  cardOf,
  cardText,
  cardFacts as facts,
  cardExecuteActions as actionsOf,
  FixedClock,
  type Harness,
} from '../support/botHarness';
import { usageOf } from '../../storage/tables';
import { encodeKeyPart } from '../../storage/keys';
import type { TableStore } from '../../storage/tableStore';
import { APPROVAL_VERBS } from '../../cards/approvalCards';
import { LOG_VERBS } from '../../cards/logButton';

const TEAM_ID = '19:registry-2020@thread.tacv2';
const CHANNEL_ID = '19:registry-kommunikation@thread.tacv2';
const METTE = { id: '29:mette', name: 'Mette Kristensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };

describe('experiments, results, municipalities and the approvals tally, over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2020-10-01T08:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  const on = (local: string, text: string, from?: typeof METTE) =>
    channelMessageAt(clock, local, text, { teamId: TEAM_ID, channelId: CHANNEL_ID, ...(from ? { from } : {}) });
  async function say(local: string, text: string, from?: typeof METTE) {
    const msg = on(local, text, from);
    const [reply] = await h.say(msg);
    return { reply, msg };
  }
  async function card(local: string, text: string, from?: typeof METTE) {
    const { reply, msg } = await say(local, text, from);
    return { card: cardOf(reply), msg, id: reply.id as string };
  }
  async function text(local: string, words: string) {
    const { reply } = await say(local, words);
    assert.equal(reply.attachments, undefined, `a plain answer to ${words}`);
    return reply.text as string;
  }
  async function press(local: string, action: any, replyToId: string, from?: typeof METTE) {
    const msg = on(local, '', from);
    const res = await h.post({ ...cardAction(action.verb, action.data, msg), replyToId });
    assert.equal(res.status, 200);
    return res.body;
  }
  async function rowCount(): Promise<number> {
    let n = 0;
    for (const table of Object.values(h.app.storage.tables) as TableStore[]) for await (const page of table.scan()) n += page.length;
    return n;
  }

  it("lists the seed's experiments; the 2020 statuses are set and kept as history; /forsøg counts by status", async () => {
    let list = cardText((await card('2020-10-01T09:00', '/forsøg')).card);
    assert.match(list, /9 forsøg: 9 uden status/);
    for (const name of [
      'lægeattester',
      'samtaler',
      'mikrolån',
      'rehabiliteringsteams',
      'mentor',
      'iværksætteri for dimittender',
      'fleksible rammer for uddannelse',
      'revalidering',
      'psykologbehandling',
    ]) {
      assert.ok(list.includes(name), name);
    }
    const mentor = await card(
      '2020-10-01T09:05',
      '/forsøg status mentor helt ophør 1. januar 2020: forenklet lov om en aktiv beskæftigelsesindsats',
    );
    assert.match(cardText(mentor.card), /Status ændret: helt ophør fra onsdag d\. 1\. januar/);
    assert.equal(facts(mentor.card)['Helt ophør'], 'onsdag d. 1. januar: forenklet lov om en aktiv beskæftigelsesindsats');
    await card('2020-10-01T09:06', '/forsøg status samtaler delvist ophør 1. januar 2020');
    await card('2020-10-01T09:07', '/forsøg status lægeattester i gang 1. juli 2018');
    // A later change keeps the earlier one as history.
    await card('2020-10-01T09:08', '/forsøg status lægeattester fortsætter 1. januar 2020: forlænget');
    await text('2020-10-01T09:09', '/forsøg kommuner lægeattester Aalborg, Hjørring, Thisted og Rebild');
    list = cardText((await card('2020-10-01T09:10', '/forsøg')).card);
    assert.match(list, /9 forsøg: 1 fortsætter, 1 delvist ophør, 1 helt ophør, 6 uden status/);
    // English: the same list in English words.
    const english = cardText((await card('2020-10-01T09:11', '/experiment')).card);
    assert.match(english, /9 experiments: 1 continues, 1 partly ended, 1 fully ended, 6 no status yet/);
  });

  it('keeps the 2018 results with their figures, shows them on the page newest first, and /søg finds them', async () => {
    const saved = await card(
      '2020-10-02T10:00',
      '/resultat lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018 sparede ca. 2,5 mio. kr. og ca. 1.300 lægetimer',
    );
    const f = facts(saved.card);
    assert.equal(f.Forsøg, 'lægeattester');
    assert.equal(f['Handler om'], 'juli–december 2018');
    assert.equal(f.Tal, 'ca. 2.000 færre lægeattester · ca. 2,5 mio. kr. · ca. 1.300 lægetimer');
    await card('2020-10-02T10:01', '/resultat lægeattester: 5 mio. kr. sparet i 1. halvår 2018');
    const found = cardText((await card('2020-10-02T10:02', '/søg lægetimer')).card);
    assert.match(found, /resultat · lægeattester · juli–december 2018/);
    assert.match(found, /1\.300 lægetimer/);
  });

  it("shows the experiment's page: title, status and history, municipalities, results, the log about it, what is coming; reading only what it shows", async () => {
    await card('2020-10-05T10:00', '/log presse P4 Nordjylland om lægeattesterne');
    await card('2020-10-06T10:00', '/log møde med KL om lægeattester i Hjørring');
    await card('2020-10-07T10:00', '/log foretræde Folketingets Beskæftigelsesudvalg om lægeattester og mentor');
    await card('2020-10-07T11:00', '/arrangement Oplæg om lægeattester på KL Beskæftigelsestræf 19. november 2020');
    // The page's reads: what a small command reads as a baseline, then the page.
    const usage = () => usageOf(h.app.storage.tables);
    let before = usage();
    await text('2020-10-08T09:59', '/kommune');
    const baseline = usage().rowsRead - before.rowsRead;
    before = usage();
    const page = (await card('2020-10-08T10:00', '/forsøg lægeattester')).card;
    const read = usage().rowsRead - before.rowsRead - baseline;
    const all = cardText(page);
    assert.match(all, /Differentiering i valg af lægeattester på sygedagpengeområdet/);
    const f = facts(page);
    assert.equal(f.Fortsætter, 'onsdag d. 1. januar: forlænget');
    assert.equal(f['Tidligere: i gang'], 'søndag d. 1. juli 2018');
    assert.equal(f.Kommuner, 'Aalborg, Hjørring, Rebild, Thisted');
    assert.match(all, /Resultater \(2\)/);
    assert.ok(all.indexOf('ca. 2.000 færre') < all.indexOf('5 mio. kr. sparet'), 'newest first: 2. halvår before 1. halvår');
    assert.equal(f.Poster, '3 (1 presse · 1 møde · 1 foretræde)', 'one colon: the count, then the kinds');
    assert.match(f['Seneste presse'], /5\. oktober: P4 Nordjylland om lægeattesterne/);
    assert.match(f.Interessenter, /KL/);
    assert.match(f.Interessenter, /Folketingets Beskæftigelsesudvalg/);
    assert.match(all, /Oplæg om lægeattester på KL Beskæftigelsestræf/);
    // Rows read, each shown: the page range (the record, 2 status changes, 2 results), the 3 log index rows it counts,
    // and the coming event (its title word's index row and the item). The names it is matched against are the seed's
    // (none added here), so nothing else is read.
    assert.equal(read, 5 + 3 + 2, `rows read for the page: ${read}`);
    // The button on the page changes the status (a form in the card), and the card is updated for everyone.
    const form = page.actions.find((a: any) => a.type === 'Action.ShowCard');
    const save = form.card.actions[0];
    const updates = h.connector.updated.length;
    const answer = await press(
      '2020-10-08T10:05',
      { ...save, data: { ...save.data, status: 'running', since: '2020-10-08', note: 'genoptaget' } },
      'page-card-1',
    );
    assert.match(cardText(answer.value), /Status ændret: i gang fra/);
    assert.ok(
      h.connector.updated.slice(updates).some((u) => u.replyToId === 'page-card-1'),
      'the page message is updated for everyone',
    );
  });

  it("links a press and a meeting entry to the result they used: shown on the entry's card and counted on the page", async () => {
    const press1 = await card('2020-10-09T10:00', '/log presse Nordjyske om lægeattester og de sparede lægetimer');
    const pick = actionsOf(press1.card).find((a) => a.verb === LOG_VERBS.pickResult);
    assert.equal(pick.title, 'Brugt resultat…');
    // The picker: the experiment's results, newest first, and "Intet resultat".
    const picker = (await press('2020-10-09T10:01', pick, 'entry-card-1')).value;
    const choices = JSON.stringify(picker).match(/"choices":(\[.*?\])/)![1];
    const offered = JSON.parse(choices) as Array<{ title: string; value: string }>;
    assert.equal(offered.length, 3);
    assert.ok(offered[0].title.startsWith('lægeattester: ca. 2.000 færre lægeattester'), offered[0].title);
    assert.ok(offered[1].title.startsWith('lægeattester: 5 mio. kr. sparet i 1. halvår'), offered[1].title);
    assert.deepEqual(offered[2], { title: 'Intet resultat', value: 'none' });
    assert.match(offered[0].title, /\(juli–december 2018\)$/);
    const link = actionsOf(picker).find((a) => a.verb === LOG_VERBS.linkResult);
    const updates = h.connector.updated.length;
    const linked = (await press('2020-10-09T10:02', { ...link, data: { ...link.data, result: offered[0].value } }, 'entry-card-1')).value;
    assert.match(cardText(linked), /Resultatet er knyttet til logposten/);
    assert.match(facts(linked)['Brugt resultat'], /^ca\. 2\.000 færre lægeattester i 2\. halvår 2018/);
    assert.ok(
      h.connector.updated.slice(updates).some((u) => u.replyToId === 'entry-card-1'),
      "the entry's card is updated for everyone",
    );
    // A meeting by Mette uses the same result; an edit of her text keeps the link while it still names the experiment.
    const meeting = await card('2020-10-12T10:00', '/log møde med STAR om lægeattester', METTE);
    const picker2 = (
      await press(
        '2020-10-12T10:01',
        actionsOf(meeting.card).find((a) => a.verb === LOG_VERBS.pickResult),
        'entry-card-2',
        METTE,
      )
    ).value;
    const link2 = actionsOf(picker2).find((a) => a.verb === LOG_VERBS.linkResult);
    await press('2020-10-12T10:02', { ...link2, data: { ...link2.data, result: offered[0].value } }, 'entry-card-2', METTE);
    const edit = actionsOf(linked).find((a) => a.verb === LOG_VERBS.edit);
    const form = (await press('2020-10-12T10:03', edit, 'entry-card-1')).value;
    const save = actionsOf(form).find((a) => a.verb === LOG_VERBS.update);
    const edited = (
      await press(
        '2020-10-12T10:04',
        {
          ...save,
          data: { ...save.data, kind: 'press', text: 'Nordjyske skrev om lægeattester og de sparede lægetimer', date: '2020-10-09' },
        },
        'entry-card-1',
      )
    ).value;
    assert.match(facts(edited)['Brugt resultat'], /^ca\. 2\.000 færre/);
    // The page: the result used twice, last on 12 October; the other result not used.
    const page = cardText((await card('2020-10-13T09:00', '/forsøg lægeattester')).card);
    assert.match(page, /ca\. 2\.000 færre lægeattester.*\n.*brugt 2 gange, senest mandag d\. 12\. oktober/);
    assert.doesNotMatch(page, /5 mio\. kr\. sparet i 1\. halvår 2018\n.*brugt/);
    // "Intet resultat" takes the link away; the page counts one use.
    const again = (
      await press(
        '2020-10-13T09:02',
        actionsOf(edited).find((a) => a.verb === LOG_VERBS.pickResult),
        'entry-card-1',
      )
    ).value;
    const unlink = actionsOf(again).find((a) => a.verb === LOG_VERBS.linkResult);
    const unlinked = (await press('2020-10-13T09:03', { ...unlink, data: { ...unlink.data, result: 'none' } }, 'entry-card-1')).value;
    assert.match(cardText(unlinked), /Logposten er ikke længere knyttet til et resultat/);
    assert.equal(facts(unlinked)['Brugt resultat'], undefined);
    assert.match(cardText((await card('2020-10-13T09:04', '/forsøg lægeattester')).card), /brugt 1 gang, senest mandag d\. 12\. oktober/);
    // Bad input changes nothing: a result id that is not one of the entry's experiments', and an entry about none.
    let rows = await rowCount();
    const wrong = await press('2020-10-13T09:05', { ...unlink, data: { ...unlink.data, result: 'r-from-elsewhere' } }, 'entry-card-1');
    assert.match(wrong.value, /Det resultat hører ikke til logpostens forsøg/);
    assert.equal(await rowCount(), rows, 'nothing was stored');
    const plain = await card('2020-10-13T09:06', '/log brev til KL om budgettet');
    assert.equal(
      actionsOf(plain.card).find((a) => a.verb === LOG_VERBS.pickResult),
      undefined,
      'no experiment, no result to link',
    );
    const mikro = await card('2020-10-13T09:07', '/log presse TV2 Nord om mikrolån');
    rows = await rowCount();
    const none = await press(
      '2020-10-13T09:08',
      actionsOf(mikro.card).find((a) => a.verb === LOG_VERBS.pickResult),
      'entry-card-3',
    );
    assert.match(none.value, /Der er endnu ingen resultater af mikrolån\. Gem et med "\/resultat mikrolån: …"/);
    assert.equal(await rowCount(), rows, 'nothing was stored');
  });

  it('runs the November–December 2020 approval across the 11 councils: marks from two colleagues, a button per missing one, undo, done at 11', async () => {
    const created = await card('2020-10-15T10:00', '/frist Politisk godkendelse i alle kommuner November – december 2020');
    assert.match(
      cardText(created.card),
      /0 af 11 godkendt · mangler: Aalborg, Brønderslev, Frederikshavn, Hjørring, Jammerbugt, Læsø, Mariagerfjord, Morsø, Rebild, Thisted, Vesthimmerland/,
    );
    assert.equal(actionsOf(created.card).filter((a) => a.verb === APPROVAL_VERBS.mark).length, 11);
    // Anne marks four by command (one with the day it was approved), Mette three with the card's buttons.
    for (const m of ['Aalborg', 'Brønderslev', 'Frederikshavn']) await card('2020-11-10T10:00', `/godkendt ${m} politisk godkendelse`);
    const hj = await card('2020-11-12T10:00', '/godkendt Hjørring politisk godkendelse 11. november');
    assert.equal(facts(hj.card).Hjørring, 'onsdag d. 11. november · markeret af Anne Sørensen');
    let current = hj.card;
    for (const m of ['Jammerbugt', 'Mariagerfjord', 'Vesthimmerland']) {
      const button = actionsOf(current).find((a) => a.verb === APPROVAL_VERBS.mark && a.data.who === m);
      const answer = await press('2020-11-18T14:00', button, 'tally-card', METTE);
      current = answer.value;
    }
    assert.match(cardText(current), /7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted/);
    assert.equal(facts(current).Vesthimmerland, 'onsdag d. 18. november · markeret af Mette Kristensen');
    assert.deepEqual(
      actionsOf(current)
        .filter((a) => a.verb === APPROVAL_VERBS.mark)
        .map((a) => a.data.who),
      ['Læsø', 'Morsø', 'Rebild', 'Thisted'],
    );
    assert.match(cardText(cardOf(h.connector.updated.at(-1)!.activity)), /7 af 11 godkendt/, 'the card is updated for everyone');
    // Undo the last mark, then mark it again.
    const undo = actionsOf(current).find((a) => a.verb === APPROVAL_VERBS.undo);
    assert.equal(undo.title, 'Fortryd Vesthimmerland');
    const undone = (await press('2020-11-18T14:01', undo, 'tally-card', METTE)).value;
    assert.match(cardText(undone), /6 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted, Vesthimmerland/);
    const again = await text('2020-11-18T14:02', '/godkendt fortryd Vesthimmerland politisk godkendelse');
    assert.match(again, /Vesthimmerland er ikke markeret som godkendt\. Intet er ændret\./);
    await card('2020-11-19T09:00', '/godkendt Vesthimmerland politisk godkendelse', METTE);
    const twice = await text('2020-11-19T09:01', '/godkendt Vesthimmerland politisk godkendelse');
    assert.match(twice, /Vesthimmerland er allerede markeret som godkendt/);
    // The history keeps every mark and the undo: who, when.
    const scopeKey = [encodeKeyPart(TENANT), 'team', encodeKeyPart(TEAM_ID)].join('|');
    const [item] = await h.app.services.items.approvalRuns(scopeKey);
    const history = await h.app.services.items.approvalHistory(scopeKey, item.id);
    assert.deepEqual(
      history.filter((e) => e.who === 'Vesthimmerland').map((e) => [e.action, e.by]),
      [
        ['mark', 'Mette Kristensen'],
        ['undo', 'Mette Kristensen'],
        ['mark', 'Mette Kristensen'],
      ],
    );
    assert.equal(history.filter((e) => e.action === 'mark').length, 8);
  });

  it('shows the tally and who is missing in listings and in the digest', async () => {
    const listing = cardText((await card('2020-11-23T08:30', '/frister december 2020')).card);
    assert.match(listing, /Politisk godkendelse i alle kommuner/);
    assert.match(listing, /7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted/);
    const digest = cardText((await card('2020-11-23T08:31', '/overblik nu')).card);
    assert.match(digest, /Politisk godkendelse i alle kommuner/);
    assert.match(digest, /7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted/);
  });

  it('answers /kommune and /hvem for a municipality with its page: the log naming it, its experiments, its approvals', async () => {
    const hjorring = (await card('2020-11-23T09:00', '/kommune Hjørring')).card;
    const all = cardText(hjorring);
    assert.match(all, /Hjørring Kommune/);
    assert.match(all, /møde med KL om lægeattester i Hjørring/);
    assert.match(all, /lægeattester/);
    assert.equal(facts(hjorring)['Politisk godkendelse i alle kommuner'], 'godkendt onsdag d. 11. november (markeret af Anne Sørensen)');
    const laeso = facts((await card('2020-11-23T09:01', '/kommune Læsø')).card);
    assert.equal(laeso['Politisk godkendelse i alle kommuner'], 'mangler');
    const aalborg = cardText((await card('2020-11-23T09:02', '/hvem Aalborg')).card);
    assert.match(aalborg, /Aalborg Kommune/);
    assert.doesNotMatch(aalborg, /interessent/i);
  });

  it('marks the last four and the item is done; the card says so', async () => {
    let last: any;
    for (const m of ['Læsø', 'Morsø', 'Rebild', 'Thisted'])
      last = (await card('2020-12-10T10:00', `/godkendt ${m} politisk godkendelse`, METTE)).card;
    assert.match(cardText(last), /11 af 11 godkendt · Alle 11 har godkendt, så fristen er færdig\./);
    assert.equal(actionsOf(last).filter((a) => a.verb === APPROVAL_VERBS.mark).length, 0);
    const open = cardText((await card('2020-12-10T10:01', '/frister december 2020')).card);
    assert.doesNotMatch(open, /Politisk godkendelse i alle kommuner/);
    const nothingOpen = await text('2020-12-10T10:02', '/godkendt Læsø politisk godkendelse');
    assert.match(nothingOpen, /Her er ingen frist med godkendelse pr\. kommune/);
  });

  it("answers bad input in the user's language and stores nothing", async () => {
    const rows = await rowCount();
    assert.match(
      await text('2020-12-11T10:00', '/forsøg lægeatester'),
      /"lægeatester" er ikke et forsøg, jeg kender\. Intet er gemt\. Mente du lægeattester\?/,
    );
    assert.match(await text('2020-12-11T10:01', '/forsøg status lægeatester i gang 1. marts 2020'), /Mente du lægeattester\?/);
    assert.match(
      await text('2020-12-11T10:02', '/forsøg status mentor lukket 1. januar 2020'),
      /"lukket" er ikke en status, jeg kender, så intet er gemt\. Status er en af: i gang, fortsætter, delvist ophør, helt ophør, imødekommet\./,
    );
    assert.match(await text('2020-12-11T10:03', '/kommune Odense'), /"Odense" er ikke en af netværkets 11 kommuner\./);
    assert.match(await text('2020-12-11T10:04', '/kommune Hjöring'), /Mente du Hjørring\?/);
    assert.match(await text('2020-12-11T10:05', '/resultat ca. 2.000 færre lægeattester'), /Hvilket forsøg handler resultatet om\?/);
    assert.match(await text('2020-12-11T10:06', '/resultat fodbold: 3 mål'), /"fodbold" er ikke et forsøg, jeg kender/);
    assert.match(
      await text('2020-12-11T10:07', '/result about 40 new firms'),
      /Which experiment is the result about\? Write its name first/,
    );
    assert.match(
      await text('2020-12-11T10:08', '/experiment status mentor closed 1 January 2020'),
      /"closed" is not a status I know, so nothing was saved/,
    );
    assert.match(await text('2020-12-11T10:09', '/municipality Odense'), /"Odense" is not one of the network's 11 municipalities\./);
    assert.equal(await rowCount(), rows, 'nothing was stored');
  });
  it('runs a chain of approvals of any length: the circles of the evaluation timeline, with the same card, tally, buttons, marks and undo', async () => {
    const created = await card(
      '2021-01-10T10:00',
      '/godkendelse Evalueringsrapport marts 2021 af Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen og KKR',
    );
    let all = cardText(created.card);
    assert.match(all, /Frist gemt: godkendes af Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen og KKR/);
    assert.match(all, /Evalueringsrapport/);
    assert.match(all, /0 af 4 godkendt · mangler: Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen, KKR/);
    assert.deepEqual(
      actionsOf(created.card)
        .filter((a) => a.verb === APPROVAL_VERBS.mark)
        .map((a) => a.data.who),
      ['Jobcenterchefkredsen', 'Beskæftigelsesdirektørkredsen', 'Kommunaldirektørkredsen', 'KKR'],
    );
    // Anne marks the first circle by command, with the day it approved; Mette the next with the card's button.
    const first = await card('2021-01-20T10:00', '/godkendt Jobcenterchefkredsen evalueringsrapport 15. januar');
    assert.equal(facts(first.card).Jobcenterchefkredsen, 'fredag d. 15. januar · markeret af Anne Sørensen');
    assert.match(cardText(first.card), /Godkendelser/);
    assert.doesNotMatch(cardText(first.card), /pr\. kommune/);
    const button = actionsOf(first.card).find((a) => a.verb === APPROVAL_VERBS.mark && a.data.who === 'Beskæftigelsesdirektørkredsen');
    let current = (await press('2021-01-21T10:00', button, 'chain-card', METTE)).value;
    assert.match(cardText(current), /2 af 4 godkendt · mangler: Kommunaldirektørkredsen, KKR/);
    assert.match(cardText(cardOf(h.connector.updated.at(-1)!.activity)), /2 af 4 godkendt/, 'the card is updated for everyone');
    // Undo of the mark just made, then marked again by command (/approved too), by other spellings of the circles.
    current = (
      await press(
        '2021-01-21T10:01',
        actionsOf(current).find((a) => a.verb === APPROVAL_VERBS.undo),
        'chain-card',
        METTE,
      )
    ).value;
    assert.match(cardText(current), /1 af 4 godkendt · mangler: Beskæftigelsesdirektørkredsen, Kommunaldirektørkredsen, KKR/);
    const again = await card('2021-01-22T10:00', '/approved beskæftigelsesdirektørerne evalueringsrapport');
    assert.match(cardText(again.card), /Beskæftigelsesdirektørkredsen/);
    assert.match(cardText(again.card), /2 af 4 godkendt · mangler: Kommunaldirektørkredsen, KKR/);
    const alias = await card('2021-02-01T10:00', '/godkendt kommunaldirektørerne evalueringsrapport');
    assert.match(cardText(alias.card), /3 af 4 godkendt · mangler: KKR/);
    // What is due and the digest show the chain's tally like the municipalities'.
    assert.match(cardText((await card('2021-02-01T10:01', '/frister marts 2021')).card), /3 af 4 godkendt · mangler: KKR/);
    // A misspelt circle, and a circle not in the chain: a friendly answer, nothing stored.
    const rows = await rowCount();
    assert.match(
      await text('2021-02-01T10:02', '/godkendt Jobcenterchefkresen evalueringsrapport'),
      /"Jobcenterchefkresen" skal ikke godkende nogen åben frist\. Mente du Jobcenterchefkredsen\?/,
    );
    assert.match(
      await text('2021-02-01T10:03', '/godkendelse Evalueringsrapport marts 2021'),
      /Skriv fristen med dato og, efter "af", hvem der skal godkende/,
    );
    assert.match(
      await text('2021-02-01T10:04', '/godkendelse Godkendelse af evalueringsrapport marts 2021'),
      /"evalueringsrapport marts 2021" ligner en dato/,
    );
    assert.match(
      await text('2021-02-01T10:05', '/approval Evaluation report March 2021'),
      /Write the deadline with its date and, after "by", who must approve/,
    );
    assert.match(
      await text('2021-02-01T10:06', '/godkendelse Evalueringsrapport marts 2021 af KKR og Regionsrådet'),
      /"Evalueringsrapport" tæller allerede andre godkendelser \(3 af 4 godkendt · mangler: KKR\)/,
    );
    assert.equal(await rowCount(), rows, 'nothing was stored');
    // The last circle: done.
    all = cardText((await card('2021-03-01T10:00', '/godkendt KKR evalueringsrapport')).card);
    assert.match(all, /4 af 4 godkendt · Alle 4 har godkendt, så fristen er færdig\./);
  });

  it('makes an open deadline of the same title (a line of a pasted timeline) the chain, keeping its date', async () => {
    await card('2021-03-02T10:00', '/frist Slutrapport til ministeriet juni 2021');
    const started = await card('2021-03-02T10:01', '/godkendelse Slutrapport til ministeriet af Jobcenterchefkredsen og KKR');
    assert.match(cardText(started.card), /Fristen tæller nu 2 godkendelser/);
    assert.match(cardText(started.card), /0 af 2 godkendt · mangler: Jobcenterchefkredsen, KKR/);
    assert.match(cardText(started.card), /Frist · juni/, 'the date it had');
    const again = await card('2021-03-02T10:02', '/godkendelse Slutrapport til ministeriet af Jobcenterchefkredsen og KKR');
    assert.match(cardText(again.card), /Den godkendelse er allerede i gang/);
    const scopeKey = [encodeKeyPart(TENANT), 'team', encodeKeyPart(TEAM_ID)].join('|');
    const runs = (await h.app.services.items.approvalRuns(scopeKey)).filter((r) => r.title === 'Slutrapport til ministeriet');
    assert.equal(runs.length, 1, 'one deadline, not two');
  });
});
