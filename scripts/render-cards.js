#!/usr/bin/env node
// Renders the bot's real Adaptive Cards to PNG for the README (docs/cards/*.png).
//
//   npm run build && node scripts/render-cards.js
//
// Needs Chromium (Debian: `apt-get install -y chromium`; or set CHROMIUM=/path/to/chrome). The card JSON comes from the
// compiled card builders in dist/cards/*.js, fed with a realistic Danish scenario (the 2024 evaluation timeline, a
// summer of advocacy log entries) read by the same domain functions the bot uses. Each card is drawn by the official
// `adaptivecards` renderer with a Teams-like light host config, in a page that loads nothing from the network (the
// renderer is inlined), screenshotted by headless Chromium and cropped to the card with pngjs.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { DateTime } = require('luxon');
const { PNG } = require('pngjs');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'docs', 'cards');
const ZONE = 'Europe/Copenhagen';
const WIDTH = 500;

const need = (p) => {
  const file = path.join(DIST, p);
  if (!fs.existsSync(`${file}.js`)) throw new Error(`${file}.js is missing: run "npm run build" first`);
  return require(file);
};
const { helpCard } = need('cards/helpCard');
const { logSavedCard, chooseKindCard, logListCard, entryMeta } = need('cards/logCards');
const { listingCard, timelineCard, whenText } = need('cards/itemCards');
const { digestCard } = need('cards/digestCard');
const { reminderCard } = need('cards/reminderCard');
const { interpretLog } = need('domain/logText');
const { SEED_STAKEHOLDERS, SEED_EXPERIMENTS, ENTRY_KINDS, kindLabel } = need('domain/vocabulary');
const { readTimeline } = need('domain/timeline');
const { readEventText } = need('domain/eventText');
const { classifyDue, groupDue, groupingFor } = need('domain/due');
const { selectDigest } = need('domain/digest');
const { parseQuestion } = need('domain/questions');
const { formatPeriod, formatDay } = need('domain/periodFormat');
const { searchWords } = need('domain/text');
const { keyDate } = need('domain/items');
const { experimentCard } = need('cards/experimentCard');
const { itemCard } = need('cards/itemCards');
const { findFigures } = need('domain/figures');
const { findPeriodInText, splitTitleAndPeriod } = need('domain/dates');
const { applyMark } = need('domain/approvals');
const { MUNICIPALITIES } = need('domain/vocabulary');
const { statusCard, statsCard } = need('cards/reportCards');
const { statusGroups, milestonesOf, milestoneWindow, countEntries, approvalRunsIn } = need('domain/report');
const { datedText } = need('domain/datedText');
const { openDialog } = need('bot/commands/log/logMessageAction');

// ---------------------------------------------------------------------------------------------------------------
// The scenario: an evaluation timeline pasted in January 2024, events, and a summer of log entries.

const at = (iso) => DateTime.fromISO(iso, { zone: ZONE });
const LISTS = { stakeholders: SEED_STAKEHOLDERS, experiments: SEED_EXPERIMENTS };

// The evaluation timeline as it was pasted from a slide.
const TIMELINE_TEXT = [
  'Kick-off med evaluator Primo februar 2024',
  'Dataindsamling i kommunerne Februar – april 2024',
  'Interviews med borgere 15. marts - juni 2024',
  'Godkendelse i styregruppen Medio august 2024',
  'Godkendelse i direktørkredsen Ultimo august 2024',
  'Behandling i fagudvalgene September 2024',
  'Byrådsbehandling i alle kommuner Oktober – november 2024',
  'Aflevering af slutrapport Senest d. 15. december 2024',
].join('\n');
const PASTED_ON = at('2024-01-15T10:42');
const timeline = readTimeline(TIMELINE_TEXT, { today: PASTED_ON, yearRule: 'future' });
// What was already done by mid August; "Interviews med borgere" was finished but never marked done, so it is overdue.
const DONE_TITLES = new Set(['Kick-off med evaluator', 'Dataindsamling i kommunerne']);

let nextId = 1;
const item = (fields) => ({
  id: `item-${nextId++}`,
  done: false,
  authorName: 'Mette Kjær',
  authorAadId: 'aad-mette',
  writtenAt: '2024-01-15T09:42:00.000Z',
  ...fields,
});
const deadlines = timeline
  .filter((l) => 'period' in l)
  .map((l) =>
    item({
      type: 'deadline',
      title: l.title,
      period: l.period,
      batchId: 'batch-2024',
      done: DONE_TITLES.has(l.title),
    }),
  );

