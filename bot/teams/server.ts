// The HTTP surface: POST /api/messages for the Bot Connector, GET /healthz for the platform's probe.
import * as restify from 'restify';
import type { CloudAdapter, ActivityHandler } from 'botbuilder';
import type { Logger } from '../logger';
import { describeError } from '../logger';

/** Teams' activities are a few KB; a card submit at most tens. Anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: () => Promise<boolean>;
}

export function createServer(parts: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'tovholder', handleUncaughtExceptions: false } as restify.ServerOptions);
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
    try {
      await parts.adapter.process(req, res, (context) => parts.bot.run(context));
    } catch (err) {
      parts.logger.error('request_failed', describeError(err));
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    const ok = await parts.health();
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'storage unavailable' });
  });

  server.on('restifyError', (req, res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode;
    // A GET on /api/messages (the Playground's and load balancers' probes) or an unknown path is routine: info, not warn.
    const routine = status === 404 || status === 405;
    (routine ? parts.logger.info : parts.logger.warn)('http_error', { path: req.url, status, error: err.name });
    return callback();
  });
  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(address.port);
    });
  });
}
