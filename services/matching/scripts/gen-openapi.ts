// Writes services/matching/openapi.json from the routes' schemas (no servers needed).
// `--check` only compares and exits 1 when the checked-in file is stale.
import { fileURLToPath } from 'node:url';
import { writeOpenapiFile } from '@citymatch/service-kit';
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';

const file = fileURLToPath(new URL('../openapi.json', import.meta.url));
const app = await buildApp({ config: readConfig({}), logger: false, documentOnly: true });
const result = await writeOpenapiFile(app, file, { check: process.argv.includes('--check') });
await app.close();
console.log(`openapi.json ${result}`);
if (result === 'stale') process.exit(1);
