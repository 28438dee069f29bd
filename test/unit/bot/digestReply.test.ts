import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { dayStartUtc } from '../../../bot/digestReply';

describe('dayStartUtc (where the digest\'s "logged this week" begins)', () => {
  const copenhagen = DateTime.fromISO('2025-03-12T10:00:00', { zone: 'Europe/Copenhagen' }).zone;

  it('is local midnight in the zone, in winter and in summer time', () => {
    assert.equal(dayStartUtc('2025-03-06', copenhagen), '2025-03-05T23:00:00.000Z');
    assert.equal(dayStartUtc('2025-07-01', copenhagen), '2025-06-30T22:00:00.000Z');
  });

  it('is midnight on the days daylight saving starts and ends', () => {
    assert.equal(dayStartUtc('2025-03-30', copenhagen), '2025-03-29T23:00:00.000Z');
    assert.equal(dayStartUtc('2025-10-26', copenhagen), '2025-10-25T22:00:00.000Z');
  });

  it('keeps zones apart for the same date', () => {
    const newYork = DateTime.now().setZone('America/New_York').zone;
    const utc = DateTime.utc().zone;
    assert.equal(dayStartUtc('2025-03-06', newYork), '2025-03-06T05:00:00.000Z');
    assert.equal(dayStartUtc('2025-03-06', utc), '2025-03-06T00:00:00.000Z');
    assert.equal(dayStartUtc('2025-03-06', copenhagen), '2025-03-05T23:00:00.000Z');
  });
});
