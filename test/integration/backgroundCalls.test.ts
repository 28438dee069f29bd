// The scheduler's tick runs in the background (storage/tableStore.ts inBackground): nobody waits on it, so a call of
// its own may take BACKGROUND_TIMEOUT_FACTOR times a turn's before it is given up. Azurite behind a link that holds
// every request back for a while, as a store busy with two instances' ticks does.
import assert from 'node:assert/strict';
import { freshAzurite } from '../support/azurite';
import { devConnectionString } from '../support/embeddedAzurite';
import { startPausableProxy, type PausableProxy } from '../support/pausableProxy';
import { AzureTableStore, BACKGROUND_TIMEOUT_FACTOR, OutageGuard } from '../../storage/azureTableStore';
import { inBackground, StorageUnavailableError } from '../../storage/tableStore';
import type { EmbeddedAzurite } from '../support/embeddedAzurite';

describe('a storage call of background work waits longer for its answer than a turn', function () {
  this.timeout(30_000);
  let azurite: EmbeddedAzurite;
  let proxy: PausableProxy;
  let store: AzureTableStore;
  const timeoutMs = 400;

  before(async () => {
    azurite = await freshAzurite();
    const port = Number(/TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(azurite.connectionString)![1]);
    proxy = await startPausableProxy(port);
    store = AzureTableStore.fromConnectionString(devConnectionString(`http://127.0.0.1:${proxy.port}`), 'Background', {
      timeoutMs,
      guard: new OutageGuard(100),
    });
    await store.ensureTable();
    await store.upsert({ partitionKey: 'p', rowKey: 'r', text: 'svaret' });
  });
  after(async () => {
    await proxy.stop();
    await azurite.close();
  });

  it("answers the background read held back for twice a turn's time, where the turn's read gave up", async () => {
    assert.ok(BACKGROUND_TIMEOUT_FACTOR > 2);
    proxy.pause();
    const turn = store.get('p', 'r').then(
      () => 'answered',
      (err) => (err instanceof StorageUnavailableError ? 'gave up' : `failed: ${err}`),
    );
    const background = inBackground(() => store.get<{ partitionKey: string; rowKey: string; text: string }>('p', 'r'));
    setTimeout(() => proxy.resume(), timeoutMs * 2);
    assert.equal(await turn, 'gave up');
    assert.equal((await background)?.text, 'svaret');
  });
});