function event(text, writtenOn) {
  const read = readEventText(text, { today: at(writtenOn), yearRule: 'future' });
  if (!read.ok) throw new Error(`event not read: ${text}`);
  const { title, period, time, place } = read.event;
  return item({ type: 'event', title, period, ...(time ? { time } : {}), ...(place ? { place } : {}), authorName: 'Anne Sørensen' });
}
const events = [
  event('Netværksmøde i frikommunenetværket 15. august kl. 13 Aalborg Rådhus', '2024-06-20'),
  event('JobCamp Nordjylland 22. august kl. 9 Aalborg Kongres & Kultur Center', '2024-06-20'),
];
// An approval run under way in the summer (as "/frist … i alle kommuner" makes it): 7 of the 11 councils have agreed.
const consent = (() => {
  let run = item({
    type: 'deadline',
    title: 'Tilslutning til forlængelse af forsøgene i alle kommuner',
    approvers: [...MUNICIPALITIES],
    approvals: [],
    period: { start: '2024-06-01', end: '2024-08-31', form: { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } } },
  });
  const agreed = [
    ['Aalborg', '2024-06-13'],
    ['Brønderslev', '2024-06-19'],
    ['Frederikshavn', '2024-06-20'],
    ['Hjørring', '2024-06-25'],
    ['Jammerbugt', '2024-06-27'],
    ['Mariagerfjord', '2024-08-07'],
    ['Vesthimmerland', '2024-08-08'],
  ];
  for (const [who, on] of agreed) run = applyMark(run, { who, on, by: 'Mette Kjær', byAadId: 'aad-mette', at: `${on}T12:00:00Z` }).item;
  return run;
})();
const hearing = item({
  type: 'deadline',
  title: 'Høringssvar til STAR om lægeattester',
  authorName: 'Lars Holm',
  period: { start: '2024-09-02', end: '2024-09-02', form: { kind: 'by' } },
});
const ITEMS = [...deadlines, ...events, consent, hearing];

/** A /log as the bot reads it: kind, date, stakeholders, experiments and municipalities found in the text. */
function logged(args, when, authorName) {
  const read = interpretLog(args, at(when), LISTS);
  if (!read.ok) throw new Error(`log not read: ${args}`);
  const d = read.draft;
  const id = `entry-${nextId++}`;
  return {
    id,
    key: id,
    writtenAt: at(when).toUTC().toISO(),
    kind: d.kind ?? 'other',
    kindInferred: d.kindInferred,
    text: d.text,
    happenedOn: d.happenedOn,
    authorName,
    stakeholders: d.recognized.stakeholders,
    experiments: d.recognized.experiments,
    municipalities: d.recognized.municipalities,
    words: d.words,
  };
}
const LOG = [
  logged('presse Jyllandsposten ringede om frikommuneforsøget med mikrolån; Anne gav interview', '2024-02-08T11:00', 'Anne Sørensen'),
  logged('møde KL og kommunerne aftalte evalueringsdesign og dataindsamling', '2024-03-14T15:00', 'Mette Kjær'),
  logged(
    'presse Kronik i Jyllandsposten: "Lad ledige låne sig i gang" af borgmestrene i Hjørring og Brønderslev',
    '2024-04-23T08:30',
    'Lars Holm',
  ),
  logged('henvendelse Brev til Beskæftigelsesministeren om at forlænge forsøget med mikrolån', '2024-05-30T14:00', 'Mette Kjær'),
  logged('presse Jyllandsposten fulgte op på mikrolån med tal fra Frederikshavn', '2024-06-12T09:15', 'Anne Sørensen'),
  logged('presse TV2 Nord: indslag om fleksjob i Jammerbugt', '2024-08-06T16:20', 'Lars Holm'),
  logged(
    'foretræde Borgmestrene i Hjørring og Frederikshavn havde foretræde for Folketingets Beskæftigelsesudvalg om mikrolån og lægeattester',
    '2024-08-08T13:00',
    'Mette Kjær',
  ),
  logged('presse Jyllandsposten om mikrolån: interview med jobcenterchefen i Hjørring', '2024-08-09T14:05', 'Anne Sørensen'),
  logged('møde KKR Nordjylland fik evalueringens tidsplan forelagt i dag', '2024-08-12T08:40', 'Mette Kjær'),
];
const newestFirst = (a, b) => (a.happenedOn < b.happenedOn ? 1 : a.happenedOn > b.happenedOn ? -1 : 0);

