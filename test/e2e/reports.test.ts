// Issue 15 over HTTP: a realistic 2019–2020 log typed into the channel (with issue 14's registry: statuses, results,
// an approval run), then /status, /tal and /eksport, the files
// downloaded through their links and read back (the workbook with exceljs, the slides by opening the .pptx's XML,
// the CSV as bytes), and the links refused when forged, altered, expired or moved to another scope.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  startHarness,
  channelMessageAt,
  cardOf,
  cardText,
  cardFacts,
  cardExecuteActions,
  pressDownload,
  slideText,
  FixedClock,
  type Harness,
} from '../support/botHarness';

const TEAM_ID = '19:reports-2019-2020@thread.tacv2';
const CHANNEL_ID = '19:reports-kommunikation@thread.tacv2';
const OTHER_TEAM = '19:another-network@thread.tacv2';

function findElement(card: unknown, type: string): any {
  let found: any;
  const walk = (n: any) => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    if (n.type === type) found = n;
    else Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

describe('reports out of Teams: /status, /tal, /eksport and the download links, over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2019-09-01T08:00:00Z'));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  const on = (local: string, text: string, teamId = TEAM_ID) => channelMessageAt(clock, local, text, { teamId, channelId: CHANNEL_ID });
  async function reply(local: string, text: string, teamId = TEAM_ID) {
    const [r] = await h.say(on(local, text, teamId));
    return r;
  }
  async function card(local: string, text: string, teamId = TEAM_ID) {
    return cardOf(await reply(local, text, teamId));
  }
  /** The card's download button pressed (at `local`, or a minute after the clock): the fresh links, by title. */
  async function links(c: unknown, local?: string, teamId = TEAM_ID): Promise<Record<string, string>> {
    const at = local ?? clock.current.setZone('Europe/Copenhagen').plus({ minutes: 1 }).toFormat("yyyy-MM-dd'T'HH:mm");
    const pressed = await pressDownload(h, c, on(at, '', teamId));
    assert.equal(pressed.status, 200);
    return pressed.links;
  }
  async function get(url: string) {
    const res = await fetch(url);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition') ?? '',
      body: Buffer.from(await res.arrayBuffer()),
    };
  }

  before(async () => {
    // Autumn 2019 and the evaluation year 2020, typed the way the group types.
    const log: Array<[string, string]> = [
      ['2019-09-05T10:00', '/log presse P1 om forsøg med mikrolån'],
      ['2019-09-12T11:00', '/log presse P4 Nordjylland bragte et indslag om mikrolån'],
      ['2019-09-20T09:30', '/log presse Jyllandsposten skrev om mikrolån i Hjørring'],
      ['2019-10-08T10:00', '/log henvendelse Brev til Beskæftigelsesministeren om lægeattester'],
      ['2019-10-15T13:00', '/log møde med KL om samtaler i Brønderslev'],
      ['2019-11-25T09:30', '/log arrangement oplæg på KL Beskæftigelsestræf 21/11'],
      ['2019-11-28T15:00', '/log foretræde Folketingets Beskæftigelsesudvalg om rehabiliteringsteams'],
      ['2019-12-03T10:00', '/log besøg STAR besøgte jobcentret i Frederikshavn om mentor'],
      ['2020-01-14T19:30', '/log presse TV2 19-nyhederne om lægeattester i Aalborg'],
      ['2020-02-05T10:00', '/log møde med VIVE om evalueringen af samtaler'],
      ['2020-03-02T14:00', '/log presse Nordjyske om mikrolån i Læsø'],
    ];
    for (const [at, text] of log) await card(at, text);
    await card(
      '2020-01-10T09:00',
      [
        '/frist',
        'Kick-off med VIVE Primo februar 2020',
        'Nulpunktsmåling afleveret Senest d. 1. marts 2020',
        'Dataindsamling i kommunerne Marts – maj 2020',
        'Godkendelse i Jobcenterchefkredsen Medio august 2020',
        'Politisk godkendelse i alle kommuner Oktober – november 2020',
        'Fremsendelse af slutrapport til ØIM Senest d. 15. december 2020',
      ].join('\n'),
    );
    await reply('2020-02-10T09:00', '/færdig kick-off');
    // The registry (issue 14): the 2020 statuses, the municipalities of one experiment, and results from 2018 and 2019.
    await card('2020-01-06T09:00', '/forsøg status mentor helt ophør 1. januar 2020: forenklet lov om en aktiv beskæftigelsesindsats');
    await card('2020-01-06T09:01', '/forsøg status lægeattester i gang 1. juli 2018');
    await card('2020-01-06T09:02', '/forsøg status lægeattester fortsætter 1. januar 2020: forlænget til udgangen af 2021');
    await reply('2020-01-06T09:03', '/forsøg kommuner lægeattester Aalborg, Hjørring, Thisted og Rebild');
    await card(
      '2019-10-01T14:00',
      '/resultat lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018 sparede ca. 2,5 mio. kr. og ca. 1.300 lægetimer',
    );
    await card('2020-02-20T11:30', '/resultat mikrolån: 14 borgere på Læsø og i Hjørring fik et mikrolån i 2. halvår 2019');
    // Another team's log, which must never show up in this team's files.
    await card('2020-02-11T09:00', '/log presse Politiken om et andet netværk', OTHER_TEAM);
  });

  it("/status siden 1. september: the slide's groups in short lines, the 2020 milestones with their state, the counts, three buttons", async () => {
    const c = await card('2020-03-10T10:00', '/status siden 1. september');
    const text = cardText(c);
    assert.match(text, /Status på interessevaretagelse – siden sidst/);
    assert.match(text, /Siden 1\. september 2019/);
    // Three press entries about one experiment are one line, outlets named, as on the group's slide.
    assert.match(text, /• Pressedækning på forsøg med mikrolån \(P1, P4, Jyllandsposten, Nordjyske\)/);
    assert.match(text, /Presse \(5\)/);
    assert.match(text, /• TV2 19-nyhederne om lægeattester i Aalborg/);
    assert.match(text, /Møder og foretræder \(3\)/);
    assert.match(text, /• Folketingets Beskæftigelsesudvalg om rehabiliteringsteams/);
    assert.match(text, /Henvendelser \(1\)/);
    assert.match(text, /Besøg \(1\)/);
    assert.match(text, /Arrangementer og oplæg \(1\)/);
    // Groups in the slide's order.
    const order = ['Presse (', 'Arrangementer og oplæg (', 'Møder og foretræder (', 'Henvendelser (', 'Besøg ('].map((g) =>
      text.indexOf(g),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    assert.match(text, /Evaluering i 2020/);
    const lines = text.split('\n');
    const stateAfter = (title: string) => lines[lines.indexOf(title) + 2];
    assert.equal(stateAfter('Kick-off med VIVE'), 'færdig');
    assert.equal(stateAfter('Nulpunktsmåling afleveret'), 'overskredet');
    assert.equal(stateAfter('Dataindsamling i kommunerne'), 'i gang');
    assert.equal(stateAfter('Fremsendelse af slutrapport til ØIM'), 'kommende');
    const facts = cardFacts(c);
    assert.equal(facts['I alt'], '11');
    assert.equal(facts.Presse, '5');
    // Buttons, not links: a card lives for months, and each press fetches fresh links (see the link tests below).
    assert.deepEqual(
      cardExecuteActions(c).map((a) => a.title),
      ['Hent som PowerPoint', 'Hent som Excel', 'Hent som CSV'],
    );
    assert.match(text, /Knapperne henter filerne, som loggen ser ud nu, når som helst de trykkes/);
    const pressed = await links(c);
    assert.deepEqual(Object.keys(pressed), ['Hent som PowerPoint', 'Hent som Excel', 'Hent som CSV']);
  });

  it('/status with no period: the last 30 days the first time, then since the last /status up to today', async () => {
    const other = '19:fresh-team@thread.tacv2';
    await card('2020-03-01T09:00', '/log møde med KKR-formandskab om mentor', other);
    let text = cardText(await card('2020-03-10T11:00', '/status', other));
    assert.match(text, /De sidste 30 dage/);
    assert.match(text, /KKR-formandskab om mentor/);
    await card('2020-03-20T09:00', '/log henvendelse til STAR om samtaler', other);
    text = cardText(await card('2020-03-24T11:00', '/status', other));
    assert.match(text, /Siden sidste status, 10\. marts 2020/);
    assert.match(text, /til STAR om samtaler/);
    assert.doesNotMatch(text, /KKR-formandskab om mentor/);
  });

  it('/status 2019 and /status 2. halvår 2019 read the period with the Danish date grammar; a period it cannot read is explained', async () => {
    let text = cardText(await card('2020-03-10T10:05', '/status 2019'));
    assert.match(text, /Pressedækning på forsøg med mikrolån \(P1, P4, Jyllandsposten\)/);
    assert.doesNotMatch(text, /Nordjyske|TV2 19-nyhederne/);
    assert.equal(cardFacts(await card('2020-03-10T10:06', '/status 2. halvår 2019'))['I alt'], '8');
    text = cardText(await card('2020-03-10T10:07', '/status 2. halvår 2019'));
    assert.match(text, /Juli–december 2019/);
    const [r] = await h.say(on('2020-03-10T10:08', '/status engang i fremtiden'));
    assert.match(r.text, /Den periode forstår jeg ikke: "engang i fremtiden"\. Skriv fx "\/status siden 1\. september"/);
  });

  it('/tal 2019: counts by month, kind, experiment, municipality and stakeholder, with a Teams bar chart and a fallback table', async () => {
    const c = await card('2020-03-10T10:10', '/tal 2019');
    const chart = findElement(c, 'Chart.VerticalBar');
    assert.ok(chart, 'a Chart.VerticalBar');
    assert.deepEqual(chart.data, [
      { x: 'sep 19', y: 3 },
      { x: 'okt 19', y: 2 },
      { x: 'nov 19', y: 2 },
      { x: 'dec 19', y: 1 },
    ]);
    assert.equal(chart.fallback.type, 'Table', 'hosts without charts get a table');
    const fallbackText = cardText(chart.fallback);
    assert.match(fallbackText, /September 2019\n3/);
    assert.match(fallbackText, /December 2019\n1/);
    const text = cardText(c);
    assert.match(text, /Tal: 2019/);
    for (const heading of ['Efter art', 'Efter forsøg', 'Efter kommune', 'Efter interessent']) assert.match(text, new RegExp(heading));
    const facts = cardFacts(c);
    assert.equal(facts.Presse, '3');
    assert.equal(facts.mikrolån, '3');
    assert.equal(facts.Hjørring, '1');
    assert.equal(facts.Frederikshavn, '1');
    assert.equal(facts['I alt'], '8');
    // /stats answers in English.
    const en = cardText(await card('2020-03-10T10:11', '/stats 2020'));
    assert.match(en, /Numbers: 2020/);
    assert.match(en, /By experiment/);
  });

  it('the slides: status, "Evaluering i 2020" and the numbers as a chart, 16:9, in Danish, read back from the .pptx XML', async () => {
    const c = await card('2020-03-10T10:20', '/status siden 1. september');
    const file = await get((await links(c))['Hent som PowerPoint']);
    assert.equal(file.status, 200);
    assert.equal(file.type, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    assert.match(file.disposition, /attachment; filename="tovholder-status-2019-09-01-2020-03-10\.pptx"/);
    const zip = await JSZip.loadAsync(file.body);
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    assert.match(presentation, /<p:sldSz cx="12192000" cy="6858000"/, '16:9 (13.33 × 7.5 in)');
    const slides = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort();
    assert.equal(slides.length, 3);
    const s1 = slideText(await zip.file('ppt/slides/slide1.xml')!.async('string'));
    assert.match(s1, /Status på interessevaretagelse – siden sidst/);
    assert.match(s1, /Siden 1\. september 2019 · 11 handlinger/);
    assert.match(s1, /Pressedækning på forsøg med mikrolån \(P1, P4, Jyllandsposten, Nordjyske\)/);
    assert.match(s1, /Møder og foretræder/);
    assert.match(s1, /Brev til Beskæftigelsesministeren om lægeattester/);
    const s2 = slideText(await zip.file('ppt/slides/slide2.xml')!.async('string'));
    assert.match(s2, /Evaluering i 2020/);
    assert.match(s2, /Dataindsamling i kommunerne\nmarts–maj 2020\nI gang/);
    assert.match(s2, /Nulpunktsmåling afleveret\nsenest 1\. marts 2020\nOverskredet/);
    assert.match(s2, /Fremsendelse af slutrapport til ØIM\nsenest 15\. december 2020\nKommende/);
    const slide3 = await zip.file('ppt/slides/slide3.xml')!.async('string');
    assert.match(slideText(slide3), /Handlinger pr\. måned/);
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    assert.equal(charts.length, 1, 'a native chart');
    const chart = await zip.file(charts[0])!.async('string');
    assert.match(chart, /<c:barDir val="col"\/>/);
    assert.match(chart, /Presse/);
    assert.match(chart, /sep 19/);
  });

  it('the workbook: Log with real Excel dates, Frister og arrangementer, Tal; Danish headings, frozen header, filters, widths', async () => {
    const c = await card('2020-03-10T10:30', '/eksport siden 1. september');
    const text = cardText(c);
    assert.match(text, /Eksport: siden 1\. september 2019/);
    assert.match(text, /11 handlinger/);
    const fresh = await links(c);
    assert.deepEqual(Object.keys(fresh), ['Hent som Excel', 'Hent som CSV']);
    const file = await get(fresh['Hent som Excel']);
    assert.equal(file.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as any);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Log', 'Frister og arrangementer', 'Tal', 'Forsøg', 'Resultater'],
    );
    const log = wb.getWorksheet('Log')!;
    assert.deepEqual((log.getRow(1).values as unknown[]).slice(1), [
      'Dato',
      'Dato som skrevet',
      'Art',
      'Tekst',
      'Interessenter',
      'Forsøg',
      'Kommuner',
      'Logget af',
      'Logget',
    ]);
    assert.equal(log.rowCount, 12);
    const view = log.views[0] as { state?: string; ySplit?: number; topLeftCell?: string };
    assert.deepEqual([view.state, view.ySplit, view.topLeftCell], ['frozen', 1, 'A2'], 'the header row is frozen');
    assert.ok(log.autoFilter, 'filters on the header row');
    const first = log.getRow(2);
    assert.ok(first.getCell(1).value instanceof Date, 'a real Excel date');
    assert.equal((first.getCell(1).value as Date).toISOString(), '2019-09-05T00:00:00.000Z');
    assert.equal(log.getColumn(1).numFmt, 'dd-mm-yyyy');
    assert.equal(first.getCell(3).value, 'Presse');
    assert.equal(first.getCell(6).value, 'mikrolån');
    assert.equal(first.getCell(8).value, 'Anne Sørensen');
    assert.equal((first.getCell(9).value as Date).toISOString(), '2019-09-05T10:00:00.000Z', 'logged at, Copenhagen wall time');
    const letter = log.getRow(5);
    assert.equal(letter.getCell(4).value, 'Brev til Beskæftigelsesministeren om lægeattester');
    assert.equal(letter.getCell(5).value, 'Beskæftigelsesministeren');
    const event = log.getRow(7);
    assert.equal((event.getCell(1).value as Date).toISOString(), '2019-11-21T00:00:00.000Z', '"21/11" written on the 25th');
    assert.ok((log.getColumn(4).width ?? 0) > 40, 'the text column is wide');
    assert.ok((log.getColumn(1).width ?? 0) >= 10 && (log.getColumn(1).width ?? 0) < 20);
    assert.doesNotMatch(JSON.stringify(log.getSheetValues()), /Politiken/, "another team's entry is not in this team's file");

    const items = wb.getWorksheet('Frister og arrangementer')!;
    assert.deepEqual((items.getRow(1).values as unknown[]).slice(1), [
      'Titel',
      'Type',
      'Periode',
      'Start',
      'Slut',
      'Status',
      'Færdig af',
      'Færdig',
    ]);
    const rows = (items.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    const kickOff = rows.find((r) => r[0] === 'Kick-off med VIVE')!;
    assert.equal(kickOff[2], 'start februar 2020');
    assert.equal((kickOff[3] as Date).toISOString(), '2020-02-01T00:00:00.000Z');
    assert.equal((kickOff[4] as Date).toISOString(), '2020-02-10T00:00:00.000Z');
    assert.equal(kickOff[5], 'færdig');
    assert.equal(kickOff[6], 'Anne Sørensen');
    const nulpunkt = rows.find((r) => r[0] === 'Nulpunktsmåling afleveret')!;
    assert.equal(nulpunkt[5], 'overskredet');
    assert.equal(rows.find((r) => r[0] === 'Dataindsamling i kommunerne')![5], 'i gang');

    const counts = wb.getWorksheet('Tal')!;
    const tally = (counts.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1));
    assert.deepEqual(
      tally.find((r) => r[0] === 'Efter forsøg' && r[1] === 'mikrolån'),
      ['Efter forsøg', 'mikrolån', 4],
    );
    assert.deepEqual(
      tally.find((r) => r[0] === 'Handlinger pr. måned' && r[1] === 'september 2019'),
      ['Handlinger pr. måned', 'september 2019', 3],
    );
    assert.deepEqual(tally[tally.length - 1], ['I alt', '', 11]);
  });

  it('the registry in the workbook: Forsøg with each status and its date, Resultater with the period, figures, who and when', async () => {
    const file = await get((await links(await card('2020-03-10T10:35', '/eksport 2019')))['Hent som Excel']);
    assert.equal(file.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as any);
    const values = (name: string) => (wb.getWorksheet(name)!.getSheetValues() as unknown[][]).slice(1).map((r) => r.slice(1));

    const experiments = wb.getWorksheet('Forsøg')!;
    const [head, ...rows] = values('Forsøg');
    assert.deepEqual(head, ['Forsøg', 'Titel', 'Status', 'Status fra', 'Note', 'Kommuner']);
    assert.equal(rows.length, 9, "the seed's nine experiments, with or without a status");
    const row = (name: string) => rows.find((r) => r[0] === name)!;
    const laege = row('lægeattester');
    assert.deepEqual(
      [laege[1], laege[2], laege[4], laege[5]],
      [
        'Differentiering i valg af lægeattester på sygedagpengeområdet',
        'fortsætter',
        'forlænget til udgangen af 2021',
        'Aalborg, Hjørring, Rebild, Thisted',
      ],
    );
    assert.ok(laege[3] instanceof Date, 'the status date is a real Excel date');
    assert.equal(
      (laege[3] as Date).toISOString(),
      '2020-01-01T00:00:00.000Z',
      'the latest status by the day it took effect, not the 2018 one',
    );
    assert.deepEqual(
      row('mentor')
        .slice(2, 5)
        .map((v) => (v instanceof Date ? v.toISOString() : v)),
      ['helt ophør', '2020-01-01T00:00:00.000Z', 'forenklet lov om en aktiv beskæftigelsesindsats'],
    );
    const none = row('psykologbehandling');
    assert.deepEqual([none[2], none[3], none[4], none[5]], ['', undefined, '', ''], 'no status set: empty cells, nothing invented');
    assert.equal(experiments.getColumn(4).numFmt, 'dd-mm-yyyy');
    const view = experiments.views[0] as { state?: string; ySplit?: number };
    assert.deepEqual([view.state, view.ySplit], ['frozen', 1]);
    assert.ok(experiments.autoFilter, 'filters on the header row');
    assert.ok((experiments.getColumn(2).width ?? 0) > 40, 'the title column fits the titles');

    const results = wb.getWorksheet('Resultater')!;
    const [rhead, ...rrows] = values('Resultater');
    assert.deepEqual(rhead, ['Forsøg', 'Resultat', 'Handler om', 'Tal', 'Tilføjet af', 'Tilføjet']);
    assert.equal(rrows.length, 2, 'every result kept, whatever the period');
    const lr = rrows.find((r) => r[0] === 'lægeattester')!;
    assert.deepEqual(lr.slice(0, 5), [
      'lægeattester',
      'ca. 2.000 færre lægeattester i 2. halvår 2018 sparede ca. 2,5 mio. kr. og ca. 1.300 lægetimer',
      'juli–december 2018',
      'ca. 2.000 færre lægeattester · ca. 2,5 mio. kr. · ca. 1.300 lægetimer',
      'Anne Sørensen',
    ]);
    assert.equal((lr[5] as Date).toISOString(), '2019-10-01T14:00:00.000Z', 'added at, Copenhagen wall time');
    const mr = rrows.find((r) => r[0] === 'mikrolån')!;
    assert.equal(mr[1], '14 borgere på Læsø og i Hjørring fik et mikrolån i 2. halvår 2019');
    assert.deepEqual([mr[2], mr[3]], ['juli–december 2019', '14 borgere']);
    assert.equal(results.getColumn(6).numFmt, 'dd-mm-yyyy hh:mm');
    assert.ok(results.autoFilter);
    assert.equal((results.views[0] as { state?: string }).state, 'frozen');
  });

  it('an approval run in the period: the tally and who is missing on the /status card and the status slide', async () => {
    // "Politisk godkendelse i alle kommuner Oktober – november 2020" from the pasted timeline is one mark per council.
    for (const [m, on] of [
      ['Aalborg', '2020-10-08'],
      ['Brønderslev', '2020-10-15'],
      ['Frederikshavn', '2020-10-22'],
      ['Hjørring', '2020-10-28'],
      ['Jammerbugt', '2020-11-04'],
      ['Mariagerfjord', '2020-11-05'],
      ['Vesthimmerland', '2020-11-11'],
    ]) {
      await card(`${on}T15:00`, `/godkendt ${m} politisk godkendelse`);
    }
    await card('2020-11-12T09:00', '/log møde med KKR om politisk godkendelse af evalueringen');
    const c = await card('2020-11-12T10:00', '/status 2. halvår 2020');
    const text = cardText(c);
    assert.match(text, /Godkendelser\n• Politisk godkendelse i alle kommuner: 7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted/);
    assert.ok(text.indexOf('Evaluering i 2020') < text.indexOf('Godkendelser'), 'after the milestones, as the issue orders it');

    const zip = await JSZip.loadAsync((await get((await links(c))['Hent som PowerPoint'])).body);
    const s1 = slideText(await zip.file('ppt/slides/slide1.xml')!.async('string'));
    assert.match(s1, /Godkendelser\nPolitisk godkendelse i alle kommuner: 7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted/);
    assert.match(s1, /KKR om politisk godkendelse af evalueringen/);

    // A period the run does not touch and no council marked in: no tally.
    assert.doesNotMatch(cardText(await card('2020-11-12T10:01', '/status 2019')), /Godkendelser|godkendt/);
    // The English card says it in English.
    assert.match(
      cardText(await card('2020-11-12T10:02', '/status second half of 2020')),
      /Approvals\n• Politisk godkendelse i alle kommuner: 7 of 11 approved · missing: Læsø, Morsø, Rebild, Thisted/,
    );
  });

  it('the CSV: UTF-8 with BOM, semicolons, dd-mm-åååå, Danish letters intact', async () => {
    const c = await card('2020-03-10T10:40', '/eksport 2019');
    const file = await get((await links(c))['Hent som CSV']);
    assert.equal(file.status, 200);
    assert.equal(file.type, 'text/csv; charset=utf-8');
    assert.deepEqual([...file.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = file.body.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'Dato;Dato som skrevet;Art;Tekst;Interessenter;Forsøg;Kommuner;Logget af;Logget', "the Log sheet's columns");
    assert.equal(lines[1], '05-09-2019;;Presse;P1 om forsøg med mikrolån;P1;mikrolån;;Anne Sørensen;05-09-2019 10:00');
    assert.ok(
      lines.includes(
        '08-10-2019;;Henvendelse;Brev til Beskæftigelsesministeren om lægeattester;Beskæftigelsesministeren;lægeattester;;Anne Sørensen;08-10-2019 10:00',
      ),
    );
    assert.equal(lines.filter((l) => l !== '').length, 9, "header and 2019's eight entries");
  });

  describe('the link is refused, with the same bare 404, when', () => {
    let url: string;
    before(async () => {
      url = (await links(await card('2020-03-10T11:00', '/eksport 2019'), '2020-03-10T11:00'))['Hent som CSV'];
    });
    const tokenOf = (u: string) => u.slice(u.lastIndexOf('/') + 1);
    const expectRefused = async (u: string) => {
      const res = await get(u);
      assert.equal(res.status, 404);
      assert.equal(res.body.toString('utf8'), '{"error":"not found"}');
    };

    it('it works first, within its 15 minutes', async () => {
      clock.current = clock.current.plus({ minutes: 14 });
      assert.equal((await get(url)).status, 200);
    });

    it('forged: a token never signed, or signed with another key', async () => {
      await expectRefused(url.replace(tokenOf(url), `eyJzY29wZSI6IngifQ.${'A'.repeat(43)}`));
      const [payload] = tokenOf(url).split('.');
      await expectRefused(url.replace(tokenOf(url), `${payload}.${Buffer.alloc(32, 7).toString('base64url')}`));
      await expectRefused(url.replace(tokenOf(url), 'nonsense'));
    });

    it('altered: a longer period, or another format, under the original signature', async () => {
      const [payload, mac] = tokenOf(url).split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const widened = Buffer.from(JSON.stringify({ ...claims, from: '2000-01-01' })).toString('base64url');
      await expectRefused(url.replace(tokenOf(url), `${widened}.${mac}`));
      const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86400 })).toString('base64url');
      await expectRefused(url.replace(tokenOf(url), `${longer}.${mac}`));
    });

    it("used for another scope: this team's signature on another team's scope", async () => {
      const otherLink = (await links(await card('2020-03-10T11:01', '/eksport 2020', OTHER_TEAM), '2020-03-10T11:01', OTHER_TEAM))[
        'Hent som CSV'
      ];
      const [otherPayload] = tokenOf(otherLink).split('.');
      const [, mac] = tokenOf(url).split('.');
      await expectRefused(url.replace(tokenOf(url), `${otherPayload}.${mac}`));
      // The other team's own link gives its own log only.
      const own = (await get(otherLink)).body.toString('utf8');
      assert.match(own, /Politiken om et andet netværk/);
      assert.doesNotMatch(own, /mikrolån/);
    });

    it('expired: 15 minutes after the command', async () => {
      clock.current = DateTime.fromISO('2020-03-10T11:15:01', { zone: 'Europe/Copenhagen' });
      await expectRefused(url);
    });

    it('and the route lists nothing', async () => {
      await expectRefused(`${h.baseUrl}/download/`);
      assert.equal((await get(`${h.baseUrl}/download`)).status, 404);
    });
  });
});
