import type { FastifyInstance } from 'fastify';

export interface RunOptions {
  port: number;
  host: string;
  /** Upper bound for a graceful stop; past it the process exits non-zero. */
  shutdownTimeoutMs: number;
  /** Runs after the app closed, before exit (e.g. flush telemetry: `telemetry.shutdown`). */
  afterClose?: () => Promise<void>;
}

/**
 * Listen, and on SIGTERM/SIGINT stop taking work and close the app: its onClose hooks stop
 * consumers (commit), flush relays and close connections; then `afterClose`. Exits 0 when done
 * in time.
 */
export async function runService(app: FastifyInstance, opts: RunOptions): Promise<void> {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error({ timeoutMs: opts.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, opts.shutdownTimeoutMs);
    timer.unref();
    let code = 0;
    try {
      await app.close();
      app.log.info('stopped');
    } catch (err) {
      app.log.error({ err }, 'error while shutting down');
      code = 1;
    }
    await opts.afterClose?.().catch((err) => app.log.warn({ err }, 'after close: failed'));
    process.exit(code);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: opts.port, host: opts.host });
}
