// Planned actions (/plan) and owners (ansvarlig), end to end over HTTP on SQLite and on Azurite: saving with an owner
// from a Teams mention, Gjort turning the plan into a log entry (and Fortryd taking both back), Slet and Ret, the plan
// in /frister, /status and the digest, "hvad skal jeg nå?", Jeg tager den / Slip den, and bad input answered.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  cardExecuteActions,
  FixedClock,
  type Harness,
} from '../support/botHarness';
import { OWNER_VERBS, PLAN_VERBS } from '../../cards/itemCards';

const ANNE = { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
const JENS = { id: '29:jens', name: 'Jens Hansen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };

/** Monday 2 March 2026, `minutes` past 09:00 UTC. */
const at = (minutes: number, days = 0) => DateTime.fromISO('2026-03-02T09:00:00Z').plus({ days, minutes }).toISO()!;

let teamCounter = 0;
const newTeam = () => `19:plans-team-${++teamCounter}@thread.tacv2`;

type Json = Record<string, any>;

function mentioning(text: string, who: typeof JENS, o: Parameters<typeof channelMessage>[1]): Json {
  const tag = `<at>${who.name}</at>`;
  const message = channelMessage(text.replace('@', tag), o) as Json;
  const mentioned = { id: who.id, name: who.name, aadObjectId: who.aadObjectId };
  message.entities = [...message.entities, { type: 'mention', text: tag, mentioned }];
  return message;
}

function button(card: unknown, verb: string): Json {
  const found = cardExecuteActions(card).find((a) => a.verb === verb);
  assert.ok(found, `no ${verb} on the card: ${cardText(card)}`);
  return found;
}

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`/plan and owners over HTTP (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    before(async () => {
      h = await startHarness({}, { store });
    });
    after(async () => {
      await h.stop();
    });

    async function say(message: Json): Promise<Json> {
      const [reply] = await h.say(message);
      return reply;
    }
    async function press(action: Json, o: Parameters<typeof channelMessage>[1]): Promise<Json> {
      const res = await h.post(cardAction(action.verb, action.data, channelMessage('', o)));
      assert.equal(res.status, 200);
      return res.body;
    }
    const cardAnswer = (body: Json) => {
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body).slice(0, 300));
      return body.value as Json;
    };

    it('saves a plan with its owner from a mention, and Gjort logs it on the day pressed; Fortryd takes both back', async () => {
      const team = newTeam();
      const plan = '/plan kontakt Folketingets Beskæftigelsesudvalg om lægeattester inden 1. maj ansvarlig @';
      const saved = cardOf(await say(mentioning(plan, JENS, { teamId: team, timestamp: at(0), from: ANNE })));
      const text = cardText(saved);
      assert.match(text, /Planlagt/);
      assert.match(text, /kontakt Folketingets Beskæftigelsesudvalg om lægeattester\n/);
      assert.match(text, /Planlagt · senest 1\. maj/);
      assert.match(text, /ansvarlig: Jens Hansen/);
      // In the due answer for May, as planned.
      const due = cardText(cardOf(await say(channelMessage('/frister maj', { teamId: team, timestamp: at(1) }))));
      assert.match(due, /kontakt Folketingets Beskæftigelsesudvalg om lægeattester/);
      assert.match(due, /Planlagt · senest/);

      // Gjort eleven days later: the kind is asked (nothing in the text decides it), then the entry is dated that day.
      const choose = cardAnswer(await press(button(saved, PLAN_VERBS.done), { teamId: team, timestamp: at(0, 11), from: JENS }));
      assert.match(cardText(choose), /Hvad slags handling/);
      const meeting = cardExecuteActions(choose).find((a) => a.data.kind === 'meeting')!;
      const done = cardAnswer(await press(meeting, { teamId: team, timestamp: at(1, 11), from: JENS }));
      assert.match(cardText(done), /Gjort af Jens Hansen og logget/);
      assert.match(cardText(done), /Logget som møde fredag d\. 13\. marts/);
      const found = cardText(cardOf(await say(channelMessage('/søg lægeattester', { teamId: team, timestamp: at(2, 11) }))));
      assert.match(found, /kontakt Folketingets Beskæftigelsesudvalg om lægeattester/);
      assert.match(found, /13\. marts/);
      const after = cardText(cardOf(await say(channelMessage('/frister maj', { teamId: team, timestamp: at(3, 11) }))));
      assert.doesNotMatch(after, /lægeattester/);

      // Fortryd: the entry is gone and the plan open again.
      const undone = cardAnswer(await press(button(done, PLAN_VERBS.undo), { teamId: team, timestamp: at(4, 11), from: ANNE }));
      assert.match(cardText(undone), /Fortrudt af Anne Sørensen/);
      const none = await say(channelMessage('/søg lægeattester', { teamId: team, timestamp: at(5, 11) }));
      assert.doesNotMatch(JSON.stringify(none), /13\. marts/);
      assert.match(cardText(cardOf(await say(channelMessage('/frister maj', { teamId: team, timestamp: at(6, 11) })))), /lægeattester/);
    });

    it('guesses the kind as /log does, and a second Gjort changes nothing', async () => {
      const team = newTeam();
      const saved = cardOf(await say(channelMessage('/plan presse TV2 om mikrolån senest 20. marts', { teamId: team, timestamp: at(0) })));
      const done = cardAnswer(await press(button(saved, PLAN_VERBS.done), { teamId: team, timestamp: at(1) }));
      assert.match(cardText(done), /Logget som presse mandag d\. 2\. marts/);
      const again = await press(button(saved, PLAN_VERBS.done), { teamId: team, timestamp: at(2) });
      assert.equal(again.type, 'application/vnd.microsoft.activity.message');
      assert.match(again.value, /allerede gjort/);
      const log = JSON.stringify(await say(channelMessage('/søg mikrolån', { teamId: team, timestamp: at(3) })));
      assert.equal(log.match(/"text":"TV2 om mikrolån"/g)?.length, 1, log);
    });

    it('Slet removes a plan (Fortryd puts it back); Ret changes its text and day', async () => {
      const team = newTeam();
      const saved = cardOf(
        await say(channelMessage('/plan brev til ministeren om samtaler inden 10. april', { teamId: team, timestamp: at(0) })),
      );
      const removed = cardAnswer(await press(button(saved, PLAN_VERBS.remove), { teamId: team, timestamp: at(1) }));
      assert.match(cardText(removed), /Slettet af Anne Sørensen/);
      assert.doesNotMatch(cardText(cardOf(await say(channelMessage('/frister april', { teamId: team, timestamp: at(2) })))), /ministeren/);
      const back = cardAnswer(await press(button(removed, PLAN_VERBS.putBack), { teamId: team, timestamp: at(3) }));
      assert.match(cardText(back), /Sat tilbage/);
      assert.match(cardText(cardOf(await say(channelMessage('/frister april', { teamId: team, timestamp: at(4) })))), /ministeren/);

      const form = cardAnswer(await press(button(back, PLAN_VERBS.edit), { teamId: team, timestamp: at(5) }));
      const save = button(form, PLAN_VERBS.update);
      const changed = { ...save.data, text: 'brev til ministeren om samtaler og mentor', date: '2026-04-17' };
      const edited = cardAnswer(await press({ ...save, data: changed }, { teamId: team, timestamp: at(6) }));
      assert.match(cardText(edited), /Rettet af/);
      assert.match(cardText(edited), /brev til ministeren om samtaler og mentor/);
      assert.match(cardText(edited), /17\. april/);
      const bad = await press({ ...save, data: { ...save.data, text: '', date: '2026-04-17' } }, { teamId: team, timestamp: at(7) });
      assert.match(bad.value, /Skriv hvad der skal gøres/);
    });

    it('an overdue plan is listed like a missed deadline, in /status as planned and in the digest', async () => {
      const team = newTeam();
      await say(channelMessage('/plan ring til KL om rehabiliteringsteams inden 5. marts', { teamId: team, timestamp: at(0) }));
      await say(channelMessage('/plan skriv til STAR om mentor senest 20. marts', { teamId: team, timestamp: at(1) }));
      const later = cardText(cardOf(await say(channelMessage('/frister', { teamId: team, timestamp: at(0, 7) }))));
      assert.match(later, /Overskredet[\s\S]*ring til KL om rehabiliteringsteams[\s\S]*overskredet/);
      const status = cardText(cardOf(await say(channelMessage('/status', { teamId: team, timestamp: at(1, 7) }))));
      assert.match(status, /Planlagt[\s\S]*ring til KL om rehabiliteringsteams[\s\S]*overskredet[\s\S]*skriv til STAR om mentor/);
      const digest = cardText(cardOf(await say(channelMessage('/overblik nu', { teamId: team, timestamp: at(2, 7) }))));
      assert.match(digest, /Overskredne frister[\s\S]*ring til KL/);
      assert.match(digest, /Planlagt de næste 30 dage[\s\S]*skriv til STAR om mentor/);
    });

    it('in English: plan, owner, done; bad input says what was wrong and saves nothing', async () => {
      const team = newTeam();
      const saved = cardOf(
        await say(
          mentioning('/plan call KL about micro-loans by 20 March owner @', JENS, { teamId: team, timestamp: at(0), locale: 'en-GB' }),
        ),
      );
      assert.match(cardText(saved), /Planned/);
      assert.match(cardText(saved), /owner: Jens Hansen/);
      const noDate = await say(channelMessage('/plan call the minister', { teamId: team, timestamp: at(1), locale: 'en-GB' }));
      assert.match(noDate.text, /no day the plan is due by, so nothing was saved/);
      const noMention = await say(channelMessage('/plan ring til KL inden 20. marts ansvarlig @Jens', { teamId: team, timestamp: at(2) }));
      assert.match(noMention.text, /@omtale af en kollega, så intet er gemt/);
      const empty = await say(channelMessage('/plan', { teamId: team, timestamp: at(3) }));
      assert.match(empty.text, /Skriv hvad I vil gøre og hvornår/);
      const due = cardText(cardOf(await say(channelMessage('/due March', { teamId: team, timestamp: at(4), locale: 'en-GB' }))));
      assert.match(due, /call KL about micro-loans/);
      assert.doesNotMatch(due, /minister/);
    });

    it('owners: ansvarlig on a deadline, Jeg tager den / Slip den for everyone, and "hvad skal jeg nå?" lists only mine', async () => {
      const team = newTeam();
      await say(mentioning('/frist Slutrapport til ØIM senest 20. marts ansvarlig @', JENS, { teamId: team, timestamp: at(0) }));
      const other = cardOf(
        await say(channelMessage('/frist Politisk godkendelse i Hjørring 10. marts', { teamId: team, timestamp: at(1) })),
      );
      assert.match(cardText(other), /Jeg tager den/);
      const taken = await h.post(
        cardAction(OWNER_VERBS.take, button(other, OWNER_VERBS.take).data, {
          ...channelMessage('', { teamId: team, timestamp: at(2), from: ANNE }),
          replyToId: 'card-1',
        }),
      );
      assert.match(cardText(taken.body.value), /Anne Sørensen tog den/);
      assert.match(cardText(taken.body.value), /ansvarlig: Anne Sørensen/);
      // The card changed for everyone: the pressed message was updated at the connector.
      assert.ok(h.connector.updated.some((u) => u.replyToId === 'card-1'));

      const mine = cardText(cardOf(await say(channelMessage('hvad skal jeg nå?', { teamId: team, timestamp: at(3), from: ANNE }))));
      assert.match(mine, /Politisk godkendelse i Hjørring/);
      assert.doesNotMatch(mine, /Slutrapport/);
      const jens = cardText(
        cardOf(await say(channelMessage("what's due for me", { teamId: team, timestamp: at(4), from: JENS, locale: 'en-GB' }))),
      );
      assert.match(jens, /Slutrapport/);
      assert.doesNotMatch(jens, /Hjørring/);
      const all = cardText(cardOf(await say(channelMessage('hvad skal vi nå?', { teamId: team, timestamp: at(5) }))));
      assert.match(all, /Slutrapport[\s\S]*ansvarlig: Jens Hansen/);
      assert.match(all, /Hjørring[\s\S]*ansvarlig: Anne Sørensen/);

      const released = cardAnswer(
        await press(button(taken.body.value, OWNER_VERBS.release), { teamId: team, timestamp: at(6), from: ANNE }),
      );
      assert.match(cardText(released), /slap den/);

      // Giv videre: the team's members (the roster at the connector) to choose from, for the presser alone; the choice
      // (an Entra object id) is checked against the roster again, and the item's card changes for everyone.
      h.connector.members.set(JENS.aadObjectId, { name: JENS.name, aadObjectId: JENS.aadObjectId });
      const picker = await h.post(
        cardAction(OWNER_VERBS.handOver, button(released, OWNER_VERBS.handOver).data, {
          ...channelMessage('', { teamId: team, timestamp: at(6), from: ANNE }),
          replyToId: 'card-2',
        }),
      );
      const pickerCard = cardAnswer(picker.body);
      assert.deepEqual(pickerCard.body.find((b: Json) => b.id === 'person').choices, [{ title: 'Jens Hansen', value: JENS.aadObjectId }]);
      assert.ok(!h.connector.updated.some((u) => u.replyToId === 'card-2'), "the picker is the presser's own");
      const give = button(pickerCard, OWNER_VERBS.give);
      const notMember = { ...give.data, person: '6d4f6b2e-0000-4000-8000-0000000000ff' };
      const stranger = await press({ ...give, data: notMember }, { teamId: team, timestamp: at(6), from: ANNE });
      assert.match(stranger.value, /kunne jeg ikke finde i teamet/);
      const given = await h.post(
        cardAction(
          OWNER_VERBS.give,
          { ...give.data, person: JENS.aadObjectId },
          { ...channelMessage('', { teamId: team, timestamp: at(6), from: ANNE }), replyToId: 'card-2' },
        ),
      );
      assert.match(cardText(given.body.value), /Anne Sørensen gav den videre til Jens Hansen/);
      assert.match(cardText(given.body.value), /ansvarlig: Jens Hansen/);
      assert.ok(h.connector.updated.some((u) => u.replyToId === 'card-2'));
      const jensNow = cardText(cardOf(await say(channelMessage('hvad skal jeg nå?', { teamId: team, timestamp: at(6), from: JENS }))));
      assert.match(jensNow, /Hjørring/);
      await press(button(given.body.value, OWNER_VERBS.release), { teamId: team, timestamp: at(6), from: JENS });
      const digest = cardText(cardOf(await say(channelMessage('/overblik nu', { teamId: team, timestamp: at(7) }))));
      assert.match(digest, /Politisk godkendelse i Hjørring\n[^\n]*\n · ingen ansvarlig/);
      assert.match(digest, /Slutrapport til ØIM\n[^\n]*\n · ansvarlig: Jens Hansen/);
    });
  });
}

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`reminders reach the owner in a personal chat (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    let clock: FixedClock;
    const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' });
    before(async () => {
      clock = new FixedClock(local('2026-03-02T08:00'));
      h = await startHarness({}, { store, clock });
    });
    after(async () => {
      await h.stop();
    });

    it("sends the owner their own copy once, besides the channel's; a refusing Teams is not retried and the channel goes on", async () => {
      const team = '19:owner-reminders@thread.tacv2';
      h.connector.members.set(JENS.aadObjectId, { name: JENS.name, aadObjectId: JENS.aadObjectId });
      await h.say(mentioning('/plan skriv til STAR om mentor senest 9. marts ansvarlig @', JENS, { teamId: team, timestamp: at(0, -7) }));
      await h.say(mentioning('/frist Slutrapport til ØIM senest 3. marts ansvarlig @', ANNE, { teamId: team, timestamp: at(1, -7) }));
      h.connector.clear();
      // Anne's personal chat is refused (the app is not installed for her and Teams says so).
      h.connector.failure = (method, path) =>
        method === 'GET' && path.endsWith(`/members/${ANNE.aadObjectId}`) ? { status: 403 } : undefined;
      for (const minute of ['09:00:10', '09:00:40', '09:01:10']) {
        clock.current = local(`2026-03-02T${minute}`);
        await h.app.scheduler.tick();
      }
      h.connector.failure = undefined;
      const personal = h.connector.created.filter((c) => c.body.isGroup === false);
      assert.equal(personal.length, 1, JSON.stringify(h.connector.created.map((c) => c.body)));
      assert.deepEqual(personal[0]!.body.members, [{ id: JENS.aadObjectId }]);
      const toJens = h.connector.received.filter((r) => r.conversationId === personal[0]!.id);
      assert.equal(toJens.length, 1);
      const text = cardText(cardOf(toJens[0]!.activity));
      assert.match(text, /Frist om 7 dage\nskriv til STAR om mentor/);
      assert.match(text, /Til dig som ansvarlig/);
      // The channel got both reminders, as always; the plan's has Gjort, which logs it as on its own card.
      const reminders = h.connector.created
        .filter((c) => c.body.isGroup === true && !/^Ugens overblik/.test(c.body.activity.summary))
        .map((c) => cardOf(c.body.activity));
      assert.equal(reminders.filter((c) => /skriv til STAR om mentor|Slutrapport til ØIM/.test(cardText(c))).length, 2);
      const planReminder = reminders.find((c) => /skriv til STAR om mentor/.test(cardText(c)))!;
      const didIt = button(planReminder, PLAN_VERBS.done);
      assert.equal(didIt.title, 'Gjort');
      const res = await h.post(cardAction(didIt.verb, didIt.data, channelMessage('', { teamId: team, timestamp: at(5) })));
      assert.match(cardText(res.body.value), /Hvad slags handling/);
      assert.ok(h.logs.some((l) => /personal_reminder_refused/.test(l)));
      // Later ticks send nothing again.
      const before = h.connector.received.length;
      clock.current = local('2026-03-02T10:00');
      await h.app.scheduler.tick();
      assert.equal(h.connector.received.length, before);
    });
  });
}
