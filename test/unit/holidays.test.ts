// Denmark's public holidays are computed in domain/holidays.ts (fixed days and Easter) so that the bot does not load
// date-holidays (every country's rules, 17 MB of RSS). Held here to date-holidays' Danish 'public' days, names too.
import assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import { danishPublicHolidays, easterSunday, isClosedDay } from '../../domain/holidays';

describe('Danish public holidays without date-holidays at run time', () => {
  it("are date-holidays' public days of Denmark, by date and name, for every year 1900-2200", () => {
    const reference = new Holidays('DK');
    for (let year = 1900; year <= 2200; year++) {
      const expected = reference
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name]);
      assert.deepEqual([...danishPublicHolidays(year)], expected, `year ${year}`);
    }
  });

  it('find Easter Sunday on its known dates', () => {
    assert.equal(easterSunday(2024).toISODate(), '2024-03-31');
    assert.equal(easterSunday(2025).toISODate(), '2025-04-20');
    assert.equal(easterSunday(2038).toISODate(), '2038-04-25');
    assert.equal(easterSunday(2285).toISODate(), '2285-03-22');
  });

  it('close Store Bededag until 2023 and not from 2024', () => {
    assert.deepEqual(isClosedDay('2023-05-05'), { closed: true, name: 'Store Bededag' });
    assert.deepEqual(isClosedDay('2024-04-26'), { closed: false });
  });
});
