import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  approvalRunsIn,
  countEntries,
  milestoneState,
  milestonesOf,
  milestoneWindow,
  readReportPeriod,
  statusGroups,
  withRegistryNames,
} from '../../domain/report';
import { milestonesHeading, milestonesNote, periodName, reportTitle } from '../../reports/wording';
import { signDownload, verifyDownload, type DownloadClaims } from '../../domain/downloadToken';
import type { LogEntry } from '../../domain/logEntry';
import type { Item } from '../../domain/items';
import { approvalLine, lineText } from '../../reports/wording';
import { csvField } from '../../reports/csv';
import { loadConfig } from '../../bot/config';

const today = DateTime.fromISO('2020-03-10T10:00', { zone: 'Europe/Copenhagen' });

function entry(id: string, kind: LogEntry['kind'], happenedOn: string, text: string, o: Partial<LogEntry> = {}): LogEntry {
  return {
    id,
    kind,
    text,
    happenedOn,
    authorName: 'Anne Sørensen',
    authorAadId: 'a',
    writtenAt: `${happenedOn}T09:00:00.000Z`,
    stakeholders: [],
    outlets: [],
    experiments: [],
    municipalities: [],
    words: [],
    ...o,
  };
}

function deadline(id: string, title: string, start: string, end: string, form: any, done = false): Item {
  return { id, type: 'deadline', title, period: { start, end, form }, done, authorName: '', authorAadId: '', writtenAt: '' };
}

describe('reports: the period asked for', () => {
  const read = (text: string, last?: string) => readReportPeriod(text, today, last);

  it('reads "siden 1. september" as the last 1 September up to today, a bare year, and a half year', () => {
    assert.deepEqual(read('siden 1. september'), {
      ok: true,
      range: { start: '2019-09-01', end: '2020-03-10', asked: { k: 'since', date: '2019-09-01' } },
    });
    assert.deepEqual(read('2019'), { ok: true, range: { start: '2019-01-01', end: '2019-12-31', asked: { k: 'year', year: 2019 } } });
    const half = read('2. halvår 2019');
    assert.ok(half.ok);
    assert.deepEqual([half.range.start, half.range.end], ['2019-07-01', '2019-12-31']);
    const english = read('second half of 2019');
    assert.ok(english.ok);
    assert.deepEqual([english.range.start, english.range.end], ['2019-07-01', '2019-12-31']);
    const march = read('siden marts');
    assert.ok(march.ok);
    assert.equal(march.range.start, '2020-03-01', 'a month without a year is the one begun');
  });

  it('without a period: since the last /status, else the last 30 days', () => {
    assert.deepEqual(read(''), { ok: true, range: { start: '2020-02-09', end: '2020-03-10', asked: { k: 'lastDays', days: 30 } } });
    assert.deepEqual(read('', '2020-02-20'), {
      ok: true,
      range: { start: '2020-02-20', end: '2020-03-10', asked: { k: 'lastStatus', date: '2020-02-20' } },
    });
  });

  it('says what is wrong with a period it cannot use', () => {
    assert.deepEqual(read('siden 31. februar 2020'), { ok: false, code: 'impossible', text: '31. februar 2020' });
    assert.deepEqual(read('siden 1. december 2020'), { ok: false, code: 'future', text: 'siden 1. december 2020' });
    assert.deepEqual(read('hele tiden'), { ok: false, code: 'unreadable', text: 'hele tiden' });
  });
});

