// The registry's pure rules: figures in Danish number forms, status words and the status command, the approvals tally.
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { findFigures } from '../../domain/figures';
import { matchExperiment, parseStatus, parseStatusCommand, statusCounts, currentStatus, type StatusChange } from '../../domain/experiments';
import {
  applyMark,
  APPROVAL_CIRCLES,
  APPROVER_ALIASES,
  approverIn,
  closestApprover,
  isMunicipalRun,
  namesAllMunicipalities,
  readApprovalChain,
  removeMark,
  tallyOf,
} from '../../domain/approvals';
import { matchMunicipality, municipalitiesIn } from '../../domain/municipalities';
import { findPeriodInText } from '../../domain/dates';
import { MUNICIPALITIES, SEED_EXPERIMENTS } from '../../domain/vocabulary';
import type { ApprovalMark, Item } from '../../domain/items';
import { reminderCard } from '../../cards/reminderCard';
import { cardText } from '../support/botHarness';
import { keepLink, linkResult, resultUses, RESULT_LINK_CHARS, type LogEntry } from '../../domain/logEntry';
import { experimentCard } from '../../cards/experimentCard';

const TODAY = DateTime.fromISO('2020-11-20T10:00:00', { zone: 'Europe/Copenhagen' });

describe('figures in Danish number forms', () => {
  it('reads the lægeattester result: a thousands dot, a decimal comma with mio. kr., hours, and no ordinal or year', () => {
    const text = 'ca. 2.000 færre lægeattester i 2. halvår 2018 sparede ca. 2,5 mio. kr. og ca. 1.300 lægetimer';
    const period = findPeriodInText(text, { today: TODAY, yearRule: 'past' });
    assert.ok(period && 'period' in period);
    assert.deepEqual(period.period.start, '2018-07-01');
    const figures = findFigures(text, [period]);
    assert.deepEqual(
      figures.map((f) => [f.value, f.unit, f.text, f.approx]),
      [
        [2000, 'færre lægeattester', 'ca. 2.000', true],
        [2500000, 'kr.', 'ca. 2,5 mio. kr.', true],
        [1300, 'lægetimer', 'ca. 1.300', true],
      ],
    );
  });

  it('reads "5 mio.", per cent, and keeps years and ordinals out even without a known period', () => {
    assert.deepEqual(
      findFigures('besparelse på 5 mio.').map((f) => [f.value, f.unit]),
      [[5000000, '']],
    );
    assert.deepEqual(
      findFigures('40 % flere i job i 2019').map((f) => [f.value, f.unit]),
      [[40, '%']],
    );
    assert.deepEqual(
      findFigures('1,5 mia. kr. over 3. kvartal').map((f) => [f.value, f.unit]),
      [[1500000000, 'kr.']],
    );
    assert.deepEqual(
      findFigures('12.345 borgere og 17 virksomheder').map((f) => [f.value, f.unit]),
      [
        [12345, 'borgere'],
        [17, 'virksomheder'],
      ],
    );
    assert.deepEqual(findFigures('ingen tal her, kun 2. halvår'), []);
  });
});

