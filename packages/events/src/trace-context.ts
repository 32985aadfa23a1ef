// W3C Trace Context (https://www.w3.org/TR/trace-context/): a traceparent that does not parse is
// dropped with its tracestate, never an error: tracing must not break the business.

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?$/;
const MAX_TRACESTATE_LENGTH = 512;

export function isValidTraceparent(value: string): boolean {
  const match = TRACEPARENT.exec(value);
  if (!match) return false;
  const [, version, traceId, parentId, rest] = match;
  if (version === 'ff') return false;
  if (version === '00' && rest !== undefined) return false;
  return !/^0+$/.test(traceId!) && !/^0+$/.test(parentId!);
}

export interface TraceContext {
  traceparent?: string;
  tracestate?: string;
}

/** The trace fields to carry: both, only traceparent, or none. */
export function traceContext(traceparent?: string, tracestate?: string): TraceContext {
  if (traceparent === undefined || !isValidTraceparent(traceparent)) return {};
  if (!tracestate || tracestate.length > MAX_TRACESTATE_LENGTH) return { traceparent };
  return { traceparent, tracestate };
}
