import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { isoWeekOf, monthKeyOf, nextMonthKey } from '../../domain/dates/calendar';

describe('isoWeekOf', () => {
  it('gives the week year, week and Monday luxon gives, for every day of 1999-2031', () => {
    for (let d = DateTime.fromISO('1999-01-01', { zone: 'utc' }); d.year < 2032; d = d.plus({ days: 1 })) {
      const date = d.toISODate()!;
      assert.deepEqual(isoWeekOf(date), { weekYear: d.weekYear, week: d.weekNumber, monday: d.startOf('week').toISODate() }, date);
    }
  });

  it('counts the days around a new year in the week of their Thursday', () => {
    assert.deepEqual(isoWeekOf('2024-12-30'), { weekYear: 2025, week: 1, monday: '2024-12-30' });
    assert.deepEqual(isoWeekOf('2021-01-03'), { weekYear: 2020, week: 53, monday: '2020-12-28' });
    assert.deepEqual(isoWeekOf('2026-12-31'), { weekYear: 2026, week: 53, monday: '2026-12-28' });
  });

  it('reads a date before year 1000 through luxon', () => {
    assert.deepEqual(isoWeekOf('0999-06-15'), { weekYear: 999, week: 24, monday: '0999-06-10' });
  });
});

describe('monthKeyOf', () => {
  it('is the year and month of a date', () => {
    assert.equal(monthKeyOf('2025-03-12'), '2025-03');
    assert.equal(monthKeyOf('0999-06-15'), '0999-06');
  });
});

describe('nextMonthKey', () => {
  it('is the next month, into the next year after December', () => {
    const cases = [
      ['2025-03', '2025-04'],
      ['2025-09', '2025-10'],
      ['2025-12', '2026-01'],
      ['0999-12', '1000-01'],
    ];
    for (const [month, next] of cases) assert.equal(nextMonthKey(month!), next, month);
  });
});
