import {
  ALL_TOPICS,
  DlqHeaders,
  dataSchemaOf,
  dlqTopic,
  EVENT_DEFINITIONS,
  EVENT_TYPES,
  type EventType,
  MAX_EVENT_BYTES,
  SOURCES,
} from '../src/index.js';
import { envelopeHeadersSchema } from './header-schemas.js';
import { asyncApiDocument } from './render-asyncapi.js';
import { plainSchema } from './sorted-json.js';

type JsonSchema = Record<string, unknown> & {
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const DECODE_REASONS: [string, string][] = [
  ['too_large', `The value is over ${MAX_EVENT_BYTES} bytes (checked before parsing).`],
  ['bad_specversion', '`ce_specversion` is not `1.0`.'],
  ['missing_header:<name>', 'A required header (`ce_*`, `content-type`) is absent or empty.'],
  ['unknown_type', '`ce_type` is not an event type of this contract.'],
  ['bad_header:<name>', '`ce_time` is not RFC 3339, or `content-type` is not JSON.'],
  ['not_json', 'The value is absent or not JSON.'],
  ['schema_invalid', 'The data breaks the schema of its type (errors listed).'],
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function typeText(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeText).join(' | ');
  if (schema.const !== undefined) return `'${schema.const}'`;
  const { type } = schema;
  if (type === 'array') {
    const item = typeText(schema.items ?? {});
    const bound = schema.maxItems === undefined ? '' : ` (≤ ${schema.maxItems})`;
    return `${schema.items?.anyOf ? `(${item})` : item}[]${bound}`;
  }
  if (type === 'object') return String(schema.title ?? 'object');
  if (type === 'string') {
    if (schema.format) return `string (${schema.format})`;
    if (schema.maxLength !== undefined) return `string (≤ ${schema.maxLength})`;
    return 'string';
  }
  if (type === 'number' || type === 'integer') {
    const { minimum: min, maximum: max } = schema;
    if (min !== undefined && max !== undefined) return `${type} ${min}..${max}`;
    if (min !== undefined) return `${type} ≥ ${min}`;
    return String(type);
  }
  return String(type ?? 'any');
}

function fieldRows(schema: JsonSchema): string[][] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => [
    `\`${name}\``,
    typeText(field),
    required.has(name) ? 'yes' : 'no',
    String(field.description ?? field.items?.description ?? ''),
  ]);
}

function fieldList(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  return Object.keys(schema.properties ?? {})
    .map((name) => (required.has(name) ? name : `${name}?`))
    .join(', ');
}

/** Object schemas nested in event data (MatchReason, ShortlistEntry), by title. */
function nestedObjects(): Map<string, JsonSchema> {
  const found = new Map<string, JsonSchema>();
  const visit = (schema: JsonSchema, top: boolean) => {
    if (!top && schema.type === 'object' && typeof schema.title === 'string') {
      found.set(schema.title, schema);
    }
    for (const field of Object.values(schema.properties ?? {})) visit(field, false);
    if (schema.items) visit(schema.items, false);
  };
  for (const type of EVENT_TYPES) visit(schemaOf(type), true);
  return found;
}

function schemaOf(type: EventType): JsonSchema {
  return plainSchema(EVENT_DEFINITIONS[type].schema) as JsonSchema;
}

function headerRows(headers: JsonSchema): string[][] {
  const required = new Set(headers.required ?? []);
  return Object.entries(headers.properties ?? {}).map(([name, schema]) => [
    `\`${name}\``,
    required.has(name) ? 'yes' : 'no',
    String(schema.description ?? ''),
  ]);
}

export function renderCatalogue(): string {
  const document = asyncApiDocument();
  const messages = document.components.messages as Record<string, { headers: JsonSchema }>;
  const lines: string[] = [
    '# Event catalogue',
    '',
    '<!-- Generated from packages/events by `pnpm gen`; do not edit. -->',
    '',
    'The public event contract. Every event is a CloudEvents 1.0 event in Kafka binary mode: the',
    'attributes are `ce_*` headers, the message value is the data as JSON, the message key is the',
    'aggregate id (one aggregate’s events stay in order). `ce_type` is the event type as listed',
    'below, with no reverse-DNS prefix. Schemas: `packages/events/generated/schemas/<type>.json`;',
    'AsyncAPI 3: `packages/events/generated/asyncapi.json`.',
    '',
    'Versioning: within a `.v1` topic changes are additive only (a new optional field). Producers',
    'validate strictly (no unknown fields); `decodeEvent` tolerates unknown fields, so consumers',
    'can be deployed after producers. A breaking change gets a new type and a `.v2` topic.',
    '',
    '## Envelope headers',
    '',
    table(['header', 'required', 'meaning'], headerRows(envelopeHeadersSchema() as JsonSchema)),
    '',
    '## Topics',
    '',
    table(
      ['topic', 'dead letters', 'ce_source', 'types'],
      ALL_TOPICS.map((topic) => [
        `\`${topic}\``,
        `\`${dlqTopic(topic)}\``,
        `\`${SOURCES[topic]}\``,
        EVENT_TYPES.filter((type) => EVENT_DEFINITIONS[type].topic === topic).join(', '),
      ]),
    ),
    '',
    '## Events',
    '',
    table(
      ['type', 'topic', 'key', 'subject', 'fields'],
      EVENT_TYPES.map((type) => {
        const definition = EVENT_DEFINITIONS[type];
        return [
          `\`${type}\``,
          `\`${definition.topic}\``,
          definition.keyDescription,
          definition.subjectDescription,
          fieldList(schemaOf(type)),
        ];
      }),
    ),
    '',
    '## Fields',
  ];
  for (const type of EVENT_TYPES) {
    const schema = schemaOf(type);
    lines.push('', `### ${type}`, '', String(schema.description ?? ''));
    lines.push(
      '',
      `Schema version ${EVENT_DEFINITIONS[type].schemaVersion}, \`ce_dataschema\`: \`${dataSchemaOf(type)}\`.`,
    );
    lines.push('', table(['field', 'type', 'required', 'meaning'], fieldRows(schema)));
  }
  for (const [title, schema] of nestedObjects()) {
    lines.push('', `### ${title}`, '', String(schema.description ?? ''));
    lines.push('', table(['field', 'type', 'required', 'meaning'], fieldRows(schema)));
  }
  const deadLetter = messages['deadLetter']!;
  lines.push(
    '',
    '## Decode failure reasons',
    '',
    '`decodeEvent` throws `EventDecodeError` with one of these `reason`s; such a message goes to',
    'the dead-letter topic at once (retrying cannot help).',
    '',
    table(
      ['reason', 'meaning'],
      DECODE_REASONS.map(([reason, meaning]) => [`\`${reason}\``, meaning]),
    ),
    '',
    '## Dead letters',
    '',
    `A message parked in \`<topic>.dlq\` keeps its key, value and headers and gains these (\`DlqHeaders\`, prefix \`${DlqHeaders.error.split('_')[0]}_\`):`,
    '',
    table(['header', 'required', 'meaning'], headerRows(deadLetter.headers)),
    '',
  );
  return lines.join('\n');
}
