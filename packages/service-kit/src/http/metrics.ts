import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface GaugeOptions<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  /** Called on every scrape to set the gauge's current value(s): lag, backlog, DLQ size… */
  collect?: (gauge: Gauge<L>) => void | Promise<void>;
}

export interface CounterOptions<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
}

/** The app's own Prometheus registry, and helpers that register on it. */
export interface AppMetrics {
  registry: Registry;
  gauge<L extends string = string>(opts: GaugeOptions<L>): Gauge<L>;
  counter<L extends string = string>(opts: CounterOptions<L>): Counter<L>;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export interface MetricsPluginOptions {
  /** Added as the `service` label to every metric. */
  service: string;
  /** Process metrics (CPU, memory, event loop, GC); default true. */
  defaultMetrics?: boolean;
  /** Default `/metrics`. */
  path?: string;
}

/** A registry and the helpers bound to it; one per app, so apps in one process never clash. */
export function createAppMetrics(service: string, defaultMetrics = true): AppMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  return {
    registry,
    gauge<L extends string>(opts: GaugeOptions<L>) {
      const { collect } = opts;
      return new Gauge<L>({
        name: opts.name,
        help: opts.help,
        labelNames: opts.labelNames ?? [],
        registers: [registry],
        ...(collect
          ? {
              async collect(this: Gauge<L>) {
                await collect(this);
              },
            }
          : {}),
      });
    },
    counter<L extends string>(opts: CounterOptions<L>) {
      return new Counter<L>({
        name: opts.name,
        help: opts.help,
        labelNames: opts.labelNames ?? [],
        registers: [registry],
      });
    },
  };
}

/**
 * `/metrics` in the Prometheus text format, with process metrics and
 * `http_request_duration_seconds{method,route,status_code}` for every answered request.
 * `route` is the route pattern (`/challenges/:id`), or `unmatched` for 404s, so the label
 * stays bounded. Other code adds its metrics through `app.metrics`.
 */
export const metricsPlugin = fp(
  async (app: FastifyInstance, opts: MetricsPluginOptions) => {
    const metrics = createAppMetrics(opts.service, opts.defaultMetrics ?? true);
    app.decorate('metrics', metrics);
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by method, route and status code',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    });

    app.addHook('onResponse', async (req, reply) => {
      duration.observe(
        {
          method: req.method,
          route: req.routeOptions.url ?? 'unmatched',
          status_code: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });

    app.get(opts.path ?? '/metrics', { schema: { hide: true } }, async (_req, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  },
  { name: 'citymatch-metrics' },
);
