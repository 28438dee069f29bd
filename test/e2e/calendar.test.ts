// Issue 24 over HTTP: "Tilføj til kalender" on each kind of item card (a fresh .ics link whenever it is pressed, by the
// server's clock), /kalender's feed (read back with ical.js), a change raising SEQUENCE under the same UID, a deletion,
// /kalender ny killing the old address, another team's feed, the 304 and the rate limit; on SQLite and Azurite, in
// Danish and English.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  cardLinks,
  cardExecuteActions,
  FixedClock,
  type Harness,
} from '../support/botHarness';
import { readIcs, type ReadEvent } from '../support/icalReader';
import { FEED_FETCHES_PER_MINUTE } from '../../bot/calendarLinks';
import { ADD_TO_CALENDAR_VERB, ITEM_VERBS } from '../../cards/itemCards';

const TEAM_ID = '19:calendar-team@thread.tacv2';
const OTHER_TEAM = '19:calendar-other@thread.tacv2';
const ANNE = { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
const BO = { id: '29:bo', name: 'Bo Madsen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`the timeline in a calendar over HTTP (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    const clock = new FixedClock(DateTime.fromISO('2027-01-10T09:00:00Z'));
    before(async () => {
      h = await startHarness({ ADMINS: ANNE.aadObjectId }, { store, clock });
    });
    after(async () => {
      await h.stop();
    });

    /** A message at a Copenhagen time; the server's clock follows it unless told otherwise. */
    const msg = (local: string, text: string, o: { teamId?: string; from?: typeof ANNE; locale?: string } = {}) => {
      const at = DateTime.fromISO(local, { zone: 'Europe/Copenhagen' });
      clock.current = at;
      return channelMessage(text, { timestamp: at.toUTC().toISO()!, teamId: o.teamId ?? TEAM_ID, from: o.from ?? ANNE, locale: o.locale });
    };
    const say = async (local: string, text: string, o: Parameters<typeof msg>[2] = {}) => (await h.say(msg(local, text, o)))[0]!;
    const cardSaid = async (local: string, text: string, o: Parameters<typeof msg>[2] = {}) => cardOf(await say(local, text, o));
    const button = (card: unknown, verb: string) => {
      const found = cardExecuteActions(card).find((a) => a.verb === verb);
      assert.ok(found, `no ${verb} button on ${cardText(card)}`);
      return found;
    };
    /** Presses a button on the card at a time (the server's clock too) and returns the invoke's answer. */
    async function press(card: unknown, verb: string, local: string, o: Parameters<typeof msg>[2] = {}) {
      const a = button(card, verb);
      const res = await h.post(cardAction(a.verb, a.data, msg(local, '', o)));
      assert.equal(res.status, 200);
      return res.body as { type: string; value: any };
    }
    async function fetchText(url: string, headers: Record<string, string> = {}) {
      const res = await fetch(url, { headers });
      return { status: res.status, headers: res.headers, text: await res.text() };
    }
    /** The .ics behind "Tilføj til kalender" on a card, pressed at `local`. */
    async function icsOf(card: unknown, local: string, title = 'Åbn kalenderfil (.ics)') {
      const answer = await press(card, ADD_TO_CALENDAR_VERB, local);
      assert.equal(answer.type, 'application/vnd.microsoft.card.adaptive');
      const url = cardLinks(answer.value)[title];
      assert.ok(url, `no link on ${cardText(answer.value)}`);
      return { url, answer: answer.value, file: await fetchText(url) };
    }
    function feedUrls(card: unknown): { https: string; webcal: string } {
      const text = cardText(card);
      const https = /(https?:\/\/\S+\/calendar\/[A-Za-z0-9_-]+\.ics)/.exec(text)?.[1];
      const webcal = /(webcal:\/\/\S+\/calendar\/[A-Za-z0-9_-]+\.ics)/.exec(text)?.[1];
      assert.ok(https && webcal, `no addresses on ${text}`);
      return { https, webcal };
    }
    const byTitle = (events: ReadEvent[], start: string) => events.find((e) => e.summary.startsWith(start));

    let eventCard: any;
    let feed: { https: string; webcal: string };

    it('an event card has Tilføj til kalender: a timed .ics in Europe/Copenhagen, an hour long, at its place', async () => {
      eventCard = await cardSaid('2027-01-10T10:00', '/arrangement JobCamp 7. november kl. 9 Vejle');
      // Pressed two hours after the card was sent: the link is made now and works.
      const { file, answer } = await icsOf(eventCard, '2027-01-10T12:00');
      assert.match(cardText(answer), /JobCamp/);
      assert.match(cardText(answer), /virker i 15 minutter/);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.match(file.headers.get('content-disposition') ?? '', /filename="tovholder-arrangement-jobcamp.ics"/);
      const cal = readIcs(file.text);
      assert.equal(cal.method, 'PUBLISH');
      assert.equal(cal.events.length, 1);
      const e = cal.events[0]!;
      assert.deepEqual(
        [e.summary, e.location, e.tzid, e.startUtc, e.endUtc, e.sequence],
        ['JobCamp', 'Vejle', 'Europe/Copenhagen', '2027-11-07T08:00:00.000Z', '2027-11-07T09:00:00.000Z', 0],
      );
      assert.match(e.description, /^Arrangement: 7\. november 2027\nOprettet af Anne Sørensen\./);
    });

    it('works whenever pressed: a link expires 15 minutes after the press by the server clock, and a new press gives a fresh one', async () => {
      const { url } = await icsOf(eventCard, '2027-02-01T09:00');
      clock.current = clock.current.plus({ minutes: 15, seconds: 1 });
      assert.equal((await fetchText(url)).status, 404);
      const again = await icsOf(eventCard, '2027-03-01T09:00');
      assert.equal(again.file.status, 200);
    });

    it('a deadline card, a period and an approval run have it too; an undated item says why it has none', async () => {
      const deadline = await cardSaid('2027-01-11T09:00', '/frist Aflevering af slutrapport senest d. 15. december');
      const d = readIcs((await icsOf(deadline, '2027-01-11T09:01')).file.text).events[0]!;
      assert.deepEqual([d.allDay, d.startDate, d.endDate, d.summary], [true, '2027-12-15', '2027-12-16', 'Aflevering af slutrapport']);

      const period = await cardSaid('2027-01-11T09:02', '/frist Godkendelse i styregruppen medio august');
      const p = readIcs((await icsOf(period, '2027-01-11T09:03')).file.text).events[0]!;
      assert.deepEqual([p.allDay, p.startDate, p.endDate], [true, '2027-08-11', '2027-08-21']);
      assert.equal(p.summary, 'Godkendelse i styregruppen (periode: midt august 2027)');
      assert.match(p.description, /Det er en periode, ikke en præcis dato/);

      const run = await cardSaid('2027-01-11T09:04', '/godkendelse Evalueringsrapport marts 2027 af Jobcenterchefkredsen og KKR');
      const r = readIcs((await icsOf(run, '2027-01-11T09:05')).file.text).events[0]!;
      assert.equal(r.summary, 'Evalueringsrapport (periode: marts 2027)');

      const undated = await cardSaid('2027-01-11T09:06', '/frist Afrapportering til STAR');
      const answer = await press(undated, ADD_TO_CALENDAR_VERB, '2027-01-11T09:07');
      assert.equal(answer.type, 'application/vnd.microsoft.activity.message');
      assert.match(answer.value, /"Afrapportering til STAR" har ingen dato endnu/);
    });

    it("/kalender gives the team's private address, https and webcal, with Outlook's and Google's steps; the feed holds the team's dated items", async () => {
      await say('2027-01-11T09:10', '/frist Gammel frist 1. december 2025'); // over 12 months back: not in the feed
      await say('2027-01-11T09:11', '/frist Sidste års rapport 1. februar 2026'); // within 12 months back: in it
      const card = await cardSaid('2027-01-11T09:12', '/kalender');
      const text = cardText(card);
      assert.match(text, /Kalender: Frikommunenetværket/);
      assert.match(text, /Tilføj kalender → Fra internettet/);
      assert.match(text, /Fra webadresse/);
      assert.match(text, /\/kalender ny/);
      feed = feedUrls(card);
      assert.ok(feed.https.startsWith(`${h.baseUrl}/calendar/`));
      assert.equal(feed.webcal, feed.https.replace('http://', 'webcal://'));
      // The same address until it is replaced.
      assert.equal(feedUrls(await cardSaid('2027-01-11T09:13', '/kalender')).https, feed.https);

      const res = await fetchText(feed.https);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.ok(res.headers.get('etag'));
      const cal = readIcs(res.text);
      assert.equal(cal.name, 'Frikommunenetværket');
      const titles = cal.events.map((e) => e.summary).sort();
      assert.deepEqual(titles, [
        'Aflevering af slutrapport',
        'Evalueringsrapport (periode: marts 2027)',
        'Godkendelse i styregruppen (periode: midt august 2027)',
        'JobCamp',
        'Sidste års rapport',
      ]);
      // The feed's UID for an item is the one its own file has: importing one and subscribing never doubles it.
      const single = readIcs((await icsOf(eventCard, '2027-01-11T09:14')).file.text).events[0]!;
      assert.equal(byTitle(cal.events, 'JobCamp')!.uid, single.uid);
    });

    it('answers 304 to a client that has the feed already, and 200 again after a change', async () => {
      const first = await fetchText(feed.https);
      const etag = first.headers.get('etag')!;
      const same = await fetchText(feed.https, { 'If-None-Match': etag });
      assert.equal(same.status, 304);
      assert.equal(same.text, '');
      await say('2027-01-12T09:00', '/arrangement JobCamp 7. november kl. 10 Vejle');
      const changed = await fetchText(feed.https, { 'If-None-Match': etag });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
    });

    it('a change raises SEQUENCE and LAST-MODIFIED under the same UID; done is marked done', async () => {
      const before = byTitle(readIcs((await fetchText(feed.https)).text).events, 'JobCamp')!;
      assert.equal(before.sequence, 1); // moved to kl. 10 in the test before
      assert.equal(before.startUtc, '2027-11-07T09:00:00.000Z');
      await say('2027-01-13T09:00', '/arrangement JobCamp 7. november kl. 11 Vejle');
      const after = byTitle(readIcs((await fetchText(feed.https)).text).events, 'JobCamp')!;
      assert.equal(after.uid, before.uid);
      assert.equal(after.sequence, 2);
      assert.ok(after.lastModified > before.lastModified, `${after.lastModified} after ${before.lastModified}`);
      assert.equal(after.startUtc, '2027-11-07T10:00:00.000Z');

      await press(eventCard, ITEM_VERBS.done, '2027-01-14T09:00');
      const done = byTitle(readIcs((await fetchText(feed.https)).text).events, 'JobCamp')!;
      assert.equal(done.uid, before.uid);
      assert.equal(done.sequence, 3);
      assert.equal(done.summary, 'JobCamp – færdig');
    });

    it('a deleted item leaves the feed (a pasted timeline undone)', async () => {
      const paste = await cardSaid('2027-01-15T09:00', '/frist\nKick-off med VIVE primo februar\nNulpunktsmåling senest d. 1. marts');
      let titles = readIcs((await fetchText(feed.https)).text).events.map((e) => e.summary);
      assert.ok(titles.some((s) => s.startsWith('Kick-off med VIVE')) && titles.includes('Nulpunktsmåling'));
      await press(paste, ITEM_VERBS.undoPaste, '2027-01-15T09:05');
      titles = readIcs((await fetchText(feed.https)).text).events.map((e) => e.summary);
      assert.ok(!titles.some((s) => s.startsWith('Kick-off med VIVE')) && !titles.includes('Nulpunktsmåling'), titles.join(', '));
    });

    it("/kalender ny: refused for a colleague who is no admin; an admin's makes the old address a 404", async () => {
      const refused = await say('2027-01-16T09:00', '/kalender ny', { from: BO });
      assert.match(refused.text, /Kun en administrator/);
      assert.equal((await fetchText(feed.https)).status, 200, 'a refused /kalender ny changes nothing');
      const renewed = await cardSaid('2027-01-16T09:01', '/kalender ny');
      assert.match(cardText(renewed), /Den gamle adresse virker ikke længere/);
      const fresh = feedUrls(renewed);
      assert.notEqual(fresh.https, feed.https);
      assert.equal((await fetchText(feed.https)).status, 404);
      assert.equal((await fetchText(fresh.https)).status, 200);
      assert.equal(feedUrls(await cardSaid('2027-01-16T09:02', '/kalender')).https, fresh.https);
      feed = fresh;
    });

    it("another team's feed (asked in English) holds its own items only, worded in English", async () => {
      await say('2027-01-17T09:00', '/deadline Final report to the ministry 1 March', { teamId: OTHER_TEAM, locale: 'en-US' });
      const card = await cardSaid('2027-01-17T09:01', '/calendar', { teamId: OTHER_TEAM, locale: 'en-US' });
      assert.match(cardText(card), /Add calendar → Subscribe from web/);
      const other = feedUrls(card);
      assert.notEqual(other.https, feed.https);
      const cal = readIcs((await fetchText(other.https)).text);
      assert.deepEqual(
        cal.events.map((e) => e.summary),
        ['Final report to the ministry'],
      );
      assert.match(cal.events[0]!.description, /^Deadline: 1 March 2027/);
      const ours = readIcs((await fetchText(feed.https)).text).events.map((e) => e.uid);
      assert.ok(!ours.includes(cal.events[0]!.uid));
      // A button of this team pressed in the other finds nothing there.
      const answer = await press(eventCard, ADD_TO_CALENDAR_VERB, '2027-01-17T09:02', { teamId: OTHER_TEAM });
      assert.equal(answer.type, 'application/vnd.microsoft.activity.message');
    });

    it('an event written with a span of time ("kl. 9.30-12") shows it, and its calendar entry lasts that long', async () => {
      const card = await cardSaid('2027-01-19T09:00', '/arrangement Styregruppemøde 3. februar kl. 9.30-12 i Aalborg');
      assert.match(cardText(card), /onsdag d\. 3\. februar kl\. 09\.30–12\.00\n · Aalborg/);
      const e = readIcs((await icsOf(card, '2027-01-19T09:01')).file.text).events[0]!;
      assert.deepEqual([e.startUtc, e.endUtc, e.location], ['2027-02-03T08:30:00.000Z', '2027-02-03T11:00:00.000Z', 'Aalborg']);
    });

    it('refuses what is not a current address with a bare 404, and limits fetches of one address per minute', async () => {
      for (const path of ['/calendar/', '/calendar/nope.ics', `/calendar/${'A'.repeat(32)}.ics`, '/calendar/a/b.ics']) {
        assert.equal((await fetchText(`${h.baseUrl}${path}`)).status, 404, path);
      }
      clock.current = DateTime.fromISO('2027-01-18T09:00:00Z');
      const statuses: number[] = [];
      for (let i = 0; i <= FEED_FETCHES_PER_MINUTE; i++) statuses.push((await fetchText(feed.https)).status);
      assert.deepEqual(statuses.slice(0, FEED_FETCHES_PER_MINUTE), Array(FEED_FETCHES_PER_MINUTE).fill(200));
      const limited = await fetch(feed.https);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      clock.current = clock.current.plus({ minutes: 1 });
      assert.equal((await fetchText(feed.https)).status, 200);
    });

    it('gives an unchanged feed again as it was without writing it anew, and a change made the same day at once', async () => {
      clock.current = DateTime.fromISO('2027-01-20T09:00:00Z');
      const items = h.app.storage.tables.items;
      const first = await fetchText(feed.https);
      const requests = items.usage.requests;
      const again = await fetchText(feed.https);
      assert.equal(again.status, 200);
      assert.equal(again.text, first.text);
      assert.equal(again.headers.get('etag'), first.headers.get('etag'));
      // The embedded file has one writer, this process, which has written no item since: nothing is read. On Azure other
      // instances may have, so it is read (the body is reused by its ETag).
      if (store === 'sqlite') assert.equal(items.usage.requests, requests);
      else assert.ok(items.usage.requests > requests);
      await say('2027-01-20T10:30', '/frist Budgetbidrag til KKR senest d. 1. marts');
      const changed = await fetchText(feed.https);
      assert.notEqual(changed.headers.get('etag'), first.headers.get('etag'));
      assert.ok(
        readIcs(changed.text).events.some((e) => e.summary === 'Budgetbidrag til KKR'),
        changed.text,
      );
    });
  });
}