describe('reports: the status slide, milestones and counts', () => {
  const entries = [
    entry('1', 'press', '2019-09-05', 'P1 om mikrolån', { outlets: ['P1'], stakeholders: ['P1'], experiments: ['mikrolån'] }),
    entry('2', 'press', '2019-09-12', 'P4 om mikrolån', { outlets: ['P4'], stakeholders: ['P4'], experiments: ['mikrolån'] }),
    entry('3', 'press', '2019-09-20', 'Jyllandsposten om mikrolån', {
      outlets: ['Jyllandsposten'],
      stakeholders: ['Jyllandsposten'],
      experiments: ['mikrolån'],
      municipalities: ['Hjørring'],
    }),
    entry('4', 'press', '2019-10-01', 'TV2 om lægeattester', { outlets: ['TV2'], experiments: ['lægeattester'] }),
    entry('5', 'meeting', '2019-10-02', 'Møde med KL', { stakeholders: ['KL'], experiments: ['samtaler'] }),
    entry('6', 'meeting', '2019-11-02', 'Møde med STAR', { stakeholders: ['STAR'], experiments: ['samtaler'] }),
    entry('7', 'hearing', '2019-11-03', 'Foretræde for BEU', { stakeholders: ['Folketingets Beskæftigelsesudvalg'] }),
  ];

  it("says several entries of one kind about one experiment in one line, as on the slide; groups in the slide's order", () => {
    const groups = statusGroups(entries);
    assert.deepEqual(
      groups.map((g) => [g.key, g.n]),
      [
        ['press', 4],
        ['meetings', 3],
      ],
    );
    assert.deepEqual(
      groups[0].lines.map((l) => lineText(l, 'da')),
      ['Pressedækning på forsøg med mikrolån (P1, P4, Jyllandsposten)', 'TV2 om lægeattester'],
    );
    assert.deepEqual(
      groups[1].lines.map((l) => lineText(l, 'da')),
      ['Møde om forsøg med samtaler, 2 gange (KL, STAR)', 'Foretræde for BEU'],
    );
    assert.equal(lineText(groups[0].lines[0], 'en'), 'Press coverage of the mikrolån experiment (P1, P4, Jyllandsposten)');
  });

  it("groups an experiment written another way (case, an alias) under the registry's name, in the lines and the counts", () => {
    const registry = [
      { name: 'mikrolån', aliases: ['mikrolånsforsøget'] },
      { name: 'lægeattester', aliases: [] },
    ];
    const mixed = [
      entries[0],
      { ...entries[1], experiments: ['Mikrolån'] },
      { ...entries[2], experiments: ['mikrolånsforsøget', 'mikrolån'] },
      { ...entries[3], experiments: ['fleksjob'] },
    ];
    assert.equal(statusGroups(mixed)[0].lines.length, 4, 'without the registry: three spellings of mikrolån share no line');
    const named = withRegistryNames(mixed, registry);
    assert.deepEqual(
      named.map((e) => e.experiments),
      [['mikrolån'], ['mikrolån'], ['mikrolån'], ['fleksjob']],
    );
    assert.equal(lineText(statusGroups(named)[0].lines[0], 'da'), 'Pressedækning på forsøg med mikrolån (P1, P4, Jyllandsposten)');
    assert.deepEqual(countEntries(named, { start: '2019-09-01', end: '2019-10-31' }).byExperiment, [
      { name: 'mikrolån', n: 3 },
      { name: 'fleksjob', n: 1 },
    ]);
    assert.equal(named[0], mixed[0], "an entry already in the registry's names is the same object");
  });

  it('names the approval runs a period touches or had a mark in, with the tally and who is missing', () => {
    const councils = ['Aalborg', 'Hjørring', 'Læsø'];
    const mark = (who: string, on: string) => ({ who, on, by: 'Anne Sørensen', byAadId: 'a', at: `${on}T10:00:00Z` });
    const run = {
      ...deadline('r1', 'Politisk godkendelse i alle kommuner', '2020-11-01', '2020-12-31', { kind: 'month' }),
      approvers: councils,
      approvals: [mark('Hjørring', '2020-10-20')],
    };
    const plain = deadline('d1', 'Slutrapport', '2020-11-01', '2020-11-30', { kind: 'month' });
    assert.deepEqual(
      approvalRunsIn([run, plain], { start: '2020-07-01', end: '2020-12-31' }).map((r) => r.item.id),
      ['r1'],
      'not a deadline without approvers',
    );
    assert.equal(approvalRunsIn([run], { start: '2020-10-01', end: '2020-10-31' }).length, 1, 'a mark made in the period');
    assert.equal(approvalRunsIn([run], { start: '2019-01-01', end: '2019-12-31' }).length, 0);
    const [line] = approvalRunsIn([run], { start: '2020-11-01', end: '2020-11-30' });
    assert.equal(approvalLine(line, 'da'), 'Politisk godkendelse i alle kommuner: 1 af 3 godkendt · mangler: Aalborg, Læsø');
    assert.equal(approvalLine(line, 'en'), 'Politisk godkendelse i alle kommuner: 1 of 3 approved · missing: Aalborg, Læsø');
  });

  it('gives each milestone its state today: done, overdue, ongoing, ended or coming', () => {
    const items = [
      deadline('a', 'Kick-off', '2020-02-01', '2020-02-10', { kind: 'part', part: 'early' }, true),
      deadline('b', 'Nulpunktsmåling', '2020-03-01', '2020-03-01', { kind: 'by' }),
      deadline('c', 'Dataindsamling', '2020-03-01', '2020-05-31', { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } }),
      deadline('d', 'Interviews', '2020-01-01', '2020-02-29', { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } }),
      deadline('e', 'Slutrapport', '2020-12-15', '2020-12-15', { kind: 'by' }),
      deadline('f', 'Sidste år', '2019-05-01', '2019-05-01', { kind: 'day' }),
    ];
    assert.deepEqual(
      milestonesOf(items, { from: '2020-01-01', to: '2020-12-31' }, '2020-03-10').map((m) => [m.item.title, m.state]),
      [
        ['Interviews', 'ended'],
        ['Kick-off', 'done'],
        ['Nulpunktsmåling', 'overdue'],
        ['Dataindsamling', 'ongoing'],
        ['Slutrapport', 'coming'],
      ],
    );
    assert.equal(milestoneState(items[5], '2020-03-10'), 'overdue');
  });

  it("shows the milestones from the period's start to the end of the next year: in November 2019, the 2020 evaluation", () => {
    const items = [
      deadline('old', 'Ansøgning', '2019-03-01', '2019-03-01', { kind: 'by' }, true),
      deadline('recent', 'Styregruppemøde', '2019-10-15', '2019-10-15', { kind: 'day' }, true),
      deadline('k', 'Kick-off med VIVE', '2020-02-01', '2020-02-10', { kind: 'part', part: 'early' }),
      deadline('s', 'Fremsendelse af slutrapport til ØIM', '2020-12-15', '2020-12-15', { kind: 'by' }),
      deadline('far', 'Opfølgning', '2021-06-01', '2021-06-30', { kind: 'month' }),
    ];
    const window = milestoneWindow({ start: '2019-10-01', end: '2019-11-20' });
    assert.deepEqual(window, { from: '2019-10-01', to: '2020-12-31' });
    const shown = milestonesOf(items, window, '2019-11-20');
    assert.deepEqual(
      shown.map((m) => [m.item.title, m.state]),
      [
        ['Styregruppemøde', 'done'],
        ['Kick-off med VIVE', 'coming'],
        ['Fremsendelse af slutrapport til ØIM', 'coming'],
      ],
    );
    assert.equal(milestonesHeading(shown, 'da'), 'Evaluering 2019–2020');
    assert.equal(milestonesHeading(shown.slice(1), 'da'), 'Evaluering i 2020');
    assert.equal(milestonesNote({ milestones: shown, hasTimeline: true, from: '2019-10-01', to: '2019-11-20' }, 'da'), '');
    assert.equal(
      milestonesNote({ milestones: [], hasTimeline: true, from: '2019-10-01', to: '2019-11-20' }, 'da'),
      'Ingen frister fra 1. oktober 2019 til udgangen af 2020.',
      'a timeline was pasted: no word of pasting one',
    );
    assert.match(
      milestonesNote({ milestones: [], hasTimeline: false, from: '2019-10-01', to: '2019-11-20' }, 'da'),
      /indsættes med \/frist/,
    );
  });

  it('names the period in the title: "siden sidst" only for a status since a day', () => {
    const half = {
      start: '2019-07-01',
      end: '2019-12-31',
      form: { kind: 'span' as const, from: { kind: 'month' as const }, to: { kind: 'month' as const } },
    };
    assert.equal(reportTitle({ k: 'lastStatus', date: '2019-10-01' }, 'da'), 'Status på interessevaretagelse – siden sidst');
    assert.equal(reportTitle({ k: 'since', date: '2019-09-01' }, 'da'), 'Status på interessevaretagelse – siden sidst');
    assert.equal(reportTitle({ k: 'year', year: 2019 }, 'da'), 'Status på interessevaretagelse – 2019');
    assert.equal(reportTitle({ k: 'period', period: half }, 'da'), 'Status på interessevaretagelse – 2. halvår 2019');
    assert.equal(reportTitle({ k: 'period', period: half }, 'en'), 'Advocacy status – second half of 2019');
    assert.equal(periodName({ ...half, start: '2019-04-01', end: '2019-06-30' }, 'da'), '2. kvartal 2019');
    assert.equal(periodName({ start: '2019-03-01', end: '2019-05-31', form: half.form }, 'da'), 'marts–maj 2019');
  });

  it('counts by kind per month (every month of the range from the first with entries), experiment, municipality and stakeholder', () => {
    const c = countEntries(entries, { start: '2019-01-01', end: '2019-12-31' });
    assert.equal(c.total, 7);
    assert.deepEqual(
      c.months.map((m) => [m.month, m.total]),
      [
        ['2019-09', 3],
        ['2019-10', 2],
        ['2019-11', 2],
        ['2019-12', 0],
      ],
    );
    assert.deepEqual(c.months[1].byKind, { press: 1, meeting: 1 });
    assert.deepEqual(c.byExperiment, [
      { name: 'mikrolån', n: 3 },
      { name: 'samtaler', n: 2 },
      { name: 'lægeattester', n: 1 },
    ]);
    assert.deepEqual(c.byMunicipality, [{ name: 'Hjørring', n: 1 }]);
    assert.equal(c.without.municipality, 6);
    assert.deepEqual(c.byKind, [
      { kind: 'press', n: 4 },
      { kind: 'meeting', n: 2 },
      { kind: 'hearing', n: 1 },
    ]);
  });
});

