// The composition root: storage, services, bot, adapter and server, wired once. Used by bot/index.ts and by the tests.
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { createAdapter } from './teams/adapter';
import { createServer, listen } from './teams/server';
import { TovholderBot } from './teams/tovholderBot';
import type { Clock } from './ports';
import { openTables, ensureTables, pingTables } from '../storage/tables';
import { LogRepository } from '../storage/logRepository';
import { ScopeRepository } from '../storage/scopeRepository';
import { ItemRepository } from '../storage/itemRepository';
import { ConversationRepository } from '../storage/conversationRepository';
import { ClaimRepository } from '../storage/claimRepository';
import { Scheduler } from './scheduler';
import { ConnectorSender, keepConversationRefs } from './teams/proactive';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../storage/embeddedAzurite';
import type { Services } from './services';
import { allCommands, allActions, routeText } from './commands/registry';

export interface RunningApp {
  port: number;
  /** 'embedded Azurite at …' or 'Azure Table Storage (TABLES_CONNECTION_STRING)'. */
  storageDescription: string;
  services: Services;
  server: Server;
  /** Sends the digest and reminders; tests call scheduler.tick() after setting the clock. */
  scheduler: Scheduler;
  close(): Promise<void>;
}

export interface StartOptions {
  /**
   * How often the scheduler looks for due digests and reminders (bot/index.ts: every 30 s). Unset: no timer, and
   * the scheduler only runs when tick() is called, which is what tests want (they drive time).
   */
  schedulerIntervalMs?: number;
  /** Names this instance's claims in storage (default: random per start). */
  instanceId?: string;
}

export async function startApp(config: Config, logger: Logger, clock: Clock, options: StartOptions = {}): Promise<RunningApp> {
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
    conversations: new ConversationRepository(tables.conversations),
    claims: new ClaimRepository(tables.scopes),
  };
  const bot = new TovholderBot({
    services, clock, commands: allCommands, actions: allActions, textRouter: routeText,
    onEveryActivity: keepConversationRefs(services.conversations, clock),
  });
  const adapter = createAdapter(config, logger);
  const scheduler = new Scheduler({
    ...services, clock, logger, sender: new ConnectorSender(config, clock),
    zone: config.timezone, language: config.language, instanceId: options.instanceId, intervalMs: options.schedulerIntervalMs,
  });
  const server = createServer({ adapter, bot, logger, health: () => pingTables(tables) });
  const port = await listen(server, config.port, config.host);
  if (options.schedulerIntervalMs !== undefined && options.schedulerIntervalMs > 0) scheduler.start();

  let closing: Promise<void> | undefined;
  return {
    port,
    storageDescription,
    services,
    server,
    scheduler,
    close() {
      closing ??= (async () => {
        await scheduler.stop(); // a send in progress records its claim before storage goes away
        await new Promise<void>((resolve) => server.close(() => resolve()));
        if (azurite) await azurite.close(); // flushes Azurite's file: every acknowledged write is on disk
      })();
      return closing;
    },
  };
}
