import {
  type Attributes,
  type Context,
  context,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { extractTraceContext, type HeaderCarrier } from './trace-headers.js';

const TRACER = '@citymatch/service-kit/messaging';

/** Messaging semantic-convention attribute names (Kafka). */
const ATTR = {
  system: 'messaging.system',
  destination: 'messaging.destination.name',
  partition: 'messaging.destination.partition.id',
  operationName: 'messaging.operation.name',
  operationType: 'messaging.operation.type',
  messageId: 'messaging.message.id',
  key: 'messaging.kafka.message.key',
  offset: 'messaging.kafka.offset',
  group: 'messaging.consumer.group.name',
  eventType: 'cloudevents.event_type',
} as const;

export interface MessageSpanOptions {
  topic: string;
  /** The CloudEvent id (`ce_id`). */
  messageId?: string;
  /** The message key (the aggregate id). */
  key?: string;
  /** The CloudEvent type (`ce_type`). */
  eventType?: string;
  partition?: number;
}

export interface ProducerSpanOptions extends MessageSpanOptions {
  /**
   * Trace headers saved when the event was written (outbox): the send joins that trace even
   * though the relay runs later, outside the request. Default: the active context.
   */
  parentHeaders?: HeaderCarrier;
}

export interface ConsumerSpanOptions extends MessageSpanOptions {
  /** The message's headers: the process span continues the producer's trace. */
  headers?: HeaderCarrier;
  offset?: string;
  group?: string;
}

function attributes(
  opts: MessageSpanOptions & { offset?: string; group?: string },
  operation: 'send' | 'process',
): Attributes {
  const attrs: Attributes = {
    [ATTR.system]: 'kafka',
    [ATTR.destination]: opts.topic,
    [ATTR.operationName]: operation,
    [ATTR.operationType]: operation,
  };
  if (opts.messageId !== undefined) attrs[ATTR.messageId] = opts.messageId;
  if (opts.key !== undefined) attrs[ATTR.key] = opts.key;
  if (opts.eventType !== undefined) attrs[ATTR.eventType] = opts.eventType;
  if (opts.partition !== undefined) attrs[ATTR.partition] = String(opts.partition);
  if (opts.offset !== undefined) attrs[ATTR.offset] = Number(opts.offset);
  if (opts.group !== undefined) attrs[ATTR.group] = opts.group;
  return attrs;
}

/**
 * A PRODUCER span `send <topic>`; inject its context into the message headers with
 * `injectTraceHeaders({}, trace.setSpan(context.active(), span))` or inside `runInSpan`.
 * The caller ends it (or lets `runInSpan` do so).
 */
export function startProducerSpan(opts: ProducerSpanOptions): Span {
  const parent = opts.parentHeaders ? extractTraceContext(opts.parentHeaders) : context.active();
  return trace
    .getTracer(TRACER)
    .startSpan(
      `send ${opts.topic}`,
      { kind: SpanKind.PRODUCER, attributes: attributes(opts, 'send') },
      parent,
    );
}

/** A CONSUMER span `process <topic>`, child of the context in the message's headers. */
export function startConsumerSpan(opts: ConsumerSpanOptions): Span {
  return trace
    .getTracer(TRACER)
    .startSpan(
      `process ${opts.topic}`,
      { kind: SpanKind.CONSUMER, attributes: attributes(opts, 'process') },
      extractTraceContext(opts.headers),
    );
}

/**
 * Run `fn` with `span` active (its logs, Redis/Mongo calls and injected headers belong to it),
 * record a thrown error on it, and end it.
 */
export async function runInSpan<T>(
  span: Span,
  fn: (span: Span) => Promise<T> | T,
  parent: Context = context.active(),
): Promise<T> {
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (err) {
    span.recordException(err instanceof Error ? err : new Error(String(err)));
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(err) });
    throw err;
  } finally {
    span.end();
  }
}
