import { register } from 'node:module';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import { diag } from '@opentelemetry/api';
import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  NoopSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';

export interface TelemetryOptions {
  /** `service.name` of every span (OTEL_SERVICE_NAME, when set, wins). */
  serviceName: string;
  /** Replace the exporter: tests pass `new SimpleSpanProcessor(new InMemorySpanExporter())`. */
  spanProcessor?: SpanProcessor;
  /** More instrumentations beside http, fastify, ioredis, mongodb and mongoose. */
  instrumentations?: Instrumentation[];
  /** Read for OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface Telemetry {
  /** What happens to finished spans: `custom` (the given processor), `otlp` or `none`. */
  exporting: 'custom' | 'otlp' | 'none';
  /** Flush and stop; call it last in shutdown. */
  shutdown(): Promise<void>;
}

/** Packages whose ESM `import` must go through the loader hook to be instrumented. */
const ESM_HOOKED = ['ioredis', 'mongoose', 'mongodb'];
const IGNORED_PATHS = /^\/(health\/|metrics$)/;

let running: Telemetry | null = null;
let loaderHooked = false;

function hookEsmImports(): void {
  if (loaderHooked) return;
  loaderHooked = true;
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, {
    data: { include: ESM_HOOKED },
  });
}

/** Where OTLP/HTTP traces go: the signal's own endpoint, else `<endpoint>/v1/traces`. */
export function otlpTracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

function ignoredPath(url: string | undefined): boolean {
  return url !== undefined && IGNORED_PATHS.test(url.split('?')[0] ?? '');
}

/**
 * Start OpenTelemetry once per process, before the app's modules are imported: in `main.ts`,
 * call this first and `await import('./app.js')` after, so http, ioredis, mongodb and mongoose
 * are patched when they load; Fastify apps created afterwards are traced (@fastify/otel).
 * Spans go to the given processor, else to OTLP over HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
 * the _TRACES_ one) is set, else nowhere: trace ids still exist for logs and Kafka headers.
 * Context travels in W3C `traceparent`/`tracestate` (and baggage). Health and metrics requests
 * are not traced.
 */
export function startTelemetry(opts: TelemetryOptions): Telemetry {
  if (running) {
    diag.warn('startTelemetry called twice; the first setup stays');
    return running;
  }
  const env = opts.env ?? process.env;
  const url = otlpTracesUrl(env);
  const exporting = opts.spanProcessor ? 'custom' : url ? 'otlp' : 'none';
  const spanProcessor =
    opts.spanProcessor ??
    (url ? new BatchSpanProcessor(new OTLPTraceExporter({ url })) : new NoopSpanProcessor());

  hookEsmImports();
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || opts.serviceName,
    spanProcessors: [spanProcessor],
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => ignoredPath(req.url),
      }),
      new FastifyOtelInstrumentation({
        registerOnInitialization: true,
        ignorePaths: (route) => ignoredPath(route.url),
      }),
      new IORedisInstrumentation(),
      new MongoDBInstrumentation(),
      new MongooseInstrumentation(),
      ...(opts.instrumentations ?? []),
    ],
  });
  sdk.start();
  running = {
    exporting,
    async shutdown() {
      running = null;
      await sdk.shutdown();
    },
  };
  return running;
}
