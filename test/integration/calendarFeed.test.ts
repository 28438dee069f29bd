// The calendar feed's addresses (storage/calendarFeedRepository.ts) and the items' calendar revision, on SQLite and on
// a real in-process Azurite: one address per scope, a new one kills the old, nothing but a current address resolves.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { CalendarFeedRepository } from '../../storage/calendarFeedRepository';
import { ItemRepository } from '../../storage/itemRepository';
import type { Item } from '../../domain/items';
import type { Change } from '../../domain/history';

const named = (name: string) => ({ name, fallback: 'Tovholder' });

for (const backend of BACKENDS) {
  describe(`calendar feeds and item revisions (${backend.name})`, function () {
    this.timeout(30_000);
    let b: OpenBackend;
    let feeds: CalendarFeedRepository;
    let items: ItemRepository;
    before(async () => {
      b = await backend.open();
      feeds = new CalendarFeedRepository(b.tables.scopes);
      items = new ItemRepository(b.tables.items);
    });
    after(async () => {
      await b.close();
    });

    it('gives a scope one address, the same on every ask (also when asked at once), and keeps its name up to date', async () => {
      const together = await Promise.all([1, 2, 3].map(() => feeds.ensure('t|team|a', named('Team A'), 'da')));
      assert.equal(new Set(together.map((f) => f.token)).size, 1);
      const renamed = await feeds.ensure('t|team|a', named('Team A (nyt navn)'), 'en');
      assert.equal(renamed.token, together[0]!.token);
      assert.deepEqual(await feeds.resolve(renamed.token), {
        scopeKey: 't|team|a',
        token: renamed.token,
        name: 'Team A (nyt navn)',
        lang: 'en',
      });
      // A turn that does not know the team's name keeps the one known; a new feed without one gets the fallback.
      assert.equal((await feeds.ensure('t|team|a', { fallback: 'Tovholder' }, 'en')).name, 'Team A (nyt navn)');
      assert.equal((await feeds.ensure('t|chat|c', { fallback: 'Tovholder' }, 'da')).name, 'Tovholder');
    });

    it('renew gives a new address and the old one resolves to nothing from then on; another scope is untouched', async () => {
      const a = await feeds.ensure('t|team|a', named('Team A'), 'da');
      const other = await feeds.ensure('t|team|b', named('Team B'), 'da');
      const renewed = await feeds.renew('t|team|a', named('Team A'), 'da');
      assert.notEqual(renewed.token, a.token);
      assert.equal(await feeds.resolve(a.token), undefined);
      assert.equal((await feeds.resolve(renewed.token))?.scopeKey, 't|team|a');
      assert.equal((await feeds.resolve(other.token))?.scopeKey, 't|team|b');
      assert.equal((await feeds.ensure('t|team|a', named('Team A'), 'da')).token, renewed.token);
    });

    it('resolves nothing for a malformed, unknown or too long token', async () => {
      for (const token of ['', 'x', 'A'.repeat(32), 'A'.repeat(33), '../../etc', `${'A'.repeat(31)}|`])
        assert.equal(await feeds.resolve(token), undefined, token);
    });

    it("raises an item's revision and modifiedAt on every change a calendar shows, not on a snooze", async () => {
      const change = (at: string): Change => ({ by: { name: 'Anne', aadObjectId: 'a' }, at });
      const item: Item = {
        id: 'i1',
        type: 'deadline',
        title: 'Rapport',
        period: { start: '2027-01-15', end: '2027-01-15', form: { kind: 'day' } },
        done: false,
        authorName: 'Anne',
        authorAadId: 'a',
        writtenAt: '2027-01-01T09:00:00.000Z',
      };
      await items.add('t|team|a', [item], change(item.writtenAt));
      const read = async () => (await items.get('t|team|a', 'i1'))!;
      assert.deepEqual([(await read()).revision, (await read()).modifiedAt], [undefined, undefined]);
      await items.update('t|team|a', { ...(await read()), place: 'Aalborg' }, change('2027-01-02T09:00:00.000Z'));
      assert.deepEqual([(await read()).revision, (await read()).modifiedAt], [1, '2027-01-02T09:00:00.000Z']);
      await items.update(
        't|team|a',
        { ...(await read()), snoozedUntil: '2027-01-10T09:00:00.000Z' },
        change('2027-01-03T09:00:00.000Z'),
        'snoozed',
      );
      assert.equal((await read()).revision, 1);
      await items.setDone('t|team|a', 'i1', true, change('2027-01-04T09:00:00.000Z'));
      assert.deepEqual([(await read()).revision, (await read()).modifiedAt], [2, '2027-01-04T09:00:00.000Z']);
      // The feed's range read: items ending from a day on, one read.
      assert.deepEqual(
        (await items.endingFrom('t|team|a', '2027-01-15')).map((i) => i.id),
        ['i1'],
      );
      assert.deepEqual(
        (await items.endingFrom('t|team|a', '2027-01-16')).map((i) => i.id),
        [],
      );
    });
  });
}
