import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * A pino `mixin`: adds `trace_id` and `span_id` of the active span to every log line, so a
 * line found in the logs leads to its trace. Use as `pino({ mixin: loggerMixin })`.
 */
export function loggerMixin(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const ctx = span.spanContext();
  if (!isSpanContextValid(ctx)) return {};
  return { trace_id: ctx.traceId, span_id: ctx.spanId };
}
