import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { BASIC_COMMANDS, holdPort, pathWith, runInfra, tempDir } from './run-infra.js';

t.test('a port already taken names the server and the port', async (t) => {
  const { port, server } = await holdPort();
  t.teardown(() => server.close());
  for (const [name, variable] of [
    ['redis', 'REDIS_PORT'],
    ['kafka', 'KAFKA_PORT'],
    ['smtp', 'SMTP_PORT'],
  ]) {
    const res = runInfra(['up', name!], { [variable!]: String(port) });
    t.not(res.code, 0, `${name} refuses to start`);
    t.match(
      res.stderr,
      new RegExp(`${name}: port ${port} .*already taken`),
      `${name} names its port`,
    );
  }
});

t.test('a missing Java or Go says what to install', async (t) => {
  const cache = tempDir('cache');
  const noJava = runInfra(['up', 'kafka'], {
    PATH: pathWith([...BASIC_COMMANDS, 'mvn']),
    CITYMATCH_CACHE: cache,
    KAFKA_PORT: '1',
  });
  t.not(noJava.code, 0);
  t.match(noJava.stderr, /java not found: install a JDK 17/);

  const noGo = runInfra(['up', 'mongo'], {
    PATH: pathWith(BASIC_COMMANDS),
    CITYMATCH_CACHE: cache,
    CITYMATCH_MONGO: 'ferretdb',
    MONGO_PORT: '2',
  });
  t.not(noGo.code, 0);
  t.match(noGo.stderr, /go not found: install Go 1\.22 or newer/);
});

t.test('a failed download leaves nothing in the cache that a later run would trust', async (t) => {
  const cache = tempDir('cache');
  // A Maven that dies half-way through copying the jars, as a dropped connection would.
  const bin = tempDir('fake-mvn');
  const mvn = join(bin, 'mvn');
  writeFileSync(
    mvn,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell script, not a template
    '#!/bin/sh\nfor a; do case $a in -DoutputDirectory=*) d=${a#*=};; esac; done\n' +
      'mkdir -p "$d" && echo partial > "$d/kafka_2.13-3.9.1.jar"\necho "Could not transfer artifact" >&2\nexit 1\n',
  );
  chmodSync(mvn, 0o755);
  const res = runInfra(['up', 'kafka'], {
    PATH: `${bin}:${process.env.PATH}`,
    CITYMATCH_CACHE: cache,
    KAFKA_PORT: '3',
  });
  t.not(res.code, 0);
  t.match(res.stderr, /fetching Kafka jars failed/);
  t.same(readdirSync(cache), [], 'no partial download is left in the cache');
});
