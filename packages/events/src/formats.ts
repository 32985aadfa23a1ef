import { FormatRegistry } from '@sinclair/typebox';

// TypeBox's compiler rejects a string whose `format` is not registered, so the formats the
// schemas use are registered here once. An existing registration (another package) is kept.

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 3339 date-time with a time zone, e.g. `2025-03-01T09:30:00.000Z`. */
export function isDateTime(value: string): boolean {
  return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

const formats: Record<string, (value: string) => boolean> = {
  'date-time': isDateTime,
  email: (value) => value.length <= 254 && EMAIL.test(value),
  uuid: (value) => UUID.test(value),
};

for (const [name, check] of Object.entries(formats)) {
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);
}
