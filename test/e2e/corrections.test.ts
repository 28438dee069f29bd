// Issue 27, "Cards people can correct", over HTTP: Slet with Fortryd on an event's and a deadline's card and by
// command, updated for everyone in the channel (updateActivity on replyToId), and gone from listings and reports
// meanwhile; on SQLite and on Azurite.
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
import { ITEM_VERBS } from '../../cards/itemCards';
import { RESULT_VERBS } from '../../cards/resultCards';

const CHANNEL_ID = '19:corrections-kommunikation@thread.tacv2';

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`Slet and Fortryd on events and deadlines, over HTTP (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    let team = 0;
    const clock = new FixedClock(DateTime.fromISO('2020-01-08T08:00:00Z'));
    before(async () => {
      h = await startHarness({}, { clock, store });
    });
    after(async () => {
      await h.stop();
    });

    const message = (teamId: string, text: string) =>
      channelMessage(text, { timestamp: clock.current.toUTC().toISO()!, teamId, channelId: CHANNEL_ID });
    async function card(teamId: string, text: string) {
      const [reply] = await h.say(message(teamId, text));
      return cardOf(reply);
    }
    async function press(teamId: string, c: unknown, verb: string, replyToId = 'item-card') {
      const button = cardExecuteActions(c).find((a) => a.verb === verb);
      assert.ok(button, `a ${verb} button`);
      const res = await h.post({ ...cardAction(button.verb, button.data, message(teamId, '')), replyToId });
      assert.equal(res.status, 200);
      return res.body;
    }
    const listing = async (teamId: string) => cardText(await card(teamId, '/arrangementer'));

    it("Slet on an event's card deletes it for everyone; Fortryd puts it back as it was", async () => {
      const teamId = `19:corrections-${store}-${++team}@thread.tacv2`;
      const saved = await card(teamId, '/arrangement JobCamp 7. maj 2020 kl. 9 Vejle');
      assert.ok(
        cardExecuteActions(saved).some((a) => a.title === 'Slet'),
        'the card has Slet',
      );
      h.connector.updated.length = 0;
      const deleted = await press(teamId, saved, ITEM_VERBS.remove);
      const text = cardText(deleted.value);
      assert.match(text, /Slettet af Anne Sørensen/);
      assert.match(text, /JobCamp/);
      assert.ok(
        h.connector.updated.some((u) => u.replyToId === 'item-card' && /Slettet af/.test(cardText(u.activity.attachments[0].content))),
        'the message is updated for everyone',
      );
      assert.doesNotMatch(await listing(teamId), /JobCamp/);
      // Pressed twice (another colleague at once): said plainly, nothing else changes.
      const again = await press(teamId, saved, ITEM_VERBS.remove);
      assert.equal(again.type, 'application/vnd.microsoft.activity.message');
      assert.match(again.value, /allerede slettet/);

      const back = await press(teamId, deleted.value, ITEM_VERBS.putBack);
      assert.match(cardText(back.value), /Fortrudt af Anne Sørensen: sat tilbage/);
      assert.match(cardText(back.value), /torsdag d\. 7\. maj kl\. 09\.00\n · Vejle/, 'its date, time and place as they were');
      assert.match(await listing(teamId), /JobCamp/);
      const twice = await press(teamId, deleted.value, ITEM_VERBS.putBack);
      assert.match(twice.value, /allerede sat tilbage/);
      // The history says both, in words.
      const history = cardText(await card(teamId, '/historik JobCamp'));
      assert.match(history, /Fortrudt[\s\S]*Fjernet[\s\S]*Oprettet/);
    });

    it('/slet by title words deletes a deadline with Fortryd; several matches are listed and nothing is deleted', async () => {
      const teamId = `19:corrections-${store}-${++team}@thread.tacv2`;
      await card(
        teamId,
        [
          '/frist',
          'Kick-off med VIVE Primo februar 2020',
          'Fremsendelse af slutrapport til ØIM Senest d. 15. december 2020',
          'Fremsendelse af udkast til kommunerne Senest d. 1. november 2020',
        ].join('\n'),
      );
      const [many] = await h.say(message(teamId, '/slet fremsendelse'));
      assert.match(
        many.text,
        /"fremsendelse" passer til flere: "Fremsendelse af udkast til kommunerne" .*"Fremsendelse af slutrapport til ØIM"/,
      );
      assert.match(many.text, /Intet er slettet/);
      const deleted = await card(teamId, '/slet kick-off');
      assert.match(cardText(deleted), /Slettet af Anne Sørensen/);
      const due = cardText(await card(teamId, '/deadlines'));
      assert.doesNotMatch(due, /Kick-off/);
      assert.match(due, /Fremsendelse af slutrapport/);
      const [none] = await h.say(message(teamId, '/slet kick-off'));
      assert.match(none.text, /Jeg fandt ingen frist eller arrangement, der passer til "kick-off"/);
      await press(teamId, deleted, ITEM_VERBS.putBack, 'slet-reply');
      assert.match(cardText(await card(teamId, '/deadlines')), /Kick-off med VIVE/);
    });

    it('a result: Ret with Annuller and Gem (the figures read again), Slet with Fortryd, for everyone; /søg and the page follow', async () => {
      const teamId = `19:corrections-${store}-${++team}@thread.tacv2`;
      const saved = await card(teamId, '/resultat mikrolån: 12 borgere fik et mikrolån i 2. halvår 2019');
      assert.deepEqual(
        cardExecuteActions(saved).map((a) => a.title),
        ['Ret', 'Slet'],
      );
      // Ret, then Annuller: the card as it was, for everyone, nothing changed.
      const form = (await press(teamId, saved, RESULT_VERBS.edit, 'result-card')).value;
      assert.match(JSON.stringify(form), /12 borgere fik et mikrolån/);
      h.connector.updated.length = 0;
      const cancelled = await press(teamId, form, RESULT_VERBS.show, 'result-card');
      assert.match(cardText(cancelled.value), /12 borgere fik et mikrolån/);
      assert.ok(
        h.connector.updated.some((u) => u.replyToId === 'result-card'),
        'put back for everyone',
      );
      // Ret, then Gem with a corrected text: the figures are read again.
      const form2 = (await press(teamId, saved, RESULT_VERBS.edit, 'result-card')).value;
      const save = cardExecuteActions(form2).find((a) => a.verb === RESULT_VERBS.update);
      const edited = (
        await h.post({
          ...cardAction(
            save.verb,
            { ...save.data, text: '14 borgere på Læsø og i Hjørring fik et mikrolån i 2. halvår 2019' },
            message(teamId, ''),
          ),
          replyToId: 'result-card',
        })
      ).body.value;
      const editedText = cardText(edited);
      assert.match(editedText, /Resultat rettet: mikrolån/);
      assert.match(editedText, /14 borgere på Læsø/);
      assert.match(editedText, /juli–december 2019/);
      assert.match(cardText(await card(teamId, '/søg Læsø')), /14 borgere på Læsø/);
      assert.doesNotMatch(cardText(await card(teamId, '/søg 12 borgere')), /12 borgere fik/);
      // Slet, then Fortryd.
      const deleted = (await press(teamId, edited, RESULT_VERBS.remove, 'result-card')).value;
      assert.match(cardText(deleted), /Resultat slettet af Anne Sørensen/);
      assert.doesNotMatch(cardText(await card(teamId, '/forsøg mikrolån')), /14 borgere/);
      assert.match((await press(teamId, edited, RESULT_VERBS.remove, 'result-card')).value, /findes ikke/);
      const back = (await press(teamId, deleted, RESULT_VERBS.putBack, 'result-card')).value;
      assert.match(cardText(back), /Fortrudt af Anne Sørensen: resultatet er sat tilbage/);
      assert.match(cardText(await card(teamId, '/forsøg mikrolån')), /14 borgere på Læsø/);
      const history = cardText(await card(teamId, '/historik mikrolån'));
      assert.match(history, /Fortrudt[\s\S]*Fjernet[\s\S]*Rettet: Tekst "12 borgere[^"]*" → "14 borgere[\s\S]*Resultat tilføjet/);
    });

    it('a Slet or Fortryd button from another team finds nothing and changes nothing', async () => {
      const teamId = `19:corrections-${store}-${++team}@thread.tacv2`;
      const saved = await card(teamId, '/frist Nulpunktsmåling afleveret senest d. 1. marts 2020');
      const other = `19:corrections-${store}-other@thread.tacv2`;
      const button = cardExecuteActions(saved).find((a) => a.verb === ITEM_VERBS.remove);
      const res = await h.post(cardAction(button.verb, button.data, message(other, '')));
      assert.match(res.body.value, /allerede slettet/);
      assert.match(cardText(await card(teamId, '/deadlines')), /Nulpunktsmåling/);
    });
  });
}
