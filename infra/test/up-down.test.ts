import t from 'tap';
import { holdPort, runInfra, tempDir } from './run-infra.js';

t.test('up is idempotent and down stops only what up started', async (t) => {
  const { port, server } = await holdPort();
  await new Promise((r) => server.close(r)); // a port known to be free
  const env = { CITYMATCH_STATE: tempDir('state'), REDIS_PORT: String(port) };

  const first = runInfra(['up', 'redis'], env);
  t.equal(first.code, 0, first.stderr);
  t.match(first.stderr, /redis up in \d+s: Redis server v=\d/);

  const second = runInfra(['up', 'redis'], env);
  t.equal(second.code, 0);
  t.match(second.stderr, /redis already up \(pid \d+\) on port \d+: reused/);

  const status = runInfra(['status'], env);
  t.match(status.stdout, new RegExp(`redis\\s+up\\s+\\d+\\s+${port}`));

  const down = runInfra(['down', 'redis'], env);
  t.equal(down.code, 0);
  t.match(down.stderr, /redis stopped/);
  const after = runInfra(['status'], env);
  t.match(after.stdout, /redis\s+down/);
});
