// Personal data over HTTP (issue 18): the change history after create, edit, undo and done by two colleagues;
// /mine data showing exactly one colleague's rows; /glem refused for a non-admin and confirmed by an admin, after which
// /søg and /hvem say "tidligere medlem" and no row of any table holds the name (every table scanned); /glem tekst
// likewise for a named outside person; retention and housekeeping on an injected clock. The erasure runs on the
// embedded SQLite file and on Azurite.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import * as ExcelJS from 'exceljs';
import {
  startHarness,
  channelMessage,
  cardAction,
  cardOf,
  cardText,
  cardFacts,
  cardExecuteActions,
  FixedClock,
  type Harness,
  pressDownload,
} from '../support/botHarness';
import { scopeOf } from '../../bot/teams/activityTurn';
import type { Row, TableStore } from '../../storage/tableStore';
import type { Tables } from '../../storage/schema';
import { HISTORY_VERBS } from '../../cards/historyButton';
import { ITEM_VERBS } from '../../cards/itemCards';
import { LOG_VERBS } from '../../cards/logButton';
import { ERASE_VERBS, MY_DATA_VERBS } from '../../cards/privacyCards';

const ANNE = { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
const BO = { id: '29:bo', name: 'Bo Madsen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };
const KAREN = { id: '29:karen', name: 'Karen Lund', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000009' };
const ADMINS = { ADMINS: KAREN.aadObjectId };
const SCOPE = scopeOf(channelMessage('x') as any).key;

/** A channel message that @mentions a colleague (issue 16: they become a participant of the entry). */
function mentioning(text: string, who: typeof BO, o: Parameters<typeof channelMessage>[1]): Record<string, unknown> {
  const tag = `<at>${who.name}</at>`;
  const message = channelMessage(`${text} ${tag}`, o);
  message.entities = [
    ...(message.entities as object[]),
    { type: 'mention', text: tag, mentioned: { id: who.id, name: who.name, aadObjectId: who.aadObjectId } },
  ];
  return message;
}

/** A Wednesday in November 2024, `minutes` past 09:00 UTC: every step of a story at its own moment. */
const at = (minutes: number) => DateTime.fromISO('2024-11-20T09:00:00Z').plus({ minutes }).toISO()!;

/** Every row of every table, by scan(): what "anywhere in storage" means. */
async function everyRow(tables: Tables): Promise<Array<{ table: string; row: Row }>> {
  const out: Array<{ table: string; row: Row }> = [];
  for (const [table, store] of Object.entries(tables) as Array<[string, TableStore]>) {
    for await (const page of store.scan()) for (const row of page) out.push({ table, row });
  }
  return out;
}

/** The rows (keys or any property) that hold the text, any case. */
async function rowsHolding(tables: Tables, ...needles: string[]): Promise<string[]> {
  const lower = needles.map((n) => n.toLowerCase());
  return (await everyRow(tables))
    .filter(({ row }) => {
      const s = JSON.stringify(row).toLowerCase();
      return lower.some((n) => s.includes(n));
    })
    .map(({ table, row }) => `${table} ${row.partitionKey} ${row.rowKey}`);
}

function action(card: unknown, verb: string): any {
  const found = cardExecuteActions(card).find((a) => a.verb === verb);
  assert.ok(found, `the card has a ${verb} button`);
  return found;
}

describe('the change history over HTTP', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('shows create, edit, done and undo by two colleagues, newest first, on /historik and the Historik button', async () => {
    // Anne logs; Bo edits the entry.
    const logMsg = channelMessage('/log presse Jyllandsposten om mikrolån', { timestamp: at(0), from: ANNE, id: 'act-log' });
    const saved = cardOf((await h.say(logMsg))[0]);
    const edit = action(saved, LOG_VERBS.edit);
    const form = (await h.post(cardAction(LOG_VERBS.edit, edit.data, channelMessage('', { from: BO, timestamp: at(10) })))).body.value;
    const update = action(form, LOG_VERBS.update);
    const edited = await h.post(
      cardAction(
        LOG_VERBS.update,
        { ...update.data, kind: 'press', text: 'Jyllandsposten om mikrolån og fleksjob' },
        channelMessage('', { from: BO, timestamp: at(11) }),
      ),
    );
    assert.match(cardText(edited.body.value), /Rettet/);

    // Anne adds a deadline; Bo marks it done.
    const deadline = cardOf(
      (await h.say(channelMessage('/frist Slutrapport om mikrolån senest d. 15. december', { timestamp: at(20), from: ANNE })))[0],
    );
    const done = action(deadline, ITEM_VERBS.done);
    const marked = await h.post(cardAction(ITEM_VERBS.done, done.data, channelMessage('', { from: BO, timestamp: at(30) })));
    assert.match(cardText(marked.body.value), /Markeret som færdig/);

    // Anne logs another entry; Bo undoes it.
    const second = cardOf((await h.say(channelMessage('/log møde med KL om mikrolån og zebraer', { timestamp: at(40), from: ANNE })))[0]);
    const undone = await h.post(
      cardAction(LOG_VERBS.undo, action(second, LOG_VERBS.undo).data, channelMessage('', { from: BO, timestamp: at(50) })),
    );
    assert.match(cardText(undone.body.value), /Fortrudt af Bo Madsen/);

    // /historik: the edited entry and the deadline, each newest change first, with who.
    const history = cardOf((await h.say(channelMessage('/historik jyllandsposten', { timestamp: at(60), from: ANNE })))[0]);
    const text = cardText(history);
    assert.match(text, /Historik: "jyllandsposten"/);
    const entryPart = text.slice(text.indexOf('Jyllandsposten om mikrolån og fleksjob'));
    const editedAt = entryPart.indexOf('Rettet: Tekst "Jyllandsposten om mikrolån" → "Jyllandsposten om mikrolån og fleksjob"');
    const createdAt = entryPart.indexOf('Oprettet');
    assert.ok(editedAt > 0 && createdAt > editedAt, `edit before creation, newest first:\n${entryPart}`);
    assert.match(entryPart, /kl\. 10\.11 · Bo Madsen/);
    assert.match(entryPart, /kl\. 10\.00 · Anne Sørensen/);

    const items = cardText(
      cardOf((await h.say(channelMessage('/history slutrapport', { timestamp: at(61), from: ANNE, locale: 'en-US' })))[0]),
    );
    assert.match(items, /History: "slutrapport"/);
    assert.ok(items.indexOf('Marked as done') < items.indexOf('Created'), items);
    assert.match(items, /Done "no" → "yes"/);
    assert.match(items, /Bo Madsen[\s\S]*Anne Sørensen/);

    // The Historik button on the undone card: undone by Bo, created by Anne; for everyone in the channel; Tilbage
    // brings the card back.
    const show = action(undone.body.value, HISTORY_VERBS.show);
    const before = h.connector.updated.length;
    const shown = await h.post({
      ...cardAction(HISTORY_VERBS.show, show.data, channelMessage('', { from: ANNE, timestamp: at(70) })),
      replyToId: 'card-2',
    });
    const shownText = cardText(shown.body.value);
    assert.match(shownText, /Bo Madsen\nFortrudt\n[\s\S]*Anne Sørensen\nOprettet/);
    assert.ok(
      h.connector.updated.slice(before).some((u) => u.replyToId === 'card-2'),
      'the message is updated for everyone',
    );
    const back = await h.post(
      cardAction(
        HISTORY_VERBS.back,
        action(shown.body.value, HISTORY_VERBS.back).data,
        channelMessage('', { from: ANNE, timestamp: at(71) }),
      ),
    );
    assert.match(cardText(back.body.value), /Fortrudt af Bo Madsen/);

    // The deadline's card has Historik too.
    const itemHistory = await h.post(
      cardAction(
        HISTORY_VERBS.show,
        action(marked.body.value, HISTORY_VERBS.show).data,
        channelMessage('', { from: ANNE, timestamp: at(72) }),
      ),
    );
    assert.match(cardText(itemHistory.body.value), /Markeret som færdig[\s\S]*Oprettet/);
  });

  it('keeps each change record in the same table and partition as its entry, one range per entry', async () => {
    const rows = await h.app.storage.tables.log.range(SCOPE, 'hist|entry|', 'hist|entry|\uffff');
    const actions = rows.map((r) => r.action).sort();
    assert.deepEqual(actions, ['created', 'created', 'edited', 'undone']);
    assert.ok(rows.every((r) => typeof r.byAadId === 'string' && typeof r.at === 'string'));
  });
});

describe("the registry's change history over HTTP", () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.stop();
  });

  it('keeps every change to an experiment, its results and approval marks, shown on Historik and /historik', async () => {
    const tables = h.app.storage.tables;
    const added = await h.say(channelMessage('/forsøg tilføj Jobrotation', { from: ANNE, timestamp: at(0) }));
    assert.match(added[0].text, /Jobrotation/);
    await h.say(channelMessage('/forsøg status jobrotation i gang 1. januar 2024', { from: ANNE, timestamp: at(1) }));
    await h.say(channelMessage('/forsøg status jobrotation helt ophør 1. oktober 2024: loven ændret', { from: BO, timestamp: at(2) }));
    await h.say(channelMessage('/forsøg titel jobrotation: Forsøg med jobrotation uden krav om ledighed', { from: BO, timestamp: at(3) }));
    await h.say(channelMessage('/forsøg kommuner jobrotation Hjørring og Rebild', { from: ANNE, timestamp: at(4) }));
    await h.say(channelMessage('/resultat jobrotation: 40 flere i job i 1. halvår 2024', { from: BO, timestamp: at(5), id: 'act-result' }));
    await h.say(channelMessage('/frist Politisk godkendelse i alle kommuner december 2024', { from: ANNE, timestamp: at(6) }));
    await h.say(channelMessage('/godkendt Hjørring politisk godkendelse 19. november', { from: BO, timestamp: at(7) }));
    await h.say(channelMessage('/godkendt fortryd Hjørring politisk godkendelse', { from: ANNE, timestamp: at(8) }));

    // The records: in the registry's table, beside the experiment, each with who and when.
    const records = await tables.scopes.range(SCOPE, 'hist|experiment|', 'hist|experiment|\uffff');
    assert.deepEqual(
      records.map((r) => `${r.entityKind} ${r.action} ${r.byName}`),
      [
        'experiment created Anne Sørensen',
        'experiment status Anne Sørensen',
        'experiment status Bo Madsen',
        'experiment changed Bo Madsen',
        'experiment changed Anne Sørensen',
        'result created Bo Madsen',
      ],
    );

    // The experiment's page has Historik: newest first, with before and after.
    const page = cardOf((await h.say(channelMessage('/forsøg jobrotation', { from: ANNE, timestamp: at(9) })))[0]);
    const shown = await h.post(
      cardAction(HISTORY_VERBS.show, action(page, HISTORY_VERBS.show).data, channelMessage('', { from: ANNE, timestamp: at(10) })),
    );
    const text = cardText(shown.body.value);
    const order = [
      'Resultat tilføjet: "40 flere i job i 1. halvår 2024"',
      'Kommuner "–" → "Hjørring, Rebild"',
      'Titel "–" → "Forsøg med jobrotation uden krav om ledighed"',
      'Status "i gang" → "helt ophør"',
      'Note "–" → "loven ændret"',
      'Status ændret: Status "–" → "i gang"',
      'Oprettet',
    ];
    const positions = order.map((o) => text.indexOf(o));
    assert.ok(
      positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])),
      `${JSON.stringify(positions)}\n${text}`,
    );
    assert.match(text, /Bo Madsen\nResultat tilføjet/);
    // Tilbage: the page again.
    const back = await h.post(
      cardAction(
        HISTORY_VERBS.back,
        action(shown.body.value, HISTORY_VERBS.back).data,
        channelMessage('', { from: ANNE, timestamp: at(11) }),
      ),
    );
    assert.match(cardText(back.body.value), /Forsøg med jobrotation uden krav om ledighed/);

    // /historik names the experiment: its history first; in English too.
    const english = cardText(
      cardOf((await h.say(channelMessage('/history jobrotation', { from: ANNE, timestamp: at(12), locale: 'en-US' })))[0]),
    );
    assert.match(english, /Jobrotation[\s\S]*Result added[\s\S]*Status changed: Status "–" → "running"[\s\S]*Created/);

    // The approval run's marks: marked by Bo, undone by Anne, on the item's Historik (its card's buttons are the
    // approvers still missing, so the button is pressed as the deadline's own card has it).
    const [run] = await tables.items.range(SCOPE, 'tally|', 'tally|\uffff');
    const marks = cardText(
      (
        await h.post(
          cardAction(
            HISTORY_VERBS.show,
            { kind: 'item', id: run.rowKey.slice('tally|'.length), lang: 'da' },
            channelMessage('', { from: ANNE, timestamp: at(13) }),
          ),
        )
      ).body.value,
    );
    assert.match(
      marks,
      /Anne Sørensen\nFortrudt: Godkendt "Hjørring [^"]*" → "–"[\s\S]*Bo Madsen\nGodkendelse markeret: Godkendt "–" → "Hjørring [^"]*"[\s\S]*Oprettet/,
    );
  });
});

