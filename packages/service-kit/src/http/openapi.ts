import { readFile, writeFile } from 'node:fs/promises';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { kRequiresAuth } from './auth.js';

/** The security requirement of a route that needs a bearer token. */
export const bearerSecurity = [{ bearerAuth: [] }] as const;

export interface OpenapiPluginOptions {
  title: string;
  version: string;
  description?: string;
  /** Default `3.1.0` (TypeBox emits JSON Schema 2020-12 keywords such as `const`). */
  openapi?: '3.0.3' | '3.1.0';
  /** Where the UI is served; default `/docs` (the document is at `<prefix>/json`). */
  routePrefix?: string;
}

function guardedByRole(route: RouteOptions): boolean {
  const handlers = route.preHandler === undefined ? [] : [route.preHandler].flat();
  return handlers.some((h) => typeof h === 'function' && kRequiresAuth in h);
}

/**
 * OpenAPI document from the routes' TypeBox schemas, with the `bearerAuth` scheme, and the UI
 * at `/docs`. A route guarded by `app.requireRole(...)` is documented as needing a bearer token
 * without saying so twice. Register it before the routes.
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance, opts: OpenapiPluginOptions) => {
    app.addHook('onRoute', (route) => {
      if (guardedByRole(route) && route.schema?.security === undefined) {
        route.schema = { ...route.schema, security: bearerSecurity };
      }
    });
    await app.register(swagger, {
      openapi: {
        openapi: opts.openapi ?? '3.1.0',
        info: {
          title: opts.title,
          version: opts.version,
          ...(opts.description ? { description: opts.description } : {}),
        },
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          },
        },
      },
    });
    await app.register(swaggerUi, { routePrefix: opts.routePrefix ?? '/docs' });
  },
  { name: 'citymatch-openapi' },
);

export type OpenapiDocument = ReturnType<FastifyInstance['swagger']>;

/** The app's OpenAPI document (readies the app). Same routes, same document, byte for byte. */
export async function openapiDocument(app: FastifyInstance): Promise<OpenapiDocument> {
  await app.ready();
  return structuredClone(app.swagger());
}

/** The document as the JSON text checked in beside a service (`services/<name>/openapi.json`). */
export async function openapiJson(app: FastifyInstance): Promise<string> {
  return `${JSON.stringify(await openapiDocument(app), null, 2)}\n`;
}

/**
 * Write the document to `file`, or with `check` only compare: `stale` means the checked-in
 * file differs from what the routes say (CI fails on it).
 */
export async function writeOpenapiFile(
  app: FastifyInstance,
  file: string,
  opts: { check?: boolean } = {},
): Promise<'written' | 'unchanged' | 'stale'> {
  const next = await openapiJson(app);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === next) return 'unchanged';
  if (opts.check) return 'stale';
  await writeFile(file, next);
  return 'written';
}
