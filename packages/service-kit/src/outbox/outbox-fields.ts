import type { EventEnvelope } from '@citymatch/events';
import { withTraceContext } from '../telemetry/event-trace.js';

/**
 * The transactional outbox lives inside the aggregate's own document, so the state change and
 * the events it causes are one single-document write: atomic on any MongoDB-protocol server,
 * FerretDB included (no multi-document transactions needed).
 *
 * Fields on the aggregate document:
 * - `outbox`: pending events, oldest first, each stored as its JSON text (`storeEvent`): one
 *   string is one value to FerretDB, where a nested envelope is dozens of fields it converts on
 *   every read and every update of the document (reading 200 documents of 10 events took
 *   2.6-3.4 s as envelopes and 0.2-0.26 s as text on FerretDB/PostgreSQL, measured);
 *   documents written before stored the envelopes themselves, which the relay still reads;
 * - `outboxPending`: true while `outbox` is not empty (an indexable flag for the relay);
 * - `outboxSeq`: bumped by every write that adds events; the relay clears what it sent only
 *   when it is unchanged (compare-and-set), a second guard beside the aggregate lock.
 *
 * Every writer of the document holds the aggregate's lock (see locks/aggregate-locks.ts).
 * Events get the active span's trace context here (when they have none), so their send later
 * joins the trace of the request or message that caused them.
 */
export interface OutboxFields {
  outbox: StoredEvent[];
  outboxPending: boolean;
  outboxSeq: number;
}

/** An outbox entry: the event's JSON text (an envelope in documents written before). */
export type StoredEvent = string | EventEnvelope;

/** The outbox entry of `event`. */
export function storeEvent(event: EventEnvelope): string {
  return JSON.stringify(event);
}

/** The event an outbox entry holds. */
export function storedEvent(entry: StoredEvent): EventEnvelope {
  return typeof entry === 'string' ? (JSON.parse(entry) as EventEnvelope) : entry;
}

/** Fields of a new aggregate document that carries `events`. */
export function outboxOnCreate(events: EventEnvelope[]): OutboxFields {
  return {
    outbox: withTraceContext(events).map(storeEvent),
    outboxPending: events.length > 0,
    outboxSeq: events.length > 0 ? 1 : 0,
  };
}

type Update = Record<string, Record<string, unknown> | undefined>;

/**
 * The update of a state change plus the events it causes, as one update document:
 * `withOutbox({ $set: { status: 'published' } }, [event])`.
 */
export function withOutbox<U extends Update>(update: U, events: EventEnvelope[]): U {
  if (events.length === 0) return update;
  const push = update.$push ?? {};
  const inc = update.$inc ?? {};
  if ('outbox' in push || 'outboxSeq' in inc) throw new Error('update already touches the outbox');
  return {
    ...update,
    $set: { ...update.$set, outboxPending: true },
    $push: { ...push, outbox: { $each: withTraceContext(events).map(storeEvent) } },
    $inc: { ...inc, outboxSeq: 1 },
  };
}

/** Index the relay's query uses; create it on the aggregate's collection. */
export const OUTBOX_INDEX = { outboxPending: 1 } as const;
