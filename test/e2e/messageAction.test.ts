// "Log i Tovholder" on a Teams message, over HTTP: the composeExtension/fetchTask and composeExtension/submitAction
// invokes as Teams sends them for a channel message (HTML, a mention, a link) and a group chat message, the dialog
// card, the stored entry (found with /søg), the log card replied in the message's thread, the duplicate answer, and
// bad submissions. Also /log with a link and with an @mentioned colleague.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  type Harness,
  TENANT,
  TEAM,
  CHANNEL,
  BOT_ID,
} from '../support/botHarness';
import { cardFacts as facts } from '../support/botHarness';
import { cardProblems } from '../support/cardValidation';
import { scopeOf } from '../../bot/teams/activityTurn';
import { LOG_VERBS } from '../../cards/logButton';

const ANNE = { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
const JENS_AAD = '6d4f6b2e-0000-4000-8000-00000000000a';
const GROUP_CHAT = '19:meeting-chat-1a2b3c@thread.v2';
let counter = 0;

interface Where {
  conversation: Record<string, unknown>;
  channelData: Record<string, unknown>;
  locale?: string;
}

const inChannel: Where = {
  conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
  channelData: {
    tenant: { id: TENANT },
    team: { id: TEAM, name: 'Frikommunenetværket' },
    channel: { id: CHANNEL, name: 'Kommunikation' },
    source: { name: 'message' },
  },
};
const inGroupChat: Where = {
  conversation: { id: GROUP_CHAT, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
  channelData: { tenant: { id: TENANT }, source: { name: 'message' } },
  locale: 'en-US',
};

function invoke(name: string, value: Record<string, unknown>, where: Where): Record<string, unknown> {
  return {
    type: 'invoke',
    name,
    id: `f:${++counter}`,
    channelId: 'msteams',
    timestamp: '2024-11-20T09:15:00.000Z',
    localTimezone: 'Europe/Copenhagen',
    locale: where.locale ?? 'da-DK',
    from: ANNE,
    recipient: { id: BOT_ID, name: 'Tovholder' },
    conversation: where.conversation,
    channelData: where.channelData,
    value,
  };
}

/** A message as Teams describes it in messagePayload. `mentionId`: the id its mention of Jens carries (default: his
 *  Entra object id; Teams may give only the "29:" id). */
function payload(
  id: string,
  html: string,
  o: { replyToId?: string; mentions?: boolean; at?: string; mentionId?: string } = {},
): Record<string, unknown> {
  return {
    id,
    replyToId: o.replyToId ?? null,
    createdDateTime: o.at ?? '2024-11-19T13:05:00.000Z',
    messageType: 'message',
    importance: 'normal',
    locale: 'da-dk',
    linkToMessage: `https://teams.microsoft.com/l/message/${encodeURIComponent(CHANNEL)}/${id}`,
    from: { user: { id: '6d4f6b2e-0000-4000-8000-00000000000b', displayName: 'Mette Larsen', userIdentityType: 'aadUser' } },
    body: { contentType: 'html', content: html },
    mentions: o.mentions
      ? [
          {
            id: 0,
            mentionText: 'Jens Nielsen',
            mentioned: { user: { id: o.mentionId ?? JENS_AAD, displayName: 'Jens Nielsen', userIdentityType: 'aadUser' } },
          },
        ]
      : [],
  };
}

const fetchTask = (message: Record<string, unknown> | undefined, where: Where) =>
  invoke(
    'composeExtension/fetchTask',
    {
      commandId: 'logMessage',
      commandContext: message ? 'message' : 'compose',
      context: { theme: 'default' },
      ...(message ? { messagePayload: message } : {}),
    },
    where,
  );

/** What Teams sends on Gem: every input's value, merged with the Action.Submit's data. */
function formOf(dialogCard: any): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && n.id) values[n.id] = n.value ?? '';
      Object.values(n).forEach(walk);
    }
  };
  walk(dialogCard.body);
  const submit = dialogCard.actions.find((a: any) => a.type === 'Action.Submit');
  return { ...values, ...submit.data };
}

const submitAction = (data: Record<string, unknown>, message: Record<string, unknown> | undefined, where: Where) =>
  invoke(
    'composeExtension/submitAction',
    { commandId: 'logMessage', commandContext: message ? 'message' : 'compose', data, ...(message ? { messagePayload: message } : {}) },
    where,
  );