describe('the calendar feed behind BOT_DOMAIN', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ BOT_DOMAIN: 'tovholder.example.org' });
  });
  after(async () => {
    await h.stop();
  });

  it('gives https://<BOT_DOMAIN>/calendar/… and webcal://<BOT_DOMAIN>/calendar/…, served by this server at that path', async () => {
    const card = cardOf((await h.say(channelMessage('/kalender')))[0]!);
    const text = cardText(card);
    const https = /(https:\/\/tovholder\.example\.org\/calendar\/[A-Za-z0-9_-]+\.ics)/.exec(text)?.[1];
    assert.ok(https, text);
    assert.ok(text.includes(https.replace('https://', 'webcal://')));
    const res = await fetch(`${h.baseUrl}${new URL(https).pathname}`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /^BEGIN:VCALENDAR\r\n/);
    // A client that asks HEAD first gets the headers alone.
    const head = await fetch(`${h.baseUrl}${new URL(https).pathname}`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('etag'), res.headers.get('etag'));
    assert.equal(await head.text(), '');
  });

  it('names the feed after the team looked up at the connector when the activity does not carry the name', async () => {
    const teamId = '19:named-at-connector@thread.tacv2';
    h.connector.teams.set(teamId, 'Kommunikationsgruppen');
    const activity = channelMessage('/kalender', { teamId });
    delete (activity.channelData as { team: { name?: string } }).team.name;
    const card = cardOf((await h.say(activity))[0]!);
    assert.match(cardText(card), /Kalender: Kommunikationsgruppen/);
    const https = /(https:\/\/\S+\.ics)/.exec(cardText(card))![1]!;
    const feed = readIcs(await (await fetch(`${h.baseUrl}${new URL(https).pathname}`)).text());
    assert.equal(feed.name, 'Kommunikationsgruppen');
    // Unknown at the connector too: the name it had is kept.
    h.connector.teams.delete(teamId);
    const again = channelMessage('/kalender', { teamId });
    delete (again.channelData as { team: { name?: string } }).team.name;
    assert.match(cardText(cardOf((await h.say(again))[0]!)), /Kalender: Kommunikationsgruppen/);
  });
});
