import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the services e2e runs as processes append their output. */
export const e2eLogDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '.infra',
  'logs',
  'e2e',
);
