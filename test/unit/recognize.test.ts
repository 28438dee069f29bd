import assert from 'node:assert/strict';
import { recognize, unnamedMinister, type RecognizeLists } from '../../domain/recognize';
import { MUNICIPALITIES, SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';

const seed: RecognizeLists = { stakeholders: SEED_STAKEHOLDERS, experiments: SEED_EXPERIMENTS };
const found = (text: string) => recognize(text, seed);

describe('recognize', () => {
  it('finds canonical names case-insensitively', () => {
    const r = found('møde med kl og star om MIKROLÅN');
    assert.deepEqual(r.stakeholders, ['KL', 'STAR']);
    assert.deepEqual(r.experiments, ['mikrolån']);
  });

  it('tolerates Danish inflection', () => {
    assert.deepEqual(found('Brev til beskæftigelsesministeren').stakeholders, ['Beskæftigelsesministeren']);
    assert.deepEqual(found('Beskæftigelsesministerens svar').stakeholders, ['Beskæftigelsesministeren']);
    assert.deepEqual(found('Jyllandspostens artikel').outlets, ['Jyllandsposten']);
    assert.deepEqual(found('Mikrolånet virker').experiments, ['mikrolån']);
    assert.deepEqual(found('Evaluering af mikrolånsforsøget').experiments, ['mikrolån']);
    assert.deepEqual(found('Mentorordningen og samtalerne').experiments, ['mentor', 'samtaler']);
    assert.deepEqual(found('lægeattesterne og rehabiliteringsteamet').experiments, ['lægeattester', 'rehabiliteringsteams']);
    assert.deepEqual(found('Foretræde for beskæftigelsesudvalget').stakeholders, ['Folketingets Beskæftigelsesudvalg']);
    assert.deepEqual(found('KKR-formandskabet godkendte').stakeholders, ['KKR-formandskab']);
    assert.deepEqual(found("STAR's besøg og KL's træf").stakeholders, ['STAR', 'KL']);
  });

  it('keeps the minister and the ministry apart, and a bare "ministeren" or "ministeriet" unknown (the card says so)', () => {
    assert.deepEqual(found('Beskæftigelsesministeriet og Beskæftigelsesministeren').stakeholders, [
      'Beskæftigelsesministeriet',
      'Beskæftigelsesministeren',
    ]);
    assert.deepEqual(found('Vi sender den til ministeriet').stakeholders, []);
    assert.deepEqual(found('Brev til ministeren').stakeholders, []);
    assert.equal(unnamedMinister('Brev til ministeren', []), 'ministeren');
    assert.equal(unnamedMinister('Brev til ministeren', ['Beskæftigelsesministeren']), undefined);
    assert.equal(unnamedMinister('Brev til Beskæftigelsesministeren', ['Beskæftigelsesministeren']), undefined);
    assert.equal(unnamedMinister('Letter to the minister', []), 'the minister');
  });

  it('takes "Beskæftigelsesudvalget" for the parliament\'s committee only with "Folketingets" or at a hearing', () => {
    assert.deepEqual(found('oplæg på Beskæftigelsesudvalgets temadag').stakeholders, []);
    assert.deepEqual(found('brev til Folketingets Beskæftigelsesudvalg').stakeholders, ['Folketingets Beskæftigelsesudvalg']);
    assert.deepEqual(found('foretræde for beskæftigelsesudvalget').stakeholders, ['Folketingets Beskæftigelsesudvalg']);
  });

  it('finds municipalities however they are written', () => {
    assert.deepEqual(found('Hjørring Kommune og i Thisted').municipalities, ['Hjørring', 'Thisted']);
    assert.deepEqual(found('Vesthimmerlands Kommune, Ålborg og Læsø').municipalities, ['Vesthimmerland', 'Aalborg', 'Læsø']);
    assert.deepEqual(found(MUNICIPALITIES.join(', ')).municipalities, [...MUNICIPALITIES]);
  });

  it('lets the longest name win', () => {
    const r = found('Indslag i TV2 Nord');
    assert.deepEqual(r.outlets, ['TV2 Nord']);
    assert.deepEqual(found('TV 2 Nord og senere TV2').outlets, ['TV2 Nord', 'TV2']);
    assert.deepEqual(found('KKR-formandskab').stakeholders, ['KKR-formandskab']);
    assert.deepEqual(found('Social- og Indenrigsministeriet').stakeholders, ['Social- og Indenrigsministeriet']);
  });

  it('respects word boundaries', () => {
    assert.deepEqual(found('klokken er mange og P45 er ikke P4').stakeholders, ['P4']);
    assert.deepEqual(found('Politik er alting').stakeholders, []);
    assert.deepEqual(found('start her').stakeholders, []);
  });

  it('does not take the time of day for KL', () => {
    assert.deepEqual(found('Mødet er kl. 10').stakeholders, []);
    assert.deepEqual(found('vi ses kl 14').stakeholders, []);
    assert.deepEqual(found('Mødet med KL er kl. 10').stakeholders, ['KL']);
  });

  it('does not take "nordjyske kommuner" for the newspaper', () => {
    assert.deepEqual(found('de nordjyske kommuner').outlets, []);
    assert.deepEqual(found('Interview i Nordjyske').outlets, ['Nordjyske']);
  });

  it('reports outlets as stakeholders too, each name once', () => {
    const r = found('P1, P4, DR og Jyllands-Posten, igen P1 og JP');
    assert.deepEqual(r.outlets, ['P1', 'P4', 'DR', 'Jyllandsposten']);
    assert.deepEqual(r.stakeholders, ['P1', 'P4', 'DR', 'Jyllandsposten']);
  });

  it('understands the English aliases', () => {
    const r = found('Met the employment minister about micro-loans and doctors’ certificates');
    assert.deepEqual(r.stakeholders, ['Beskæftigelsesministeren']);
    assert.deepEqual(r.experiments, ['mikrolån', 'lægeattester']);
  });

  it('uses the lists it is given', () => {
    const lists: RecognizeLists = {
      stakeholders: [{ name: 'Aalborg Universitet', aliases: ['AAU'], outlet: false }],
      experiments: [{ name: 'fleksjob', aliases: [] }],
    };
    const r = recognize('AAU og Aalborg Universitet om fleksjobbene i Aalborg; ikke KL', lists);
    assert.deepEqual(r.stakeholders, ['Aalborg Universitet']);
    assert.deepEqual(r.experiments, ['fleksjob']);
    assert.deepEqual(r.municipalities, ['Aalborg']);
  });

  it('finds nothing in empty or unrelated text', () => {
    assert.deepEqual(found(''), { stakeholders: [], outlets: [], experiments: [], municipalities: [] });
    assert.deepEqual(found('Hvad skal vi have til frokost?'), { stakeholders: [], outlets: [], experiments: [], municipalities: [] });
  });
});
