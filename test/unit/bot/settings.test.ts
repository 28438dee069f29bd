// The scope's settings (bot/settings.ts): each field checked, the defaults where a record is missing or malformed, and
// both records read in one read.
import assert from 'node:assert/strict';
import { settingsOf, digestSettingsFrom, reminderSettingsFrom, saveDigestSettings, type SettingsStore } from '../../../bot/settings';
import { DEFAULT_DIGEST } from '../../../domain/schedule';
import { DEFAULT_REMINDERS } from '../../../domain/reminders';
import { FAKE_SCOPE as SCOPE } from '../../support/fakeTurn';

describe('scope settings', () => {
  it('gives the defaults to a scope with no records, and each field its default where a record is malformed', async () => {
    assert.deepEqual(digestSettingsFrom(undefined), DEFAULT_DIGEST);
    assert.deepEqual(reminderSettingsFrom(undefined), DEFAULT_REMINDERS);
    assert.deepEqual(digestSettingsFrom({ enabled: 'yes', weekday: 9, hour: 7, minute: 30.5, channelId: 42, lang: 'de' }), {
      ...DEFAULT_DIGEST,
      hour: 7,
    });
    assert.deepEqual(reminderSettingsFrom({ eventDaysBefore: [2, -1], deadlineDaysBefore: [14, 7], hour: 24, lang: 'en' }), {
      ...DEFAULT_REMINDERS,
      deadlineDaysBefore: [14, 7],
      lang: 'en',
    });
  });

  it('reads both records in one read and writes the one changed', async () => {
    const records = new Map<string, unknown>();
    let reads = 0;
    const store: SettingsStore = {
      async allSettings() {
        reads++;
        return new Map(records);
      },
      async putSettings(_scope, name, value) {
        records.set(name, JSON.parse(JSON.stringify(value)));
      },
    };
    await saveDigestSettings(store, SCOPE, { ...DEFAULT_DIGEST, weekday: 2, channelId: '19:x', lang: 'da' });
    const settings = await settingsOf(store, SCOPE);
    assert.equal(reads, 1);
    assert.deepEqual(settings.digest, { ...DEFAULT_DIGEST, weekday: 2, channelId: '19:x', lang: 'da' });
    assert.deepEqual(settings.reminders, DEFAULT_REMINDERS);
  });
});
