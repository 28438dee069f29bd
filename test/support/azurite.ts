// A fresh in-memory Azurite for a test suite, on a free port, closed afterwards: no process is left behind.
import { startEmbeddedAzurite, type EmbeddedAzurite } from './embeddedAzurite';

export async function freshAzurite(dataDir?: string, port = 0): Promise<EmbeddedAzurite> {
  return startEmbeddedAzurite(dataDir, port);
}
