import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntil } from '@citymatch/testkit';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const logDir = join(root, '.infra', 'logs', 'e2e');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One service as a real child process (`tsx src/main.ts` in its folder); stop and start again. */
export class ServiceProcess {
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  readonly url: string;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Spawn it and wait until /health/ready answers 200 (boot loads tsx and OpenTelemetry first). */
  async start(timeoutMs = 120_000): Promise<void> {
    const cwd = join(root, 'services', this.name);
    mkdirSync(logDir, { recursive: true });
    const log = createWriteStream(join(logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(join(cwd, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let exited = false;
    void this.#exited.then(() => {
      exited = true;
    });
    await waitUntil(
      async () => {
        if (exited) throw new Error(`${this.name} exited at boot; log: ${logDir}`);
        const res = await fetch(`${this.url}/health/ready`).catch(() => undefined);
        return res?.status === 200;
      },
      { timeoutMs, intervalMs: 250, what: () => `${this.name} to be ready on ${this.url}` },
    );
  }

  /** SIGTERM and wait for the process to exit (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 20_000): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.#exited;
    clearTimeout(timer);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }
}