describe('/mine data over HTTP', () => {
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO(at(0)));
  before(async () => {
    h = await startHarness({}, { clock });
  });
  after(async () => {
    await h.stop();
  });

  async function get(url: string) {
    const res = await fetch(url);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
  }
  const links = (card: unknown): Record<string, string> =>
    Object.fromEntries(
      ((card as { actions?: Array<{ type: string; title: string; url: string }> }).actions ?? [])
        .filter((a) => a.type === 'Action.OpenUrl')
        .map((a) => [a.title, a.url]),
    );
  let boCard: any;

  it("shows one colleague exactly their own entries, items, changes, settings and registry rows, and nobody else's", async () => {
    await h.say(channelMessage('/log presse Anne skrev til ministeren om mentorordningen', { from: ANNE, timestamp: at(0) }));
    await h.say(mentioning('/log møde Anne med STAR om samtaler med', BO, { from: ANNE, timestamp: at(1) }));
    const bo = cardOf((await h.say(channelMessage('/log møde Bo med KL om lægeattester', { from: BO, timestamp: at(2) })))[0]);
    await h.say(channelMessage('/frist Bo sender høringssvar 1. december', { from: BO, timestamp: at(3) }));
    await h.say(channelMessage('/overblik tirsdag 9:00', { from: BO, timestamp: at(4) }));
    await h.post(
      cardAction(
        LOG_VERBS.update,
        { entry: action(bo, LOG_VERBS.edit).data.entry, kind: 'meeting', text: 'Bo med KL om lægeattester og mentor', lang: 'da' },
        channelMessage('', { from: BO, timestamp: at(5) }),
      ),
    );
    // The registry: Bo sets a status and adds a result, Anne another status; Bo marks an approval, Anne undoes it.
    await h.say(channelMessage('/forsøg status mentor helt ophør 1. januar 2020: forenklet lov', { from: BO, timestamp: at(6) }));
    await h.say(channelMessage('/forsøg status lægeattester i gang 1. juli 2018', { from: ANNE, timestamp: at(6) }));
    await h.say(channelMessage('/resultat lægeattester: ca. 2.000 færre lægeattester i 2. halvår 2018', { from: BO, timestamp: at(7) }));
    await h.say(channelMessage('/resultat mentor: 30 i job efter et år', { from: ANNE, timestamp: at(7) }));
    await h.say(channelMessage('/frist Politisk godkendelse i alle kommuner december 2024', { from: ANNE, timestamp: at(8) }));
    await h.say(channelMessage('/godkendt Hjørring politisk godkendelse 19. november', { from: BO, timestamp: at(8) }));
    await h.say(channelMessage('/godkendt Rebild politisk godkendelse 19. november', { from: ANNE, timestamp: at(9) }));

    boCard = cardOf((await h.say(channelMessage('/mine data', { from: BO, timestamp: at(10) })))[0]);
    const text = cardText(boCard);
    assert.equal(cardFacts(boCard).Navn, 'Bo Madsen');
    assert.equal(cardFacts(boCard)['Entra-objekt-id'], BO.aadObjectId);
    assert.match(text, /Logposter, du har skrevet \(1\)/);
    assert.match(text, /Bo med KL om lægeattester og mentor/);
    assert.match(text, /Logposter, du er nævnt som deltager i \(1\)/);
    assert.match(text, /Anne med STAR om samtaler med Bo Madsen/);
    assert.match(text, /Frister og arrangementer, du har oprettet \(1\)/);
    assert.match(text, /Bo sender høringssvar/);
    assert.match(text, /Status på forsøg, du har sat \(1\)\n[\s\S]*mentor: helt ophør onsdag d\. 1\. januar 2020: forenklet lov/);
    assert.match(text, /Resultater, du har tilføjet \(1\)\n[\s\S]*ca\. 2\.000 færre lægeattester/);
    assert.match(
      text,
      /Godkendelser, du har markeret eller fortrudt \(1\)\n[\s\S]*Politisk godkendelse i alle kommuner: Hjørring markeret/,
    );
    // The entry created and edited, the deadline created, the digest set, the status set, the result added, the mark.
    assert.match(text, /Ændringer, du har lavet \(7\)/);
    assert.match(text, /Indstillinger, du har ændret senest \(1\)/);
    assert.match(text, /Indstilling: digest: Ændret/);
    assert.doesNotMatch(text, /ministeren|30 i job|Rebild markeret|i gang 1\. juli/); // Anne's rows
    assert.equal(action(boCard, MY_DATA_VERBS.file).title, 'Hent som fil');

    const english = cardText(cardOf((await h.say(channelMessage('/my data', { from: ANNE, timestamp: at(11), locale: 'en-US' })))[0]));
    assert.match(english, /Log entries you wrote \(2\)/);
    assert.match(english, /Results you added \(1\)/);
    assert.match(english, /Approvals you marked or undid \(1\)/);
    assert.doesNotMatch(english, /Bo med KL|høringssvar|2\.000 færre/);
  });

  it('"Hent som fil" gives the presser, and only them, links to exactly their own rows as .xlsx and JSON', async () => {
    const updates = h.connector.updated.length;
    const pressed = await h.post({
      ...cardAction(MY_DATA_VERBS.file, action(boCard, MY_DATA_VERBS.file).data, channelMessage('', { from: BO, timestamp: at(12) })),
      replyToId: 'mine-data',
    });
    const fileCard = pressed.body.value;
    assert.equal(h.connector.updated.length, updates, 'the links are shown to the presser alone, not put on the card for everyone');
    assert.match(cardText(fileCard), /virker i 15 minutter/);
    const boLinks = links(fileCard);
    assert.deepEqual(Object.keys(boLinks), ['Hent som Excel', 'Hent som JSON']);

    const json = await get(boLinks['Hent som JSON']);
    assert.equal(json.status, 200);
    assert.match(json.type, /application\/json/);
    const data = JSON.parse(json.body.toString('utf8'));
    assert.equal(data.person.aadObjectId, BO.aadObjectId);
    assert.equal(data.scope, SCOPE);
    assert.deepEqual(
      data.entriesWritten.map((e: any) => e.text),
      ['Bo med KL om lægeattester og mentor'],
    );
    assert.deepEqual(
      data.entriesTakenPartIn.map((e: any) => e.text),
      ['Anne med STAR om samtaler med Bo Madsen'],
    );
    assert.deepEqual(
      data.deadlinesAndEvents.map((i: any) => i.title),
      ['Bo sender høringssvar'],
    );
    assert.deepEqual(
      data.experimentStatusesSet.map((s: any) => `${s.experiment} ${s.change.status}`),
      ['mentor fullyEnded'],
    );
    assert.deepEqual(
      data.resultsAdded.map((r: any) => r.text),
      ['ca. 2.000 færre lægeattester i 2. halvår 2018'],
    );
    assert.deepEqual(
      data.approvalsMarked.map((a: any) => `${a.who} ${a.action}`),
      ['Hjørring mark'],
    );
    assert.equal(data.changes.length, 7);
    assert.ok(data.changes.every((c: any) => c.by.aadObjectId === BO.aadObjectId));
    assert.equal(data.settingsChangedLast.length, 1);
    assert.doesNotMatch(json.body.toString('utf8'), /ministeren|30 i job|"words"/); // (Rebild is among the run's approvers in his change record)

    const xlsx = await get(boLinks['Hent som Excel']);
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as any);
    const sheet = (name: string) => {
      const ws = wb.getWorksheet(name);
      assert.ok(ws, `sheet ${name}`);
      const rows: string[][] = [];
      ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))));
      return rows.slice(1);
    };
    assert.deepEqual(
      sheet('Logposter skrevet').map((r) => r[2]),
      ['Bo med KL om lægeattester og mentor'],
    );
    assert.deepEqual(
      sheet('Deltaget i').map((r) => r[2]),
      ['Anne med STAR om samtaler med Bo Madsen'],
    );
    assert.deepEqual(
      sheet('Frister og arrangementer').map((r) => r[0]),
      ['Bo sender høringssvar'],
    );
    assert.deepEqual(
      sheet('Forsøgsstatus').map((r) => `${r[0]} ${r[1]} ${r[3]}`),
      ['mentor helt ophør forenklet lov'],
    );
    assert.deepEqual(
      sheet('Resultater').map((r) => r[1]),
      ['ca. 2.000 færre lægeattester i 2. halvår 2018'],
    );
    assert.deepEqual(
      sheet('Godkendelser').map((r) => `${r[0]} ${r[1]} ${r[2]}`),
      ['Politisk godkendelse i alle kommuner Hjørring markeret'],
    );
    assert.equal(sheet('Ændringer').length, 7);
    assert.deepEqual(
      sheet('Indstillinger').map((r) => r[0]),
      ['digest'],
    );

    // Anne pressing the same button on Bo's card gets her own data, not his.
    const anne = links(
      (
        await h.post(
          cardAction(MY_DATA_VERBS.file, action(boCard, MY_DATA_VERBS.file).data, channelMessage('', { from: ANNE, timestamp: at(12) })),
        )
      ).body.value,
    );
    const hers = JSON.parse((await get(anne['Hent som JSON'])).body.toString('utf8'));
    assert.equal(hers.person.aadObjectId, ANNE.aadObjectId);
    assert.deepEqual(
      hers.resultsAdded.map((r: any) => r.text),
      ['30 i job efter et år'],
    );
    assert.doesNotMatch(JSON.stringify(hers), /2\.000 færre|høringssvar/);

    // Refused with the same empty 404: another person or another scope under Bo's signature, forged, a report's
    // signature on it, and expired.
    const url = boLinks['Hent som JSON'];
    const token = url.slice(url.lastIndexOf('/') + 1);
    const [payload, mac] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    assert.equal(claims.person, BO.aadObjectId);
    const refused = async (t: string) => {
      const res = await get(`${h.baseUrl}/download/${t}`);
      assert.equal(res.status, 404);
      assert.equal(res.body.toString('utf8'), '{"error":"not found"}');
    };
    const altered = (c: object) => `${Buffer.from(JSON.stringify(c)).toString('base64url')}.${mac}`;
    await refused(altered({ ...claims, person: ANNE.aadObjectId }));
    await refused(altered({ ...claims, scope: 'tenant|team|other' }));
    await refused(altered({ ...claims, exp: claims.exp + 86400 }));
    const [annePayload] = anne['Hent som JSON'].slice(anne['Hent som JSON'].lastIndexOf('/') + 1).split('.');
    await refused(`${annePayload}.${mac}`);
    await refused(`${payload}.${Buffer.alloc(32, 7).toString('base64url')}`);
    const reportCard = cardOf((await h.say(channelMessage('/eksport 2024', { from: BO, timestamp: at(13) })))[0]);
    const report = (await pressDownload(h, reportCard, channelMessage('', { from: BO, timestamp: at(13) }))).links['Hent som CSV'];
    const [, reportMac] = report.slice(report.lastIndexOf('/') + 1).split('.');
    await refused(`${payload}.${reportMac}`);
    clock.current = DateTime.fromISO(at(12)).plus({ minutes: 15, seconds: 1 });
    await refused(token);
  });
});

