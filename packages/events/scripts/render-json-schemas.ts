import { dataSchemaOf, EVENT_DEFINITIONS, EVENT_TYPES, type EventType } from '../src/index.js';
import { plainSchema, sortedJson } from './sorted-json.js';

export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/** The JSON Schema of one event type's data, with `$id` = its CloudEvents `dataschema`. */
export function eventJsonSchema(type: EventType): Record<string, unknown> {
  const definition = EVENT_DEFINITIONS[type];
  return {
    ...plainSchema(definition.schema),
    $schema: JSON_SCHEMA_DIALECT,
    $id: dataSchemaOf(type),
    'x-topic': definition.topic,
    'x-schema-version': definition.schemaVersion,
  };
}

/** `generated/schemas/<type>.json` for every type (paths relative to the package). */
export function renderJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    EVENT_TYPES.map((type) => [
      `generated/schemas/${type}.json`,
      sortedJson(eventJsonSchema(type)),
    ]),
  );
}