describe('experiment statuses', () => {
  it('knows the five statuses in Danish and English, whole words only', () => {
    assert.equal(parseStatus('i gang'), 'running');
    assert.equal(parseStatus('Fortsætter'), 'continuing');
    assert.equal(parseStatus('delvist ophør'), 'partlyEnded');
    assert.equal(parseStatus('helt ophørt'), 'fullyEnded');
    assert.equal(parseStatus('imødekommet'), 'accommodated');
    assert.equal(parseStatus('fully ended'), 'fullyEnded');
    assert.equal(parseStatus('lukket'), undefined);
    assert.equal(parseStatus('helt ophør igen'), undefined);
  });

  it('reads "/forsøg status mentor helt ophør 1. januar 2020: note"', () => {
    const r = parseStatusCommand(
      'mentor helt ophør 1. januar 2020: forenklet lov om en aktiv beskæftigelsesindsats',
      SEED_EXPERIMENTS,
      TODAY,
    );
    assert.deepEqual(r, {
      ok: true,
      name: 'mentor',
      change: { status: 'fullyEnded', since: '2020-01-01', note: 'forenklet lov om en aktiv beskæftigelsesindsats' },
    });
    const multi = parseStatusCommand('iværksætteri for dimittender delvist ophør juli 2020', SEED_EXPERIMENTS, TODAY);
    assert.ok(multi.ok);
    assert.equal(multi.name, 'iværksætteri for dimittender');
    assert.equal(multi.change.status, 'partlyEnded');
    assert.equal(multi.change.since, '2020-07-01');
    assert.equal(multi.change.period?.form.kind, 'month');
  });

  it('says what is wrong: an unknown experiment (with a suggestion), a status word not in the list, a date that does not exist', () => {
    assert.deepEqual(parseStatusCommand('lægeatester i gang 1. marts 2020', SEED_EXPERIMENTS, TODAY), {
      ok: false,
      code: 'unknownExperiment',
      query: 'lægeatester',
      suggestion: 'lægeattester',
    });
    assert.deepEqual(parseStatusCommand('mentor lukket 1. januar 2020', SEED_EXPERIMENTS, TODAY), {
      ok: false,
      code: 'unknownStatus',
      name: 'mentor',
      word: 'lukket',
    });
    assert.deepEqual(parseStatusCommand('mentor helt ophør 31. februar 2020', SEED_EXPERIMENTS, TODAY), {
      ok: false,
      code: 'impossibleDate',
      date: '31. februar 2020',
    });
  });

  it('finds an experiment by name, alias or inflection, and suggests the nearest for a typo', () => {
    assert.deepEqual(matchExperiment('Lægeattester', SEED_EXPERIMENTS), { name: 'lægeattester' });
    assert.deepEqual(matchExperiment('mikrolånsforsøget', SEED_EXPERIMENTS), { name: 'mikrolån' });
    assert.deepEqual(matchExperiment('mentorordning', SEED_EXPERIMENTS), { name: 'mentor' });
    assert.deepEqual(matchExperiment('lægeatester', SEED_EXPERIMENTS), { suggestion: 'lægeattester' });
    assert.deepEqual(matchExperiment('fodbold', SEED_EXPERIMENTS), {});
  });

  it('takes the latest status by the day it took effect, and counts by status', () => {
    const c = (status: StatusChange['status'], since: string, at: string): StatusChange => ({ status, since, note: '', by: 'Anne', at });
    const history = [c('running', '2018-01-01', '2020-11-01T10:00:00Z'), c('fullyEnded', '2020-01-01', '2020-11-01T09:00:00Z')];
    assert.equal(currentStatus(history)?.status, 'fullyEnded');
    assert.deepEqual(statusCounts([{ status: history[0] }, { status: history[0] }, { status: history[1] }, {}]), [
      { status: 'running', count: 2 },
      { status: 'fullyEnded', count: 1 },
      { status: 'none', count: 1 },
    ]);
  });
});

