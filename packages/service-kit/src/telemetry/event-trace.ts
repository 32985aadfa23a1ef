import { type EventEnvelope, EventHeaders } from '@citymatch/events';
import { type Context, context, type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type { KafkaMessage } from 'kafkajs';
import {
  type ConsumerSpanOptions,
  startConsumerSpan,
  startProducerSpan,
} from './messaging-spans.js';
import { injectTraceHeaders } from './trace-headers.js';

/**
 * Events written while a span is active (a request, a consumer handler, an SMTP send) carry its
 * trace context in their envelope, so the relay's send, which runs later outside that span,
 * joins the same trace. An event that already has a `traceparent` keeps it.
 */
export function withTraceContext<E extends EventEnvelope>(
  events: E[],
  ctx: Context = context.active(),
): E[] {
  const headers = injectTraceHeaders({}, ctx);
  if (!headers.traceparent) return events;
  return events.map((e) => (e.traceparent ? e : { ...e, ...headers }));
}

/**
 * The relay's PRODUCER spans, one per event of a batch: each is a child of the context saved in
 * its envelope, and the message's trace headers are replaced by the span's own, so a consumer
 * continues from the send. Ended when the batch is acknowledged (marked failed if it is not).
 */
export class OutboxSendSpans {
  readonly #spans: Span[] = [];

  /** Start the event's send span; returns the message's headers with the span's `traceparent`. */
  add(
    topic: string,
    event: EventEnvelope,
    message: { key: string; headers: Record<string, string> },
  ): Record<string, string> {
    const span = startProducerSpan({
      topic,
      messageId: event.id,
      eventType: event.type,
      key: message.key,
      parentHeaders: { traceparent: event.traceparent, tracestate: event.tracestate },
    });
    this.#spans.push(span);
    const out: Record<string, string> = { ...message.headers };
    delete out.traceparent;
    delete out.tracestate;
    return injectTraceHeaders(out, trace.setSpan(context.active(), span)) as Record<string, string>;
  }

  /** Wait for the send, then end every span. */
  async around<T>(send: Promise<T>): Promise<T> {
    try {
      return await send;
    } catch (err) {
      for (const span of this.#spans) {
        span.recordException(err instanceof Error ? err : new Error(String(err)));
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(err) });
      }
      throw err;
    } finally {
      for (const span of this.#spans) span.end();
    }
  }
}

const header = (message: KafkaMessage, name: string): string | undefined => {
  const raw = message.headers?.[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first === undefined ? undefined : String(first);
};

/**
 * The CONSUMER span `process <topic>` of one message, child of the producer's (its headers).
 * `event`, the message decoded, spares reading its id and type from the headers again.
 */
export function startMessageSpan(
  topic: string,
  partition: number,
  message: KafkaMessage,
  group: string,
  event?: { id: string; type: string },
): Span {
  const opts: ConsumerSpanOptions = {
    topic,
    partition,
    offset: message.offset,
    group,
    headers: message.headers ?? {},
  };
  const messageId = event ? event.id : header(message, EventHeaders.id);
  const eventType = event ? event.type : header(message, EventHeaders.type);
  if (messageId !== undefined) opts.messageId = messageId;
  if (eventType !== undefined) opts.eventType = eventType;
  if (message.key) opts.key = message.key.toString();
  return startConsumerSpan(opts);
}