function dialogCardOf(body: any): any {
  assert.equal(body?.task?.type, 'continue', JSON.stringify(body).slice(0, 300));
  const card = body.task.value.card;
  assert.equal(card.contentType, 'application/vnd.microsoft.card.adaptive');
  assert.deepEqual(cardProblems(card.content), []);
  return card.content;
}

function inputs(card: any): Record<string, any> {
  const out: Record<string, any> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && n.id) out[n.id] = n;
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

const CHANNEL_HTML =
  '<p>TV2 Nord filmede i Hjørring i går om mikrolånsforsøget med <at id="0">Jens Nielsen</at>.</p>' +
  '<p><a href="https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job" rel="noreferrer noopener" target="_blank">https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job</a> citeret: Jannie Knudsen</p>';

describe('"Log i Tovholder" on a Teams message, over HTTP', () => {
  let h: Harness;
  // A thread reply the connector never takes is given up on after 1 s here (5 s in production).
  before(async () => {
    h = await startHarness({}, { start: { timeouts: { replyMs: 1000 } } });
  });
  after(async () => {
    await h.stop();
  });

  async function search(words: string, where = channelMessage(`/søg ${words}`)) {
    return cardText(cardOf((await h.say(where))[0]));
  }

  it('opens a dialog prefilled from a channel message: text without HTML, kind, date, links, colleague, author', async () => {
    const message = payload('1732021500000', CHANNEL_HTML, { mentions: true });
    const res = await h.post(fetchTask(message, inChannel));
    assert.equal(res.status, 200);
    assert.equal(res.body.task.value.title, 'Log i Tovholder');
    const card = dialogCardOf(res.body);
    const i = inputs(card);
    assert.equal(
      i.text.value,
      'TV2 Nord filmede i Hjørring i går om mikrolånsforsøget med Jens Nielsen.\ncciteret: Jannie Knudsen'.replace('\nc', '\n'),
    );
    assert.equal(i.kind.value, 'press', 'a named outlet makes it press, as /log guesses');
    assert.equal(i.date.value, '2024-11-18', '"i går" from the message written on 19 November');
    assert.equal(i.links.value, 'https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job');
    assert.deepEqual(i.chosenColleagues.choices, [{ title: 'Jens Nielsen', value: '0' }]);
    assert.equal(i.chosenColleagues.value, '0');
    assert.deepEqual(
      [i.fromName.label, i.fromName.value, i.fromName.isRequired, i.fromName.maxLength],
      ['Beskeden er skrevet af', 'Mette Larsen', true, 100],
    );
    const shown = cardText(card);
    assert.match(shown, /Genkendt: TV2 Nord, mikrolån, Hjørring/);
    assert.ok(card.actions.some((a: any) => a.type === 'Action.Submit' && a.title === 'Gem'));
    assert.equal(h.connector.received.length, 0, 'opening the dialog saves and posts nothing');
  });

  it("Gem saves in the team's log and replies with the log card in the message's thread", async () => {
    const message = payload('1732021500000', CHANNEL_HTML, { mentions: true });
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    const before = h.connector.received.length;
    const res = await h.post(submitAction(formOf(dialog), message, inChannel));
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {}, 'an empty answer closes the dialog');
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    assert.equal(reply.conversationId, `${CHANNEL};messageid=1732021500000`, 'in the thread of the message');
    const card = cardOf(reply.activity);
    assert.match(cardText(card), /Logget: presse/);
    const f = facts(card);
    assert.equal(f.Art, 'Presse');
    assert.equal(f.Dato, 'mandag d. 18. november');
    assert.equal(f.Kolleger, 'Jens Nielsen');
    assert.equal(f.Citeret, 'Jannie Knudsen');
    assert.equal(f.Kilde, 'TV2 Nord');
    assert.equal(f['Fra besked af'], 'Mette Larsen');
    assert.equal(f['Logget af'], 'Anne Sørensen');
    assert.match(f.Interessenter, /TV2 Nord/);
    assert.deepEqual(
      card.actions.map((a: any) => [a.type, a.title]),
      [
        ['Action.Execute', 'Fortryd'],
        ['Action.Execute', 'Ret'],
        ['Action.Execute', 'Historik'],
        ['Action.Execute', 'Brugt resultat…'],
        ['Action.OpenUrl', 'Åbn'],
      ],
    );
    assert.equal(card.actions[4].url, 'https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job');
    assert.match(reply.activity.summary, /Logget fra en besked/);

    // Stored in the team's log: any channel of the team finds it, by the colleague's name and the quoted person's.
    const other = channelMessage('/søg Jens', { channelId: '19:general@thread.tacv2' });
    assert.match(await search('Jens', other), /TV2 Nord filmede i Hjørring/);
    assert.match(await search('Jannie'), /TV2 Nord filmede i Hjørring/);
  });

  it('the same message logged again answers "allerede logget" with the entry, in the dialog and on Gem', async () => {
    const message = payload('1732021500000', CHANNEL_HTML, { mentions: true });
    const before = h.connector.received.length;
    const opened = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.match(cardText(opened), /Allerede logget/);
    assert.match(cardText(opened), /allerede logget, så intet nyt er gemt/);
    assert.match(cardText(opened), /TV2 Nord filmede i Hjørring/);
    // A Gem from a dialog opened before the first save, with another date and text: still the one entry.
    const stale = { kind: 'press', text: 'TV2 Nord om mikrolån', date: '2024-11-17', links: '', chosenColleagues: '', lang: 'da' };
    const again = dialogCardOf((await h.post(submitAction(stale, message, inChannel))).body);
    assert.match(cardText(again), /Allerede logget/);
    assert.match(cardText(again), /mikrolånsforsøget med Jens Nielsen/, 'the existing entry, not the new text');
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(h.connector.received.length, before, 'no second reply in the thread');
    const found = await search('mikrolånsforsøget');
    assert.equal(found.match(/TV2 Nord filmede i Hjørring/g)?.length, 1, found);
  });

  it('two Gem pressed at the same moment save one entry and post one reply', async () => {
    const message = payload('1732021600000', '<p>Henvendelse til STAR om mentorordningen</p>', { replyToId: '1732021500000' });
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    const form = { ...formOf(dialog), kind: 'letter' };
    const before = h.connector.received.length;
    const answers = await Promise.all([1, 2, 3].map(() => h.post(submitAction(form, message, inChannel))));
    const closed = answers.filter((a) => JSON.stringify(a.body) === '{}');
    assert.equal(closed.length, 1, JSON.stringify(answers.map((a) => a.body)).slice(0, 500));
    for (const a of answers.filter((x) => x !== closed[0])) assert.match(cardText(dialogCardOf(a.body)), /Allerede logget/);
    const replies = (await h.connector.waitFor(before + 1)).slice(before);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(h.connector.received.length, before + 1);
    // A reply inside a thread is logged in that thread: its root, not the reply, names the thread.
    assert.equal(replies[0].conversationId, `${CHANNEL};messageid=1732021500000`);
    assert.equal((await search('mentorordningen')).match(/Henvendelse til STAR/g)?.length, 1);
  });

  it('Fortryd on the thread reply removes the entry, and the message can then be logged again', async () => {
    const message = payload('1732021700000', '<p>Møde med KKR om samtaler</p>');
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    const before = h.connector.received.length;
    await h.post(submitAction({ ...formOf(dialog), kind: 'meeting' }, message, inChannel));
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    const undo = cardOf(reply.activity).actions.find((a: any) => a.verb === LOG_VERBS.undo);
    const thread = { ...channelMessage('x'), conversation: { ...inChannel.conversation, id: reply.conversationId } };
    const res = await h.post(cardAction(LOG_VERBS.undo, undo.data, thread));
    assert.match(cardText(res.body.value), /Fortrudt/);
    const reopened = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.doesNotMatch(cardText(reopened), /Allerede logget/);
    assert.equal(inputs(reopened).kind.value, 'meeting');
  });

  it("a group chat message: English dialog, saved in the chat's log, the card replied to the message", async () => {
    const message = payload(
      '1732021800000',
      '<div>Letter to the minister about micro-loans, see <a href="https://bm.dk/nyheder/x">the answer</a></div>',
      { at: '2024-11-20T08:00:00.000Z' },
    );
    const res = await h.post(fetchTask(message, inGroupChat));
    assert.equal(res.body.task.value.title, 'Log in Tovholder');
    const dialog = dialogCardOf(res.body);
    const i = inputs(dialog);
    assert.equal(i.text.value, 'Letter to the minister about micro-loans, see the answer');
    assert.equal(i.kind.value, 'letter');
    assert.equal(i.date.value, '2024-11-20');
    assert.equal(i.links.value, 'https://bm.dk/nyheder/x');
    assert.equal(i.chosenColleagues, undefined, 'no colleagues mentioned, no choice shown');
    const before = h.connector.received.length;
    assert.deepEqual((await h.post(submitAction(formOf(dialog), message, inGroupChat))).body, {});
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    assert.equal(reply.conversationId, GROUP_CHAT);
    assert.equal(reply.replyToId, '1732021800000');
    const f = facts(cardOf(reply.activity));
    assert.equal(f.Kind, 'Letter');
    assert.equal(f.Source, 'Beskæftigelsesministeriet');
    assert.match(f.Stakeholders, /Beskæftigelsesministeriet/, 'from the address bm.dk');
    // The chat's log, not the team's.
    const chat = {
      ...channelMessage('/find micro-loans', { locale: 'en-US' }),
      conversation: inGroupChat.conversation,
      channelData: inGroupChat.channelData,
    };
    assert.match(await search('', chat), /Letter to the minister/);
    assert.doesNotMatch(await search('mikrolån'), /Letter to the minister/);
  });

  it("bad input gets the dialog back with the reason in the user's language, and nothing is saved", async () => {
    const message = payload('1732021900000', '<p>Besøg fra VIVE i Thisted</p>');
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    const form = formOf(dialog);
    const before = h.connector.received.length;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...form, text: 'VIVE '.repeat(300) }, /Teksten er 1499 tegn, men en logpost må højst være 1000\. Intet er gemt/],
      [{ ...form, kind: '' }, /Vælg en art for logposten\. Intet er gemt/],
      [{ ...form, text: '   ' }, /Skriv hvad der skete\. Intet er gemt/],
      [{ ...form, date: '2024-02-31' }, /"2024-02-31" er ikke en dato/],
      [{ ...form, links: 'javascript:alert(1)' }, /"javascript:alert\(1\)" er ikke et link/],
      [{ ...form, kind: '', lang: 'en' }, /Choose a kind for the log entry\. Nothing was saved/],
    ];
    for (const [data, reason] of cases) {
      const res = await h.post(submitAction(data, message, inChannel));
      assert.equal(res.status, 200);
      const again = dialogCardOf(res.body);
      assert.match(cardText(again), reason);
      assert.equal(inputs(again).text.value, data.text, 'what the user wrote is kept in the form');
    }
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(h.connector.received.length, before);
    assert.match(await search('VIVE'), /Intet fundet/);
    const reopened = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.doesNotMatch(cardText(reopened), /Allerede logget/);
  });

  it('who wrote the message is a field: a name typed there is the entry\'s "Fra besked af", with the id only if it is theirs', async () => {
    const entries = async () => h.app.services.log.between(scopeOf(channelMessage('x') as any).key, '2024-11-01', '2024-11-30');
    const message = payload('1732021950000', '<p>Brev fra STAR om lægeattester, videresendt af Mette</p>');
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    const form: Record<string, unknown> = { ...formOf(dialog), kind: 'letter' };
    const before = h.connector.received.length;
    // Bad input first: the form back with the reason and what was typed; nothing saved, nothing posted.
    const cases: Array<[string, RegExp]> = [
      ['  ', /Skriv hvem der skrev beskeden\. Intet er gemt\./],
      ['J'.repeat(101), /Navnet på den, der skrev beskeden, er 101 tegn, men højst 100\. Intet er gemt\./],
    ];
    for (const [fromName, reason] of cases) {
      const again = dialogCardOf((await h.post(submitAction({ ...form, fromName }, message, inChannel))).body);
      assert.match(cardText(again), reason);
      assert.equal(inputs(again).fromName.value, fromName, 'what the user wrote is kept in the form');
      assert.equal(inputs(again).text.value, form.text);
    }
    const english = dialogCardOf((await h.post(submitAction({ ...form, fromName: '', lang: 'en' }, message, inChannel))).body);
    assert.match(cardText(english), /Write who wrote the message\. Nothing was saved\./);
    assert.equal((await entries()).filter((e) => e.text.includes('lægeattester')).length, 0);

    // The forwarded letter was written by STAR's director: that is who the entry says, without Mette's id.
    assert.deepEqual((await h.post(submitAction({ ...form, fromName: ' Per  Hansen, STAR ' }, message, inChannel))).body, {});
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    assert.equal(facts(cardOf(reply.activity))['Fra besked af'], 'Per Hansen, STAR');
    assert.equal(facts(cardOf(reply.activity))['Logget af'], 'Anne Sørensen', 'who logged it is unchanged');
    const saved = (await entries()).find((e) => e.text.includes('lægeattester'));
    assert.deepEqual(saved?.fromMessage, {
      id: '1732021950000',
      authorName: 'Per Hansen, STAR',
      authorAadId: '',
      at: '2024-11-19T13:05:00.000Z',
    });
    assert.equal(saved?.authorAadId, ANNE.aadObjectId);

    // Renamed to a colleague it mentions: that colleague's id. Left as it was: the author's own id.
    const mentioning = payload('1732021960000', '<p>Møde med Jobcenter Thisted, referat fra <at id="0">Jens Nielsen</at></p>', {
      mentions: true,
    });
    const second = formOf(dialogCardOf((await h.post(fetchTask(mentioning, inChannel))).body));
    await h.post(submitAction({ ...second, kind: 'meeting', fromName: 'jens nielsen' }, mentioning, inChannel));
    const kept = payload('1732021970000', '<p>Møde med Jobcenter Frederikshavn om mentorer</p>');
    await h.post(
      submitAction({ ...formOf(dialogCardOf((await h.post(fetchTask(kept, inChannel))).body)), kind: 'meeting' }, kept, inChannel),
    );
    const all = await entries();
    assert.deepEqual(all.find((e) => e.text.includes('Thisted'))?.fromMessage?.authorAadId, JENS_AAD);
    assert.deepEqual(all.find((e) => e.text.includes('Frederikshavn'))?.fromMessage, {
      id: '1732021970000',
      authorName: 'Mette Larsen',
      authorAadId: '6d4f6b2e-0000-4000-8000-00000000000b',
      at: '2024-11-19T13:05:00.000Z',
    });
    await h.connector.waitFor(before + 3);
  });

  it('a message an app posted opens with the app as its author', async () => {
    const message = {
      ...payload('1732021980000', '<p>Nyt fra Altinget om frikommuner</p>'),
      from: { user: null, application: { id: 'app-1', displayName: 'RSS-læser', applicationIdentityType: 'bot' } },
    };
    assert.equal(inputs(dialogCardOf((await h.post(fetchTask(message, inChannel))).body)).fromName.value, 'RSS-læser');
  });

  it('a message over 1,000 characters opens with a note to shorten it', async () => {
    const message = payload('1732022000000', `<p>${'Mikrolån virker. '.repeat(70)}</p>`);
    const card = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.match(cardText(card), /Beskeden er 1189 tegn, men en logpost må højst være 1000/);
  });

  it('from the compose box: an empty form that saves in the conversation', async () => {
    const dialog = dialogCardOf((await h.post(fetchTask(undefined, inChannel))).body);
    assert.match(cardText(dialog), /Ny logpost/);
    assert.equal(inputs(dialog).fromName, undefined, 'no message, no author to name');
    const before = h.connector.received.length;
    const res = await h.post(submitAction({ ...formOf(dialog), kind: 'visit', text: 'Besøg af STAR i Brønderslev' }, undefined, inChannel));
    assert.deepEqual(res.body, {});
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    assert.equal(reply.conversationId, CHANNEL);
    assert.equal(facts(cardOf(reply.activity)).Art, 'Besøg');
  });

  it('a message announcing a date ahead: the date field is left to the text, and the card offers the event', async () => {
    const message = payload('1732022100000', '<p>Brev fra STAR: møde d. 12. december om mikrolån</p>');
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.equal(inputs(dialog).date.value, '', 'a date ahead is what is coming, not the day it happened');
    const before = h.connector.received.length;
    assert.deepEqual((await h.post(submitAction({ ...formOf(dialog), kind: 'letter' }, message, inChannel))).body, {});
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    const card = cardOf(reply.activity);
    const f = facts(card);
    assert.equal(f.Dato, 'tirsdag d. 19. november', 'the day the message was written');
    assert.equal(f.Kommende, 'torsdag d. 12. december');
    assert.deepEqual(
      card.actions.map((a: any) => a.title),
      ['Fortryd', 'Ret', 'Historik', 'Tilføj som arrangement', 'Brugt resultat…'],
    );
  });

  it('a day picked in the dialog wins over the text; Ret reads the text as on the day the message was written', async () => {
    const picked = payload('1732022200000', '<p>Møde med Jobcenter Hjørring i går</p>', { at: '2024-11-10T10:00:00.000Z' });
    const first = dialogCardOf((await h.post(fetchTask(picked, inChannel))).body);
    assert.equal(inputs(first).date.value, '2024-11-09');
    let before = h.connector.received.length;
    await h.post(submitAction({ ...formOf(first), kind: 'meeting', date: '2024-11-07' }, picked, inChannel));
    assert.equal(facts(cardOf((await h.connector.waitFor(before + 1))[before].activity)).Dato, 'torsdag d. 7. november');

    const message = payload('1732022300000', '<p>Møde med Rebild Kommune i går om fleksjob</p>', { at: '2024-11-10T10:00:00.000Z' });
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    before = h.connector.received.length;
    await h.post(submitAction({ ...formOf(dialog), kind: 'meeting' }, message, inChannel));
    const [reply] = (await h.connector.waitFor(before + 1)).slice(before);
    assert.equal(facts(cardOf(reply.activity)).Dato, 'lørdag d. 9. november');
    // Edited ten days after the message: "i går" still counts from the message's day, not the day it was logged.
    const thread = { ...channelMessage('x'), conversation: { ...inChannel.conversation, id: reply.conversationId } };
    const edit = cardOf(reply.activity).actions.find((a: any) => a.verb === LOG_VERBS.edit);
    const form = (await h.post(cardAction(LOG_VERBS.edit, edit.data, thread))).body.value;
    const save = form.actions.find((a: any) => a.verb === LOG_VERBS.update);
    const fields = inputs(form);
    const saved = (
      await h.post(
        cardAction(LOG_VERBS.update, { ...save.data, kind: 'meeting', text: fields.text.value, date: fields.date.value }, thread),
      )
    ).body.value;
    const f = facts(saved);
    assert.equal(f.Dato, 'lørdag d. 9. november');
    assert.equal(f['Fra besked af'], 'Mette Larsen', 'Ret keeps where it came from');
  });

  it("a connector that never takes the thread reply: the dialog says it is saved, within Teams' 15 s", async () => {
    const message = payload('1732022400000', '<p>Foretræde for Beskæftigelsesudvalget om hængende forbindelser</p>');
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    h.connector.failure = (method) => (method === 'POST' ? { hang: true } : undefined);
    const started = Date.now();
    let res: Awaited<ReturnType<Harness['post']>>;
    try {
      res = await h.post(submitAction({ ...formOf(dialog), kind: 'hearing' }, message, inChannel));
    } finally {
      h.connector.failure = undefined;
    }
    assert.ok(Date.now() - started < 10_000, `answered after ${Date.now() - started} ms`);
    assert.match(cardText(dialogCardOf(res.body)), /Logposten er gemt, men jeg kunne ikke skrive i beskedens tråd/);
    assert.ok(h.logs.some((l) => l.includes('"event":"thread_reply_failed"') && /took over 1000 ms/.test(l)));
    assert.match(await search('hængende'), /Foretræde for Beskæftigelsesudvalget/);
  });

  it('another command id gets a dialog saying so', async () => {
    const res = await h.post(invoke('composeExtension/fetchTask', { commandId: 'somethingElse', commandContext: 'message' }, inChannel));
    assert.match(cardText(dialogCardOf(res.body)), /Den handling kender jeg ikke/);
  });
});

