// Listening so that a burst of new connections is taken in while the bot is busy (issue 26). Since Node 20, libuv
// accepts one connection per listening socket and turn of the event loop (libuv PR 3696; nodejs/node issue 57364).
// Under 200 users a turn of the loop lasts hundreds of milliseconds (every turn in flight moves one step, and the
// group commit's fsync holds the loop), so the bot accepted about five new connections a second: in the bench 180 of
// 200 users' connections waited in the kernel's accept queue (ss showed them) for up to 11 s while the first users'
// connections were served again and again. Several listening sockets on the one port (SO_REUSEPORT, Linux) each
// accept one per turn, and all hand their connections to the one HTTP server.
import * as net from 'node:net';
import type { Server as HttpServer } from 'node:http';

/** Listening sockets on the port. 16 took the bench's burst of 200 connections in within a few turns of the loop. */
export const ACCEPTORS = 16;

export interface Listening {
  port: number;
  /** Stops the extra acceptors (the HTTP server's own socket closes with server.close()). */
  closeAcceptors(): void;
}

/**
 * `http` listens on host:port (0: a free port) with ACCEPTORS - 1 more sockets beside it on Linux, one elsewhere. The
 * port is first bound alone, without SO_REUSEPORT, so that a port another process uses is refused (EADDRINUSE) as
 * before, and a second bot started on this port later is refused in the same way (its own first bind fails).
 */
export async function listenWithAcceptors(http: HttpServer, port: number, host: string, acceptors = ACCEPTORS): Promise<Listening> {
  if (process.platform !== 'linux' || acceptors <= 1) {
    await listenOn(http, { port, host });
    return { port: (http.address() as net.AddressInfo).port, closeAcceptors: () => undefined };
  }
  const probe = net.createServer();
  await listenOn(probe, { port, host, exclusive: true });
  const chosen = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  await listenOn(http, { port: chosen, host, reusePort: true });
  // As http.Server accepts: half-open allowed (HTTP needs it) and no Nagle delay on the answers.
  const extra = Array.from({ length: acceptors - 1 }, () =>
    net.createServer({ allowHalfOpen: true, noDelay: true }, (socket) => http.emit('connection', socket)),
  );
  try {
    await Promise.all(extra.map((s) => listenOn(s, { port: chosen, host, reusePort: true })));
  } catch {
    // Not allowed here after all: the HTTP server's own socket serves alone, as it would without them.
    for (const s of extra) s.close();
    return { port: chosen, closeAcceptors: () => undefined };
  }
  return {
    port: chosen,
    closeAcceptors() {
      for (const s of extra) s.close();
    },
  };
}

function listenOn(server: net.Server, options: net.ListenOptions & { reusePort?: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