describe('reports: the download token', () => {
  const key = Buffer.alloc(32, 1);
  const claims: DownloadClaims = {
    scope: 'tenant|team|19:a',
    format: 'xlsx',
    from: '2019-01-01',
    to: '2019-12-31',
    label: '2019',
    lang: 'da',
    zone: 'Europe/Copenhagen',
    today: '2020-03-10',
    exp: 1_000_900,
  };
  const token = signDownload(claims, key);

  it('verifies what it signed until it expires, taking "now" as an argument', () => {
    assert.deepEqual(verifyDownload(token, key, 1_000_000), claims);
    assert.deepEqual(verifyDownload(token, key, 1_000_899), claims);
    assert.equal(verifyDownload(token, key, 1_000_900), undefined);
  });

  it('refuses another key, a changed payload, a changed signature and malformed tokens', () => {
    assert.equal(verifyDownload(token, Buffer.alloc(32, 2), 1_000_000), undefined);
    const [payload, mac] = token.split('.');
    const other = Buffer.from(JSON.stringify({ ...claims, scope: 'tenant|team|19:b' })).toString('base64url');
    assert.equal(verifyDownload(`${other}.${mac}`, key, 1_000_000), undefined);
    const flipped = mac.slice(0, -2) + (mac.at(-2) === 'A' ? 'B' : 'A') + mac.at(-1);
    assert.equal(verifyDownload(`${payload}.${flipped}`, key, 1_000_000), undefined);
    for (const bad of ['', '.', 'x.y', `${payload}.`, `${payload}.${mac}.x`, 'a'.repeat(5000)])
      assert.equal(verifyDownload(bad, key, 1_000_000), undefined, bad);
  });
});

