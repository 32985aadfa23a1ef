import { readFile } from 'node:fs/promises';
import { openapiDocument, openapiJson } from '@citymatch/service-kit';
import { Validator } from '@seriousme/openapi-schema-validator';
import t from 'tap';
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { testApp } from './helpers/test-app.js';

t.test('the OpenAPI document validates and is checked in fresh', async (t) => {
  const app = await buildApp({ config: readConfig({}), logger: false, documentOnly: true });
  t.teardown(() => app.close());
  const doc = await openapiDocument(app);
  const result = await new Validator().validate(doc as never);
  t.same(result.errors ?? [], [], 'no validation errors');
  t.equal(result.valid, true, 'a valid OpenAPI 3.1 document');

  const paths = Object.keys((doc as { paths: Record<string, unknown> }).paths).sort();
  t.same(paths, ['/startups', '/startups/{id}', '/startups/{id}/deactivate']);
  const checkedIn = await readFile(new URL('../openapi.json', import.meta.url), 'utf8');
  t.equal(checkedIn, await openapiJson(app), 'openapi.json is fresh (pnpm gen)');
});

t.test('the running app serves the same document at /docs/json', async (t) => {
  const { app } = await testApp(t);
  const res = await app.inject({ url: '/docs/json' });
  t.equal(res.statusCode, 200);
  const doc = res.json();
  t.equal(doc.openapi, '3.1.0');
  t.same(doc.paths['/startups/{id}'].patch.security, [{ bearerAuth: [] }], 'writes need a token');
  t.notOk(doc.paths['/startups'].get.security, 'reads are public');
});
