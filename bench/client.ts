// The one HTTP client for every measurement (floor and bot alike): keep-alive, loopback, timed from the POST until the
// bot's HTTP answer. The bot sends its replies to the connector during the turn, before it answers 200, so this
// span includes the reply's arrival at the connector stand-in.
import * as http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });

export interface Timed {
  status: number;
  ms: number;
}

export function postActivity(port: number, activity: object, timeoutMs = 30_000): Promise<Timed> {
  const body = Buffer.from(JSON.stringify(activity));
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

export function closeClient(): void {
  agent.destroy();
}

export const TENANT = '5b0c0c55-0000-4000-8000-00000000be01';
export const BOT = { id: '28:tovholder-bench', name: 'Tovholder' };
let counter = 0;

/** A Teams channel message to the bot in `teamId`, with the bot's @mention, at the instant `timestamp`. */
export function teamMessage(
  text: string,
  o: { teamId: string; serviceUrl: string; timestamp: string; user?: number },
): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  const channel = `${o.teamId}-general`;
  const user = o.user ?? 0;
  return {
    type: 'message',
    id: `bench-${process.pid}-${++counter}`,
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: o.timestamp,
    localTimezone: 'Europe/Copenhagen',
    locale: 'da-DK',
    text: `${mention} ${text}`,
    textFormat: 'plain',
    from: { id: `29:user-${user}`, name: `Bruger ${user}`, aadObjectId: `00000000-0000-4000-8000-${String(user).padStart(12, '0')}` },
    recipient: BOT,
    conversation: { id: `${channel};messageid=1741770000000`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
    channelData: { tenant: { id: TENANT }, team: { id: o.teamId, name: 'Bench' }, channel: { id: channel, name: 'General' } },
  };
}

export type Fetched = Timed & { bytes: number; etag?: string };

/** A timed GET (the calendar feed), with the answer's size and ETag. */
export function getPath(port: number, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', agent, headers, timeout: 30_000 }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes, etag: res.headers.etag }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, bytes: 0 }));
    req.end();
  });
}
