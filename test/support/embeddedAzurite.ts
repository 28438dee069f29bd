// Azurite's Table service, started inside this process: the stand-in for Azure Table Storage in tests and the bench (a
// devDependency; never on the production path). In-process it sends no telemetry (its command line does). Tests that
// keep data on disk must close() it: it writes its LokiJS file only every 5 s and on close.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedAzurite {
  connectionString: string;
  /** Where it keeps its data, or 'memory'. */
  location: string;
  close(): Promise<void>;
}

/**
 * Starts Azurite's Table service on 127.0.0.1.
 * @param dataDir a folder for the LokiJS file, or undefined to keep everything in memory (tests).
 * @param port 0 picks a free port.
 */
export async function startEmbeddedAzurite(dataDir: string | undefined, port = 0): Promise<EmbeddedAzurite> {
  // Deep imports, loaded lazily: azurite is a devDependency and is never loaded when a real connection string is set.
  const { default: TableConfiguration } =
    require('azurite/dist/src/table/TableConfiguration') as typeof import('azurite/dist/src/table/TableConfiguration');
  const { default: TableServer } = require('azurite/dist/src/table/TableServer') as typeof import('azurite/dist/src/table/TableServer');
  let dbPath = path.join(process.cwd(), '__azurite_memory_table__.json');
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    dbPath = path.join(dataDir, '__azurite_db_table__.json');
  }
  const config = new TableConfiguration(
    '127.0.0.1',
    port,
    undefined,
    dbPath,
    false,
    false,
    undefined,
    undefined,
    false,
    false,
    '',
    '',
    '',
    undefined,
    false,
    dataDir === undefined,
  );
  const server = new TableServer(config);
  await server.start();
  const address = server.getHttpServerAddress(); // e.g. http://127.0.0.1:54321
  let closed = false;
  return {
    connectionString: devConnectionString(address),
    location: dataDir ? dbPath : 'memory',
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
    },
  };
}

export function devConnectionString(tableEndpoint: string): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` + `TableEndpoint=${tableEndpoint}/${DEV_ACCOUNT};`
  );
}