describe('reports: the CSV and the BOT_DOMAIN setting', () => {
  it('quotes what needs quoting and never lets a text run as a formula', () => {
    assert.equal(csvField('Møde; KL'), '"Møde; KL"');
    assert.equal(csvField('sagde "nej"'), '"sagde ""nej"""');
    assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvField('-1'), "'-1");
    // English-locale Excel splits on commas: a comma keeps the field in one quoted cell, so "=1+1" never becomes a cell.
    assert.equal(
      csvField('Nordjyske skrev,=1+1,om os'),
      '"Nordjyske skrev,\u200B=1+1,om os"',
      'split on commas anyway, no cell starts with "="',
    );
    assert.equal(csvField('Aalborg, Hjørring'), '"Aalborg, Hjørring"');
    assert.equal(csvField('linje 1\nlinje 2'), '"linje 1\nlinje 2"');
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('Møde med KL'), 'Møde med KL', 'nothing to quote: as it is');
  });

  it('takes BOT_DOMAIN as a host name (a pasted URL too) and refuses anything else', () => {
    assert.equal(loadConfig({ BOT_DOMAIN: 'tovholder.azurewebsites.net' }).botDomain, 'tovholder.azurewebsites.net');
    assert.equal(loadConfig({ BOT_DOMAIN: 'https://Tovholder.azurewebsites.net/api/messages' }).botDomain, 'tovholder.azurewebsites.net');
    assert.equal(loadConfig({}).botDomain, undefined);
    assert.throws(() => loadConfig({ BOT_DOMAIN: 'not a host' }), /BOT_DOMAIN/);
    assert.equal(loadConfig({ BOT_DOMAIN: 'evil.example/"><script>' }).botDomain, 'evil.example', 'only the host is kept');
    assert.throws(() => loadConfig({ BOT_DOMAIN: 'tovholder"><script>.net' }), /BOT_DOMAIN/);
  });
});
