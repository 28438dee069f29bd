// The composition root: storage, services, bot, adapter and server, wired once. Used by bot/index.ts and by the tests.
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { createAdapter } from './adapter';
import { createServer, listen } from './server';
import { TovholderBot, type Clock } from './tovholderBot';
import { openTables, ensureTables, pingTables } from '../storage/tables';
import { LogRepository } from '../storage/logRepository';
import { ScopeRepository } from '../storage/scopeRepository';
import { ItemRepository } from '../storage/itemRepository';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../storage/embeddedAzurite';
import type { Services } from './services';
import { allCommands, allActions, routeText } from './commands/registry';

export interface RunningApp {
  port: number;
  /** 'embedded Azurite at …' or 'Azure Table Storage (TABLES_CONNECTION_STRING)'. */
  storageDescription: string;
  services: Services;
  server: Server;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger, clock: Clock): Promise<RunningApp> {
  let azurite: EmbeddedAzurite | undefined;
  let connectionString = config.tablesConnectionString;
  let storageDescription = 'Azure Table Storage (TABLES_CONNECTION_STRING)';
  if (!connectionString) {
    azurite = await startEmbeddedAzurite(config.dataDir);
    connectionString = azurite.connectionString;
    storageDescription = `embedded Azurite, data in ${azurite.location}`;
  }
  const tables = openTables(connectionString);
  try {
    await ensureTables(tables);
  } catch (err) {
    // Start anyway: /healthz says 503 and every turn says "nothing saved" until storage answers.
    logger.warn('storage_unavailable_at_start', { message: (err as Error).message });
  }
  const services: Services = {
    config, logger, tables,
    log: new LogRepository(tables.log),
    scopes: new ScopeRepository(tables.scopes),
    items: new ItemRepository(tables.items),
  };
  const bot = new TovholderBot({ services, clock, commands: allCommands, actions: allActions, textRouter: routeText });
  const adapter = createAdapter(config, logger);
  const server = createServer({ adapter, bot, logger, health: () => pingTables(tables) });
  const port = await listen(server, config.port, config.host);

  let closing: Promise<void> | undefined;
  return {
    port,
    storageDescription,
    services,
    server,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        if (azurite) await azurite.close(); // flushes Azurite's file: every acknowledged write is on disk
      })();
      return closing;
    },
  };
}
