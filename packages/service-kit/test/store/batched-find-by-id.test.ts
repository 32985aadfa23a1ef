import { MongoClient } from 'mongodb';
import t from 'tap';
import { BatchedFindById, serverUrls, uniqueName } from '../../src/index.js';

async function testCollection(t: { teardown(fn: () => unknown): void }) {
  const client = new MongoClient(serverUrls().mongoUrl, { monitorCommands: true });
  await client.connect();
  const db = client.db(uniqueName('batched'));
  t.teardown(async () => {
    await db.dropDatabase();
    await client.close();
  });
  const finds: unknown[] = [];
  client.on('commandStarted', (e) => {
    if (e.commandName === 'find') finds.push(e.command.filter);
  });
  const docs = db.collection<{ _id: string; n: number }>('docs');
  await docs.insertMany(Array.from({ length: 30 }, (_, i) => ({ _id: `doc-${i}`, n: i })));
  return { docs, finds };
}

t.test('reads asked for together go as one query, each caller gets its own document', async (t) => {
  const { docs, finds } = await testCollection(t);
  const byId = new BatchedFindById(docs);
  const ids = [
    'doc-3',
    'doc-17',
    'missing',
    'doc-3',
    ...Array.from({ length: 16 }, (_, i) => `doc-${i + 10}`),
  ];
  const found = await Promise.all(ids.map((id) => byId.find(id)));
  t.same(
    found.map((d) => d?.n ?? null),
    [3, 17, null, 3, ...Array.from({ length: 16 }, (_, i) => i + 10)],
    'in the callers’ order, a missing id is null, a repeated id answered twice',
  );
  t.equal(finds.length, 1, `${ids.length} reads, one query`);
});

t.test('reads that arrive while a query is out go together after it', async (t) => {
  const { docs, finds } = await testCollection(t);
  const byId = new BatchedFindById(docs, { projection: { _id: 1 } });
  const first = byId.find('doc-1');
  await new Promise((r) => setImmediate(r)); // the first query is out
  const later = Promise.all(['doc-2', 'doc-3', 'doc-4'].map((id) => byId.find(id)));
  t.same(await first, { _id: 'doc-1' }, 'projection applied');
  t.same(await later, [{ _id: 'doc-2' }, { _id: 'doc-3' }, { _id: 'doc-4' }]);
  t.equal(finds.length, 2, 'one query for the first read, one for the three that waited');
  t.same(await byId.find('doc-5'), { _id: 'doc-5' }, 'and on it goes');
});

t.test('a failed query fails its callers only; the next read works', async (t) => {
  const { docs } = await testCollection(t);
  let failures = 1;
  // the real collection, its first query failing as a dropped connection would
  const flaky = new Proxy(docs, {
    get: (target, prop) =>
      prop === 'find' && failures-- > 0
        ? () => ({ toArray: () => Promise.reject(new Error('connection reset')) })
        : Reflect.get(target, prop),
  });
  const byId = new BatchedFindById(flaky);
  const results = await Promise.allSettled([byId.find('doc-1'), byId.find('doc-2')]);
  t.same(
    results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status)),
    ['Error: connection reset', 'Error: connection reset'],
    'both callers of the failed query hear of it',
  );
  t.equal((await byId.find('doc-2'))?.n, 2, 'the next read is answered');
});
