import {
  type Context,
  context,
  ROOT_CONTEXT,
  type TextMapGetter,
  type TextMapSetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C trace context as message headers (CloudEvents' distributed tracing extension). A type,
 * not an interface, so it can be passed wherever a `HeaderCarrier` is expected.
 */
export type TraceHeaders = {
  traceparent?: string;
  tracestate?: string;
};

/** Headers as kafkajs gives them (Buffers, strings, arrays) or as stored beside an outbox row. */
export type HeaderCarrier = Record<
  string,
  string | Buffer | ReadonlyArray<string | Buffer> | undefined | null
>;

/** Always W3C, whatever OTEL_PROPAGATORS says: the headers are part of the event contract. */
const w3c = new W3CTraceContextPropagator();

const setter: TextMapSetter<TraceHeaders> = {
  set(carrier, key, value) {
    if (key === 'traceparent' || key === 'tracestate') carrier[key] = value;
  },
};

const getter: TextMapGetter<HeaderCarrier> = {
  keys: (carrier) => Object.keys(carrier),
  get(carrier, key) {
    const found = Object.keys(carrier).find((k) => k.toLowerCase() === key);
    const raw = found === undefined ? undefined : carrier[found];
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first === undefined || first === null) return undefined;
    return typeof first === 'string' ? first : first.toString('utf8');
  },
};

/**
 * Write the active (or given) context's `traceparent` and `tracestate` into `carrier` and
 * return it. Without a sampled or remote span in that context nothing is written.
 */
export function injectTraceHeaders<C extends object = TraceHeaders>(
  carrier?: C,
  ctx: Context = context.active(),
): C & TraceHeaders {
  const target = (carrier ?? {}) as C & TraceHeaders;
  w3c.inject(ctx, target, setter);
  return target;
}

/** The context a message's `traceparent`/`tracestate` headers describe (ROOT when absent). */
export function extractTraceContext(headers: HeaderCarrier | undefined): Context {
  if (!headers) return ROOT_CONTEXT;
  return w3c.extract(ROOT_CONTEXT, headers, getter);
}

/** Run `fn` in the context carried by a message's headers: its spans join the sender's trace. */
export function withExtractedContext<T>(headers: HeaderCarrier | undefined, fn: () => T): T {
  return context.with(extractTraceContext(headers), fn);
}
