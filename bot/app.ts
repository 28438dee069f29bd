// The composition root: storage, services, bot, adapter and server, wired once. Used by bot/index.ts and by the tests.
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { createAdapter } from './teams/adapter';
import { createServer, drainAndClose, listen } from './teams/server';
import { TovholderBot } from './teams/tovholderBot';
import type { Clock } from './ports';
import { openStorage, ensureTables, pingTables, type Storage } from '../storage/tables';
import { FAULT_ADVICE } from '../storage/sqliteDatabase';
import { LogRepository } from '../storage/logRepository';
import { ScopeRepository } from '../storage/scopeRepository';
import { EXPERIMENT, ExperimentRepository, RESULT } from '../storage/experimentRepository';
import { ItemRepository } from '../storage/itemRepository';
import { ConversationRepository } from '../storage/conversationRepository';
import { ClaimRepository } from '../storage/claimRepository';
import { HistoryRepository } from '../storage/historyRepository';
import { ENTRY } from '../storage/logRepository';
import { ITEM } from '../storage/itemRepository';
import { SETTINGS } from '../storage/scopeRepository';
import { ERASURE } from './commands/forget';
import { DownloadKeyRepository } from '../storage/downloadKeyRepository';
import { CalendarFeedRepository } from '../storage/calendarFeedRepository';
import { feedHandler } from './calendar';
import { downloadHandler } from './download';
import { registryReader } from './reportData';
import { digestGaps } from './commands/gaps';
import { Scheduler } from './scheduler';
import { ConnectorSender, keepConversationRefs } from './teams/proactive';
import type { Services } from './services';
import { allCommands, allActions, routeText } from './commands/registry';
import { entraTokenVerifier } from './tab/entraToken';
import { botConnectorAuthorization, connectorRoster, type ConnectorAuthorization } from './tab/roster';

/** How long turns in flight may take to finish after SIGTERM (Azure App Service waits longer before it kills). */
export const DRAIN_BUDGET_MS = 6000;

export interface RunningApp {
  port: number;
  /** 'embedded SQLite, <file>' or 'Azure Table Storage …'. */
  storageDescription: string;
  /** The opened storage (tests reach the embedded file through it). */
  storage: Storage;
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
  /** Where the signing keys of incoming tokens are read (default: Microsoft's); tests use a local stand-in. */
  openIdMetadataUrl?: string;
  /** The tab's sign-in: where Entra's signing keys are read, and the bot's token for the roster look-ups (default:
   *  Entra's and the bot's credentials); tests use local stand-ins. */
  tab?: { entraKeysUrl?: string; connectorAuthorization?: ConnectorAuthorization };
}

export async function startApp(config: Config, logger: Logger, clock: Clock, options: StartOptions = {}): Promise<RunningApp> {
  const storage = openStorage({
    dataDir: config.dataDir,
    connectionString: config.tablesConnectionString,
    wallClock: () => clock.now().toJSDate(),
    exclusive: true,
  });
  const tables = storage.tables;
  if (storage.database) {
    const file = storage.database.file;
    // Once per fault, in words an operator can act on (the user's answer names it too).
    storage.database.onFault = (fault, detail) => logger.error('storage_fault', { fault, file, detail, action: FAULT_ADVICE[fault] });
  }
  try {
    await ensureTables(tables);
    storage.database?.markHoldsData();
  } catch (err) {
    // Start anyway: /healthz says 503 and every turn says "nothing saved" until storage answers.
    logger.warn('storage_unavailable_at_start', { message: (err as Error).message });
  }
  // A damaged file is found now, not by the first write that lands in it: writes are refused, reads go on.
  storage.checkIntegrity();
  storage.database?.checkWritable();
  const items = new ItemRepository(tables.items);
  const experiments = new ExperimentRepository(tables.scopes);
  const services: Services = {
    config,
    logger,
    tables,
    log: new LogRepository(tables.log),
    scopes: new ScopeRepository(tables.scopes),
    items,
    experiments,
    conversations: new ConversationRepository(tables.conversations),
    claims: new ClaimRepository(tables.scopes),
    // Each kind's history lives beside it (issue 14's experiments, results and approval marks add their table here).
    history: new HistoryRepository({
      [ENTRY]: tables.log,
      [ITEM]: tables.items,
      [SETTINGS]: tables.scopes,
      [ERASURE]: tables.scopes,
      [EXPERIMENT]: tables.scopes,
      [RESULT]: tables.scopes,
    }),
    downloadKeys: new DownloadKeyRepository(tables.scopes),
    erasures: { journal: storage.journal, purge: () => storage.purge() },
    calendarFeeds: new CalendarFeedRepository(tables.scopes),
    clock,
    // The reports' Forsøg and Resultater sheets and approvals tally (bot/reportData.ts).
    registry: registryReader(experiments, items),
    publicUrl: () => publicUrl,
  };
  // Known once the server listens (port 0 in tests): BOT_DOMAIN's https address, else loopback in local mode.
  let publicUrl: string | undefined;
  const bot = new TovholderBot({
    services,
    clock,
    commands: allCommands,
    actions: allActions,
    textRouter: routeText,
    onEveryActivity: keepConversationRefs(services.conversations, clock),
  });
  const adapter = createAdapter(config, logger, { openIdMetadataUrl: options.openIdMetadataUrl });
  const scheduler = new Scheduler({
    ...services,
    clock,
    logger,
    sender: new ConnectorSender(config, clock),
    gaps: (key, now, lang) => digestGaps(services, key, now, lang),
    zone: config.timezone,
    language: config.language,
    instanceId: options.instanceId,
    intervalMs: options.schedulerIntervalMs,
    retentionYears: config.retentionYears,
    checkIntegrity: () => storage.checkIntegrity(),
  });
  const server = createServer({
    adapter,
    bot,
    logger,
    clock,
    authRequired: config.appId !== undefined,
    health: () => pingTables(tables),
    download: downloadHandler(services, clock),
    calendarFeed: feedHandler(services, clock),
    tab: {
      services,
      clock,
      logger,
      ...(config.appId
        ? {
            signIn: {
              verifier: entraTokenVerifier(config, clock, options.tab?.entraKeysUrl),
              roster: connectorRoster(services.conversations, options.tab?.connectorAuthorization ?? botConnectorAuthorization(config)),
            },
          }
        : {}),
    },
  });
  const port = await listen(server, config.port, config.host);
  publicUrl = config.botDomain
    ? `https://${config.botDomain}`
    : config.appId
      ? undefined
      : `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  if (options.schedulerIntervalMs !== undefined && options.schedulerIntervalMs > 0) scheduler.start();

  let closing: Promise<void> | undefined;
  return {
    port,
    storageDescription: storage.description,
    storage,
    services,
    server,
    scheduler,
    close() {
      closing ??= (async () => {
        // New requests are refused at once; turns in flight finish (each storage call has its own timeout, so they do).
        await Promise.all([drainAndClose(server, DRAIN_BUDGET_MS), scheduler.stop()]);
        // Every acknowledged write is on disk already (one durable transaction per write); closing releases the file.
        await storage.close();
      })();
      return closing;
    },
  };
}
