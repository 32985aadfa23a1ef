import mongoose from 'mongoose';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/index.js';

t.test('mongoose: unique index, findOneAndUpdate upsert with $setOnInsert', async (t) => {
  const conn = await mongoose
    .createConnection(serverUrls().mongoUrl, {
      dbName: uniqueName('infra'),
      serverSelectionTimeoutMS: 5000,
    })
    .asPromise();
  t.teardown(async () => {
    await conn.dropDatabase();
    await conn.close();
  });
  const info = await conn.db!.admin().command({ buildInfo: 1 });
  t.comment(
    `MongoDB-protocol server: version ${info.version}${info.ferretdbVersion ? `, FerretDB ${info.ferretdbVersion}` : ''}`,
  );
  t.match(info.version, /^\d+\.\d+/);

  const Pair = conn.model(
    'Pair',
    new mongoose.Schema({
      key: { type: String, required: true, unique: true },
      firstSeen: Number,
      lastSeen: Number,
    }),
  );
  await Pair.init();

  await Pair.create({ key: 'c1:s1', firstSeen: 1 });
  await t.rejects(
    Pair.create({ key: 'c1:s1', firstSeen: 2 }),
    { code: 11000 },
    'duplicate key refused',
  );
  t.equal(await Pair.countDocuments({ key: 'c1:s1' }), 1);

  const upsert = (at: number) =>
    Pair.findOneAndUpdate(
      { key: 'c2:s2' },
      { $setOnInsert: { firstSeen: at }, $set: { lastSeen: at } },
      { upsert: true, new: true },
    ).lean();
  const first = await upsert(10);
  const second = await upsert(20);
  t.match(first, { key: 'c2:s2', firstSeen: 10, lastSeen: 10 });
  t.match(second, { key: 'c2:s2', firstSeen: 10, lastSeen: 20 }, '$setOnInsert only on insert');
  t.equal(await Pair.countDocuments({ key: 'c2:s2' }), 1);
});

// FerretDB 1.24 on SQLite looked documents up by `_id` with an expression its `_id` index does not
// match, so each lookup scanned the table; infra/ferretdb/patches/ fixes it. Every write here
// (deliveries, outbox clears, shortlists) is by `_id`, so a scan per write is what users feel.
t.test('a lookup by _id uses the _id index (explain)', async (t) => {
  const conn = await mongoose
    .createConnection(serverUrls().mongoUrl, { dbName: uniqueName('infra') })
    .asPromise();
  t.teardown(async () => {
    await conn.dropDatabase();
    await conn.close();
  });
  const db = conn.db!;
  await db
    .collection('lookups')
    .insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `doc-${i}` as never, n: i })));
  const explain = (filter: object) =>
    db.command({ explain: { find: 'lookups', filter }, verbosity: 'queryPlanner' });
  const byId = await explain({ _id: 'doc-7' });
  if (byId.ferretdbVersion || byId.serverInfo?.ferretdbVersion) {
    const plan = JSON.stringify(byId.queryPlanner);
    if (!/SEARCH|SCAN/.test(plan)) {
      t.comment(`FerretDB on PostgreSQL: plan ${plan}`);
      return;
    }
    t.match(plan, /SEARCH \S+ USING INDEX \S+__id_/, `by _id: ${plan}`);
    t.match(
      JSON.stringify((await explain({ n: 7 })).queryPlanner),
      /SCAN/,
      'by another field: scan',
    );
  } else {
    const stage = JSON.stringify(byId.queryPlanner?.winningPlan);
    t.match(stage, /IDHACK|EXPRESS_IXSCAN|IXSCAN/, `by _id on mongod: ${stage}`);
  }
  t.equal((await db.collection('lookups').findOne({ _id: 'doc-7' as never }))?.n, 7);
});
