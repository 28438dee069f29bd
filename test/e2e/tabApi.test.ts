// The tab's API over HTTP on the bot's own server (issue 25), in local anonymous mode, against a seeded team: the
// timeline's milestones and periods, the log's filters and pages, an entry with its history, the matrix's tally, the
// counts, and the export files through the report writers.
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../support/botHarness';
import { startBlackHole } from '../support/blackHole';
import { devConnectionString } from '../support/embeddedAzurite';
import {
  APPROVED,
  JENS,
  LETTER_ENTRIES,
  MEETING_ENTRIES,
  MISSING,
  PLAN_TITLE,
  PRESS_ENTRIES,
  seedTabTeam,
  TAB_TEAM,
} from '../support/tabSeed';
import type { CountsAnswer, EntryAnswer, LogAnswer, MatrixAnswer, TimelineAnswer } from '../../bot/tab/apiTypes';

describe('the tab API in local mode', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
    await seedTabTeam(h);
  });
  after(() => h.stop());

  async function api<T>(path: string, params: Record<string, string> = {}): Promise<{ status: number; body: T }> {
    const q = new URLSearchParams({ team: TAB_TEAM, ...params });
    const res = await fetch(`${h.baseUrl}/tab/api/${path}?${q}`);
    return { status: res.status, body: (await res.json()) as T };
  }

  it('serves the page with its words in both languages, its script and style, under a strict CSP', async () => {
    const page = await fetch(`${h.baseUrl}/tab`);
    assert.equal(page.status, 200);
    assert.match(
      page.headers.get('content-security-policy') ?? '',
      /script-src 'self'.*frame-ancestors 'self' https:\/\/teams\.microsoft\.com/,
    );
    const html = await page.text();
    assert.match(html, /"tab\.nav\.timeline":"Tidslinje"/);
    assert.match(html, /"tab\.nav\.timeline":"Timeline"/);
    const js = await fetch(`${h.baseUrl}/tab/static/main.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await fetch(`${h.baseUrl}/tab/static/..%2Fbot%2Findex.js`)).status, 404);
  });

  it('draws the pasted timeline: eight milestones, periods as spans, a day as a day, states as of today, the tally', async () => {
    const { status, body } = await api<TimelineAnswer>('timeline');
    assert.equal(status, 200);
    assert.equal(body.today, '2024-11-20');
    const byTitle = new Map(body.items.map((i) => [i.title, i]));
    assert.equal(body.items.filter((i) => i.milestone).length, 8);
    assert.deepEqual(
      [byTitle.get('Dataindsamling i kommunerne')!.span, byTitle.get('Dataindsamling i kommunerne')!.when],
      [true, 'februar–april 2024'],
    );
    assert.equal(byTitle.get('Kick-off med evaluator')!.span, true, 'primo februar is a period, not 1 February');
    assert.equal(byTitle.get('Aflevering af slutrapport')!.span, false, 'senest 15. december is a day');
    assert.equal(byTitle.get('Aflevering af slutrapport')!.state, 'upcoming');
    assert.equal(byTitle.get('Godkendelse i styregruppen')!.state, 'overdue');
    assert.deepEqual(byTitle.get('Byrådsbehandling i alle kommuner')!.tally, { approved: 7, total: 11, missing: MISSING });
    // The planned action (issue 23) with its owner.
    const plan = body.items.find((i) => i.type === 'plan')!;
    assert.deepEqual([plan.title, plan.owner, plan.state, plan.milestone], [PLAN_TITLE, JENS.name, 'upcoming', false]);
    assert.equal(
      (await api<TimelineAnswer>('timeline', { lang: 'en' })).body.items.find((i) => i.title === 'Dataindsamling i kommunerne')!.when,
      'February–April 2024',
    );
  });

  it('pages the log newest first, and a filter narrows it (with its total)', async () => {
    const all = PRESS_ENTRIES + MEETING_ENTRIES + LETTER_ENTRIES;
    const first = (await api<LogAnswer>('log', { size: '25' })).body;
    assert.equal(first.rows.length, 25);
    assert.ok(first.next);
    const dates = first.rows.map((r) => r.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const second = (await api<LogAnswer>('log', { size: '25', after: first.next! })).body;
    assert.equal(second.rows.length, all - 25);
    assert.equal(second.next, undefined);
    assert.equal(new Set([...first.rows, ...second.rows].map((r) => r.key)).size, all, 'no row twice, none left out');
    assert.ok(second.rows[0]!.date <= first.rows[24]!.date);

    const meetings = (await api<LogAnswer>('log', { kind: 'meeting' })).body;
    assert.equal(meetings.rows.length, MEETING_ENTRIES);
    const kl = (await api<LogAnswer>('log', { stakeholder: 'KL' })).body;
    assert.equal(kl.total, MEETING_ENTRIES);
    const words = (await api<LogAnswer>('log', { text: 'ministeren frikommuneloven' })).body;
    assert.equal(words.total, LETTER_ENTRIES);
    const june = (await api<LogAnswer>('log', { experiment: 'mikrolån', from: '2024-06-01', to: '2024-06-30', size: '2' })).body;
    assert.ok(june.total! > 0 && june.total! < PRESS_ENTRIES, `June's mikrolån entries: ${june.total}`);
    assert.ok(june.rows.every((r) => r.date.startsWith('2024-06')));
    assert.equal((await api('log', { kind: 'nonsense' })).status, 400);
    assert.equal((await api('log', { from: '1. juni' })).status, 400);
  });

  it('shows the personal tab only what its colleague logged (mine)', async () => {
    const anne = '6d4f6b2e-0000-4000-8000-000000000001';
    const mine = (await api<LogAnswer>('log', { mine: '1', me: anne, kind: 'letter' })).body;
    assert.equal(mine.total, LETTER_ENTRIES);
    const someoneElse = (await api<LogAnswer>('log', { mine: '1', me: '6d4f6b2e-0000-4000-8000-0000000000ff' })).body;
    assert.deepEqual([someoneElse.rows.length, someoneElse.total], [0, 0]);
    const items = (await api<TimelineAnswer>('timeline', { mine: '1', me: '6d4f6b2e-0000-4000-8000-0000000000ff' })).body;
    assert.equal(items.items.length, 0);
    // Jens logged nothing, but owns the plan.
    const jens = (await api<TimelineAnswer>('timeline', { mine: '1', me: JENS.aadObjectId })).body;
    assert.deepEqual(
      jens.items.map((i) => i.title),
      [PLAN_TITLE],
    );
  });

  it('opens an entry with its history', async () => {
    const [row] = (await api<LogAnswer>('log', { kind: 'letter', size: '1' })).body.rows;
    const { status, body } = await api<EntryAnswer>('entry', { key: row!.key });
    assert.equal(status, 200);
    assert.match(body.entry.text, /brev til ministeren/);
    assert.equal(body.history[0]!.action, 'created');
    assert.equal((await api('entry', { key: 'entry|2024-01-01|nothing' })).status, 404);
  });

  it('shows the matrix: who takes part, and the running approval at 7 of 11 with who is missing', async () => {
    const { body } = await api<MatrixAnswer>('matrix');
    assert.equal(body.municipalities.length, 11);
    const mikro = body.experiments.find((x) => x.name === 'mikrolån')!;
    assert.deepEqual(mikro.taking, ['Aalborg', 'Hjørring', 'Thisted']);
    const run = body.runs.find((r) => r.title === 'Byrådsbehandling i alle kommuner')!;
    assert.deepEqual([run.approved, run.total, run.missing, run.municipal], [7, 11, MISSING, true]);
    assert.deepEqual(Object.keys(run.marks).sort(), [...APPROVED].sort());
  });

  it('counts by month and kind for a chosen period, as /tal does', async () => {
    const { body } = await api<CountsAnswer>('counts', { from: '2024-06-01', to: '2024-11-30' });
    assert.equal(body.total, PRESS_ENTRIES + MEETING_ENTRIES + LETTER_ENTRIES);
    assert.equal(body.months.length, 6);
    assert.equal(body.kinds.find((k) => k.kind === 'press')!.n, PRESS_ENTRIES);
    assert.equal(
      body.months.reduce((n, m) => n + m.total, 0),
      body.total,
    );
  });

  it('gives the filtered log as CSV and .xlsx through the report writers', async () => {
    const csv = await fetch(`${h.baseUrl}/tab/api/export.csv?team=${encodeURIComponent(TAB_TEAM)}&kind=meeting`);
    assert.equal(csv.status, 200);
    const text = await csv.text();
    assert.equal((text.match(/møde med KL om lægeattester/g) ?? []).length, MEETING_ENTRIES);
    assert.doesNotMatch(text, /TV2 Nord/);
    const xlsx = await fetch(`${h.baseUrl}/tab/api/export.xlsx?team=${encodeURIComponent(TAB_TEAM)}`);
    assert.equal(xlsx.status, 200);
    assert.equal(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      'PK',
    );
  });

  it('answers nothing for a team the bot does not know, or without a team', async () => {
    assert.equal((await api('timeline', { team: '19:unknown@thread.tacv2' })).status, 404);
    const res = await fetch(`${h.baseUrl}/tab/api/timeline`);
    assert.equal(res.status, 400);
  });
});

describe('the tab API while storage does not answer', function () {
  this.timeout(30_000);
  let h: Harness;
  let hole: Awaited<ReturnType<typeof startBlackHole>>;
  before(async () => {
    hole = await startBlackHole();
    // A store that never answers is given up on after 0.8 s here (5 s in production: DEFAULT_TIMEOUTS).
    h = await startHarness(
      { TABLES_CONNECTION_STRING: devConnectionString(`http://127.0.0.1:${hole.port}`) },
      { start: { timeouts: { storageMs: 800 } } },
    );
  });
  after(async () => {
    await h.stop();
    await hole.stop();
  });

  it('still serves the page, and answers the API with 503 "storage unavailable" instead of hanging', async () => {
    assert.equal((await fetch(`${h.baseUrl}/tab`)).status, 200);
    const res = await fetch(`${h.baseUrl}/tab/api/timeline?team=${encodeURIComponent(TAB_TEAM)}`);
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { error: 'storage unavailable' });
    assert.ok(h.logs.some((l) => l.includes('"event":"tab_storage_unavailable"')));
  });
});
