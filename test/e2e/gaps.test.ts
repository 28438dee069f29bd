// /huller (/gaps) end to end over HTTP on SQLite and on Azurite: the gap card follows the log at once, each line has
// Planlæg (a prefilled planned action), thresholds are set per team, another team never sees this team's gaps, and
// the first digest of a month carries a short "Huller" section that can be switched off.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { startHarness, channelMessage, cardAction, cardOf, cardText, cardExecuteActions, type Harness } from '../support/botHarness';
import { GAPS_VERBS } from '../../cards/gapsCard';

/** Monday 2 March 2026 (the month's first Monday), `minutes` past 09:00 UTC, `days` later. */
const at = (minutes: number, days = 0) => DateTime.fromISO('2026-03-02T09:00:00Z').plus({ days, minutes }).toISO()!;

let teamCounter = 0;
const newTeam = () => `19:gaps-team-${++teamCounter}@thread.tacv2`;

type Json = Record<string, any>;

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`/huller over HTTP (${store})`, function () {
    this.timeout(60_000);
    let h: Harness;
    before(async () => {
      h = await startHarness({}, { store });
    });
    after(async () => {
      await h.stop();
    });

    const say = async (text: string, team: string, timestamp: string, locale = 'da-DK'): Promise<Json> =>
      (await h.say(channelMessage(text, { teamId: team, timestamp, locale })))[0]!;
    const gapText = async (team: string, timestamp: string, locale = 'da-DK') =>
      cardText(cardOf(await say(locale === 'da-DK' ? '/huller' : '/gaps', team, timestamp, locale)));

    it('lists why and since when, and follows the log at once: press on an untold result takes it off', async () => {
      const team = newTeam();
      await say('/resultat mikrolån: 40 borgere fik mikrolån og 12 er nu selvforsørgende', team, at(0, -60));
      await say('/log møde med Folketingets Beskæftigelsesudvalg om lægeattester i går', team, at(1, -50));
      const first = await gapText(team, at(0));
      assert.match(first, /Interessenter uden kontakt/);
      assert.match(first, /Folketinget\naldrig logget · grænse 3 måneder/);
      assert.doesNotMatch(first, /Folketingets Beskæftigelsesudvalg\n/);
      assert.match(first, /Medierne\naldrig logget · grænse 1 måned/);
      assert.match(first, /Resultater, der aldrig er fortalt \(1\)\nmikrolån: 40 borgere fik mikrolån/);
      assert.match(first, /ingen presse eller henvendelse om mikrolån siden/);
      assert.match(first, /Resultater, der aldrig er brugt \(1\)/);
      assert.match(first, /Kommuner uden aktivitet \(11\)/);
      assert.doesNotMatch(first, /\nlægeattester\n/); // logged 50 days ago: not quiet

      await say('/log presse Nordjyske skrev om mikrolån i Hjørring', team, at(1));
      const after = await gapText(team, at(2));
      assert.doesNotMatch(after, /Resultater, der aldrig er fortalt/);
      assert.doesNotMatch(after, /Medierne\n/);
      assert.match(after, /Kommuner uden aktivitet \(10\)/);
      assert.match(after, /Resultater, der aldrig er brugt \(1\)/);

      // Another team sees none of this team's results or contacts.
      const other = await gapText(newTeam(), at(3));
      assert.doesNotMatch(other, /40 borgere/);
      assert.match(other, /Folketingets Beskæftigelsesudvalg\naldrig logget/);
    });

    it('Planlæg opens a prefilled plan, which is saved as a plan; only the presser sees the form', async () => {
      const team = newTeam();
      const card = cardOf(await say('/huller', team, at(0)));
      const plan = cardExecuteActions(card).find((a) => a.verb === GAPS_VERBS.plan && /Folketinget$/.test(a.data.text))!;
      assert.equal(plan.title, 'Planlæg');
      const pressed = cardAction(plan.verb, plan.data, channelMessage('', { teamId: team, timestamp: at(1) }));
      const res = await h.post({ ...pressed, replyToId: 'gap-card' });
      const form = res.body.value;
      assert.equal(form.body.find((b: Json) => b.id === 'text').value, 'kontakt Folketinget');
      assert.ok(!h.connector.updated.some((u) => u.replyToId === 'gap-card'), 'the gap card stays as it was for everyone');
      const save = cardExecuteActions(form)[0];
      const saved = await h.post(
        cardAction(
          save.verb,
          { ...save.data, text: 'kontakt Folketinget om lægeattester', date: '2026-04-15' },
          channelMessage('', { teamId: team, timestamp: at(2) }),
        ),
      );
      assert.match(cardText(saved.body.value), /Planlagt\nkontakt Folketinget om lægeattester\nPlanlagt · senest 15\. april/);
      assert.match(cardText(cardOf(await say('/frister april', team, at(3)))), /kontakt Folketinget om lægeattester/);
    });

    it('thresholds are set per team; bad settings say what was wrong and change nothing', async () => {
      const team = newTeam();
      await say('/log møde med KL om samtaler', team, at(0, -70));
      assert.match(await gapText(team, at(0)), /KL\nsidst [^\n]+ · grænse 2 måneder/);
      const set = await say('/huller indstil KL 3 måneder', team, at(1));
      assert.match(set.text, /Gemt\. Grænser for huller: [^.]*KL og KKR 3 måneder/);
      assert.doesNotMatch(await gapText(team, at(2)), /\nKL\n/);
      assert.match(await gapText(newTeam(), at(3)), /\nKL\naldrig logget · grænse 2 måneder/);
      const off = await say('/huller indstil medier fra', team, at(4));
      assert.match(off.text, /Medierne ingen/);
      assert.doesNotMatch(await gapText(team, at(5)), /Medierne\n/);
      const bad = await say('/huller indstil medier 99 måneder', team, at(6));
      assert.match(bad.text, /"99 måneder" er ikke et antal måneder fra 1 til 36, så intet er ændret/);
      const unknown = await say('/huller indstil borgmestre 2 måneder', team, at(7));
      assert.match(unknown.text, /"borgmestre" er ikke en slags interessent/);
      assert.match((await say('/huller indstillinger', team, at(8))).text, /Medierne ingen/);
    });

    it('the first digest of the month has at most five gap lines and "… N flere"; it can be switched off', async () => {
      const team = newTeam();
      const digest = cardText(cardOf(await say('/overblik nu', team, at(0))));
      assert.match(digest, /Huller/);
      const section = digest.slice(digest.indexOf('Huller'));
      assert.equal(section.split('\n').filter((l) => l.startsWith('• ')).length, 5);
      assert.match(section, /… \d+ flere/);
      const later = cardText(cardOf(await say('/overblik nu', team, at(0, 7))));
      assert.doesNotMatch(later, /Huller/);
      assert.match((await say('/huller overblik fra', team, at(1))).text, /Huller i månedens første overblik: fra/);
      assert.doesNotMatch(cardText(cardOf(await say('/overblik nu', team, at(2)))), /Huller/);
    });

    it('in English', async () => {
      const team = newTeam();
      const text = await gapText(team, at(0), 'en-GB');
      assert.match(text, /Gaps in the advocacy/);
      assert.match(text, /The parliament|Folketinget\nnever logged · limit 3 months/);
      assert.match(text, /Municipalities with nothing logged \(11\)/);
      const set = await say('/gaps set media 2 months', team, at(1), 'en-GB');
      assert.match(set.text, /Saved\. Limits for gaps: [^.]*The media 2 months/);
    });
  });
}