// "Now" for the cards drawn in mid August: Monday of week 33, 2024.
const NOW = at('2024-08-12T10:15');

// ---------------------------------------------------------------------------------------------------------------
// The cards, each as the bot's handler builds it.

function savedCard() {
  const e = LOG.find((x) => x.text.startsWith('Jyllandsposten om mikrolån'));
  return logSavedCard(e, 'da', at('2024-08-09T14:05'), { kindInferred: e.kindInferred });
}

function chooseCard() {
  const read = interpretLog('Rundvisning i jobcentret i Frederikshavn for Beskæftigelsesministeren', NOW, LISTS);
  if (!read.ok || read.draft.kind) throw new Error('expected a text without a kind');
  return chooseKindCard(read.draft.text, 'da', { text: read.draft.text, at: NOW.toISO(), ref: 'r1' });
}

/** As bot/commands/find.ts: log entries and items whose words start with every query word, newest first. */
function findCard(query) {
  const words = searchWords(query);
  const hasAll = (own) => words.every((w) => own.some((o) => o.startsWith(w)));
  const hits = [
    ...LOG.filter((e) => hasAll(e.words)).map((e) => ({ date: e.happenedOn, row: { meta: entryMeta(e, 'da', NOW), text: e.text } })),
    ...ITEMS.filter((i) => hasAll(searchWords(i.title))).map((i) => ({
      date: keyDate(i),
      row: {
        meta: `${i.type === 'event' ? 'Arrangement' : 'Frist'} · ${whenText(i, 'da', NOW)}${i.done ? ' · færdig' : ''}`,
        text: i.title,
      },
    })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return logListCard('da', { heading: `Søgning: "${query}": ${hits.length} fund`, rows: hits.map((h) => h.row), note: '' });
}

/** As bot/commands/who.ts. */
function whoCard(name) {
  const hits = LOG.filter((e) => e.stakeholders.includes(name)).sort(newestFirst);
  const counts = ENTRY_KINDS.map((k) => ({ k, n: hits.filter((h) => h.kind === k).length })).filter((c) => c.n > 0);
  return logListCard('da', {
    heading: name,
    facts: [
      { title: 'Logposter', value: String(hits.length) },
      { title: 'Seneste kontakt', value: formatDay(hits[0].happenedOn, 'da', NOW) },
      { title: 'Efter art', value: counts.map((c) => `${kindLabel(c.k, 'da')} ${c.n}`).join(' · ') },
    ],
    rows: hits.map((e) => ({ meta: entryMeta(e, 'da', NOW), text: e.text })),
    note: '',
  });
}

/** A plain-language due question, answered as bot/commands/items/questions.ts + itemListing.ts do. */
function questionCard(text) {
  const q = parseQuestion(text, NOW);
  if (q?.kind !== 'due') throw new Error(`not a due question: ${text}`);
  const range = { start: q.period.start, end: q.period.end };
  const entries = classifyDue(ITEMS, range, NOW.toISODate());
  const view = { k: 'due', from: range.start, to: range.end, lbl: formatPeriod(q.period, q.lang, NOW) };
  return listingCard({
    lang: q.lang,
    today: NOW,
    title: `Frister og arrangementer · ${view.lbl}`,
    note: '',
    groups: groupDue(entries, groupingFor(range), q.lang, NOW),
    buttonData: { view: { ...view, off: 0 } },
  });
}

function pastedTimelineCard() {
  return timelineCard(timeline, { lang: 'da', today: PASTED_ON, batchId: 'batch-2024', state: 'saved' });
}

function weeklyDigestCard() {
  const now = at('2024-08-12T09:00');
  return digestCard(selectDigest(now, LOG, ITEMS), 'da', now).card;
}

/** "Log i Tovholder" on a channel message: the dialog bot/commands/log/logMessageAction.ts opens (a scope with the seed lists, nothing logged). */
async function logDialog() {
  const now = at('2024-11-20T10:15');
  const turn = {
    now,
    zone: ZONE,
    lang: 'da',
    scope: { key: 'render', kind: 'team', tenantId: 'render' },
    author: { name: 'Anne Sørensen', aadObjectId: '', id: '' },
    activityId: 'render',
    conversationId: 'render',
    mentions: [],
  };
  const services = { scopes: { names: async () => [] }, log: { findById: async () => undefined } };
  const payload = {
    id: '1732021500000',
    createdDateTime: '2024-11-19T13:05:00.000Z',
    from: { user: { id: 'x', displayName: 'Mette Larsen' } },
    body: {
      contentType: 'html',
      content:
        '<p>TV2 Nord filmede i Hjørring i går om mikrolånsforsøget med <at id="0">Jens Nielsen</at>.</p><p><a href="https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job">https://www.tv2nord.dk/hjoerring/mikrolaan-giver-job</a></p>',
    },
    mentions: [{ id: 0, mentionText: 'Jens Nielsen', mentioned: { user: { id: 'y', displayName: 'Jens Nielsen' } } }],
  };
  return (await openDialog(turn, services, payload)).card;
}

function eventReminderCard() {
  const meeting = events[0];
  return reminderCard(meeting, 1, 'da', at('2024-08-14T09:00')).card;
}

// `/forsøg lægeattester` in late November 2020: the seed's title, the 2018 result the group argues with, the log
// about it, and a coming event. No status is set in this picture (the seed sets none; the group does).
function experimentPageCard() {
  const now = at('2020-11-23T10:00');
  const seed = SEED_EXPERIMENTS.find((e) => e.name === 'lægeattester');
  const text = 'ca. 2.000 færre lægeattester i 2. halvår 2018 sparede ca. 2,5 mio. kr. og ca. 1.300 lægetimer';
  const found = findPeriodInText(text, { today: now, yearRule: 'past' });
  const result = {
    id: 'r1',
    experiment: seed.name,
    text,
    period: found.period,
    figures: findFigures(text, [found]),
    by: 'Anne Sørensen',
    byAadId: 'a',
    at: '2020-10-02T08:00:00Z',
  };
  const hit = (kind, happenedOn, text, stakeholders, outlets = []) => ({
    id: happenedOn,
    kind,
    happenedOn,
    entryKey: '',
    text,
    stakeholders,
    outlets,
    authorName: 'Anne Sørensen',
  });
  const hits = [
    hit('hearing', '2020-11-04', 'Foretræde for Folketingets Beskæftigelsesudvalg om lægeattester', ['Folketingets Beskæftigelsesudvalg']),
    hit('press', '2020-10-05', 'P4 Nordjylland om lægeattesterne: interview med jobcenterchefen i Hjørring', [], ['P4']),
    hit('meeting', '2020-09-22', 'Møde med KL om lægeattester og resultaterne fra 2018', ['KL']),
    hit('letter', '2020-09-01', 'Henvendelse til Beskæftigelsesministeren om lægeattester', ['Beskæftigelsesministeren']),
  ];
  const coming = [
    {
      id: 'e1',
      type: 'event',
      title: 'Oplæg om lægeattester på KL Beskæftigelsestræf',
      done: false,
      period: { start: '2020-12-03', end: '2020-12-03', form: { kind: 'day' } },
      authorName: 'Anne Sørensen',
      authorAadId: 'a',
      writtenAt: '',
    },
  ];
  const record = { name: seed.name, aliases: seed.aliases, title: seed.title, municipalities: [] };
  return experimentCard({ record, history: [], results: [result] }, hits, coming, 'da', now, '');
}

// The approval run "Politisk godkendelse i alle kommuner November – december 2020" after marks from two colleagues.
function approvalsCard() {
  const now = at('2020-11-18T14:00');
  const read = splitTitleAndPeriod('Politisk godkendelse i alle kommuner November – december 2020', {
    today: at('2020-10-15T10:00'),
    yearRule: 'future',
  });
  let item = {
    id: 'i1',
    type: 'deadline',
    title: read.title,
    period: read.period,
    done: false,
    authorName: 'Anne Sørensen',
    authorAadId: 'a',
    writtenAt: '2020-10-15T08:00:00Z',
    approvers: [...MUNICIPALITIES],
    approvals: [],
  };
  const mark = (who, on, by) => {
    item = applyMark(item, { who, on, by, byAadId: by, at: `${on}T12:00:00Z` }).item;
  };
  for (const who of ['Aalborg', 'Brønderslev', 'Frederikshavn']) mark(who, '2020-11-10', 'Anne Sørensen');
  mark('Hjørring', '2020-11-11', 'Anne Sørensen');
  for (const who of ['Jammerbugt', 'Mariagerfjord', 'Vesthimmerland']) mark(who, '2020-11-18', 'Mette Kristensen');
  return itemCard(item, 'da', now, 'Godkendt: Vesthimmerland', '', 'Good', [], 'Vesthimmerland');
}
/** The report of /status siden 1. februar on 12 August 2024, as bot/reportData.ts loads it (also for the slides). */
function reportData() {
  const from = '2024-02-01';
  const to = NOW.toISODate();
  const entries = LOG.filter((e) => e.happenedOn >= from && e.happenedOn <= to)
    .sort((a, b) => a.happenedOn.localeCompare(b.happenedOn))
    .map((e) => ({
      ...e,
      authorAadId: 'aad',
      outlets: e.stakeholders.filter((s) => SEED_STAKEHOLDERS.some((x) => x.outlet && x.name === s)),
    }))
    // As loadReport does: a relative day word shown with its date.
    .map((e) => ({ ...e, text: datedText(e, ZONE) }));
  return {
    from,
    to,
    label: 'siden 1. februar 2024',
    today: to,
    entries,
    items: ITEMS,
    groups: statusGroups(entries),
    asked: { k: 'since', date: from },
    hasTimeline: true,
    milestones: milestonesOf(ITEMS, milestoneWindow({ start: from, end: to }), to),
    counts: countEntries(entries, { start: from, end: to }),
    approvals: approvalRunsIn(
      ITEMS.filter((i) => i.approvers),
      { start: from, end: to },
    ),
  };
}
/** The status card's download buttons (each press fetches fresh links: bot/commands/reports/reportFilesButton.ts). */
const DOWNLOADS = { k: 'buttons', request: { card: 'status', from: '2024-02-01', to: NOW.toISODate() }, formats: ['pptx', 'xlsx', 'csv'] };

const CARDS = [
  { name: 'help', card: () => helpCard('da', 'team', need('bot/commands/registry').allHelp) },
  { name: 'log-saved', card: savedCard },
  { name: 'log-choose-kind', card: chooseCard },
  { name: 'find', card: () => findCard('mikrolån') },
  { name: 'who', card: () => whoCard('Jyllandsposten') },
  { name: 'due-august', card: () => questionCard('hvad skal vi nå i august') },
  { name: 'timeline', card: pastedTimelineCard },
  { name: 'digest', card: weeklyDigestCard },
  { name: 'reminder', card: eventReminderCard },
  { name: 'experiment', card: experimentPageCard },
  { name: 'approvals', card: approvalsCard },
  { name: 'status', card: () => statusCard(reportData(), 'da', NOW, DOWNLOADS) },
  { name: 'stats', card: () => statsCard(reportData(), 'da') },
  { name: 'log-dialog', card: logDialog },
];

// ---------------------------------------------------------------------------------------------------------------
// Drawing: a Teams-like light host config and a page per card.

// Teams' font is Segoe UI; where it is missing, Liberation Sans (Arial's metrics) is the closest of Debian's fonts.
const FONT = '"Segoe UI", "Liberation Sans", Arial, sans-serif';
const MONO = 'Consolas, "Liberation Mono", "Courier New", monospace';
/** Teams' light theme text colours, the same on white and on the grey "emphasis" background. */
const TEAMS_LIGHT_TEXT = {
  default: { default: '#242424', subtle: '#616161' },
  dark: { default: '#252423', subtle: '#484644' },
  light: { default: '#FFFFFF', subtle: '#F3F2F1' },
  accent: { default: '#5B5FC7', subtle: '#6264A7' },
  good: { default: '#237B4B', subtle: '#2E8B57' },
  warning: { default: '#835C00', subtle: '#8F6C00' },
  attention: { default: '#C4314B', subtle: '#D2465E' },
};
const HOST_CONFIG = {
  supportsInteractivity: true,
  fontTypes: {
    default: {
      fontFamily: FONT,
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
    monospace: {
      fontFamily: MONO,
      fontSizes: { small: 12, default: 14, medium: 16, large: 18, extraLarge: 24 },
      fontWeights: { lighter: 300, default: 400, bolder: 600 },
    },
  },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: TEAMS_LIGHT_TEXT,
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: TEAMS_LIGHT_TEXT,
    },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
    iconPlacement: 'leftOfTitle',
  },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  textBlock: { headingLevel: 2 },
};

// Teams draws buttons as outlined rounded rectangles and inputs with a light border; the renderer leaves that to CSS.
const CSS = `
  html, body { margin: 0; background: #F5F5F5; font-family: ${FONT}; }
  #card { width: ${WIDTH}px; margin: 12px; background: #FFFFFF; border: 1px solid #E1DFDD; border-radius: 6px;
          box-shadow: 0 1px 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { font-family: ${FONT}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
          border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer;
          overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .ac-input, .ac-textInput, .ac-multichoiceInput { font-family: ${FONT}; font-size: 14px; border: 1px solid #D1D1D1;
          border-radius: 4px; padding: 5px 8px; background: #FFFFFF; color: #242424; }
  #error { color: #C4314B; font: 14px monospace; white-space: pre-wrap; }
`;

function pageFor(card, rendererJs) {
  const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>card</title><style>${CSS}</style>
<script>${rendererJs.replace(/<\/script/gi, '<\\/script')}</script></head><body><div id="card"></div><div id="error"></div>
<script>
  try {
    var ac = new AdaptiveCards.AdaptiveCard();
    ac.hostConfig = new AdaptiveCards.HostConfig(${json(HOST_CONFIG)});
    ac.parse(${json(card)});
    var el = ac.render();
    if (!el) throw new Error('the renderer returned nothing');
    document.getElementById('card').appendChild(el);
  } catch (e) { document.getElementById('error').textContent = String(e && e.stack || e); }
</script></body></html>`;
}

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (fs.existsSync(c)) return c;
  throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM=/path/to/chrome');
}

function screenshot(chromium, htmlFile, pngFile, profileDir) {
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--hide-scrollbars',
      '--mute-audio',
      `--user-data-dir=${profileDir}`,
      '--force-device-scale-factor=1',
      `--window-size=${WIDTH + 24},2600`,
      '--virtual-time-budget=2000',
      `--screenshot=${pngFile}`,
      `file://${htmlFile}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 },
  );
}

