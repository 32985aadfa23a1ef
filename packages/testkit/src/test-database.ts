import { serverUrls, uniqueName } from '@citymatch/service-kit';
import mongoose from 'mongoose';

interface Teardown {
  teardown(fn: () => unknown): void;
}

/** A database name of this test's own; the database is dropped at teardown. */
export async function testDatabase(t: Teardown, prefix: string) {
  const name = uniqueName(prefix);
  const conn = await mongoose.createConnection(serverUrls().mongoUrl, { dbName: name }).asPromise();
  t.teardown(async () => {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  });
  return { name, db: conn.db! };
}
