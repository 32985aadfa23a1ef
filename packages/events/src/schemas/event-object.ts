import { CloneType, type TProperties, type TSchema, Type } from '@sinclair/typebox';

/** Object schema for event data: producers may not add fields; decoding tolerates them. */
export function EventObject<T extends TProperties>(
  properties: T,
  options: { title?: string; description?: string } = {},
) {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

/** A copy of a shared field schema with its own description. */
export function describe<T extends TSchema>(schema: T, description: string): T {
  return CloneType({ ...schema, description });
}
