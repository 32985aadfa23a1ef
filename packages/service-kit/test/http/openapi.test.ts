import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { authPlugin } from '../../src/http/auth.js';
import {
  openapiDocument,
  openapiJson,
  openapiPlugin,
  writeOpenapiFile,
} from '../../src/http/openapi.js';
import { hs256Options } from './fixtures/auth-app.js';

const Challenge = Type.Object(
  { id: Type.String(), title: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);

interface Operation {
  security?: unknown;
  requestBody?: { content: Record<string, { schema: unknown }> };
}
interface Doc {
  openapi: string;
  info: object;
  components: { securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}

async function buildApp() {
  const app = await createApp({ service: 'openapi-test', logger: false });
  await app.register(openapiPlugin, { title: 'Challenges', version: '1.0.0' });
  await app.register(authPlugin, hs256Options);
  app.get('/challenges', { schema: { response: { 200: Type.Array(Challenge) } } }, async () => []);
  app.post(
    '/challenges',
    {
      preHandler: app.requireRole('municipality'),
      schema: { body: Type.Omit(Challenge, ['id']), response: { 201: Challenge } },
    },
    async (_req, reply) => reply.code(201).send({ id: 'c-1', title: 't' }),
  );
  return app;
}

t.test('the document has the bearer scheme, and guarded routes require it', async (t) => {
  const app = await buildApp();
  t.teardown(() => app.close());
  const doc = (await openapiDocument(app)) as unknown as Doc;
  const challenges = doc.paths['/challenges'];
  t.equal(doc.openapi, '3.1.0');
  t.match(doc.info, { title: 'Challenges', version: '1.0.0' });
  t.same(doc.components.securitySchemes.bearerAuth, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  t.same(challenges?.['post']?.security, [{ bearerAuth: [] }]);
  t.equal(challenges?.['get']?.security, undefined, 'public reads need no token');
  t.match(challenges?.['post']?.requestBody?.content['application/json']?.schema, {
    additionalProperties: false,
    required: ['title'],
  });
  t.notOk(doc.paths['/metrics'], '/metrics is not part of the API');
  t.notOk(
    Object.keys(doc.paths).some((p) => p.startsWith('/docs')),
    'nor is the UI',
  );
});

t.test('the UI and the document are served at /docs', async (t) => {
  const app = await buildApp();
  t.teardown(() => app.close());
  const json = await app.inject({ url: '/docs/json' });
  t.equal(json.statusCode, 200);
  t.ok(json.json().components.securitySchemes.bearerAuth);
  const ui = await app.inject({ url: '/docs/' });
  t.equal(ui.statusCode, 200);
  t.match(ui.headers['content-type'], /text\/html/);
});

t.test('generation is deterministic and a stale file is detected', async (t) => {
  const a = await buildApp();
  const b = await buildApp();
  t.teardown(() => Promise.all([a.close(), b.close()]));
  const text = await openapiJson(a);
  t.equal(await openapiJson(b), text, 'same routes, same bytes');
  t.ok(text.endsWith('}\n'));

  const dir = await mkdtemp(join(tmpdir(), 'openapi-test-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'openapi.json');
  t.equal(await writeOpenapiFile(a, file, { check: true }), 'stale', 'missing file is stale');
  t.equal(await writeOpenapiFile(a, file), 'written');
  t.equal(await readFile(file, 'utf8'), text);
  t.equal(await writeOpenapiFile(b, file, { check: true }), 'unchanged');
  await writeFile(file, text.replace('Challenges', 'Old title'));
  t.equal(await writeOpenapiFile(a, file, { check: true }), 'stale');
});
