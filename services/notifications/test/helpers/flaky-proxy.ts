import { connect, createServer, type Socket } from 'node:net';
import type { Test } from 'tap';

/**
 * A TCP proxy in front of an SMTP server that can be "down": while down it drops every
 * connection at once (what a client sees when the server is away), otherwise it forwards.
 */
export async function flakyProxy(t: Test, target: { host: string; port: number }) {
  let down = false;
  const sockets = new Set<Socket>();
  let refused = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (down) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Go down: open connections (pooled ones too) are cut, new ones are dropped. */
    down() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    up() {
      down = false;
    },
    refused: () => refused,
  };
}
