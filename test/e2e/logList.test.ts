// Issue 27, "A pasted list is many entries", over HTTP on the embedded SQLite file and on Azurite: the KKR slide's
// "Status på interessevaretagelse – siden sidst" pasted after /log saves one entry a line, each with its own kind, date
// and tags; one card lists what was saved and what could not be read, with one Fortryd for the whole paste; pasting it
// again (or twice at once, or Teams redelivering it) adds nothing.
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
import { LOG_LIST_VERBS } from '../../cards/logListCard';

/** The list as it stands on the slide of 20 November 2019: a heading, then seven lines with bullets and dashes. */
export const KKR_STATUS_LIST = [
  'Status på interessevaretagelse – siden sidst',
  '• Oplæg på Folkemødet på Bornholm om frikommuneforsøgene i juni',
  '• Pressedækning af mikrolån i P1, TV2 og Jyllandsposten i september',
  '• Besøg fra STAR i starten af oktober om mikrolån',
  '• Henvendelse til Beskæftigelsesministeren om lægeattester d. 8. oktober',
  '• Brev til Folketingets Beskæftigelsesudvalg om samtaler d. 15. oktober',
  '– KL har inviteret netværket til møde om samtaler d. 12. december',
  '- Oplæg på JobCamp 7. november',
].join('\n');

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`a list pasted after /log is many entries (issue 27), over HTTP on ${store === 'sqlite' ? 'SQLite' : 'Azurite'}`, function () {
    this.timeout(60_000);
    let h: Harness;
    let team = 0;
    const clock = new FixedClock(DateTime.fromISO('2019-11-20T09:00:00Z'));
    before(async () => {
      h = await startHarness({}, { store, clock });
    });
    after(async () => {
      await h.stop();
    });
    beforeEach(() => {
      team++;
    });

    const on = (local: string, text: string, o: Record<string, string> = {}) =>
      channelMessageAt(clock, local, text, { teamId: `19:paste-${store}-${team}@thread.tacv2`, ...o });
    const found = async (local: string, words: string) => cardText(cardOf((await h.say(on(local, `/søg ${words}`)))[0]!));
    const count = (text: string) => Number(/(\d+) fund/.exec(text)?.[1] ?? 0);

    it('saves one entry a line, each with its own kind, date and tags, bullets and dashes stripped, on one card', async () => {
      const [reply] = await h.say(on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}`));
      const card = cardOf(reply!);
      const text = cardText(card);
      assert.equal(reply!.summary, 'Liste logget: 7 logposter');
      assert.match(text, /^7 logposter gemt fra listen$/m);
      assert.match(text, /Status på interessevaretagelse – siden sidst\nen overskrift: ikke gemt/);
      assert.doesNotMatch(text, /[•–-] (Oplæg|Pressedækning|KL har)/);
      const expected: Array<[string, string, string]> = [
        ['Oplæg på Folkemødet på Bornholm om frikommuneforsøgene i juni', 'Arrangement · juni', ''],
        ['Pressedækning af mikrolån i P1, TV2 og Jyllandsposten i september', 'Presse · september', 'P1, TV2, Jyllandsposten, mikrolån'],
        ['Besøg fra STAR i starten af oktober om mikrolån', 'Besøg · start oktober', 'STAR, mikrolån'],
        [
          'Henvendelse til Beskæftigelsesministeren om lægeattester d. 8. oktober',
          'Henvendelse · tirsdag d. 8. oktober',
          'Beskæftigelsesministeren, lægeattester',
        ],
        [
          'Brev til Folketingets Beskæftigelsesudvalg om samtaler d. 15. oktober',
          'Henvendelse · tirsdag d. 15. oktober',
          'Folketingets Beskæftigelsesudvalg, samtaler',
        ],
        [
          'KL har inviteret netværket til møde om samtaler d. 12. december',
          'Møde · onsdag d. 20. november · kommende: torsdag d. 12. december',
          'KL, samtaler',
        ],
        ['Oplæg på JobCamp 7. november', 'Arrangement · torsdag d. 7. november', ''],
      ];
      for (const [line, what, tags] of expected) {
        assert.match(text, new RegExp(`${escapeRegExp(line)}\\n${escapeRegExp(what)}${tags ? `\\n${escapeRegExp(tags)}` : ''}`), text);
      }
      assert.deepEqual(
        actionsOf(card).map((a) => a.title),
        ['Fortryd hele listen', 'Tilføj kommende som arrangementer'],
      );
      // Each is an entry of its own: found by its words, by its stakeholder, and in its kind.
      assert.equal(count(await found('2019-11-20T10:01', 'mikrolån')), 2);
      assert.equal(facts(cardOf((await h.say(on('2019-11-20T10:02', '/hvem STAR')))[0]!)).Logposter, '1');
      const visit = await found('2019-11-20T10:03', 'STAR');
      assert.match(visit, /start oktober · Besøg · Anne Sørensen\nBesøg fra STAR i starten af oktober om mikrolån/);
    });

    it('lists the lines it could not read, and why, and saves the rest', async () => {
      const [reply] = await h.say(
        on(
          '2019-11-20T10:00',
          ['/log', '- Møde med KL om samtaler i går', '- Noget med kaffe på kontoret', '- Besøg fra STAR d. 31. februar'].join('\n'),
        ),
      );
      const text = cardText(cardOf(reply!));
      assert.match(text, /^1 logpost gemt fra listen; 2 linjer kunne jeg ikke læse$/m);
      assert.match(text, /Noget med kaffe på kontoret\ningen art \(møde, presse, besøg …\): ikke gemt/);
      assert.match(text, /Besøg fra STAR d\. 31\. februar\n"d\. 31\. februar" findes ikke: ikke gemt/);
      assert.match(text, /Linjerne i rødt er ikke gemt\. Log dem én ad gangen med \/log/);
      assert.equal(count(await found('2019-11-20T10:01', 'KL')), 1);
      assert.equal(count(await found('2019-11-20T10:02', 'kaffe')), 0);
    });

    it('a re-paste, a redelivery and two pastes at once do not double the entries', async () => {
      const first = on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}`);
      await h.say(first);
      // Teams delivers the same message again: saved once, answered once.
      await h.say(first, 0);
      await new Promise((r) => setTimeout(r, 200));
      const [again] = await h.say(on('2019-11-21T09:00', `/log ${KKR_STATUS_LIST}`));
      const text = cardText(cardOf(again!));
      assert.match(text, /^Intet nyt gemt; 7 linjer var allerede i loggen$/m);
      assert.match(text, /Besøg fra STAR i starten af oktober om mikrolån\nBesøg · start oktober\nallerede i loggen: ikke gemt igen/);
      assert.deepEqual(actionsOf(cardOf(again!)), [], 'nothing new to undo');
      // Two colleagues paste it at the same moment in another team: seven entries there, not fourteen.
      team++;
      const a = on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}`);
      const b = on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}`, {
        from: { id: '29:bo', name: 'Bo Madsen', aadObjectId: 'aad-bo' } as never,
      });
      await Promise.all([h.say(a), h.say(b)]);
      assert.equal(count(await found('2019-11-21T09:01', 'mikrolån')), 2);
      assert.equal(count(await found('2019-11-21T09:02', 'oktober')), 3);
    });

    it('one Fortryd takes back the whole paste, for everyone; pasted again, it is saved again', async () => {
      const msg = on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}`);
      const [reply] = await h.say(msg);
      const undo = actionsOf(cardOf(reply!)).find((a) => a.verb === LOG_LIST_VERBS.undo);
      const before = h.connector.updated.length;
      const res = await h.post({ ...cardAction(undo.verb, undo.data, msg), replyToId: 'paste-card' });
      assert.equal(res.status, 200);
      assert.match(cardText(res.body.value), /Fortrudt: 7 logposter fjernet igen fra loggen\./);
      assert.deepEqual(actionsOf(res.body.value), []);
      const update = h.connector.updated.slice(before).find((u) => u.replyToId === 'paste-card');
      assert.ok(update, 'the card is replaced for everyone in the channel');
      assert.equal(count(await found('2019-11-20T10:01', 'mikrolån')), 0);
      const twice = await h.post(cardAction(undo.verb, undo.data, msg));
      assert.match(String(twice.body.value), /allerede fortrudt/);
      const [again] = await h.say(on('2019-11-20T10:02', `/log ${KKR_STATUS_LIST}`));
      assert.match(cardText(cardOf(again!)), /^7 logposter gemt fra listen$/m);
      assert.equal(count(await found('2019-11-20T10:03', 'mikrolån')), 2);
    });

    it('"Tilføj kommende som arrangementer" puts the coming dates on the lists, once, and the card says so for everyone', async () => {
      const msg = on('2019-11-20T10:00', `/log ${KKR_STATUS_LIST}\n• Noget med kaffe`);
      const [reply] = await h.say(msg);
      const add = actionsOf(cardOf(reply!)).find((a) => a.verb === LOG_LIST_VERBS.addEvents);
      assert.ok(add, 'offered: one line announces a meeting on 12 December');
      const before = h.connector.updated.length;
      const res = await h.post({ ...cardAction(add.verb, add.data, msg), replyToId: 'paste-events' });
      const text = cardText(res.body.value);
      assert.match(text, /1 kommende dato tilføjet som arrangement af Anne Sørensen\./);
      // Drawn again as it was: the heading, the seven lines and the line it could not read, with Fortryd; no second offer.
      assert.match(text, /^7 logposter gemt fra listen; 1 linje kunne jeg ikke læse$/m);
      assert.match(text, /Status på interessevaretagelse – siden sidst\nen overskrift: ikke gemt/);
      assert.match(text, /Noget med kaffe\ningen art/);
      assert.deepEqual(
        actionsOf(res.body.value).map((a) => a.verb),
        [LOG_LIST_VERBS.undo],
      );
      assert.ok(
        h.connector.updated.slice(before).some((u) => u.replyToId === 'paste-events'),
        'for everyone',
      );
      await h.post(cardAction(add.verb, add.data, msg)); // pressed again on the old card: still one event
      const events = cardText(cardOf((await h.say(on('2019-11-20T10:01', '/arrangementer')))[0]!));
      assert.equal(events.match(/KL har inviteret netværket til møde om samtaler/g)?.length, 1, events);
      assert.match(events, /torsdag d\. 12\. december/);
    });

    it('in English, and a sentence broken over two lines without bullets stays one entry', async () => {
      const [en] = await h.say(
        on(
          '2019-11-20T10:00',
          ['/log', '* Meeting with KL about conversations yesterday', '* Letter to STAR about micro-loans on 4 November'].join('\n'),
          { locale: 'en-US' },
        ),
      );
      const text = cardText(cardOf(en!));
      assert.match(text, /^2 log entries saved from the list$/m);
      assert.match(text, /Meeting with KL about conversations yesterday\nMeeting · Tuesday 19 November/);
      assert.match(text, /Letter to STAR about micro-loans on 4 November\nLetter · Monday 4 November/);
      assert.deepEqual(
        actionsOf(cardOf(en!)).map((a) => a.title),
        ['Undo the whole list'],
      );
      const [one] = await h.say(on('2019-11-20T10:01', '/log møde med KL om samtalerne\nhvor vi aftalte et nyt møde'));
      const card = cardOf(one!);
      assert.equal(facts(card).Art, 'Møde');
      assert.match(JSON.stringify(card), /møde med KL om samtalerne hvor vi aftalte et nyt møde/);
    });
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
