/** Why a Kafka message could not be decoded into an event; machine-readable, for DLQ headers. */
export type DecodeFailureReason =
  | 'too_large'
  | 'not_json'
  | 'schema_invalid'
  | 'unknown_type'
  | 'bad_specversion'
  | `missing_header:${string}`
  | `bad_header:${string}`;

/** A message that is not a valid event of this contract. Retrying it never helps. */
export class EventDecodeError extends Error {
  override readonly name = 'EventDecodeError';
  readonly reason: DecodeFailureReason;
  /** Schema errors (`<json pointer>: <message>`), at most 10; empty for other reasons. */
  readonly errors: readonly string[];
  /** `ce_type` and `ce_id` when the message had them, to say which message failed. */
  readonly eventType: string | undefined;
  readonly eventId: string | undefined;

  constructor(
    reason: DecodeFailureReason,
    message: string,
    context: { errors?: readonly string[]; eventType?: string; eventId?: string } = {},
  ) {
    super(message);
    this.reason = reason;
    this.errors = context.errors ?? [];
    this.eventType = context.eventType;
    this.eventId = context.eventId;
  }
}

export type ValidationFailureReason =
  | 'unknown_type'
  | 'schema_invalid'
  | 'bad_attribute'
  | 'too_large';

/** An event a producer tried to create or encode that breaks the contract: a bug to fix. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  readonly reason: ValidationFailureReason;
  readonly eventType: string;
  /** Schema errors (`<json pointer>: <message>`), at most 10. */
  readonly errors: readonly string[];

  constructor(
    reason: ValidationFailureReason,
    eventType: string,
    message: string,
    errors: readonly string[] = [],
  ) {
    super(message);
    this.reason = reason;
    this.eventType = eventType;
    this.errors = errors;
  }
}