describe('the approvals tally', () => {
  const run = (): Item => ({
    id: 'i1',
    type: 'deadline',
    title: 'Politisk godkendelse i alle kommuner',
    done: false,
    authorName: 'Anne',
    authorAadId: 'a',
    writtenAt: '2020-10-01T08:00:00Z',
    approvers: [...MUNICIPALITIES],
    approvals: [],
  });
  const mark = (who: string, by = 'Anne'): ApprovalMark => ({ who, on: '2020-11-20', by, byAadId: by, at: `2020-11-20T10:00:00Z` });

  it('knows an "alle kommuner" title', () => {
    assert.ok(namesAllMunicipalities('Politisk godkendelse i alle kommuner'));
    assert.ok(namesAllMunicipalities('Byrådsbehandling i alle 11 kommuner'));
    assert.ok(namesAllMunicipalities('Approval in all municipalities'));
    assert.ok(!namesAllMunicipalities('Godkendelse i styregruppen'));
  });

  it("counts marks in the approvers' order, names who is missing, and is done when all 11 are marked", () => {
    let item = run();
    for (const who of ['Aalborg', 'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Vesthimmerland'])
      item = applyMark(item, mark(who)).item;
    const tally = tallyOf(item)!;
    assert.equal(tally.approved.length, 7);
    assert.deepEqual(tally.missing, ['Læsø', 'Morsø', 'Rebild', 'Thisted']);
    assert.equal(item.done, false);
    assert.equal(applyMark(item, mark('Aalborg')).outcome, 'alreadyMarked');
    assert.equal(applyMark(item, mark('KL')).outcome, 'notAnApprover');
    for (const who of tally.missing) item = applyMark(item, mark(who, 'Mette')).item;
    assert.ok(tallyOf(item)!.complete);
    assert.equal(item.done, true);
    assert.equal(item.doneBy, 'Mette');
    const back = removeMark(item, 'Thisted');
    assert.equal(back.outcome, 'unmarked');
    assert.equal(back.item.done, false);
    assert.deepEqual(tallyOf(back.item)!.missing, ['Thisted']);
    assert.equal(removeMark(back.item, 'Thisted').outcome, 'notMarked');
  });

  it('names the municipalities still missing on a reminder before the deadline', () => {
    let item: Item = {
      ...run(),
      period: { start: '2020-11-01', end: '2020-12-31', form: { kind: 'span', from: { kind: 'month' }, to: { kind: 'month' } } },
    };
    for (const who of ['Aalborg', 'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Vesthimmerland'])
      item = applyMark(item, mark(who)).item;
    const { card } = reminderCard(item, 7, 'da', DateTime.fromISO('2020-12-24T09:00', { zone: 'Europe/Copenhagen' }));
    assert.match(cardText(card), /Mangler stadig: Læsø, Morsø, Rebild og Thisted/);
  });

  it('finds the approver in a /godkendt text (inflected, or spelt Ålborg) and leaves the item words', () => {
    assert.deepEqual(approverIn('Hjørring politisk godkendelse', MUNICIPALITIES), { who: 'Hjørring', rest: 'politisk godkendelse' });
    assert.deepEqual(approverIn('politisk godkendelse Ålborg', MUNICIPALITIES), { who: 'Aalborg', rest: 'politisk godkendelse' });
    assert.deepEqual(approverIn('Jobcenterchefkredsen evaluering', ['Jobcenterchefkredsen', 'KKR']), {
      who: 'Jobcenterchefkredsen',
      rest: 'evaluering',
    });
    assert.equal(approverIn('politisk godkendelse', MUNICIPALITIES), undefined);
  });

  it('matches a municipality, or suggests one, or none', () => {
    assert.deepEqual(matchMunicipality('Hjørring Kommune'), { name: 'Hjørring' });
    assert.deepEqual(matchMunicipality('Ålborg'), { name: 'Aalborg' });
    assert.deepEqual(matchMunicipality('Hjöring'), { suggestion: 'Hjørring' });
    assert.deepEqual(matchMunicipality('Odense'), {});
    assert.deepEqual(municipalitiesIn('Aalborg, Thisted og Hjørring'), ['Aalborg', 'Hjørring', 'Thisted']);
    assert.equal(municipalitiesIn('alle').length, 11);
  });
});

describe('the result an entry used (its talking point)', () => {
  const entry: LogEntry = {
    id: 'e1',
    kind: 'press',
    text: 'Nordjyske om lægeattester',
    happenedOn: '2020-10-09',
    authorName: 'Anne',
    authorAadId: 'a',
    writtenAt: '2020-10-09T08:00:00Z',
    stakeholders: ['Nordjyske'],
    outlets: ['Nordjyske'],
    experiments: ['lægeattester'],
    municipalities: [],
    words: [],
  };
  const result = { id: 'r1', experiment: 'lægeattester', text: 'ca. 2.000 færre lægeattester i 2. halvår 2018' };

  it('links one result, replaces it with another, and takes it away; a long text is cut', () => {
    const linked = linkResult(entry, result);
    assert.deepEqual(linked.result, result);
    assert.equal(linkResult(linked, { ...result, id: 'r2' }).result?.id, 'r2');
    assert.equal('result' in linkResult(linked, undefined), false);
    assert.equal(linkResult(entry, { ...result, text: 'x'.repeat(500) }).result!.text.length, RESULT_LINK_CHARS);
    assert.equal(entry.result, undefined, 'the entry given is not changed');
  });

  it('keeps the link through an edit while the entry is still about its experiment', () => {
    const linked = linkResult(entry, result);
    assert.deepEqual(keepLink(linked, { ...entry, text: 'Nordjyske skrev om lægeattester' }).result, result);
    assert.equal(keepLink(linked, { ...entry, experiments: ['mikrolån'] }).result, undefined);
  });

  it('counts the uses of each result and the day of the latest', () => {
    const uses = resultUses([
      { happenedOn: '2020-10-12', result: 'r1' },
      { happenedOn: '2020-10-09', result: 'r1' },
      { happenedOn: '2020-10-20' },
      { happenedOn: '2020-09-01', result: 'r2' },
    ]);
    assert.deepEqual(uses.get('r1'), { count: 2, last: '2020-10-12' });
    assert.deepEqual(uses.get('r2'), { count: 1, last: '2020-09-01' });
    assert.equal(uses.size, 2);
  });

  it('shows the uses beside each result on the experiment page, in Danish and English', () => {
    const page = {
      record: { name: 'lægeattester', aliases: [], municipalities: [] },
      history: [],
      results: [
        { ...result, figures: [], by: 'Anne', byAadId: 'a', at: '2020-10-02T08:00:00Z' },
        {
          id: 'r2',
          experiment: 'lægeattester',
          text: '5 mio. kr. sparet',
          figures: [],
          by: 'Anne',
          byAadId: 'a',
          at: '2020-10-02T08:00:00Z',
        },
      ],
    };
    const hits = [
      {
        id: 'e2',
        happenedOn: '2020-10-12',
        kind: 'meeting' as const,
        entryKey: 'k2',
        stakeholders: [],
        outlets: [],
        text: 'møde',
        authorName: 'Mette',
        result: 'r1',
      },
      {
        id: 'e1',
        happenedOn: '2020-10-09',
        kind: 'press' as const,
        entryKey: 'k1',
        stakeholders: [],
        outlets: ['Nordjyske'],
        text: 'presse',
        authorName: 'Anne',
        result: 'r1',
      },
    ];
    const da = cardText(experimentCard(page, hits, [], 'da', TODAY, ''));
    assert.match(da, /brugt 2 gange, senest mandag d\. 12\. oktober/);
    assert.equal(da.match(/brugt/g)!.length, 1, 'the unused result says nothing');
    assert.match(cardText(experimentCard(page, hits.slice(1), [], 'en', TODAY, '')), /used once, last Friday 9 October/);
  });
});

