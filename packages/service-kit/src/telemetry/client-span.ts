import { type Attributes, context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { extractTraceContext, type HeaderCarrier } from './trace-headers.js';

const TRACER = '@citymatch/service-kit/client';

export interface ClientSpan {
  /** Run `fn` inside the span's context (its logs, calls and events join the span). */
  within<T>(fn: () => Promise<T>): Promise<T>;
  /** End the span, marked failed with `error` when given. */
  end(error?: string): void;
}

/**
 * A CLIENT span for a call to a server that has no instrumentation of its own (SMTP), started
 * in the trace saved in `parentHeaders` (work done later, outside the span that caused it),
 * else in the active context.
 */
export function startClientSpan(
  name: string,
  opts: { attributes?: Attributes; parentHeaders?: HeaderCarrier } = {},
): ClientSpan {
  const parent = opts.parentHeaders ? extractTraceContext(opts.parentHeaders) : context.active();
  const span = trace
    .getTracer(TRACER)
    .startSpan(name, { kind: SpanKind.CLIENT, attributes: opts.attributes ?? {} }, parent);
  const ctx = trace.setSpan(parent, span);
  return {
    within: (fn) => context.with(ctx, fn),
    end(error) {
      if (error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
      span.end();
    },
  };
}
