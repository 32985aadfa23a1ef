import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { drillInfraEnv, repoRoot } from './drill-settings.js';

export type ServerName = 'kafka' | 'mongo' | 'redis' | 'smtp';

function runInfra(script: 'up' | 'down', servers: ServerName[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'infra', script), servers, {
      cwd: repoRoot,
      env: { ...process.env, ...drillInfraEnv() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`infra/${script} ${servers.join(' ')} failed (${code}):\n${err}`)),
    );
  });
}

/** The drills' own servers, started and stopped through the project's infra scripts. */
export const drillServers = {
  up: (...servers: ServerName[]) => runInfra('up', servers),
  down: (...servers: ServerName[]) => runInfra('down', servers),
  async restart(server: ServerName, downForMs: number): Promise<void> {
    await runInfra('down', [server]);
    await new Promise((r) => setTimeout(r, downForMs));
    await runInfra('up', [server]);
  },
};
