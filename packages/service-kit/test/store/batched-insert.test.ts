import { MongoClient } from 'mongodb';
import t from 'tap';
import { BatchedInsert, serverUrls, uniqueName } from '../../src/index.js';

interface Doc {
  _id: string;
  n: number;
  email?: string;
}

async function testCollection(t: { teardown(fn: () => unknown): void }) {
  const client = new MongoClient(serverUrls().mongoUrl, { monitorCommands: true });
  await client.connect();
  const db = client.db(uniqueName('batched-insert'));
  t.teardown(async () => {
    await db.dropDatabase();
    await client.close();
  });
  const inserts: number[] = [];
  client.on('commandStarted', (e) => {
    if (e.commandName === 'insert') inserts.push((e.command.documents as unknown[]).length);
  });
  return { docs: db.collection<Doc>('docs'), inserts };
}

t.test(
  'inserts given together are one write; each caller learns if its document is new',
  async (t) => {
    const { docs, inserts } = await testCollection(t);
    await docs.insertOne({ _id: 'old', n: -1 });
    inserts.length = 0;
    const batched = new BatchedInsert(docs);
    const ids = [...Array.from({ length: 40 }, (_, i) => `doc-${i}`), 'old', 'doc-7'];
    const made = await Promise.all(ids.map((id, n) => batched.insert({ _id: id, n })));
    t.same(
      made,
      [...Array.from({ length: 40 }, () => true), false, false],
      'new ones true; one that existed and a second of the same id false',
    );
    t.same(inserts, [ids.length], `${ids.length} inserts, one command`);
    t.equal(await docs.countDocuments(), 41, 'every new document written once');
    t.same(await docs.findOne({ _id: 'doc-7' }), { _id: 'doc-7', n: 7 }, 'the first of an id wins');
    t.same(await docs.findOne({ _id: 'old' }), { _id: 'old', n: -1 }, 'an existing one untouched');
  },
);

t.test('inserts given while a write is out wait and go together next', async (t) => {
  const { docs, inserts } = await testCollection(t);
  const batched = new BatchedInsert(docs);
  const first = batched.insert({ _id: 'a', n: 1 });
  await new Promise((r) => setImmediate(r)); // the first write is out now
  const more = Array.from({ length: 10 }, (_, i) => batched.insert({ _id: `b${i}`, n: i }));
  t.same(
    await Promise.all([first, ...more]),
    Array.from({ length: 11 }, () => true),
  );
  t.same(inserts, [1, 10], 'one write, then the ten together');
});

t.test('a document another unique key refuses is false too; the rest are written', async (t) => {
  const { docs } = await testCollection(t);
  await docs.createIndex({ email: 1 }, { unique: true });
  const batched = new BatchedInsert(docs);
  const made = await Promise.all([
    batched.insert({ _id: 'x', n: 1, email: 'same@example.org' }),
    batched.insert({ _id: 'y', n: 2, email: 'same@example.org' }),
    batched.insert({ _id: 'z', n: 3, email: 'other@example.org' }),
  ]);
  t.same(made, [true, false, true]);
  t.same(
    (await docs.find().sort({ _id: 1 }).toArray()).map((d) => d._id),
    ['x', 'z'],
  );
});