describe('a chain of approvers (/godkendelse)', () => {
  it('reads the deadline before the last "af" and the approvers after it, in order, in the network\'s spelling', () => {
    assert.deepEqual(
      readApprovalChain(
        'Godkendelse af evalueringsrapport marts 2021 af Jobcenterchefkredsen, beskæftigelsesdirektørerne → KD-kredsen og KKR',
      ),
      {
        ok: true,
        deadline: 'Godkendelse af evalueringsrapport marts 2021',
        approvers: ['Jobcenterchefkredsen', 'Beskæftigelsesdirektørkredsen', 'Kommunaldirektørkredsen', 'KKR'],
      },
    );
    assert.deepEqual(readApprovalChain('Final report by KKR and Ålborg Kommune'), {
      ok: true,
      deadline: 'Final report',
      approvers: ['KKR', 'Aalborg'],
    });
    // "alle kommuner" in a chain is the 11; an approver named twice counts once; anyone else is kept as written.
    const r = readApprovalChain('Budget af Jobcenterchefkredsen, alle kommuner, KKR, kkr og Regionsrådet');
    assert.ok(r.ok);
    assert.equal(r.approvers.length, 1 + 11 + 1 + 1);
    assert.equal(r.approvers.at(-1), 'Regionsrådet');
  });

  it('answers what cannot be read', () => {
    assert.deepEqual(readApprovalChain('Evalueringsrapport marts 2021'), { ok: false, code: 'how' });
    assert.deepEqual(readApprovalChain('af KKR'), { ok: false, code: 'how' });
    assert.equal((readApprovalChain(`X af ${'y'.repeat(61)}`) as { code: string }).code, 'tooLong');
    assert.equal(
      (readApprovalChain(`X af ${Array.from({ length: 21 }, (_, i) => `Kreds ${i}`).join(', ')}`) as { code: string }).code,
      'tooMany',
    );
  });

  it('suggests the approver a typo was near, and tells a run of the 11 from another chain', () => {
    assert.equal(closestApprover('Jobcenterchefkresen', APPROVAL_CIRCLES), 'Jobcenterchefkredsen');
    assert.equal(closestApprover('Odense', APPROVAL_CIRCLES), undefined);
    assert.equal(isMunicipalRun({ approvers: [...MUNICIPALITIES] }), true);
    assert.equal(isMunicipalRun({ approvers: [...APPROVAL_CIRCLES] }), false);
    assert.deepEqual(approverIn('kommunaldirektørerne rapport', APPROVAL_CIRCLES, APPROVER_ALIASES), {
      who: 'Kommunaldirektørkredsen',
      rest: 'rapport',
    });
  });
});
