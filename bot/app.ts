// The composition root: storage, services, bot, adapter and server, wired once. Used by bot/index.ts and by the tests.
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { createAdapter } from './teams/adapter';
import { createServer, drainAndClose, listen } from './teams/server';
import { DEFAULT_TIMEOUTS, type Timeouts } from './teams/timeout';
import { TovholderBot } from './teams/tovholderBot';
import type { Clock } from './ports';
import { openStorage, ensureTables, pingTables, type Storage } from '../storage/tables';
import { FAULT_ADVICE } from '../storage/sqliteDatabase';
import { LogRepository } from '../storage/logRepository';
import { ScopeRepository } from '../storage/scopeRepository';
import { ExperimentRepository } from '../storage/experimentRepository';
import { ItemRepository } from '../storage/itemRepository';
import { ConversationRepository } from '../storage/conversationRepository';
import { ClaimRepository } from '../storage/claimRepository';
import { HistoryRepository } from '../storage/historyRepository';
import { historyStores, type Tables } from '../storage/schema';
import { peopleNamed, planErasure } from '../storage/erasure';
import { housekeep } from '../storage/housekeeping';
import { DownloadKeyRepository } from '../storage/downloadKeyRepository';
import { CalendarFeedRepository } from '../storage/calendarFeedRepository';
import { feedHandler } from './calendarLinks';
import { downloadHandler } from './downloadLinks';
import { registryReader } from './reportData';
import { digestGaps } from './commands/plans/gaps';
import { Scheduler } from './scheduler';
import { ConnectorSender, keepConversationRefs } from './teams/proactive';
import type { Services } from './services';
import { allCommands, textRoute } from './commands/registry';
import type { CommandDescriptor } from './commands/types';
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
  /** How long to wait on the connector and on Azure (default: DEFAULT_TIMEOUTS); tests of hangs pass short ones. */
  timeouts?: Partial<Timeouts>;
  /** The commands the bot runs with (default: bot/commands/registry.ts's list); a test adds a toy one. */
  commands?: readonly CommandDescriptor[];
  /** The tab's sign-in: where Entra's signing keys are read, and the bot's token for the roster look-ups (default:
   *  Entra's and the bot's credentials); tests use local stand-ins. */
  tab?: { entraKeysUrl?: string; connectorAuthorization?: ConnectorAuthorization };
}

/** The repositories and ports the handlers get, on these tables (the handlers' fast tests build them the same way).
 *  `erasures`: the store's erasure journal and purge (an embedded file's; Azure's do nothing). */
export function servicesOn(
  tables: Tables,
  config: Config,
  logger: Logger,
  clock: Clock,
  publicUrl: () => string | undefined,
  erasures: Services['erasures'],
): Services {
  const items = new ItemRepository(tables.items);
  const experiments = new ExperimentRepository(tables.scopes);
  return {
    config,
    logger,
    erasure: {
      plan: (request) => planErasure(tables, request),
      peopleNamed: (scope, name) => peopleNamed(tables, scope, name),
    },
    erasures,
    log: new LogRepository(tables.log),
    scopes: new ScopeRepository(tables.scopes),
    items,
    experiments,
    conversations: new ConversationRepository(tables.conversations),
    claims: new ClaimRepository(tables.scopes),
    // Each kind's history lives beside it (storage/schema.ts: HISTORY_TABLES).
    history: new HistoryRepository(historyStores(tables)),
    downloadKeys: new DownloadKeyRepository(tables.scopes),
    calendarFeeds: new CalendarFeedRepository(tables.scopes),
    clock,
    // The reports' Forsøg and Resultater sheets and approvals tally (bot/reportData.ts).
    registry: registryReader(experiments, items),
    publicUrl,
  };
}

export async function startApp(config: Config, logger: Logger, clock: Clock, options: StartOptions = {}): Promise<RunningApp> {
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const storage = openStorage({
    dataDir: config.dataDir,
    connectionString: config.tablesConnectionString,
    wallClock: () => clock.now().toJSDate(),
    exclusive: true,
    timeoutMs: timeouts.storageMs,
    outageHoldMs: timeouts.storageOutageHoldMs,
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
  const services = servicesOn(tables, config, logger, clock, () => publicUrl, { journal: storage.journal, purge: () => storage.purge() });
  // Known once the server listens (port 0 in tests): BOT_DOMAIN's https address, else loopback in local mode.
  let publicUrl: string | undefined;
  const bot = new TovholderBot({
    services,
    clock,
    commands: options.commands ?? allCommands,
    textRoute,
    timeouts,
    onEveryActivity: keepConversationRefs(services.conversations, clock),
  });
  const adapter = createAdapter(config, logger, { openIdMetadataUrl: options.openIdMetadataUrl, signingKeysMs: timeouts.signingKeysMs });
  const scheduler = new Scheduler({
    ...services,
    clock,
    logger,
    sender: new ConnectorSender(config, clock, timeouts.connectorMs),
    gaps: (key, now, lang) => digestGaps(services, key, now, lang),
    zone: config.timezone,
    language: config.language,
    instanceId: options.instanceId,
    intervalMs: options.schedulerIntervalMs,
    housekeep: (now) => housekeep(tables, now, { retentionYears: config.retentionYears }),
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
    headersTimeoutMs: config.headersTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
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
