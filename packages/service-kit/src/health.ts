import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export type ReadinessCheck = () => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Register a dependency that /health/ready must find answering (Mongo, Kafka, Redis…). */
    addReadinessCheck(name: string, check: ReadinessCheck): void;
  }
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
    check().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** `/health/live` (the process answers) and `/health/ready` (every dependency answers). */
export const healthPlugin = fp(
  async (app: FastifyInstance, opts: { service: string }) => {
    const checks = new Map<string, ReadinessCheck>();
    let closing = false;
    app.decorate('addReadinessCheck', (name: string, check: ReadinessCheck) => {
      checks.set(name, check);
    });
    app.addHook('preClose', async () => {
      closing = true;
    });

    app.get('/health/live', async () => ({
      status: 'ok',
      service: opts.service,
    }));

    app.get('/health/ready', async (_req, reply) => {
      const results: Record<string, string> = {};
      let ok = !closing;
      await Promise.all(
        [...checks].map(async ([name, check]) => {
          try {
            await withTimeout(check);
            results[name] = 'ok';
          } catch (err) {
            ok = false;
            results[name] = err instanceof Error ? err.message : String(err);
          }
        }),
      );
      if (closing) results['shutdown'] = 'in progress';
      reply.code(ok ? 200 : 503);
      return { status: ok ? 'ok' : 'unavailable', service: opts.service, checks: results };
    });
  },
  { name: 'citymatch-health' },
);
