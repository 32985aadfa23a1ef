import type { TSchema } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import { EVENT_DEFINITIONS, EVENT_TYPES, type EventType } from './event-types.js';

// Every schema is compiled twice, once, when this module loads:
// - strict, for producers: no property the schema does not name;
// - tolerant, for consumers: unknown properties are allowed (and kept), so a producer that
//   ships an additive change first does not send an older consumer's messages to the DLQ.

const MAX_REPORTED_ERRORS = 10;

/** A copy of a schema without `additionalProperties: false`, keeping TypeBox's symbol keys. */
function tolerant<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(tolerant) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string | symbol, unknown> = {};
  for (const key of Reflect.ownKeys(schema)) {
    const value = (schema as Record<string | symbol, unknown>)[key];
    if (key === 'additionalProperties' && value === false) continue;
    copy[key] = tolerant(value);
  }
  return copy as T;
}

function compileAll(prepare: (schema: TSchema) => TSchema) {
  return new Map<EventType, TypeCheck<TSchema>>(
    EVENT_TYPES.map((type) => [
      type,
      TypeCompiler.Compile(prepare(EVENT_DEFINITIONS[type].schema)),
    ]),
  );
}

const strictChecks = compileAll((schema) => schema);
const tolerantChecks = compileAll(tolerant);

/** The first error at each path, at most MAX_REPORTED_ERRORS of them. */
function summarize(check: TypeCheck<TSchema>, data: unknown): string[] {
  const byPath = new Map<string, string>();
  for (const error of check.Errors(data)) {
    const path = error.path || '/';
    if (!byPath.has(path)) byPath.set(path, `${path}: ${error.message}`);
    if (byPath.size === MAX_REPORTED_ERRORS) break;
  }
  return [...byPath.values()];
}

/** Producer check. Returns the errors, or an empty array when the data is valid. */
export function strictDataErrors(type: EventType, data: unknown): string[] {
  const check = strictChecks.get(type)!;
  return check.Check(data) ? [] : summarize(check, data);
}

/** Consumer check (tolerates unknown properties). Returns the errors, or an empty array. */
export function tolerantDataErrors(type: EventType, data: unknown): string[] {
  const check = tolerantChecks.get(type)!;
  return check.Check(data) ? [] : summarize(check, data);
}
