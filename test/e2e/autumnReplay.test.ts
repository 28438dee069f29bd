// Issue 27, "Done when": a whole autumn's KKR preparation replayed over HTTP, autumn 2019 to spring 2020, typed the way
// the comms group types (relative day words, a period, the 2020 timeline pasted in September). The card, the slides,
// the workbook and the CSV are read back and checked as a careful comms professional would check them before putting
// them in front of KKR: the title names the period, the timeline shows what is coming across the year boundary, no
// relative day word stands alone, a period stays a period, the CSV has the Log sheet's columns and cannot run a
// formula, and the download buttons work weeks later with links that expire by the server's clock.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  startHarness,
  channelMessage,
  cardOf,
  cardText,
  cardFacts,
  pressDownload,
  slideText,
  FixedClock,
  type Harness,
} from '../support/botHarness';
import { REPORT_VERBS } from '../../cards/reportCards';

const TEAM_ID = '19:kkr-autumn-2019@thread.tacv2';
const CHANNEL_ID = '19:kkr-kommunikation@thread.tacv2';
const ZONE = 'Europe/Copenhagen';

/** A relative day word standing alone: what must never reach a card, slide, workbook or CSV read later. */
const RELATIVE =
  /(?<![\p{L}])(?:i går|igår|i dag|idag|i morgen|i forgårs|i (?:man|tirs|ons|tors|fre|lør|søn)dags|på (?:mandag|tirsdag|onsdag|torsdag|fredag)|yesterday|today)(?![\p{L}])/iu;
/** What a text must never show: a placeholder left unfilled, a value never set, an invented midnight. */
const BROKEN = /\{\w+\}|undefined|NaN|\[object Object\]|T00:00/;

