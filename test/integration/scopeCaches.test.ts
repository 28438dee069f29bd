// What ScopeRepository keeps per scope (settings, name lists) and what keeps it honest, on both stores: a read once,
// a fresh read after this process's own write, and on a shared table (two bot instances on Azure) a change made from
// a stale cache refused by the ETag instead of undoing the other instance's change.
import assert from 'node:assert/strict';
import { BACKENDS, type OpenBackend } from '../support/backends';
import { ScopeRepository, StaleSettingsError } from '../../storage/scopeRepository';
import { TABLE_NAMES } from '../../storage/schema';
import { listsFor } from '../../bot/commands/lists';
import { withFreshSettings } from '../../bot/settings';

for (const backend of BACKENDS) {
  describe(`ScopeRepository's caches on ${backend.name}`, () => {
    let b: OpenBackend;
    before(async () => {
      b = await backend.open();
    });
    after(async () => {
      await b.close();
    });

    it("reads a scope's settings from storage once, and again after this process writes one", async () => {
      const scopes = new ScopeRepository(b.tables.scopes);
      const scope = 'tenant|team|settings-once';
      await scopes.putSettings(scope, 'digest', { weekday: 2 });
      const start = b.tables.scopes.usage.requests;
      assert.deepEqual(await scopes.getSettings(scope, 'digest'), { weekday: 2 });
      assert.deepEqual(await scopes.getSettings(scope, 'digest'), { weekday: 2 });
      assert.equal(b.tables.scopes.usage.requests, start + 1, 'the second read comes from the cache');
      await scopes.putSettings(scope, 'digest', { weekday: 4 });
      assert.deepEqual(await scopes.getSettings(scope, 'digest'), { weekday: 4 });
      assert.equal(b.tables.scopes.usage.requests, start + 3, 'the write, then one read from storage');
      // What a caller gets is its own.
      (await scopes.getSettings<{ weekday: number }>(scope, 'digest'))!.weekday = 7;
      assert.deepEqual(await scopes.getSettings(scope, 'digest'), { weekday: 4 });
    });

    it('refuses a write made from a stale cache (another instance changed the record), and the command run again keeps that change', async () => {
      // Two instances on the same table, each with a store and repository of its own.
      const a = new ScopeRepository(b.tables.scopes);
      const other = new ScopeRepository(b.store(TABLE_NAMES.scopes));
      const scope = 'tenant|team|settings-stale';
      await a.putSettings(scope, 'digest', { weekday: 1, hour: 8 });
      assert.deepEqual(await a.getSettings(scope, 'digest'), { weekday: 1, hour: 8 });
      // The other instance moves the hour; this one's cache still says 8.
      await other.putSettings(scope, 'digest', { ...(await other.getSettings<object>(scope, 'digest')), hour: 10 });
      assert.deepEqual(await a.getSettings(scope, 'digest'), { weekday: 1, hour: 8 }, 'served from the cache');
      // A change of the weekday made from that read must not put the hour back to 8.
      await assert.rejects(a.putSettings(scope, 'digest', { weekday: 3, hour: 8 }), StaleSettingsError);
      assert.deepEqual(await other.getSettings(scope, 'digest'), { weekday: 1, hour: 10 }, 'nothing was written');
      let runs = 0;
      await withFreshSettings(async () => {
        runs++;
        const current = (await a.getSettings<{ weekday: number; hour: number }>(scope, 'digest'))!;
        await a.putSettings(scope, 'digest', { ...current, weekday: 3 });
      });
      assert.equal(runs, 1, 'the refused write had already sent the next read to storage');
      assert.deepEqual(await a.getSettings(scope, 'digest'), { weekday: 3, hour: 10 });
    });

    it('refuses a write based on a read older than a write of this process (two turns of one scope at once), and a create of a record another instance created', async () => {
      const a = new ScopeRepository(b.tables.scopes);
      const other = new ScopeRepository(b.store(TABLE_NAMES.scopes));
      const scope = 'tenant|team|settings-race';
      assert.equal(await a.getSettings(scope, 'status'), undefined);
      await other.putSettings(scope, 'status', { lastAt: '2025-03-11' });
      await assert.rejects(a.putSettings(scope, 'status', { lastAt: '2025-03-12' }), StaleSettingsError, 'it did not exist when read');
      assert.deepEqual(await a.getSettings(scope, 'status'), { lastAt: '2025-03-11' });
      // Two turns read the same record; the first writes; the second, from the same read, is refused.
      await a.putSettings(scope, 'status', { lastAt: '2025-03-12' });
      await assert.rejects(a.putSettings(scope, 'status', { lastAt: '2025-03-10' }), StaleSettingsError);
      assert.deepEqual(await a.getSettings(scope, 'status'), { lastAt: '2025-03-12' });
    });

    it('gives the scheduler the settings from storage, not from the cache', async () => {
      const a = new ScopeRepository(b.tables.scopes);
      const other = new ScopeRepository(b.store(TABLE_NAMES.scopes));
      const scope = 'tenant|team|settings-fresh';
      await a.putSettings(scope, 'digest', { weekday: 1 });
      assert.deepEqual((await a.allSettings(scope)).get('digest'), { weekday: 1 });
      await other.putSettings(scope, 'digest', { weekday: 5 });
      assert.deepEqual((await a.allSettings(scope, { fresh: true })).get('digest'), { weekday: 5 });
    });

    it("listsFor gives the same lists while the scope's names are cached (the recognizer compiles them once), new ones after a name is added", async () => {
      const services = { scopes: new ScopeRepository(b.tables.scopes) };
      const scope = 'tenant|team|lists';
      const first = await listsFor(services, scope);
      assert.equal(await listsFor(services, scope), first);
      await services.scopes.addName(scope, 'stakeholder', { name: 'Radio Limfjord', aliases: [], outlet: true });
      const after = await listsFor(services, scope);
      assert.notEqual(after, first);
      assert.ok(after.stakeholders.some((s) => s.name === 'Radio Limfjord'));
      assert.ok(!first.stakeholders.some((s) => s.name === 'Radio Limfjord'));
      // The shared names cannot be changed by a caller.
      const shared = await services.scopes.sharedNames(scope, 'stakeholder');
      assert.throws(() => {
        (shared as Array<unknown>).push('x');
      }, TypeError);
    });

    it("gives turns that miss the cache together one read of storage, but not a read that began before this process's own write", async () => {
      const scopes = new ScopeRepository(b.tables.scopes);
      const scope = 'tenant|team|one-read';
      await scopes.putSettings(scope, 'digest', { weekday: 2 });
      let start = b.tables.scopes.usage.requests;
      const together = await Promise.all(Array.from({ length: 20 }, () => scopes.sharedNames(scope, 'stakeholder')));
      const settings = await Promise.all(Array.from({ length: 20 }, () => scopes.getSettings(scope, 'digest')));
      assert.equal(b.tables.scopes.usage.requests, start + 2, 'one read of the names, one of the settings');
      assert.ok(together.every((names) => names === together[0]));
      assert.ok(settings.every((s) => JSON.stringify(s) === '{"weekday":2}'));
      // A name added while another turn's read is under way: the turn that added it reads again and sees it.
      start = b.tables.scopes.usage.requests;
      const before = scopes.sharedNames(scope, 'experiment');
      await scopes.addName(scope, 'experiment', { name: 'Mikrolån', aliases: [], outlet: false });
      const after = await scopes.sharedNames(scope, 'experiment');
      await before;
      assert.ok(
        after.some((e) => e.name === 'Mikrolån'),
        'the read after the write is its own',
      );
      assert.equal(b.tables.scopes.usage.requests, start + 3, 'the earlier read, the insert, and a read of its own');
    });
  });
}