for (const store of ['sqlite', 'azurite'] as const) {
  describe(`/glem and /glem tekst over HTTP (${store})`, function () {
    this.timeout(30_000);
    let h: Harness;
    before(async () => {
      h = await startHarness(ADMINS, { store });
    });
    after(async () => {
      await h.stop();
    });

    it('/glem is refused for a non-admin and changes nothing', async () => {
      await h.say(channelMessage('/log møde med KL om mikrolån', { from: BO, timestamp: at(0) }));
      const [reply] = await h.say(channelMessage('/glem Bo Madsen', { from: ANNE, timestamp: at(1) }));
      assert.match(reply.text, /Kun administratorer/);
      assert.ok((await rowsHolding(h.app.storage.tables, 'Bo Madsen')).length > 0);
    });

    it('an admin confirms /glem: "tidligere medlem" in /søg and /hvem, and the name and id nowhere in storage', async () => {
      const tables = h.app.storage.tables;
      const first = cardOf((await h.say(channelMessage('/log presse Jyllandsposten om mikrolån', { from: BO, timestamp: at(2) })))[0]);
      await h.post(
        cardAction(
          LOG_VERBS.update,
          { entry: action(first, LOG_VERBS.edit).data.entry, kind: 'press', text: 'Jyllandsposten om mikrolån i Hjørring', lang: 'da' },
          channelMessage('', { from: BO, timestamp: at(3) }),
        ),
      );
      const third = cardOf((await h.say(channelMessage('/log møde med STAR om mikrolån', { from: ANNE, timestamp: at(4) })))[0]);
      await h.post(cardAction(LOG_VERBS.undo, action(third, LOG_VERBS.undo).data, channelMessage('', { from: BO, timestamp: at(5) })));
      const deadline = cardOf((await h.say(channelMessage('/frist Mikrolån evaluering 1. december', { from: ANNE, timestamp: at(6) })))[0]);
      await h.post(cardAction(ITEM_VERBS.done, action(deadline, ITEM_VERBS.done).data, channelMessage('', { from: BO, timestamp: at(7) })));
      await h.say(channelMessage('/påmind kl. 10', { from: BO, timestamp: at(8) }));
      const withBo = cardOf(
        (await h.say(mentioning('/log møde med Rebild om mikrolån sammen med', BO, { from: ANNE, timestamp: at(9) })))[0],
      );
      assert.equal(cardFacts(withBo).Kolleger, 'Bo Madsen');
      // The registry: Bo sets a status, adds a result and marks an approval; Anne's result names him.
      await h.say(
        channelMessage('/forsøg status mentor helt ophør 1. januar 2020: Bo Madsen skrev til STAR', { from: BO, timestamp: at(9) }),
      );
      await h.say(channelMessage('/resultat mentor: 30 i job efter et år', { from: BO, timestamp: at(9), id: 'act-bo-result' }));
      await h.say(
        channelMessage('/resultat lægeattester: Bo Madsen talte 2.000 færre lægeattester', {
          from: ANNE,
          timestamp: at(9),
          id: 'act-anne-result',
        }),
      );
      await h.say(channelMessage('/forsøg titel mentor: Mentorforsøget', { from: BO, timestamp: at(9) }));
      await h.say(channelMessage('/frist Politisk godkendelse i alle kommuner december 2024', { from: ANNE, timestamp: at(9) }));
      await h.say(channelMessage('/godkendt Hjørring politisk godkendelse 19. november', { from: BO, timestamp: at(9) }));
      assert.ok((await rowsHolding(tables, 'Bo Madsen')).length >= 14);

      const confirm = cardOf((await h.say(channelMessage('/glem Bo Madsen', { from: KAREN, timestamp: at(10) })))[0]);
      const counts = cardFacts(confirm);
      assert.equal(counts.Logposter, '3'); // the two he wrote, and Anne's he took part in; the undone one lives in its records
      assert.equal(counts['Frister og arrangementer'], '2'); // the deadline he marked done, and the approval run he marked
      assert.equal(counts.Indstillinger, '1');
      assert.equal(counts.Resultater, '2'); // the one he added, and Anne's that names him
      assert.ok(Number(counts['Rækker i forsøgsregistret']) >= 3); // the status, and the record and its copy
      assert.ok(Number(counts['Ændringer i historikken']) >= 5);
      // A colleague who is no admin cannot press Bekræft either.
      const refused = await h.post(
        cardAction(ERASE_VERBS.confirm, action(confirm, ERASE_VERBS.confirm).data, channelMessage('', { from: ANNE, timestamp: at(11) })),
      );
      assert.match(refused.body.value, /Kun administratorer/);
      assert.ok((await rowsHolding(tables, 'Bo Madsen')).length > 0, 'nothing erased on a refused press');

      const confirmed = await h.post({
        ...cardAction(
          ERASE_VERBS.confirm,
          action(confirm, ERASE_VERBS.confirm).data,
          channelMessage('', { from: KAREN, timestamp: at(12) }),
        ),
        replyToId: 'glem-card',
      });
      assert.match(cardText(confirmed.body.value), /Slettet: \d+ rækker ændret af Karen Lund/);
      assert.doesNotMatch(JSON.stringify(confirmed.body.value), /Bo Madsen/);
      assert.ok(h.connector.updated.some((u) => u.replyToId === 'glem-card' && !JSON.stringify(u.activity).includes('Bo Madsen')));

      const found = cardText(cardOf((await h.say(channelMessage('/søg mikrolån', { from: ANNE, timestamp: at(13) })))[0]));
      assert.match(found, /tidligere medlem/);
      assert.doesNotMatch(found, /Bo Madsen/);
      const who = cardText(cardOf((await h.say(channelMessage('/hvem KL', { from: ANNE, timestamp: at(14) })))[0]));
      assert.match(who, /tidligere medlem/);
      // The registry: his status, result and mark say "tidligere medlem", on the page and in its history.
      const page = cardOf((await h.say(channelMessage('/forsøg mentor', { from: ANNE, timestamp: at(14) })))[0]);
      assert.match(cardText(page), /30 i job efter et år\n · tilføjet af tidligere medlem/);
      assert.match(cardText(page), /tidligere medlem skrev til STAR/);
      const pageHistory = cardText(
        (
          await h.post(
            cardAction(HISTORY_VERBS.show, action(page, HISTORY_VERBS.show).data, channelMessage('', { from: ANNE, timestamp: at(14) })),
          )
        ).body.value,
      );
      assert.match(pageHistory, /tidligere medlem\nResultat tilføjet/);
      assert.doesNotMatch(pageHistory, /Bo Madsen/);
      assert.match(
        cardText(cardOf((await h.say(channelMessage('/søg lægeattester', { from: ANNE, timestamp: at(14) })))[0])),
        /tidligere medlem talte 2\.000 færre/,
      );
      assert.match(
        cardText(cardOf((await h.say(channelMessage('/kommune Hjørring', { from: ANNE, timestamp: at(14) })))[0])),
        /af tidligere medlem/,
      );
      const history = cardText(cardOf((await h.say(channelMessage('/historik hjørring', { from: ANNE, timestamp: at(15) })))[0]));
      assert.match(history, /tidligere medlem/);

      assert.deepEqual(await rowsHolding(tables, 'Bo Madsen', BO.aadObjectId), []);
      // The entries stay: the group's record.
      const entries = await tables.log.range(SCOPE, 'entry|', 'entry|\uffff');
      assert.equal(entries.length, 3);
      // Taken off the entry he took part in; the text that named him says "tidligere medlem".
      const rebild = entries.find((e) => String(e.text).includes('Rebild'))!;
      assert.equal(rebild.participants, undefined);
      assert.equal(rebild.text, 'møde med Rebild om mikrolån sammen med tidligere medlem');
      // His registry rows stay, with his name and id gone.
      assert.deepEqual(
        (await tables.scopes.range(SCOPE, 'x|', 'x|\uffff', { where: [{ property: 'byAadId', op: 'eq', value: 'tidligere medlem' }] }))
          .map((r) => r.rowKey.split('|')[2])
          .sort(),
        ['h', 'r'],
      );
      // Anne's rows keep her id: an id beside his name in the same row (a deadline she wrote that he marked done, her
      // result that names him) is hers, not his.
      assert.ok((await rowsHolding(tables, ANNE.aadObjectId)).some((r) => r.includes('x|lægeattester|r|')));
      assert.equal((await tables.items.range(SCOPE, 'item|', 'item|\uffff')).filter((r) => r.authorAadId === ANNE.aadObjectId).length, 2);
      // The erasure is recorded: who, when, how many rows; not the name.
      const records = await tables.scopes.range(SCOPE, 'hist|erasure|', 'hist|erasure|\uffff');
      assert.equal(records.length, 1);
      assert.equal(records[0].byName, 'Karen Lund');
      assert.ok(Number(JSON.parse(String(records[0].after)).rows) >= 8);

      // Again: nothing more to do, and nothing breaks.
      const [again] = await h.say(channelMessage('/glem Bo Madsen', { from: KAREN, timestamp: at(16) }));
      assert.match(again.text, /fandt intet om "Bo Madsen"/);
      const pressedAgain = await h.post(
        cardAction(ERASE_VERBS.confirm, action(confirm, ERASE_VERBS.confirm).data, channelMessage('', { from: KAREN, timestamp: at(17) })),
      );
      assert.match(cardText(pressedAgain.body.value), /Slettet: 0 rækker/);
    });

    it('/glem tekst replaces a named outside person with "[slettet]" in texts, their history and the index', async () => {
      const tables = h.app.storage.tables;
      await h.say(channelMessage('/interessent tilføj Jens Kragholm', { from: ANNE, timestamp: at(20) }));
      const entry = cardOf((await h.say(channelMessage('/log møde med Jens Kragholm om mikrolån', { from: ANNE, timestamp: at(21) })))[0]);
      await h.post(
        cardAction(
          LOG_VERBS.update,
          {
            entry: action(entry, LOG_VERBS.edit).data.entry,
            kind: 'meeting',
            text: 'møde med Jens Kragholm om mikrolån og mentor',
            lang: 'da',
          },
          channelMessage('', { from: ANNE, timestamp: at(22) }),
        ),
      );
      await h.say(channelMessage('/arrangement Oplæg for Jens Kragholm 3. december', { from: ANNE, timestamp: at(23) }));
      await h.say(
        channelMessage('/resultat samtaler: Jens Kragholm fra STAR kaldte 40 sparede samtaler en succes', {
          from: ANNE,
          timestamp: at(23),
          id: 'act-kragholm',
        }),
      );
      await h.say(
        channelMessage('/forsøg status samtaler delvist ophør 1. januar 2020: efter brev fra Jens Kragholm', {
          from: ANNE,
          timestamp: at(23),
        }),
      );
      assert.match(cardText(cardOf((await h.say(channelMessage('/søg kragholm', { timestamp: at(24) })))[0])), /3 fund/);
      // The result's search rows hold his name in their keys.
      assert.ok((await tables.scopes.range(SCOPE, 'xw|kragholm|', 'xw|kragholm|\uffff')).length === 1);

      const [refused] = await h.say(channelMessage('/glem tekst Jens Kragholm', { from: ANNE, timestamp: at(25) }));
      assert.match(refused.text, /Kun administratorer/);
      const confirm = cardOf((await h.say(channelMessage('/glem tekst Jens Kragholm', { from: KAREN, timestamp: at(26) })))[0]);
      assert.match(cardText(confirm), /Fjern "Jens Kragholm" fra teamets tekster/);
      assert.equal(cardFacts(confirm).Logposter, '1');
      assert.equal(cardFacts(confirm)['Navne på interessentlisten'], '1');
      assert.equal(cardFacts(confirm).Resultater, '1');
      const confirmed = await h.post(
        cardAction(ERASE_VERBS.confirm, action(confirm, ERASE_VERBS.confirm).data, channelMessage('', { from: KAREN, timestamp: at(27) })),
      );
      assert.match(cardText(confirmed.body.value), /Slettet/);

      const found = cardText(cardOf((await h.say(channelMessage('/søg mikrolån mentor', { timestamp: at(28) })))[0]));
      assert.match(found, /møde med \[slettet\] om mikrolån og mentor/);
      assert.match(cardText(cardOf((await h.say(channelMessage('/søg kragholm', { timestamp: at(29) })))[0])), /Intet fundet/);
      const samtaler = cardText(cardOf((await h.say(channelMessage('/forsøg samtaler', { timestamp: at(29) })))[0]));
      assert.match(samtaler, /\[slettet\] fra STAR kaldte 40 sparede samtaler en succes/);
      assert.match(samtaler, /efter brev fra \[slettet\]/);
      // The result is still found by its other words.
      assert.match(
        cardText(cardOf((await h.say(channelMessage('/søg sparede samtaler', { timestamp: at(29) })))[0])),
        /\[slettet\] fra STAR/,
      );
      assert.deepEqual(await rowsHolding(tables, 'Kragholm'), []);
      // The colleagues stay who they are.
      assert.ok((await rowsHolding(tables, 'Anne Sørensen')).length > 0);
    });
  });
}

