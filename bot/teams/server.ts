// The HTTP surface: POST /api/messages for the Bot Connector, GET /healthz for the platform's probe, GET /download/<token> for
// report and calendar files, GET /calendar/<token>.ics for a team's calendar feed, GET /tab and /tab/api/* for the Teams tab.
import * as restify from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import type { Clock } from '../systemClock';
import { AuthRefused, type TovholderAdapter } from './adapter';
import { tokenRefusal } from './auth';
import { mountDownload, type DownloadSource } from './downloadRoute';
import { mountCalendarFeed, type FeedSource } from './calendarFeed';
import { mountTab, type TabParts } from '../tab/routes';
import { listenWithAcceptors } from './acceptors';
import { TurnGate } from './turnGate';

/** Teams' activities are a few KB; a card submit at most tens. Anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: TovholderAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** MicrosoftAppId is set: every request must carry a valid Bot Framework token. */
  authRequired: boolean;
  /** For a token's nbf and exp. */
  clock: Clock;
  health: () => Promise<boolean>;
  /** GET /download/<token>: the report files (bot/downloadLinks.ts). */
  download?: DownloadSource;
  /** A request's headers, and the whole request, must arrive within these (bot/config.ts). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** GET /calendar/<token>.ics: a team's calendar feed (bot/calendarLinks.ts). */
  calendarFeed?: FeedSource;
  /** GET /tab and /tab/api/*: the Teams tab (bot/tab/routes.ts). */
  tab?: TabParts;
}

/** Requests being answered, and whether the server is shutting down (see drainAndClose). */
interface Traffic {
  inFlight: number;
  draining: boolean;
  idle: Array<() => void>;
  /** The listening sockets beside the HTTP server's own (bot/teams/acceptors.ts), closed with it. */
  closeAcceptors?: () => void;
}
const trafficOf = new WeakMap<restify.Server, Traffic>();

export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'tovholder', handleUncaughtExceptions: false } as restify.ServerOptions);
  const traffic: Traffic = { inFlight: 0, draining: false, idle: [] };
  const turns = new TurnGate();
  trafficOf.set(server, traffic);
  limitSlowClients(server, parts);
  server.pre((req, res, next) => {
    if (traffic.draining) {
      // Shutting down: new work goes elsewhere (the Bot Connector retries a 503), work in flight finishes. The body is
      // read and dropped, so a client still sending it gets the 503, not a reset connection.
      req.resume();
      res.header('Connection', 'close');
      res.send(503, { error: 'shutting down' });
      return next(false);
    }
    traffic.inFlight++;
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      traffic.inFlight--;
      if (traffic.inFlight === 0) for (const resolve of traffic.idle.splice(0)) resolve();
    };
    res.once('finish', done);
    res.once('close', done);
    return next();
  });
  server.pre((req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.send(413, { error: `request body over ${MAX_BODY_BYTES} bytes` });
      return next(false);
    }
    return next();
  });
  // JSON only: the multipart parser in restify's bodyParser (formidable 1.x, with an open advisory) never runs here.
  server.use(restify.plugins.jsonBodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false } as restify.plugins.JsonBodyParserOptions));

  server.post('/api/messages', async (req, res) => {
    const body = req.body as unknown;
    if (body === null || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'expected a Bot Framework activity (a JSON object with a "type")' });
      return;
    }
    const authorization = req.headers.authorization ?? '';
    if (parts.authRequired) {
      // Refused before the SDK, without the network: what can never be a valid token (see tokenRefusal).
      const reason = tokenRefusal(authorization, parts.clock.now().toSeconds());
      if (reason) return refuse(reason);
    }
    try {
      const invoke = await turns.run(() =>
        parts.adapter.handle(body as Record<string, unknown>, authorization, (context) => parts.bot.run(context)),
      );
      res.send(invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      if (err instanceof AuthRefused) return refuse(err.reason);
      parts.logger.error('request_failed', describeError(err));
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
    function refuse(reason: string): void {
      // One line, no token, no stack: a flood of forged requests must not flood the log with dumps.
      parts.logger.warn('auth_refused', { reason, remote: req.socket.remoteAddress });
      res.send(401, { error: 'unauthorized' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const ok = await parts.health();
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'storage unavailable' });
  });

  if (parts.download) mountDownload(server, parts.download, parts.logger);
  if (parts.calendarFeed) mountCalendarFeed(server, parts.calendarFeed, parts.logger);
  if (parts.tab) mountTab(server, parts.tab);

  server.on('restifyError', (req, _res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode;
    // A GET on /api/messages (the Playground's and load balancers' probes) or an unknown path is routine: info, not warn.
    const routine = status === 404 || status === 405;
    (routine ? parts.logger.info : parts.logger.warn)('http_error', { path: req.url, status, error: err.name });
    return callback();
  });
  return server;
}

/**
 * A client that sends its headers or body a byte at a time is cut off: Node answers 408 and closes the connection
 * once headersTimeoutMs (for the headers) or requestTimeoutMs (for the whole request) has passed. Node checks every
 * connectionsCheckingInterval (30 s by default, read when the server starts listening): a tenth of the headers
 * limit here, at most a second, so a limit of 10 s is 10 to 11 s, not up to 40 (and a test's limit of 0.4 s is 0.4 to 0.44 s).
 */
function limitSlowClients(server: restify.Server, limits: { headersTimeoutMs: number; requestTimeoutMs: number }): void {
  const http = (server as unknown as { server: import('node:http').Server }).server;
  http.headersTimeout = limits.headersTimeoutMs;
  http.requestTimeout = limits.requestTimeoutMs;
  const checkEveryMs = Math.min(1000, Math.max(10, Math.round(limits.headersTimeoutMs / 10)));
  (http as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval = checkEveryMs;
}

/**
 * Graceful stop: refuse new requests at once (503), let the ones in flight finish (at most budgetMs), then stop
 * listening and close every connection. Resolves when the server is closed.
 */
export async function drainAndClose(server: restify.Server, budgetMs: number): Promise<void> {
  const traffic = trafficOf.get(server);
  const http = (server as unknown as { server: import('node:http').Server }).server;
  // The port stays open while turns finish, so a request that arrives meanwhile gets a 503 (which the Bot Connector
  // retries), not a refused connection or a reset one; it closes only when the process is about to exit.
  if (traffic) {
    traffic.draining = true;
    if (traffic.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => traffic.idle.push(resolve)),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, budgetMs);
        }),
      ]);
      clearTimeout(timer);
    }
  }
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  traffic?.closeAcceptors?.();
  http.closeAllConnections();
  await closed;
}

export async function listen(server: restify.Server, port: number, host: string): Promise<number> {
  const http = (server as unknown as { server: import('node:http').Server }).server;
  const listening = await listenWithAcceptors(http, port, host);
  const traffic = trafficOf.get(server);
  if (traffic) traffic.closeAcceptors = listening.closeAcceptors;
  return listening.port;
}
