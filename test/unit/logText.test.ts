import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { comingEventTitle, interpretLog, readLogDate } from '../../domain/logText';
import { formatPeriod } from '../../domain/periodFormat';

const zone = 'Europe/Copenhagen';
const at = (iso: string) => DateTime.fromISO(iso, { zone });
const LISTS = { stakeholders: [], experiments: [], municipalities: [] };

function read(text: string, when: string) {
  const r = readLogDate(text, at(when));
  if ('impossible' in r) throw new Error(`impossible: ${r.impossible}`);
  return r;
}

describe('dates in a /log text', () => {
  it('a day ahead without a year is coming, not last year: the entry stays on the day it was logged', () => {
    const r = read('Brev fra ministeriet: møde d. 12. november om mikrolån', '2019-10-08T10:00');
    assert.equal(r.happenedOn, '2019-10-08');
    assert.deepEqual(r.coming, { start: '2019-11-12', end: '2019-11-12', form: { kind: 'day' } });
    assert.equal(r.yearChosen, undefined);
  });

  it('a day behind without a year is when it happened (21/11 written on 25 November)', () => {
    const r = read('oplæg på KL Beskæftigelsestræf 21/11', '2019-11-25T09:00');
    assert.equal(r.happenedOn, '2019-11-21');
    assert.equal(r.coming, undefined);
    assert.equal(r.period, undefined);
  });

  it('the nearest one, across a new year: "d. 18. december" in January is last December, and says so', () => {
    const r = read('julefrokost med jobcenterchefkredsen d. 18. december', '2020-01-06T09:00');
    assert.equal(r.happenedOn, '2019-12-18');
    assert.equal(r.yearChosen, 2019);
  });

  it('"7. januar" written in late December is coming in the next year, and says so', () => {
    const r = read('henvendelse til ministeren, svar ventes 7. januar', '2019-12-20T09:00');
    assert.equal(r.happenedOn, '2019-12-20');
    assert.equal(r.coming?.start, '2020-01-07');
    assert.equal(r.yearChosen, 2020);
  });

  it('a written year is never questioned', () => {
    const r = read('foretræde d. 14. juni 2019', '2020-01-06T09:00');
    assert.equal(r.happenedOn, '2019-06-14');
    assert.equal(r.yearChosen, undefined);
  });

  it('tomorrow is coming; yesterday happened', () => {
    assert.equal(read('møde med STAR i morgen', '2020-03-10T09:00').coming?.start, '2020-03-11');
    assert.equal(read('møde med STAR i går', '2020-03-10T09:00').happenedOn, '2020-03-09');
  });

  it('a period stays a period: "i begyndelsen af oktober", "i starten af oktober", "sidst i maj"', () => {
    for (const text of ['TV2 filmede i begyndelsen af oktober', 'TV2 filmede i starten af oktober']) {
      const r = read(text, '2019-10-20T09:00');
      assert.deepEqual(r.period?.form, { kind: 'part', part: 'early' }, text);
      assert.equal(formatPeriod(r.period!, 'da', at('2019-10-20')), 'start oktober');
    }
    const late = read('artikel i Jyllandsposten sidst i maj', '2020-06-15T09:00');
    assert.equal(formatPeriod(late.period!, 'da', at('2020-06-15')), 'slut maj');
    assert.equal(late.coming, undefined);
  });

  it('"i foråret" in November is the spring just gone, not the next one', () => {
    const r = read('vi holdt tre oplæg i foråret', '2020-11-16T09:00');
    assert.equal(r.period?.start, '2020-03-01');
    assert.equal(r.period?.end, '2020-05-31');
  });

  it('a period ahead is coming ("i starten af oktober" written in September)', () => {
    const r = read('KKR-møde i starten af oktober', '2020-09-22T09:00');
    assert.equal(r.happenedOn, '2020-09-22');
    assert.equal(formatPeriod(r.coming!, 'da', at('2020-09-22')), 'start oktober');
  });

  it('a day picked in the form wins; ahead of the day it is logged it is coming', () => {
    assert.deepEqual(readLogDate('møde d. 12. november', at('2019-10-08'), { date: '2019-10-01' }), { happenedOn: '2019-10-01' });
    const r = readLogDate('møde', at('2019-10-08'), { date: '2019-10-30' });
    assert.ok(!('impossible' in r) && r.happenedOn === '2019-10-08' && r.coming?.start === '2019-10-30');
  });

  it("Edit keeps the entry's own day when the text has no date", () => {
    assert.deepEqual(readLogDate('møde med KL', at('2020-05-01'), { otherwise: '2020-04-20' }), { happenedOn: '2020-04-20' });
  });

  it('interpretLog carries period, coming and chosen year into the draft', () => {
    const r = interpretLog('henvendelse Brev fra STAR: møde d. 12. november', at('2019-10-08T10:00'), LISTS);
    assert.ok(r.ok);
    assert.equal(r.draft.happenedOn, '2019-10-08');
    assert.equal(r.draft.coming?.start, '2019-11-12');
  });

  it("the coming event's title is the text without its date words", () => {
    assert.equal(comingEventTitle('Brev fra STAR: møde d. 12. november om mikrolån', 'd. 12. november'), 'Brev fra STAR: møde om mikrolån');
    assert.equal(comingEventTitle('Invitation til JobCamp 7. november', '7. november'), 'Invitation til JobCamp');
  });
});
