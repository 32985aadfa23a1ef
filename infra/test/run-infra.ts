import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INFRA = join(dirname(fileURLToPath(import.meta.url)), '..');

const made: string[] = [];
// A test file's folders go when its process ends (each file runs in its own): a state folder
// holds the servers' data and logs, tens of MB, and a run of the infra tests makes twenty.
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temp folder, removed when the test file's process ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `citymatch-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Run an infra command with its own state and cache folders, so tests never touch the real ones. */
export function runInfra(args: string[], env: Record<string, string>) {
  const res = spawnSync(join(INFRA, args[0]!), args.slice(1), {
    env: { ...process.env, CITYMATCH_STATE: tempDir('state'), ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: res.status, stderr: res.stderr, stdout: res.stdout };
}

/** Listen on a free loopback port, like a stranger holding a port infra wants. */
export async function holdPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return { port: address.port, server };
}

/** A PATH holding only the named commands (resolved from the current PATH). */
export function pathWith(commands: string[], extra: Record<string, string> = {}): string {
  const dir = tempDir('bin');
  mkdirSync(dir, { recursive: true });
  for (const cmd of commands) {
    const which = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
    if (which) symlinkSync(which, join(dir, cmd));
  }
  for (const [name, target] of Object.entries(extra)) symlinkSync(target, join(dir, name));
  return dir;
}

export const BASIC_COMMANDS = [
  'bash',
  'sh',
  'env',
  'sed',
  'grep',
  'cat',
  'cut',
  'tr',
  'sha256sum',
  'mkdir',
  'rm',
  'mv',
  'find',
  'dirname',
  'tail',
  'sleep',
  'seq',
  'id',
  'setsid',
  'nohup',
  'touch',
  'head',
  'chmod',
  'ls',
];