/** A CSV line split the way Excel splits it on `sep`: a quote opens a quoted field only at the field's start. */
function splitCsv(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

describe('a whole autumn of KKR preparation, 2019 to spring 2020, replayed over HTTP: files that need no hand edits', function () {
  this.timeout(90_000);
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2019-09-01T08:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  const at = (local: string) => DateTime.fromISO(local, { zone: ZONE });
  const message = (local: string, text: string, timestamp?: string) => {
    clock.current = at(local);
    return channelMessage(text, { timestamp: timestamp ?? at(local).toUTC().toISO()!, teamId: TEAM_ID, channelId: CHANNEL_ID });
  };
  async function card(local: string, text: string) {
    const [r] = await h.say(message(local, text));
    return cardOf(r);
  }
  async function get(url: string) {
    const res = await fetch(url);
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  }
  async function files(c: unknown, local: string, timestamp?: string) {
    const pressed = await pressDownload(h, c, message(local, '', timestamp));
    assert.equal(pressed.status, 200);
    return pressed.links;
  }

  // The autumn as typed. Day words are right the day they are written; the files are read months later.
  before(async () => {
    await card(
      '2019-09-02T09:00',
      [
        '/frist',
        'Styregruppemøde om evalueringsdesign 15. oktober 2019',
        'Kick-off med VIVE Primo februar 2020',
        'Nulpunktsmåling afleveret Senest d. 1. marts 2020',
        'Dataindsamling i kommunerne Marts – maj 2020',
        'Godkendelse i Jobcenterchefkredsen Medio august 2020',
        'Politisk godkendelse i alle kommuner Oktober – november 2020',
        'Fremsendelse af slutrapport til ØIM Senest d. 15. december 2020',
      ].join('\n'),
    );
    const log: Array<[string, string]> = [
      ['2019-09-06T10:00', '/log presse P1 interviewede jobcenterchefen i Hjørring om mikrolån i går'], // Fri: Thu 5 Sep
      ['2019-09-12T11:00', '/log presse P4 Nordjylland bragte et indslag om mikrolån'],
      ['2019-10-07T09:30', '/log besøg STAR besøgte jobcentret i Frederikshavn om mentor i starten af oktober'],
      ['2019-10-15T16:00', '/færdig styregruppemøde'],
      ['2019-11-04T10:00', '/log møde med KL i fredags om samtaler i Brønderslev'], // Mon: Fri 1 Nov
      ['2019-11-06T14:00', '/log henvendelse Brev til Beskæftigelsesministeren om lægeattester sendt i dag'],
      ['2019-11-28T15:00', '/log foretræde Folketingets Beskæftigelsesudvalg om rehabiliteringsteams i onsdags'], // Thu: Wed 27 Nov
      ['2019-12-03T10:00', '/log presse Nordjyske skrev,=1+1,om os'],
    ];
    for (const [when, text] of log) await card(when, text);
  });

  // (Mocha runs a suite's own tests before its inner suites: the autumn's are inner suites too, so they run in order.)
  describe('autumn 2019', () => {
    it('20 November 2019: /status shows the coming milestones across the year boundary, and never asks for the pasted timeline', async () => {
      const c = await card('2019-11-20T10:00', '/status siden 1. oktober');
      const text = cardText(c);
      assert.match(text, /^Status på interessevaretagelse – siden sidst\nSiden 1\. oktober 2019/);
      assert.match(text, /Evaluering 2019–2020/);
      const lines = text.split('\n');
      const stateOf = (title: string) => lines[lines.indexOf(title) + 2];
      assert.equal(stateOf('Styregruppemøde om evalueringsdesign'), 'færdig', 'the recent one');
      assert.equal(stateOf('Kick-off med VIVE'), 'kommende', "next year's");
      assert.equal(stateOf('Fremsendelse af slutrapport til ØIM'), 'kommende', 'the 2020 evaluation');
      assert.doesNotMatch(text, /indsættes med \/frist|Ingen frister/);
      // The card's lines carry dates, not day words written weeks ago.
      assert.match(text, /• Møde med KL fredag d\. 1\. november om samtaler i Brønderslev/);
      assert.match(text, /• Brev til Beskæftigelsesministeren om lægeattester sendt onsdag d\. 6\. november/);
      assert.doesNotMatch(text, RELATIVE);
      assert.doesNotMatch(text, BROKEN);
    });

    it('a team that pasted no timeline is told how; one whose timeline lies further ahead is not', async () => {
      const [r] = await h.say(
        channelMessage('/status 2019', {
          timestamp: at('2019-12-01T10:00').toUTC().toISO()!,
          teamId: '19:no-timeline@thread.tacv2',
          channelId: CHANNEL_ID,
        }),
      );
      assert.match(cardText(cardOf(r)), /Evaluering\nIngen tidsplan endnu\. En tidsplan indsættes med \/frist\./);
    });
  });

  describe('18 December 2019: /status 2. halvår 2019, the files for KKR', () => {
    let c: Record<string, any>;
    let links: Record<string, string>;
    before(async () => {
      c = await card('2019-12-18T09:00', '/status 2. halvår 2019');
      links = await files(c, '2019-12-18T09:01');
    });

    it('the card names its period in the title, not "siden sidst"', () => {
      const text = cardText(c);
      assert.match(text, /^Status på interessevaretagelse – 2\. halvår 2019\nJuli–december 2019/);
      assert.doesNotMatch(text, /siden sidst/);
      assert.equal(cardFacts(c)['I alt'], '7');
      assert.deepEqual(Object.keys(links), ['Hent som PowerPoint', 'Hent som Excel', 'Hent som CSV']);
    });

    it('the slides: the period in the title, press said once per experiment, dated lines, the timeline into 2020', async () => {
      const zip = await JSZip.loadAsync((await get(links['Hent som PowerPoint'])).body);
      const s1 = slideText(await zip.file('ppt/slides/slide1.xml')!.async('string'));
      assert.match(s1, /^Status på interessevaretagelse – 2\. halvår 2019\nJuli–december 2019 · 7 handlinger/);
      assert.match(s1, /Pressedækning på forsøg med mikrolån \(P1, P4\)/);
      assert.match(s1, /Møde med KL fredag d\. 1\. november om samtaler i Brønderslev/);
      assert.match(s1, /Folketingets Beskæftigelsesudvalg om rehabiliteringsteams onsdag d\. 27\. november/);
      assert.match(s1, /STAR besøgte jobcentret i Frederikshavn om mentor/);
      const s2 = slideText(await zip.file('ppt/slides/slide2.xml')!.async('string'));
      assert.match(s2, /^Evaluering 2019–2020/);
      assert.match(s2, /Styregruppemøde om evalueringsdesign\n15\. oktober 2019\nFærdig/);
      assert.match(s2, /Kick-off med VIVE\nstart februar 2020\nKommende/);
      assert.match(s2, /Fremsendelse af slutrapport til ØIM\nsenest 15\. december 2020\nKommende/);
      const presentation = await zip.file('docProps/core.xml')!.async('string');
      assert.match(presentation, /<dc:title>Status på interessevaretagelse – 2\. halvår 2019<\/dc:title>/);
      for (const s of [s1, s2]) {
        assert.doesNotMatch(s, RELATIVE);
        assert.doesNotMatch(s, BROKEN);
      }
    });

    it('the workbook: its title, dated texts, a period in words and no invented day, the timeline into 2020', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await get(links['Hent som Excel'])).body as any);
      assert.equal(wb.title, 'Status på interessevaretagelse – 2. halvår 2019');
      assert.equal(wb.subject, 'Juli–december 2019');
      const log = wb.getWorksheet('Log')!;
      assert.match(String(log.headerFooter.oddHeader), /Status på interessevaretagelse – 2\. halvår 2019/);
      const rows = (log.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
      const row = (start: string) => rows.find((r) => String(r[3]).startsWith(start))!;
      const p1 = row('P1 interviewede');
      assert.equal(p1[3], 'P1 interviewede jobcenterchefen i Hjørring om mikrolån torsdag d. 5. september');
      assert.equal((p1[0] as Date).toISOString(), '2019-09-05T00:00:00.000Z');
      assert.equal(p1[1], 'i går (torsdag d. 5. september)', 'the words as written, with their date');
      const star = row('STAR besøgte');
      assert.equal(star[0], 'start oktober 2019', 'a period stays a period: no invented 1 October');
      assert.equal(star[1], 'i starten af oktober');
      assert.equal(star[2], 'Besøg');
      for (const r of rows) {
        assert.doesNotMatch(String(r[3]), RELATIVE, String(r[3]));
        assert.doesNotMatch(r.filter((v) => typeof v === 'string').join(' '), BROKEN);
      }
      const items = (wb.getWorksheet('Frister og arrangementer')!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
      assert.deepEqual(
        items.map((r) => r[0]),
        ['Styregruppemøde om evalueringsdesign'],
        "the period's own deadlines",
      );
    });

    it("the CSV: the Log sheet's columns, a period in words, dated texts, and a comma never splits a field into a formula", async () => {
      const body = (await get(links['Hent som CSV'])).body.toString('utf8').slice(1);
      const lines = body.split('\r\n').filter((l) => l !== '');
      assert.equal(lines[0], 'Dato;Dato som skrevet;Art;Tekst;Interessenter;Forsøg;Kommuner;Logget af;Logget');
      assert.equal(lines.length, 8, "the heading and the half year's seven entries");
      const star = lines.find((l) => l.includes('STAR besøgte'))!;
      assert.match(star, /^start oktober 2019;i starten af oktober;Besøg;/);
      const p1 = lines.find((l) => l.includes('P1 interviewede'))!;
      assert.match(
        p1,
        /^05-09-2019;i går \(torsdag d\. 5\. september\);Presse;P1 interviewede jobcenterchefen i Hjørring om mikrolån torsdag d\. 5\. september;/,
      );
      const injected = lines.find((l) => l.includes('Nordjyske skrev'))!;
      // Danish Excel splits on semicolons: the text is one cell. English Excel splits on commas, inside the quotes too:
      // the pieces are text, none a formula.
      assert.ok(splitCsv(injected, ';').includes('Nordjyske skrev,\u200B=1+1,om os'), 'one cell, split on ";"');
      for (const sep of [';', ',']) {
        const cells = splitCsv(injected, sep);
        assert.ok(
          cells.every((cell) => !/^\s*[=+\-@]/.test(cell)),
          `no cell starts a formula when Excel splits on "${sep}": ${cells.join(' | ')}`,
        );
      }
      for (const line of lines.slice(1)) assert.doesNotMatch(splitCsv(line, ';')[3], RELATIVE);
    });
  });

  describe("a card lives for months: its buttons work whenever pressed, each link for 15 minutes on the server's clock", () => {
    let c: Record<string, any>;
    before(async () => {
      c = await card('2020-01-08T09:00', '/status 2019');
    });

    it('pressed a week later, "Hent som PowerPoint" gives the file; the link dies 15 minutes after the press', async () => {
      const links = await files(c, '2020-01-15T13:00');
      const file = await get(links['Hent som PowerPoint']);
      assert.equal(file.status, 200);
      const zip = await JSZip.loadAsync(file.body);
      assert.match(
        slideText(await zip.file('ppt/slides/slide1.xml')!.async('string')),
        /^Status på interessevaretagelse – 2019\nJanuar–december 2019/,
      );
      clock.current = at('2020-01-15T13:14');
      assert.equal((await get(links['Hent som Excel'])).status, 200);
      clock.current = at('2020-01-15T13:15:01');
      assert.equal((await get(links['Hent som Excel'])).status, 404);
      // Pressed again: fresh links.
      assert.equal((await get((await files(c, '2020-01-15T13:16'))['Hent som Excel'])).status, 200);
    });

    it("a press whose message says 2099 gets a link of 15 minutes by the server's clock, not one for 80 years", async () => {
      const links = await files(c, '2020-01-15T14:00', '2099-01-01T00:00:00.000Z');
      const token = links['Hent som CSV'].slice(links['Hent som CSV'].lastIndexOf('/') + 1);
      const claims = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
      assert.equal(claims.exp, at('2020-01-15T14:00').toSeconds() + 15 * 60);
      assert.equal((await get(links['Hent som CSV'])).status, 200);
      clock.current = at('2020-01-15T14:15:01');
      assert.equal((await get(links['Hent som CSV'])).status, 404);
    });

    it('a button altered to read another period or nonsense gets a plain answer, and no file', async () => {
      const button = { verb: REPORT_VERBS.files, data: { card: 'status', from: '2019-13-01', to: '2019-12-31', lang: 'da' } };
      const answer = await pressDownload(
        h,
        { actions: [{ type: 'Action.Execute', title: 'x', ...button }] },
        message('2020-01-15T14:30', ''),
      );
      assert.equal(answer.status, 200);
      assert.match(String(answer.card), /Den knap kan jeg ikke læse/);
    });
  });

  describe('spring 2020', () =>
    it('10 March 2020, the KKR meeting: the slide since 1 September, the timeline with its states, nothing to fix by hand', async () => {
      await card('2020-01-14T19:30', '/log presse TV2 19-nyhederne om lægeattester i Aalborg i aftes');
      await card('2020-02-10T09:00', '/færdig kick-off');
      const c = await card('2020-03-10T10:00', '/status siden 1. september');
      const text = cardText(c);
      assert.match(text, /^Status på interessevaretagelse – siden sidst\nSiden 1\. september 2019/);
      assert.match(text, /Evaluering 2019–2020/);
      const links = await files(c, '2020-03-10T10:01');
      const zip = await JSZip.loadAsync((await get(links['Hent som PowerPoint'])).body);
      const s1 = slideText(await zip.file('ppt/slides/slide1.xml')!.async('string'));
      assert.match(s1, /Siden 1\. september 2019 · 8 handlinger/);
      assert.match(s1, /TV2 19-nyhederne om lægeattester i Aalborg mandag d\. 13\. januar/);
      const s2 = slideText(await zip.file('ppt/slides/slide2.xml')!.async('string'));
      assert.match(s2, /Kick-off med VIVE\nstart februar 2020\nFærdig/);
      assert.match(s2, /Nulpunktsmåling afleveret\nsenest 1\. marts 2020\nOverskredet/);
      assert.match(s2, /Dataindsamling i kommunerne\nmarts–maj 2020\nI gang/);
      for (const s of [text, s1, s2]) {
        assert.doesNotMatch(s, RELATIVE);
        assert.doesNotMatch(s, BROKEN);
      }
      // Every line of the slide fits its line (cut at 110 characters, with "…").
      for (const line of s1.split('\n')) assert.ok(line.length <= 110, line);
    }));
});
