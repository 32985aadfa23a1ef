export { type ClientSpan, startClientSpan } from './client-span.js';
export { OutboxSendSpans, startMessageSpan, withTraceContext } from './event-trace.js';
export { loggerMixin } from './logger-mixin.js';
export {
  type ConsumerSpanOptions,
  type MessageSpanOptions,
  type ProducerSpanOptions,
  runInSpan,
  startConsumerSpan,
  startProducerSpan,
} from './messaging-spans.js';
export {
  otlpTracesUrl,
  startTelemetry,
  type Telemetry,
  type TelemetryOptions,
} from './start-telemetry.js';
export {
  extractTraceContext,
  type HeaderCarrier,
  injectTraceHeaders,
  type TraceHeaders,
  withExtractedContext,
} from './trace-headers.js';