describe('retention and housekeeping on an injected clock', () => {
  let h: Harness;
  const clock = new FixedClock(DateTime.fromISO('2024-11-20T09:00:00Z'));
  before(async () => {
    h = await startHarness({ RETENTION_YEARS: '2' }, { clock });
  });
  after(async () => {
    await h.stop();
  });

  it('deletes entries and items older than RETENTION_YEARS with their history, old claims and removed teams', async () => {
    const { claims, conversations } = h.app.services;
    const { tables } = h.app.storage;
    await h.say(channelMessage('/log møde med KL om gamle mikrolån 14.6.2022', { timestamp: at(0) }));
    await h.say(channelMessage('/log møde med KL om nye mikrolån', { timestamp: at(1) }));
    await h.say(channelMessage('/frist Gammel rapport om mikrolån 1. maj 2022', { timestamp: at(2) }));
    await h.say(channelMessage('/frist Ny rapport om mikrolån 1. december', { timestamp: at(3) }));

    // A claim sent long ago and one of last week; a team the bot was removed from (a 403 after its last message).
    const old = await claims.claim(SCOPE, 'digest-2024-W20', 'test', DateTime.fromISO('2024-05-13T07:00:00Z'), 60_000);
    await claims.markSent(old!, DateTime.fromISO('2024-05-13T07:00:01Z'));
    const recent = await claims.claim(SCOPE, 'digest-2024-W46', 'test', DateTime.fromISO('2024-11-11T07:00:00Z'), 60_000);
    await claims.markSent(recent!, DateTime.fromISO('2024-11-11T07:00:01Z'));
    const goneScope = 'tenant|team|removed';
    await conversations.remember(
      {
        scopeKey: goneScope,
        kind: 'team',
        serviceUrl: h.connector.url,
        channelId: 'msteams',
        tenantId: 't',
        conversationId: 'c',
        bot: { id: 'b', name: 'Tovholder' },
      },
      '2024-11-01T00:00:00.000Z',
    );
    const gone = await claims.claim(goneScope, 'digest-2024-W46', 'test', DateTime.fromISO('2024-11-11T07:00:00Z'), 60_000);
    await claims.markGone(gone!, 'status 403', DateTime.fromISO('2024-11-11T07:00:02Z'));

    // The day after the first tick's housekeeping, 2024-11-21: 2 years back is 2022-11-21.
    clock.current = DateTime.fromISO('2024-11-21T09:00:00Z');
    await h.app.scheduler.tick();

    assert.deepEqual(await rowsHolding(tables, 'gamle mikrolån', 'Gammel rapport'), []);
    const found = cardText(cardOf((await h.say(channelMessage('/søg mikrolån', { timestamp: at(10) })))[0]));
    assert.match(found, /nye mikrolån/);
    assert.match(found, /Ny rapport/);
    assert.match(found, /2 fund/);
    assert.equal(await claims.state(SCOPE, 'digest-2024-W20'), undefined);
    assert.equal((await claims.state(SCOPE, 'digest-2024-W46'))?.state, 'sent');
    assert.equal(await conversations.get(goneScope), undefined);
    assert.ok(await conversations.get(SCOPE), 'the live team stays');
  });

  it('keeps everything without RETENTION_YEARS, but still cleans up claims', async () => {
    const keepClock = new FixedClock(DateTime.fromISO('2024-11-20T09:00:00Z'));
    const k = await startHarness({}, { clock: keepClock });
    try {
      await k.say(channelMessage('/log møde med KL om gamle mikrolån 14.6.2019', { timestamp: at(0) }));
      const old = await k.app.services.claims.claim(SCOPE, 'digest-2024-W01', 'test', DateTime.fromISO('2024-01-01T07:00:00Z'), 60_000);
      await k.app.services.claims.markSent(old!, DateTime.fromISO('2024-01-01T07:00:01Z'));
      const report = await k.app.scheduler.housekeep();
      assert.equal(report.entries, 0);
      assert.equal(report.claims, 1);
      assert.equal((await rowsHolding(k.app.storage.tables, 'gamle mikrolån')).length > 0, true);
    } finally {
      await k.stop();
    }
  });
});
