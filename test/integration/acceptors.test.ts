// The bot's listening sockets (bot/teams/acceptors.ts): a burst of new connections is taken in while the event loop is
// busy, the port is still the bot's alone, and closing frees it. Real sockets on 127.0.0.1.
import { strict as assert } from 'node:assert';
import * as http from 'node:http';
import * as net from 'node:net';
import { listenWithAcceptors } from '../../bot/teams/acceptors';

/** A server whose every request holds the event loop for `busyMs`, as a turn of the busy bot does. */
function busyServer(busyMs: number): { server: http.Server; accepted: () => number; answered: number[] } {
  let accepted = 0;
  const answered: number[] = [];
  const server = http.createServer((_req, res) => {
    const until = performance.now() + busyMs;
    while (performance.now() < until) {
      // the loop is held, as by a turn's synchronous work and the commit's fsync
    }
    answered.push(accepted);
    res.end('ok');
  });
  server.on('connection', () => {
    accepted++;
  });
  return { server, accepted: () => accepted, answered };
}

/** `n` clients that connect at once, each sending one request on a connection of its own. */
async function burst(port: number, n: number): Promise<number[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<number>((resolve, reject) => {
          const req = http.request({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
          req.end();
        }),
    ),
  );
}

const close = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('listening sockets (acceptors)', () => {
  /** How many connections the server had accepted when its 8th answer went out, after a burst of 48. */
  async function acceptedByTheEighthAnswer(acceptors: number): Promise<number> {
    const busy = busyServer(10);
    const listening = await listenWithAcceptors(busy.server, 0, '127.0.0.1', acceptors);
    try {
      const statuses = await burst(listening.port, 48);
      assert.deepEqual(new Set(statuses), new Set([200]));
      return busy.answered[7]!;
    } finally {
      listening.closeAcceptors();
      busy.server.closeAllConnections();
      await close(busy.server);
    }
  }

  it('takes in a burst of connections while each request holds the loop, where one socket takes one per turn', async function () {
    if (process.platform !== 'linux') this.skip();
    // With one listening socket libuv accepts one connection per turn of the loop, and every turn here answers what
    // it has read: by the 8th answer about 9 connections were in. The acceptors take one each per turn.
    const single = await acceptedByTheEighthAnswer(1);
    const many = await acceptedByTheEighthAnswer(16);
    assert.ok(single <= 10, `one socket: ${single} accepted by the 8th answer`);
    assert.ok(many >= 2 * single, `16 sockets: ${many} accepted by the 8th answer, one socket: ${single}`);
  });

  it('keeps the port its own: another listener on it is refused, and closing frees it', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    const listening = await listenWithAcceptors(server, 0, '127.0.0.1');
    const other = net.createServer();
    await assert.rejects(
      new Promise<void>((resolve, reject) => {
        other.once('error', reject);
        other.listen({ port: listening.port, host: '127.0.0.1' }, resolve);
      }),
      /EADDRINUSE/,
    );
    const second = http.createServer();
    await assert.rejects(listenWithAcceptors(second, listening.port, '127.0.0.1'), /EADDRINUSE/);
    listening.closeAcceptors();
    await close(server);
    const again = net.createServer();
    await new Promise<void>((resolve, reject) => {
      again.once('error', reject);
      again.listen({ port: listening.port, host: '127.0.0.1' }, resolve);
    });
    await close(again);
  });
});
