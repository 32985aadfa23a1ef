import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '@citymatch/testkit';
import type { Test } from 'tap';
import { mailpit } from './mailpit.js';

/** The Mailpit binary infra/ built (cached under ~/.cache/citymatch/mailpit-*). */
function mailpitBinary(): string {
  if (process.env.MAILPIT_BIN) return process.env.MAILPIT_BIN;
  const cache = join(homedir(), '.cache', 'citymatch');
  for (const dir of readdirSync(cache).filter((d) => d.startsWith('mailpit-'))) {
    const bin = join(cache, dir, 'mailpit');
    if (existsSync(bin)) return bin;
  }
  throw new Error(`no mailpit binary under ${cache}; run infra/up`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Mailpit of this test's own (chaos switched on), so making its SMTP server fail never
 * touches the shared one other tests and agents use. Stopped at teardown.
 */
export async function privateMailpit(t: Test) {
  const smtpPort = await freePort();
  const httpPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mailpit-'));
  const child: ChildProcess = spawn(
    mailpitBinary(),
    [
      '--smtp',
      `127.0.0.1:${smtpPort}`,
      '--listen',
      `127.0.0.1:${httpPort}`,
      '--database',
      join(dir, 'mailpit.db'),
      '--disable-version-check',
      '--enable-chaos',
      '--smtp-disable-rdns',
    ],
    { stdio: 'ignore' },
  );
  t.teardown(() => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });
  const api = `http://127.0.0.1:${httpPort}`;
  await waitUntil(
    async () => {
      try {
        return (await fetch(`${api}/readyz`)).ok;
      } catch {
        return false;
      }
    },
    { timeoutMs: 20_000, what: () => 'the private mailpit to answer' },
  );
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, smtpPort, client: mailpit(api) };
}
