// A lean stand-in for the Bot Connector: answers every reply and proactive send at once and only counts them
// (test/support/connectorStandIn.ts keeps every body, which a 100,000-turn run should not).
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOG_VERBS } from '../cards/logButton';

export class CountingConnector {
  /** Replies to an incoming activity (POST .../activities/<replyToId>) and proactive sends, by kind. */
  replies = 0;
  proactive = 0;
  /** TCP connections the bot opened to the stand-in (one per reply means no keep-alive: a burst can overflow the accept queue). */
  connections = 0;
  /**
   * Ids of the activities whose reply confirmed a saved log entry: only the log card of a stored entry has its Undo
   * button (LOG_VERBS.undo). An answer such as "storage is unavailable, try again" is an HTTP 200 too, but not a
   * confirmation, and the load check must not count it as one.
   */
  readonly confirmedLogs = new Set<string>();
  /** The reply bodies to the activity ids given to watch() (a few checks read what the bot answered). */
  readonly watched = new Map<string, string | undefined>();
  private server: http.Server | undefined;
  private counter = 0;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', () => {
      this.connections++;
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Keeps the reply to this activity (read it from `watched` once the turn is answered). */
  watch(activityId: string): void {
    this.watched.set(activityId, undefined);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? '').split('?')[0]!;
    const reply = req.method === 'POST' ? /^\/v3\/conversations\/[^/]+\/activities\/([^/]+)$/.exec(path) : null;
    const chunks: Buffer[] = [];
    if (reply) req.on('data', (c: Buffer) => chunks.push(c));
    else req.resume();
    const replyTo = reply ? decodeURIComponent(reply[1]!) : undefined;
    req.on('end', () => {
      if (replyTo && Buffer.concat(chunks).includes(JSON.stringify(LOG_VERBS.undo))) this.confirmedLogs.add(replyTo);
      if (replyTo && this.watched.has(replyTo)) this.watched.set(replyTo, Buffer.concat(chunks).toString('utf8'));
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const id = `a-${++this.counter}`;
      if (req.method === 'POST' && path === '/v3/conversations') {
        this.proactive++;
        return send(201, { id: `conv-${this.counter}`, activityId: id });
      }
      if (reply) {
        this.replies++;
        return send(200, { id });
      }
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities$/.test(path)) {
        this.proactive++;
        return send(200, { id });
      }
      if (req.method === 'GET' && /\/members/.test(path)) return send(200, { id: '29:user', name: 'Bench User' });
      send(404, { error: { code: 'NotFound', message: `no ${req.method} ${path}` } });
    });
  }
}
