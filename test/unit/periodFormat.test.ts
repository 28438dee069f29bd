import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { parsePeriod } from '../../domain/dates';
import { formatDay, formatPeriod } from '../../domain/periodFormat';
import type { Lang, Period } from '../../domain/types';

const NOV20 = DateTime.fromISO('2024-11-20T10:00', { zone: 'Europe/Copenhagen' });

function parsed(text: string): Period {
  const r = parsePeriod(text, { today: NOV20, yearRule: 'future' });
  assert.ok(r?.ok, `"${text}" should parse: ${JSON.stringify(r)}`);
  return r.period;
}

// [as written, lang, formatted with today = 2024-11-20, formatted with no today]
const roundTrips: Array<[string, Lang, string, string]> = [
  ['7. november 2024', 'da', '7. november', '7. november 2024'],
  ['d. 14. juni 2020', 'da', '14. juni 2020', '14. juni 2020'],
  ['Primo februar 2024', 'da', 'start februar', 'start februar 2024'],
  ['start oktober 2020', 'da', 'start oktober 2020', 'start oktober 2020'],
  ['medio august 2024', 'da', 'midt august', 'midt august 2024'],
  ['Ultimo august 2024', 'da', 'slut august', 'slut august 2024'],
  ['november 2024', 'da', 'november', 'november 2024'],
  ['Nov 2020', 'da', 'november 2020', 'november 2020'],
  ['marts – maj 2020', 'da', 'marts–maj 2020', 'marts–maj 2020'],
  ['marts-maj 2024', 'da', 'marts–maj', 'marts–maj 2024'],
  ['Oktober — november 2024', 'da', 'oktober–november', 'oktober–november 2024'],
  ['15. marts - juni 2024', 'da', '15. marts – juni', '15. marts – juni 2024'],
  ['1. maj - august 2020', 'da', '1. maj – august 2020', '1. maj – august 2020'],
  ['december – februar 2021', 'da', 'december 2020 – februar 2021', 'december 2020 – februar 2021'],
  ['1.-5. maj 2024', 'da', '1.–5. maj', '1.–5. maj 2024'],
  ['fra 1. maj til 15. juni 2025', 'da', '1. maj – 15. juni 2025', '1. maj – 15. juni 2025'],
  ['senest d. 15. december 2024', 'da', 'senest 15. december', 'senest 15. december 2024'],
  ['Senest d. 31. december 2020', 'da', 'senest 31. december 2020', 'senest 31. december 2020'],
  ['uge 45 2024', 'da', 'uge 45', 'uge 45 2024'],
  ['uge 45 2025', 'da', 'uge 45 2025', 'uge 45 2025'],
  ['uge 45-48 2024', 'da', 'uge 45–48', 'uge 45–48 2024'],
  ['primo marts – ultimo maj 2025', 'da', 'start marts – slut maj 2025', 'start marts – slut maj 2025'],
  ['i år', 'da', 'januar–december', 'januar–december 2024'],
  ['7 November 2019', 'en', '7 November 2019', '7 November 2019'],
  ['late October 2020', 'en', 'late October 2020', 'late October 2020'],
  ['Primo februar 2024', 'en', 'early February', 'early February 2024'],
  ['mid-October 2024', 'en', 'mid October', 'mid October 2024'],
  ['March–May 2020', 'en', 'March–May 2020', 'March–May 2020'],
  ['15. marts - juni 2024', 'en', '15 March – June', '15 March – June 2024'],
  ['1–5 May 2024', 'en', '1–5 May', '1–5 May 2024'],
  ['by 15 December 2024', 'en', 'by 15 December', 'by 15 December 2024'],
  ['senest d. 15. december 2024', 'en', 'by 15 December', 'by 15 December 2024'],
  ['week 45 2024', 'en', 'week 45', 'week 45 2024'],
  ['uge 1 2025', 'en', 'week 1 2025', 'week 1 2025'],
  ['November 2024', 'en', 'November', 'November 2024'],
  ['december – februar 2021', 'en', 'December 2020 – February 2021', 'December 2020 – February 2021'],
];

describe("formatPeriod: the colleague's wording", () => {
  for (const [written, lang, withToday, withoutToday] of roundTrips) {
    it(`"${written}" → (${lang}) "${withToday}" / "${withoutToday}"`, () => {
      const p = parsed(written);
      assert.equal(formatPeriod(p, lang, NOV20), withToday);
      assert.equal(formatPeriod(p, lang), withoutToday);
    });
    it(`"${withoutToday}" parses back to the same period as "${written}"`, () => {
      assert.deepEqual(parsed(withoutToday), parsed(written));
    });
  }

  it('a week in another year than today shows its ISO week-year', () => {
    const p = parsed('uge 1 2025');
    assert.equal(formatPeriod(p, 'da', DateTime.fromISO('2024-12-30T12:00', { zone: 'Europe/Copenhagen' })), 'uge 1 2025');
    assert.equal(formatPeriod(p, 'da', DateTime.fromISO('2025-01-02T12:00', { zone: 'Europe/Copenhagen' })), 'uge 1');
  });
});

describe('formatDay', () => {
  const days: Array<[string, Lang, string, string]> = [
    ['2024-11-07', 'da', 'torsdag d. 7. november', 'torsdag d. 7. november 2024'],
    ['2024-11-07', 'en', 'Thursday 7 November', 'Thursday 7 November 2024'],
    ['2025-01-03', 'da', 'fredag d. 3. januar 2025', 'fredag d. 3. januar 2025'],
    ['2025-01-03', 'en', 'Friday 3 January 2025', 'Friday 3 January 2025'],
    ['2024-03-31', 'da', 'søndag d. 31. marts', 'søndag d. 31. marts 2024'],
    ['2024-06-01', 'da', 'lørdag d. 1. juni', 'lørdag d. 1. juni 2024'],
  ];
  for (const [date, lang, withToday, withoutToday] of days) {
    it(`${date} (${lang}) → "${withToday}"`, () => {
      assert.equal(formatDay(date, lang, NOV20), withToday);
      assert.equal(formatDay(date, lang), withoutToday);
    });
  }
  it('what formatDay writes, parsePeriod reads back', () => {
    const r = parsePeriod(formatDay('2024-11-07', 'da'), { today: NOV20, yearRule: 'past' });
    assert.deepEqual(r, { ok: true, period: { start: '2024-11-07', end: '2024-11-07', form: { kind: 'day' } } });
  });
});
