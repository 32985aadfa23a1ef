import { serverUrls, uniqueName } from '@citymatch/service-kit';
import { bearer, tokens } from '@citymatch/testkit';
import type { FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';

/** The app on the real servers with a database of this test's own, dropped at teardown. */
export async function testApp(t: Test, env: Record<string, string> = {}) {
  const db = uniqueName('startups-test');
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

export function startupBody(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: 'Pasmand Hooshmand',
    description: 'سنسورهای پر شدن مخزن.\nدو خط.',
    sectors: ['مدیریت پسماند', 'شهر هوشمند'],
    country: 'IR',
    city: 'تهران',
    languages: ['fa', 'en'],
    preferredLanguage: 'fa',
    stage: 'pilot',
    contactEmail: `team@${id}.example.org`,
    notificationPreference: 'each_match',
    ...extra,
  };
}

/** Register startup `id` as admin (optionally deactivate it). */
export async function registerStartup(
  app: FastifyInstance,
  id: string,
  opts: { body?: Record<string, unknown>; deactivate?: boolean } = {},
) {
  const headers = bearer(await tokens.admin());
  let res = await app.inject({
    method: 'POST',
    url: '/startups',
    headers,
    payload: startupBody(id, opts.body),
  });
  if (res.statusCode !== 201) throw new Error(`register ${id}: ${res.statusCode} ${res.body}`);
  if (opts.deactivate) {
    res = await app.inject({ method: 'POST', url: `/startups/${id}/deactivate`, headers });
    if (res.statusCode !== 200) throw new Error(`deactivate: ${res.statusCode} ${res.body}`);
  }
  return { id, etag: String(res.headers.etag), res };
}
