import { serverUrls, uniqueName } from '@citymatch/service-kit';
import { bearer, tokens } from '@citymatch/testkit';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import mongoose from 'mongoose';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';

/** The app on the real servers with a database of this test's own, dropped at teardown. */
export async function testApp(t: Test, env: Record<string, string> = {}) {
  const db = uniqueName('challenges-test');
  const config = readConfig({
    ...process.env,
    MONGO_DB: db,
    RATE_LIMIT_NAMESPACE: `${uniqueName('rl')}:`,
    RATE_LIMIT_MAX: '100000',
    OUTBOX_POLL_MS: '50',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({ config, logger: false });
  await app.ready();
  const conn = await mongoose.createConnection(serverUrls().mongoUrl, { dbName: db }).asPromise();
  t.teardown(async () => {
    await app.close();
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  });
  return { app, db: conn.db! };
}

export { bearer, tokens };

export function orgBody(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'municipality',
    name: 'Şehir Belediyesi',
    country: 'TR',
    city: 'İzmir',
    languages: ['tr', 'en'],
    ...extra,
  };
}

export function challengeBody(extra: Record<string, unknown> = {}) {
  return {
    title: 'Atık yönetimi için akıllı konteynerler',
    description: 'Doluluk sensörlü konteynerler.\nİki satır.',
    sectors: ['atık yönetimi', 'akıllı şehir'],
    city: 'İzmir',
    country: 'TR',
    language: 'tr',
    deadline: '2099-12-31T23:59:00Z',
    contactEmail: 'ops@izmir.example.org',
    ...extra,
  };
}

/** Register organisation `orgId` as admin. */
export async function createOrg(app: FastifyInstance, orgId: string, extra = {}) {
  const res = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(await tokens.admin()),
    payload: orgBody(orgId, extra),
  });
  if (res.statusCode !== 201) throw new Error(`org ${orgId}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Create a draft of `orgId` as admin; optionally publish (and close) it. */
export async function createChallenge(
  app: FastifyInstance,
  orgId: string,
  opts: { publish?: boolean; close?: boolean; body?: Record<string, unknown> } = {},
): Promise<{ id: string; etag: string; res: LightMyRequestResponse }> {
  const headers = bearer(await tokens.admin());
  let res = await app.inject({
    method: 'POST',
    url: `/organisations/${orgId}/challenges`,
    headers,
    payload: challengeBody(opts.body),
  });
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  const id = res.json().id as string;
  if (opts.publish || opts.close) {
    res = await app.inject({ method: 'POST', url: `/challenges/${id}/publish`, headers });
    if (res.statusCode !== 200) throw new Error(`publish: ${res.statusCode} ${res.body}`);
  }
  if (opts.close) {
    res = await app.inject({ method: 'POST', url: `/challenges/${id}/close`, headers });
    if (res.statusCode !== 200) throw new Error(`close: ${res.statusCode} ${res.body}`);
  }
  return { id, etag: String(res.headers.etag), res };
}