/** Crops the screenshot to the card: the rows and columns that differ from the page background, plus a margin. */
function cropToCard(pngFile) {
  const img = PNG.sync.read(fs.readFileSync(pngFile));
  const bg = [0xf5, 0xf5, 0xf5];
  let top = img.height,
    bottom = -1,
    left = img.width,
    right = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (img.data[i] !== bg[0] || img.data[i + 1] !== bg[1] || img.data[i + 2] !== bg[2]) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) throw new Error(`${pngFile}: blank screenshot`);
  if (bottom >= img.height - 2) throw new Error(`${pngFile}: the card is taller than the window; raise the window height`);
  const m = 6;
  top = Math.max(0, top - m);
  left = Math.max(0, left - m);
  bottom = Math.min(img.height - 1, bottom + m);
  right = Math.min(img.width - 1, right + m);
  const out = new PNG({ width: right - left + 1, height: bottom - top + 1 });
  PNG.bitblt(img, out, left, top, out.width, out.height, 0, 0);
  fs.writeFileSync(pngFile, PNG.sync.write(out, { colorType: 2, deflateLevel: 9 }));
  return { width: out.width, height: out.height };
}

async function main() {
  const rendererJs = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  const chromium = findChromium();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-cards-'));
  fs.mkdirSync(OUT, { recursive: true });
  try {
    for (const { name, card } of CARDS) {
      const json = await card();
      const text = JSON.stringify(json);
      if (/\$\{/.test(text)) throw new Error(`${name}: template leftovers in the card`);
      const html = path.join(work, `${name}.html`);
      fs.writeFileSync(html, pageFor(json, rendererJs));
      fs.writeFileSync(path.join(work, `${name}.json`), JSON.stringify(json, null, 2));
      const png = path.join(OUT, `${name}.png`);
      screenshot(chromium, html, png, path.join(work, 'profile'));
      const size = cropToCard(png);
      console.log(`${path.relative(ROOT, png)}  ${size.width}x${size.height}  ${Math.round(fs.statSync(png).size / 1024)} KB`);
    }
  } finally {
    if (!process.env.KEEP_HTML) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`pages kept in ${work}`);
  }
}

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
module.exports = { CARDS, reportData };
