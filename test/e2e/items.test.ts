// Events, deadlines and what is due, end to end over HTTP: commands, pasted timelines, Done/Undo/more buttons
// through the real adaptiveCard/action invoke. (ItemRepository on its own: test/integration/itemRepository.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startHarness, channelMessage, cardAction, cardOf, cardText, shown, type Harness } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { HISTORY_VERBS } from '../../cards/historyButton';
import { ADD_TO_CALENDAR_VERB, ITEM_VERBS } from '../../cards/itemCards';

const TIMELINE = readFileSync('/work/shared/examples/timeline-2024.txt', 'utf8');
const JAN_2024 = '2024-01-15T09:00:00.000Z';

let teamCounter = 0;
/** Each test writes in a team of its own, so the tests do not see each other's items. */
function team(): string {
  return `19:items-team-${++teamCounter}@thread.tacv2`;
}

type Json = Record<string, any>;

/** Every Action.Execute on a card, in order. */
function actionsOf(card: unknown): Json[] {
  const out: Json[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Json;
      if (o.type === 'Action.Execute') out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every node of a card of one type. */
function nodesOf(card: unknown, type: string): Json[] {
  const out: Json[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Json;
      if (o.type === type) out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

function okCard(reply: Json): Json {
  const card = cardOf(reply);
  assert.deepEqual(cardProblems(card), []);
  return card;
}

describe('events and deadlines, end to end over HTTP', function () {
  this.timeout(30000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  async function say(text: string, teamId: string, timestamp: string, extra: Json = {}): Promise<Json> {
    const [reply] = await h.say({ ...channelMessage(text, { teamId, timestamp }), ...extra });
    return reply;
  }

  async function press(action: Json, teamId: string, timestamp: string): Promise<Json> {
    const res = await h.post(cardAction(action.verb, action.data, channelMessage('', { teamId, timestamp })));
    assert.equal(res.status, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    const card = res.body.value;
    assert.deepEqual(cardProblems(card), []);
    return card;
  }

  /** A press whose answer is a short message (nothing to show on the card): its text, card or not. */
  async function pressForMessage(action: Json, teamId: string, timestamp: string): Promise<string> {
    const res = await h.post(cardAction(action.verb, action.data, channelMessage('', { teamId, timestamp })));
    assert.equal(res.status, 200);
    if (res.body.type === 'application/vnd.microsoft.card.adaptive') {
      assert.deepEqual(cardProblems(res.body.value), []);
      return cardText(res.body.value);
    }
    assert.equal(res.body.type, 'application/vnd.microsoft.activity.message');
    return res.body.value as string;
  }

  it('reads the pasted timeline from the slide line by line, saves it, and finds exactly the two August approvals', async () => {
    const t = team();
    const card = okCard(await say(`/frist\n${TIMELINE}`, t, JAN_2024));
    const text = cardText(card);
    assert.match(text, /8 frister gemt/);
    const expected: Array<[string, string]> = [
      ['Kick-off med evaluator', 'start februar'],
      ['Dataindsamling i kommunerne', 'februar–april'],
      ['Interviews med borgere', '15. marts – juni'],
      ['Godkendelse i styregruppen', 'midt august'],
      ['Godkendelse i direktørkredsen', 'slut august'],
      ['Behandling i fagudvalgene', 'september'],
      ['Byrådsbehandling i alle kommuner', 'oktober–november'],
      ['Aflevering af slutrapport', 'senest 15. december'],
    ];
    const columnSets = nodesOf(card, 'ColumnSet');
    assert.equal(columnSets.length, 8);
    expected.forEach(([title, period], i) => {
      assert.equal(nodesOf(columnSets[i], 'TextRun')[0].text, title);
      assert.equal(shown(nodesOf(columnSets[i], 'TextBlock')[0].text), period);
    });
    assert.deepEqual(
      actionsOf(card).map((a) => a.verb),
      [ITEM_VERBS.undoPaste],
    );

    const answer = okCard(await say('hvad skal vi nå i august', t, '2024-01-20T10:00:00.000Z'));
    const titles = nodesOf(answer, 'RichTextBlock')
      .flatMap((b) => b.inlines)
      .filter((r: Json) => r.weight === 'Bolder')
      .map((r: Json) => r.text);
    assert.deepEqual(titles, ['Godkendelse i styregruppen', 'Godkendelse i direktørkredsen']);
    assert.match(cardText(answer), /Frister og arrangementer · august/);
    assert.equal(actionsOf(answer).filter((a) => a.verb === ITEM_VERBS.done).length, 2);
  });

  it('saves a redelivered paste (same activity id, same conversation) once and answers it once', async () => {
    const t = team();
    const id = 'redelivered-paste';
    okCard(await say(`/frist ${TIMELINE}`, t, JAN_2024, { id }));
    // Answered once: the redelivery saves nothing and says nothing more.
    assert.deepEqual(await h.say({ ...channelMessage(`/frist ${TIMELINE}`, { teamId: t, timestamp: JAN_2024 }), id }, 0), []);
    const list = okCard(await say('/deadlines', t, JAN_2024));
    assert.equal(actionsOf(list).filter((a) => a.verb === ITEM_VERBS.done).length, 8);
  });

  it('saves a redelivered single deadline or event once and answers it once, and Done on its own card marks it done in place', async () => {
    const t = team();
    const first = okCard(await say('/frist Høringssvar 1. marts', t, JAN_2024, { id: 'redelivered-one' }));
    assert.match(cardText(first), /Frist gemt/);
    const before = h.connector.received.length;
    await h.say({ ...channelMessage('/frist Høringssvar 1. marts', { teamId: t, timestamp: JAN_2024 }), id: 'redelivered-one' }, 0);
    await h.say({ ...channelMessage('/arrangement Folkemødet 12. juni', { teamId: t, timestamp: JAN_2024 }), id: 'redelivered-event' });
    await h.say({ ...channelMessage('/arrangement Folkemødet 12. juni', { teamId: t, timestamp: JAN_2024 }), id: 'redelivered-event' }, 0);
    assert.equal(h.connector.received.length, before + 1, 'one answer for the event, none for the redeliveries');
    assert.equal(actionsOf(okCard(await say('/deadlines', t, JAN_2024))).filter((a) => a.verb === ITEM_VERBS.done).length, 1);
    const [done] = actionsOf(first);
    assert.equal(done.verb, ITEM_VERBS.done);
    const pressed = await press(done, t, JAN_2024);
    assert.match(cardText(pressed), /Markeret som færdig/);
    assert.deepEqual(
      nodesOf(pressed, 'TextRun')
        .filter((r) => r.strikethrough === true)
        .map((r) => r.text),
      ['Høringssvar'],
    );
    assert.deepEqual(
      actionsOf(pressed).map((a) => a.verb),
      [ITEM_VERBS.undone, ADD_TO_CALENDAR_VERB, HISTORY_VERBS.show, ITEM_VERBS.remove],
    );
    assert.match(cardText(okCard(await say('/deadlines', t, JAN_2024))), /Ingen kommende frister/);
  });

  it('Undo removes the whole paste, and a second Undo says there is nothing left to undo', async () => {
    const t = team();
    const card = okCard(await say(`/frist\n${TIMELINE}`, t, JAN_2024));
    const [undo] = actionsOf(card);
    const undone = await press(undo, t, JAN_2024);
    assert.match(cardText(undone), /Fortrudt: 8 frister fjernet igen/);
    assert.equal(actionsOf(undone).length, 0);
    const list = okCard(await say('/deadlines', t, JAN_2024));
    assert.match(cardText(list), /Ingen kommende frister/);
    assert.match(await pressForMessage(undo, t, JAN_2024), /intet at fortryde/);
  });

  it('a pasted updated timeline updates the open deadlines of its titles, says per line what happened, and its Undo restores the first paste', async () => {
    const t = team();
    okCard(await say(`/frist\n${TIMELINE}`, t, JAN_2024));
    const listing = async () => cardText(okCard(await say('/deadlines', t, '2024-01-20T09:00:00.000Z')));
    const firstState = await listing();
    // The slide again, some weeks later: the steering group's approval moved, one milestone new, the rest as it was.
    const updated =
      TIMELINE.replace('Godkendelse i styregruppen Medio august 2024', 'Godkendelse i styregruppen Primo september 2024') +
      '\nMidtvejsmøde med evaluator Medio juni 2024\n';
    const card = okCard(await say(`/frist\n${updated}`, t, '2024-01-20T09:00:00.000Z'));
    assert.match(cardText(card), /9 frister læst: 1 ny, 1 opdateret, 7 uændrede/);
    const status = new Map(
      nodesOf(card, 'ColumnSet').map((c) => [nodesOf(c, 'TextRun')[0].text, shown(nodesOf(c, 'TextBlock')[1]?.text ?? '')]),
    );
    assert.equal(status.get('Godkendelse i styregruppen'), 'opdateret: dato ændret fra midt august til start september');
    assert.equal(status.get('Midtvejsmøde med evaluator'), 'ny');
    assert.equal(status.get('Kick-off med evaluator'), 'uændret');
    assert.equal(status.get('Aflevering af slutrapport'), 'uændret');
    const [undo] = actionsOf(card).filter((a) => a.verb === ITEM_VERBS.undoPaste);
    assert.ok(undo);

    // One deadline per title: 9, the moved one at its new date.
    const after = okCard(await say('/deadlines', t, '2024-01-20T09:00:00.000Z'));
    assert.equal(actionsOf(after).filter((a) => a.verb === ITEM_VERBS.done).length, 9);
    const titles = nodesOf(after, 'RichTextBlock')
      .flatMap((b) => b.inlines)
      .filter((r: Json) => r.weight === 'Bolder')
      .map((r: Json) => r.text);
    assert.equal(titles.filter((x: string) => x === 'Godkendelse i styregruppen').length, 1);
    assert.match(cardText(after), /start september/);
    assert.doesNotMatch(cardText(after), /midt august/);

    // Pasting the same again changes nothing and says so line by line.
    const again = okCard(await say(`/frist\n${updated}`, t, '2024-01-21T09:00:00.000Z'));
    assert.match(cardText(again), /9 frister læst: 0 nye, 0 opdateret, 9 uændrede/);
    assert.equal(actionsOf(again).filter((a) => a.verb === ITEM_VERBS.undoPaste).length, 0);

    // Undo of the second paste: the new one gone, the moved one back; the first state exactly.
    const undone = await press(undo, t, '2024-01-20T10:00:00.000Z');
    assert.match(cardText(undone), /Fortrudt: 1 ny frist fjernet igen, 1 opdateret frist sat tilbage, som de var/);
    assert.equal(await listing(), firstState);
    assert.match(await pressForMessage(undo, t, '2024-01-20T10:00:00.000Z'), /intet at fortryde/);
  });

  it('Undo of the first paste leaves a deadline changed since (moved by a later paste) as it is, and says so', async () => {
    const t = team();
    const first = okCard(await say(`/frist\n${TIMELINE}`, t, JAN_2024));
    const [undoFirst] = actionsOf(first).filter((a) => a.verb === ITEM_VERBS.undoPaste);
    const updated = TIMELINE.replace('Godkendelse i styregruppen Medio august 2024', 'Godkendelse i styregruppen Primo september 2024');
    okCard(await say(`/frist\n${updated}`, t, '2024-01-20T09:00:00.000Z'));
    const undone = await press(undoFirst, t, '2024-01-20T10:00:00.000Z');
    assert.match(cardText(undone), /ændret siden indsætningen og er ikke rørt/);
    const left = cardText(okCard(await say('/deadlines', t, '2024-01-20T10:05:00.000Z')));
    assert.match(left, /Godkendelse i styregruppen/, 'the deadline a later paste moved stays');
    assert.match(left, /start september/);
    assert.doesNotMatch(left, /Kick-off med evaluator/, 'the untouched ones are removed');
  });

  it('answers a redelivered updated paste once and changes nothing twice', async () => {
    const t = team();
    okCard(await say(`/frist\n${TIMELINE}`, t, JAN_2024));
    const updated = TIMELINE.replace('Ultimo august 2024', 'Primo september 2024');
    const id = 'redelivered-update';
    const card = okCard(await say(`/frist\n${updated}`, t, JAN_2024, { id }));
    assert.match(cardText(card), /1 opdateret, 7 uændrede/);
    assert.deepEqual(await h.say({ ...channelMessage(`/frist\n${updated}`, { teamId: t, timestamp: JAN_2024 }), id }, 0), []);
    assert.equal(actionsOf(okCard(await say('/deadlines', t, JAN_2024))).filter((a) => a.verb === ITEM_VERBS.done).length, 8);
  });

  it('in English, a line of a paste with the title of an open deadline says it was updated', async () => {
    const t = team();
    okCard(await say('/deadline Final report 1 March 2024', t, JAN_2024));
    const card = okCard(await say('/deadline\nFinal report 15 March 2024\nKick-off 1 February 2024', t, JAN_2024));
    const text = cardText(card);
    assert.match(text, /2 deadlines read: 1 new, 1 updated, 0 unchanged/);
    assert.match(text, /updated: date changed from/);
  });

  it('marks an unreadable line of a paste, saves the rest, and keeps Undo for what was saved', async () => {
    const t = team();
    const card = okCard(
      await say(
        '/frist Nulpunktsmåling 1. marts 2024\nMøde med KL en dag\nRapport 31. februar 2024\nFremsendelse til ØIM senest 1. juni 2024',
        t,
        JAN_2024,
      ),
    );
    const text = cardText(card);
    assert.match(text, /2 frister gemt, 2 linjer kunne ikke læses/);
    assert.match(text, /Møde med KL en dag/);
    assert.match(text, /ingen dato fundet: ikke gemt/);
    assert.match(text, /"31\. februar 2024" findes ikke: ikke gemt/);
    const red = nodesOf(card, 'TextRun')
      .filter((r) => r.color === 'Attention')
      .map((r) => r.text);
    assert.deepEqual(red, ['Møde med KL en dag', 'Rapport 31. februar 2024']);
    const list = cardText(okCard(await say('/deadlines', t, JAN_2024)));
    assert.match(list, /Nulpunktsmåling/);
    assert.match(list, /Fremsendelse til ØIM/);
    assert.doesNotMatch(list, /Rapport|Møde med KL/);
  });

  it("shows a paste of 100 long lines within Teams' card size, every unreadable line in sight; refuses more than 100", async () => {
    const t = team();
    const lines = Array.from({ length: 100 }, (_, i) =>
      i === 97
        ? 'Denne linje har ingen dato og skal vises i rødt selv om kortet er kortet af'
        : `Tidsplanpunkt ${i + 1} for frikommuneforsøget om mikrolån med en lang forklarende titel fra et slide ${(i % 28) + 1}. marts 2024`,
    );
    const card = okCard(await say(`/frist\n${lines.join('\n')}`, t, JAN_2024));
    const text = cardText(card);
    assert.match(text, /99 frister gemt, 1 linje kunne ikke læses/);
    assert.match(text, /Denne linje har ingen dato/);
    assert.match(text, /linjer mere, som er gemt/);
    assert.equal(actionsOf(okCard(await say('/frister marts', t, JAN_2024))).filter((a) => a.verb === ITEM_VERBS.done).length > 0, true);
    const [tooMany] = await h.say(
      channelMessage(`/frist\n${[...lines, 'En til 1. april 2024'].join('\n')}`, { teamId: team(), timestamp: JAN_2024 }),
    );
    assert.match(tooMany.text, /Det er 101 linjer; jeg tager højst 100 ad gangen, så intet er gemt/);
  });

  it('answers an impossible date clearly and saves nothing, for a deadline and an event', async () => {
    const t = team();
    const [deadline] = await h.say(channelMessage('/frist Aflevering af rapport 31. februar', { teamId: t, timestamp: JAN_2024 }));
    assert.match(deadline.text, /Datoen "31\. februar" findes ikke, så intet er gemt/);
    const [event] = await h.say(channelMessage('/arrangement JobCamp 30/2 kl. 9 Vejle', { teamId: t, timestamp: JAN_2024 }));
    assert.match(event.text, /"30\/2" findes ikke/);
    const [english] = await h.say(
      channelMessage('/deadline Final report 31 February', { teamId: t, timestamp: JAN_2024, locale: 'en-US' }),
    );
    assert.match(english.text, /does not exist, so nothing was saved/);
    assert.match(cardText(okCard(await say('/frister næste måned', t, JAN_2024))), /Intet at nå/);
    assert.match(cardText(okCard(await say('/arrangementer', t, JAN_2024))), /Ingen kommende arrangementer/);
  });

  it('saves a deadline without a date as "dato ikke fastsat", listed under /deadlines (not under /arrangementer) until it gets one', async () => {
    const t = team();
    const card = okCard(await say('/frist Aflevering af rapport', t, JAN_2024));
    assert.match(cardText(card), /Frist gemt/);
    assert.match(cardText(card), /dato ikke fastsat/);
    assert.match(cardText(card), /Skriv fristen igen med samme titel og dato/);
    const deadlines = cardText(okCard(await say('/deadlines', t, JAN_2024)));
    assert.match(deadlines, /Dato ikke fastsat[\s\S]*Aflevering af rapport/);
    assert.doesNotMatch(cardText(okCard(await say('/arrangementer', t, JAN_2024))), /Aflevering af rapport/);
    const english = okCard(await say('/deadline Steering group minutes', t, JAN_2024, { locale: 'en-US' }));
    assert.match(cardText(english), /Deadline saved[\s\S]*date not set/);
    // Written again with its date: the one deadline gets it.
    const dated = okCard(await say('/frist Aflevering af rapport senest d. 1. marts', t, JAN_2024));
    assert.match(cardText(dated), /Opdateret: dato sat til senest 1\. marts/);
    const after = cardText(okCard(await say('/deadlines', t, JAN_2024)));
    assert.equal(after.match(/Aflevering af rapport/g)?.length, 1);
    assert.doesNotMatch(after, /Dato ikke fastsat[\s\S]*Aflevering af rapport/);
  });

  it('saves an event with date, time and place, and one without a date as "dato ikke fastsat"', async () => {
    const t = team();
    const now = '2024-10-01T08:00:00.000Z';
    const card = okCard(await say('/arrangement JobCamp 7. november kl. 9 Vejle', t, now));
    assert.match(cardText(card), /Arrangement gemt/);
    assert.match(cardText(card), /torsdag d\. 7\. november kl\. 09\.00/);
    assert.ok(nodesOf(card, 'TextRun').some((r) => r.text === ' · Vejle'));
    assert.ok(nodesOf(card, 'TextRun').some((r) => r.text === 'JobCamp'));
    const undated = okCard(await say('/arrangement Beskæftigelsestræf', t, now));
    assert.match(cardText(undated), /dato ikke fastsat/);
    const list = okCard(await say('/arrangementer', t, now));
    const text = cardText(list);
    assert.match(text, /November/);
    assert.match(text, /Dato ikke fastsat/);
    assert.ok(text.indexOf('JobCamp') < text.indexOf('Beskæftigelsestræf'));
    const english = okCard(await say('/events', t, now, { locale: 'en-US' }));
    assert.match(cardText(english), /Thursday 7 November at 09:00/);
    assert.match(cardText(english), /Date not set/);
  });

  it('Done through the adaptiveCard/action invoke shows it done in place, and a later /frister hides it', async () => {
    const t = team();
    const now = '2024-11-04T09:00:00.000Z';
    okCard(await say('/frist Høringssvar til ØIM 20. november', t, now));
    okCard(await say('/frist Pressemeddelelse om mikrolån 25. november', t, now));
    const list = okCard(await say('/frister', t, now));
    const [first] = actionsOf(list).filter((a) => a.verb === ITEM_VERBS.done);
    assert.equal(first.data.lang, 'da');
    const pressed = await press(first, t, now);
    const struck = nodesOf(pressed, 'TextRun')
      .filter((r) => r.strikethrough === true)
      .map((r) => r.text);
    assert.deepEqual(struck, ['Høringssvar til ØIM']);
    assert.match(cardText(pressed), /færdig/);
    assert.ok(actionsOf(pressed).some((a) => a.verb === ITEM_VERBS.undone && a.data.id === first.data.id));
    const later = cardText(okCard(await say('/frister', t, now)));
    assert.doesNotMatch(later, /Høringssvar/);
    assert.match(later, /Pressemeddelelse/);
    const withDone = cardText(okCard(await say('/frister inkl. færdige', t, now)));
    assert.match(withDone, /Høringssvar/);
    // Undo from the card brings it back.
    const undo = actionsOf(pressed).find((a) => a.verb === ITEM_VERBS.undone)!;
    await press(undo, t, now);
    assert.match(cardText(okCard(await say('/frister', t, now))), /Høringssvar/);
  });

  it("an action with another scope's item id changes nothing and says so", async () => {
    const mine = team();
    const theirs = team();
    const now = '2024-11-04T09:00:00.000Z';
    okCard(await say('/frist Hemmelig frist 20. november', theirs, now));
    const [done] = actionsOf(okCard(await say('/frister', theirs, now))).filter((a) => a.verb === ITEM_VERBS.done);
    assert.match(await pressForMessage(done, mine, now), /findes ikke i denne samtale/);
    assert.match(cardText(okCard(await say('/frister', theirs, now))), /Hemmelig frist/);
    assert.match(
      await pressForMessage({ verb: ITEM_VERBS.undoPaste, data: { batchId: 'b-not-here', lang: 'da' } }, mine, now),
      /intet at fortryde/,
    );
  });

  it('/færdig by title words: one match is marked done, several ask to be more precise, none says so', async () => {
    const t = team();
    const now = '2024-11-04T09:00:00.000Z';
    await say('/frist Godkendelse i styregruppen 20. november', t, now);
    await say('/frist Godkendelse i direktørkredsen 27. november', t, now);
    const [many] = await h.say(channelMessage('/færdig godkendelse', { teamId: t, timestamp: now }));
    assert.match(many.text, /Flere passer til "godkendelse"/);
    assert.match(many.text, /Godkendelse i styregruppen/);
    assert.match(many.text, /Godkendelse i direktørkredsen/);
    const [none] = await h.say(channelMessage('/færdig slutrapport', { teamId: t, timestamp: now }));
    assert.match(none.text, /fandt ingen åben frist/);
    const one = okCard(await say('/færdig styregruppens godkendelse', t, now));
    assert.match(cardText(one), /Markeret som færdig/);
    const later = cardText(okCard(await say('/frister', t, now)));
    assert.doesNotMatch(later, /styregruppen/);
    assert.match(later, /direktørkredsen/);
  });

  it('shows overdue items first, in Attention colour', async () => {
    const t = team();
    await say('/frist Nulpunktsmåling 20. oktober 2024', t, '2024-09-01T09:00:00.000Z');
    await say('/frist Slutrapport 28. november 2024', t, '2024-09-01T09:00:00.000Z');
    const card = okCard(await say('/frister', t, '2024-11-04T09:00:00.000Z'));
    const headings = nodesOf(card, 'TextBlock').filter((b) => b.weight === 'Bolder' && b.color);
    assert.equal(headings[0].text, 'Overskredet');
    assert.equal(headings[0].color, 'Attention');
    const titles = nodesOf(card, 'TextRun').filter((r) => r.weight === 'Bolder');
    assert.equal(titles[0].text, 'Nulpunktsmåling');
    assert.equal(titles[0].color, 'Attention');
    assert.equal(titles[1].text, 'Slutrapport');
  });

  it('decides "this month" by the turn\'s local date on the DST Sundays, near midnight UTC', async () => {
    const t = team();
    await say('/frist Marts-frist 31. marts 2024', t, '2024-03-01T09:00:00.000Z');
    await say('/frist April-frist 2. april 2024', t, '2024-03-01T09:00:00.000Z');
    // 22:30 UTC on 31 March is 00:30 on 1 April in Copenhagen (summer time began that night).
    const april = cardText(okCard(await say('/frister', t, '2024-03-31T22:30:00.000Z')));
    assert.match(april, /April-frist/);
    assert.match(april, /Overskredet/); // the March deadline is now past
    // 21:30 UTC the same day is still 23:30 on 31 March.
    const march = cardText(okCard(await say('/frister', t, '2024-03-31T21:30:00.000Z')));
    assert.match(march, /Marts-frist/);
    assert.doesNotMatch(march, /April-frist|Overskredet/);
  });

  it('cuts a long listing to fit Teams\' card size, with a "more" action that returns the next page', async () => {
    const t = team();
    const lines = Array.from({ length: 45 }, (_, i) =>
      `Evalueringsrapport nummer ${i + 1} om frikommuneforsøget med en meget lang titel der fylder godt på kortet ${i + 1}. december 2024`.replace(
        / (\d+)\. december/,
        (_m, d) => ` ${(Number(d) % 28) + 1}. december`,
      ),
    );
    okCard(await say(`/frist\n${lines.join('\n')}`, t, JAN_2024));
    const seen = new Set<string>();
    let card = okCard(await say('/deadlines', t, JAN_2024));
    for (let pages = 0; pages < 10; pages++) {
      assert.ok(Buffer.byteLength(JSON.stringify(card)) < 28 * 1024);
      for (const a of actionsOf(card).filter((x) => x.verb === ITEM_VERBS.done)) seen.add(a.data.id);
      const more = actionsOf(card).find((a) => a.verb === ITEM_VERBS.more);
      if (!more) break;
      assert.match(more.title, /Vis flere/);
      card = await press(more, t, JAN_2024);
    }
    assert.equal(seen.size, 45);
  });
});
