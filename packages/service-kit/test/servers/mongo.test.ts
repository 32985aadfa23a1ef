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
