// A TCP proxy in front of a storage endpoint that can be paused like a frozen Azurite: while paused, what clients send
// is held back (the client times out and goes away), and on resume it reaches the service after all, so a write the
// bot gave up on lands later. A client that went away gets nothing back; its request is still carried out.
import * as net from 'node:net';

interface Link {
  client: net.Socket;
  upstream: net.Socket;
  held: Buffer[];
}

export interface PausableProxy {
  port: number;
  pause(): void;
  /** Delivers everything held back and passes traffic through again. */
  resume(): void;
  stop(): Promise<void>;
}

export async function startPausableProxy(targetPort: number): Promise<PausableProxy> {
  let paused = false;
  const links = new Set<Link>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    const link: Link = { client, upstream, held: [] };
    links.add(link);
    client.on('data', (d: Buffer) => (paused ? link.held.push(d) : upstream.write(d)));
    upstream.on('data', (d: Buffer) => {
      if (!client.destroyed) client.write(d);
    });
    // A client that gives up while its request is held: the request still goes through on resume.
    client.on('close', () => {
      if (link.held.length === 0) upstream.destroy();
    });
    upstream.on('close', () => {
      client.destroy();
      links.delete(link);
    });
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const link of links) {
        for (const d of link.held.splice(0)) link.upstream.write(d);
        // The service answers a client that is gone: close the link once it has had time to carry the request out.
        if (link.client.destroyed) setTimeout(() => link.upstream.destroy(), 2000).unref();
      }
    },
    async stop() {
      for (const link of links) {
        link.client.destroy();
        link.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
