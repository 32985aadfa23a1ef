import { type Static, Type } from '@sinclair/typebox';
import '../formats.js';

// Field schemas shared by the event schemas. Services may reuse them in their HTTP schemas so
// that what a route accepts always fits in an event.

/** An aggregate id: URL-safe (ObjectId, UUID, nanoid, slug); never contains `:`. */
export const EntityId = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
  description: 'Aggregate id: 1-64 of A-Z a-z 0-9 _ - (ObjectId, UUID, nanoid, slug).',
});

export const Language = Type.Union(
  [Type.Literal('en'), Type.Literal('tr'), Type.Literal('fa'), Type.Literal('ar')],
  { description: 'Content language: en, tr, fa (right-to-left), ar (right-to-left).' },
);
export type Language = Static<typeof Language>;
export const LANGUAGES = ['en', 'tr', 'fa', 'ar'] as const satisfies readonly Language[];

export const CountryCode = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2 country code, upper case.',
});

export const DateTime = Type.String({
  format: 'date-time',
  description: 'RFC 3339 date-time with a time zone.',
});

/** When the fact happened, as the producer's domain saw it; also the CloudEvents `time`. */
export const OccurredAt = Type.String({
  format: 'date-time',
  description: 'When the fact happened (RFC 3339); the default CloudEvents time.',
});

/** Version of the aggregate after the change: starts at 1, grows by one per change. */
export const AggregateVersion = Type.Integer({
  minimum: 1,
  description: 'Aggregate version after this change (1, 2, ...): consumers drop older ones.',
});

export const SectorTags = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 50,
  description: 'Sector tags exactly as written by the author, in any language.',
});

export const City = Type.String({ minLength: 1, maxLength: 120 });

export const Email = Type.String({ format: 'email', maxLength: 254 });