describe('/log with a link and with a colleague', () => {
  let h: Harness;
  let site: http.Server;
  let requests = 0;
  before(async () => {
    h = await startHarness();
    site = http.createServer((_req, res) => {
      requests++;
      res.end('an article');
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  });
  after(async () => {
    await h.stop();
    site.closeAllConnections();
    await new Promise((r) => site.close(r));
  });

  it('a Nordjyske link alone is a press entry from Nordjyske, with Åbn', async () => {
    const card = cardOf((await h.say(channelMessage('/log https://nordjyske.dk/nyheder/hjoerring/mentorer-hjaelper/5212345')))[0]);
    const f = facts(card);
    assert.equal(f.Art, 'Presse');
    assert.equal(f.Interessenter, 'Nordjyske');
    assert.equal(f.Kilde, 'Nordjyske');
    const open = card.actions.find((a: any) => a.type === 'Action.OpenUrl');
    assert.deepEqual([open.title, open.url], ['Åbn', 'https://nordjyske.dk/nyheder/hjoerring/mentorer-hjaelper/5212345']);
  });

  it('a regional P4 link is P4 (so /hvem P4 finds it) and shows the region', async () => {
    const card = cardOf(
      (await h.say(channelMessage('/log P4 om rehabiliteringsteams https://www.dr.dk/nyheder/regionale/nordjylland/rehab-i-rebild')))[0],
    );
    assert.equal(facts(card).Kilde, 'P4 Nordjylland');
    assert.match(cardText(cardOf((await h.say(channelMessage('/hvem P4')))[0])), /P4 om rehabiliteringsteams/);
  });

  it('never requests the link', async () => {
    const address = `http://127.0.0.1:${(site.address() as AddressInfo).port}/artikel`;
    const card = cardOf((await h.say(channelMessage(`/log presse artikel om mikrolån ${address}`)))[0]);
    assert.equal(card.actions.find((a: any) => a.type === 'Action.OpenUrl').url, address);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(requests, 0);
  });

  it('an @mentioned colleague is a participant, on the card and found with /søg', async () => {
    const message = channelMessage('/log møde med KL om rehabiliteringsteams med <at>Jens Nielsen</at>');
    message.entities = [
      ...(message.entities as object[]),
      { type: 'mention', text: '<at>Jens Nielsen</at>', mentioned: { id: '29:jens', name: 'Jens Nielsen', aadObjectId: JENS_AAD } },
    ];
    const card = cardOf((await h.say(message))[0]);
    assert.match(JSON.stringify(card), /"text":"møde med KL om rehabiliteringsteams med Jens Nielsen"/);
    assert.equal(facts(card).Kolleger, 'Jens Nielsen');
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg jens')))[0])), /rehabiliteringsteams med Jens Nielsen/);
  });
});

describe("a mentioned colleague's Entra object id, looked up when the mention lacks it", () => {
  // Teams' mention entity (in /log) and often the message's mentions (in the dialog) carry only the "29:" id. The bot
  // asks the connector for the member (TeamsInfo.getMember), so the entry is found by the colleague's Entra object id.
  const JENS = { id: '29:jens', name: 'Jens Nielsen', aadObjectId: JENS_AAD };
  let h: Harness;
  before(async () => {
    // A look-up the connector never answers is given up on after 0.8 s here (2 s in production).
    h = await startHarness({}, { start: { timeouts: { memberLookupMs: 800 } } });
    h.connector.members.set(JENS.id, { name: JENS.name, aadObjectId: JENS.aadObjectId });
  });
  after(async () => {
    await h.stop();
  });

  const teamScope = () => scopeOf(channelMessage('x') as any).key;
  const takenPart = async () => cardText(cardOf((await h.say(channelMessage('/mine data', { from: JENS })))[0]));
  function logMentioning(text: string, mentioned: { id: string; name: string }): Record<string, unknown> {
    const message = channelMessage(`/log ${text} <at>${mentioned.name}</at>`);
    message.entities = [...(message.entities as object[]), { type: 'mention', text: `<at>${mentioned.name}</at>`, mentioned }];
    return message;
  }

  it('/log with a mention that has only the "29:" id: the entry carries the id, and /mine data of Jens lists it', async () => {
    const card = cardOf((await h.say(logMentioning('møde med KL om rehabiliteringsteams med', { id: JENS.id, name: JENS.name })))[0]);
    assert.equal(facts(card).Kolleger, 'Jens Nielsen');
    assert.deepEqual(h.connector.memberLookups, [`${TEAM}/${JENS.id}`], "the team's member, once");
    const stored = await h.app.services.log.withParticipant(teamScope(), JENS_AAD);
    assert.deepEqual(
      stored.map((e) => [e.text, e.participants]),
      [['møde med KL om rehabiliteringsteams med Jens Nielsen', [{ name: 'Jens Nielsen', aadObjectId: JENS_AAD }]]],
    );
    const mine = await takenPart();
    assert.match(mine, /Logposter, du er nævnt som deltager i \(1\)/);
    assert.match(mine, /rehabiliteringsteams med Jens Nielsen/);
  });

  it('the dialog on a message whose mention has only the "29:" id: the saved entry carries the id', async () => {
    h.connector.memberLookups.length = 0;
    const message = payload('1732030000000', '<p>Møde med STAR om mentorordningen med <at id="0">Jens Nielsen</at></p>', {
      mentions: true,
      mentionId: JENS.id,
    });
    const dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    assert.deepEqual(formOf(dialog).colleagues, [{ name: 'Jens Nielsen', aadObjectId: JENS_AAD }], 'found when the dialog opened');
    const before = h.connector.received.length;
    assert.deepEqual((await h.post(submitAction({ ...formOf(dialog), kind: 'meeting' }, message, inChannel))).body, {});
    await h.connector.waitFor(before + 1);
    assert.deepEqual(h.connector.memberLookups, [`${TEAM}/${JENS.id}`], 'not again on Gem: the id came with the form');
    const mine = await takenPart();
    assert.match(mine, /Logposter, du er nævnt som deltager i \(2\)/);
    assert.match(mine, /Møde med STAR om mentorordningen med Jens Nielsen/);
  });

  it('a look-up that fails when the dialog opens is tried again on Gem, with the message Teams sends again', async () => {
    const message = payload('1732030100000', '<p>Brev til ministeren om lægeattester, skrevet med <at id="0">Jens Nielsen</at></p>', {
      mentions: true,
      mentionId: JENS.id,
    });
    h.connector.failure = (method, path) => (method === 'GET' && path.includes('/members/') ? { status: 404 } : undefined);
    let dialog: any;
    try {
      dialog = dialogCardOf((await h.post(fetchTask(message, inChannel))).body);
    } finally {
      h.connector.failure = undefined;
    }
    assert.deepEqual(formOf(dialog).colleagues, [{ name: 'Jens Nielsen', aadObjectId: '' }], 'the name kept, the dialog still opens');
    const before = h.connector.received.length;
    assert.deepEqual((await h.post(submitAction({ ...formOf(dialog), kind: 'letter' }, message, inChannel))).body, {});
    await h.connector.waitFor(before + 1);
    assert.match(await takenPart(), /Logposter, du er nævnt som deltager i \(3\)[\s\S]*lægeattester/);
  });

  it('a connector that does not answer the look-up: the entry is saved with the name and no id, in time', async () => {
    h.connector.failure = (method, path) => (method === 'GET' && path.includes('/members/') ? { hang: true } : undefined);
    const started = Date.now();
    let card: Record<string, any>;
    try {
      card = cardOf((await h.say(logMentioning('presse TV2 Nord om samtaler, sammen med', { id: '29:unknown', name: 'Mads Holm' })))[0]);
    } finally {
      h.connector.failure = undefined;
    }
    assert.ok(Date.now() - started < 4000, `answered after ${Date.now() - started} ms`);
    assert.equal(facts(card).Kolleger, 'Mads Holm');
    assert.ok(h.logs.some((l) => l.includes('"event":"member_lookup_failed"') && /took over 800 ms/.test(l)));
    const all = await h.app.services.log.between(teamScope(), '2024-11-01', '2024-11-30');
    const mads = all.find((e) => e.text.includes('TV2 Nord om samtaler'));
    assert.deepEqual(mads?.participants, [{ name: 'Mads Holm', aadObjectId: '' }]);
    assert.match(cardText(cardOf((await h.say(channelMessage('/søg Mads')))[0])), /TV2 Nord om samtaler/);
  });

  it('a mention that carries the Entra object id is not looked up', async () => {
    h.connector.memberLookups.length = 0;
    await h.say(logMentioning('møde med Jobcenter Rebild med', { ...JENS }));
    assert.deepEqual(h.connector.memberLookups, []);
    assert.match(await takenPart(), /Logposter, du er nævnt som deltager i \(4\)/);
  });
});
