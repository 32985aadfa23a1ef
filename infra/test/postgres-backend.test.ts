import { createConnection } from 'node:net';
import t from 'tap';
import { holdPort, runInfra, tempDir } from './run-infra.js';

async function freePort(): Promise<number> {
  const { port, server } = await holdPort();
  await new Promise((r) => server.close(r));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

t.test(
  'MONGO_BACKEND=postgresql: FerretDB on its own PostgreSQL, shown by status, both stopped by down',
  async (t) => {
    const mongoPort = await freePort();
    const pgPort = await freePort();
    const env = {
      CITYMATCH_STATE: tempDir('state'),
      CITYMATCH_MONGO: 'ferretdb',
      MONGO_BACKEND: 'postgresql',
      MONGO_PORT: String(mongoPort),
      PG_PORT: String(pgPort),
    };
    t.teardown(() => runInfra(['down', 'mongo'], env));

    const up = runInfra(['up', 'mongo'], env);
    t.equal(up.code, 0, up.stderr);
    t.match(up.stderr, /mongo up in \d+s: FerretDB v1\.\d+\.\d+ \(PostgreSQL \d+/);
    t.ok(await accepts(mongoPort), 'FerretDB answers');
    t.ok(await accepts(pgPort), 'PostgreSQL answers on PG_PORT');

    const status = runInfra(['status'], env);
    t.match(
      status.stdout,
      new RegExp(
        `mongo\\s+up\\s+\\d+\\s+${mongoPort}\\s+FerretDB .*PostgreSQL .*port ${pgPort}: up`,
      ),
    );

    const again = runInfra(['up', 'mongo'], { ...env, MONGO_BACKEND: 'sqlite' });
    t.equal(again.code, 0);
    t.match(again.stderr, /the running FerretDB uses postgresql, not MONGO_BACKEND=sqlite/);

    const down = runInfra(['down', 'mongo'], env);
    t.equal(down.code, 0, down.stderr);
    t.match(down.stderr, /mongo stopped/);
    t.match(down.stderr, /postgres stopped/);
    t.notOk(await accepts(mongoPort), 'FerretDB is gone');
    t.notOk(await accepts(pgPort), 'PostgreSQL is gone');
    t.match(runInfra(['status'], env).stdout, /mongo\s+down/);
  },
);

t.test('an unknown MONGO_BACKEND is refused by name', async (t) => {
  const res = runInfra(['up', 'mongo'], {
    CITYMATCH_MONGO: 'ferretdb',
    MONGO_BACKEND: 'mysql',
    MONGO_PORT: String(await freePort()),
  });
  t.not(res.code, 0);
  t.match(res.stderr, /MONGO_BACKEND must be sqlite or postgresql, not 'mysql'/);
});
