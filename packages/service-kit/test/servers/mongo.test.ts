import mongoose from 'mongoose';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/index.js';

/** A connection to a database of its own, dropped after the test. */
async function freshDatabase(t: { teardown(fn: () => unknown): void }) {
  const conn = await mongoose
    .createConnection(serverUrls().mongoUrl, { dbName: uniqueName('infra') })
    .asPromise();
  t.teardown(async () => {
    await conn.dropDatabase();
    await conn.close();
  });
  return conn;
}

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
// match, so each lookup scanned the table, and it used the index only for a filter that is a bare
// `_id`. infra/ferretdb/patches/ fixes both: `{_id}`, `{_id: {$in}}` and `{_id, ...other
// conditions}` are narrowed through the index, the other conditions still applied. Outbox
// clears, deliveries and shortlists all write by `_id`, so a scan per write is what users feel.
t.test('lookups by _id use the _id index (explain) and still apply the whole filter', async (t) => {
  const conn = await freshDatabase(t);
  const lookups = conn.db!.collection('lookups');
  await lookups.insertMany(
    Array.from({ length: 50 }, (_, i) => ({ _id: `doc-${i}` as never, n: i })),
  );
  const explain = (filter: object) =>
    conn.db!.command({ explain: { find: 'lookups', filter }, verbosity: 'queryPlanner' });
  const byId = await explain({ _id: 'doc-7' });
  const plan = async (filter: object) => JSON.stringify((await explain(filter)).queryPlanner);
  if (byId.ferretdbVersion || byId.serverInfo?.ferretdbVersion) {
    if (!/SEARCH|SCAN/.test(await plan({ _id: 'doc-7' }))) {
      t.comment(`FerretDB on PostgreSQL: plan ${await plan({ _id: 'doc-7' })}`);
      return;
    }
    const indexed = /SEARCH \S+ USING INDEX \S+__id_/;
    t.match(await plan({ _id: 'doc-7' }), indexed, 'by _id');
    t.match(await plan({ _id: { $in: ['doc-3', 'doc-9'] } }), indexed, 'by _id $in');
    t.match(await plan({ _id: 'doc-7', n: 7 }), indexed, 'by _id and another field');
    t.match(await plan({ n: 7 }), /SCAN/, 'by another field alone: scan');
    t.match(await plan({ _id: { $in: ['doc-3', 4] } }), /SCAN/, '$in with a number: scan');
  } else {
    const stage = JSON.stringify(byId.queryPlanner?.winningPlan);
    t.match(stage, /IDHACK|EXPRESS_IXSCAN|IXSCAN/, `by _id on mongod: ${stage}`);
  }

  const ns = async (filter: object) =>
    (await lookups.find(filter).toArray()).map((d) => d.n).sort((a, b) => a - b);
  t.same(await ns({ _id: 'doc-7' }), [7]);
  t.same(await ns({ _id: { $in: ['doc-9', 'doc-3', 'missing'] } }), [3, 9]);
  t.same(
    await ns({ _id: { $in: ['doc-3', 'doc-9'] }, n: { $gt: 5 } }),
    [9],
    'other conditions hold',
  );
  t.same(
    await ns({ _id: 'doc-7', n: 8 }),
    [],
    'an _id whose other condition fails matches nothing',
  );
  t.same(await ns({ _id: { $in: ['doc-3', 4] } }), [3], 'mixed $in still answers');

  const cleared = await lookups.updateMany(
    { _id: { $in: ['doc-1', 'doc-2', 'doc-3'] as never[] }, n: { $lt: 3 } },
    { $set: { cleared: true } },
  );
  t.equal(cleared.modifiedCount, 2, 'updateMany by _id $in and a condition');
  t.same(await ns({ cleared: true }), [1, 2]);
  const cas = await lookups.updateOne({ _id: 'doc-4' as never, n: 5 }, { $set: { n: 6 } });
  t.equal(cas.matchedCount, 0, 'a compare-and-set whose condition fails writes nothing');
  t.equal((await lookups.deleteOne({ _id: 'doc-4' as never, n: 4 })).deletedCount, 1);
  t.same(await ns({ _id: { $in: ['doc-4', 'doc-5'] } }), [5]);
});

// The outbox relays' scan `{outboxPending: true}`, the delivery worker's `{state: {$in: [...]}}`
// and matching's `{status: 'published'}` read and decoded every document on upstream FerretDB (the
// deliveries collection keeps every email ever sent). Patch 0003 narrows a top-level equality to a
// boolean or a plain string (or `$in` of them) through the field's index; an array holding the
// value still matches, as in MongoDB, and the other conditions still apply.
t.test(
  'equality to a flag or a state is answered through its index; arrays still match',
  async (t) => {
    const conn = await freshDatabase(t);
    const docs = conn.db!.collection('flags');
    await docs.createIndex({ pending: 1 });
    await docs.createIndex({ state: 1, due: 1 });
    const states = ['sent', 'sent', 'pending', 'sent', 'awaiting_startup'];
    await docs.insertMany([
      ...Array.from({ length: 40 }, (_, i) => ({
        _id: `doc-${i}` as never,
        pending: i % 10 === 0,
        state: states[i % 5],
        due: i,
      })),
      { _id: 'array' as never, pending: [false, true], state: ['sent', 'pending'] },
      { _id: 'string' as never, pending: 'true', state: 'Pending' },
      { _id: 'number' as never, pending: 1, state: 1 },
      { _id: 'object' as never, pending: { true: true }, state: { pending: 'pending' } },
      { _id: 'missing' as never },
    ]);
    const plan = async (filter: object) => {
      const explain = await conn.db!.command({
        explain: { find: 'flags', filter },
        verbosity: 'queryPlanner',
      });
      return {
        onFerretSqlite: !!(explain.ferretdbVersion || explain.serverInfo?.ferretdbVersion),
        text: JSON.stringify(explain.queryPlanner),
      };
    };
    const expectations: [object, RegExp][] = [
      [{ pending: true }, /USING INDEX \S+_pending_1/],
      [
        { state: { $in: ['pending', 'awaiting_startup'] }, due: { $lte: 30 } },
        /USING INDEX \S+_state_1_due_1/,
      ],
      [{ state: 'pending' }, /USING INDEX \S+_state_1_due_1/],
    ];
    for (const [filter, index] of expectations) {
      const { onFerretSqlite, text } = await plan(filter);
      if (!onFerretSqlite || !/SEARCH|SCAN/.test(text)) {
        t.comment(`not FerretDB on SQLite: ${text}`);
        break;
      }
      t.match(text, index, `${JSON.stringify(filter)} through the index: ${text}`);
      t.notMatch(text, /SCAN flags/, `${JSON.stringify(filter)}: no scan of the collection`);
    }

    const ids = async (filter: object) =>
      (await docs.find(filter, { projection: { _id: 1 } }).toArray())
        .map((d) => String(d._id))
        .sort();
    t.same(await ids({ pending: true }), ['array', 'doc-0', 'doc-10', 'doc-20', 'doc-30']);
    t.equal((await ids({ pending: false })).length, 37, '36 false documents and the array');
    t.same(await ids({ pending: true, _id: { $ne: 'array' } }), [
      'doc-0',
      'doc-10',
      'doc-20',
      'doc-30',
    ]);
    t.equal(await docs.countDocuments({ pending: true }), 5, 'count');
    t.same(
      await ids({ state: { $in: ['pending', 'awaiting_startup'] }, due: { $lte: 10 } }),
      ['doc-2', 'doc-4', 'doc-7', 'doc-9'],
      'states by $in, the other condition applied',
    );
    t.same(
      await ids({ state: 'pending' }),
      ['array', 'doc-12', 'doc-17', 'doc-2', 'doc-22', 'doc-27', 'doc-32', 'doc-37', 'doc-7'],
      'a state; not "Pending", not a nested field of that name; the array holding it',
    );
    t.same(await ids({ state: 'Ünïcode' }), [], 'a string that is not plain still answers');
    const cleared = await docs.updateMany({ pending: true }, { $set: { pending: false } });
    t.equal(cleared.modifiedCount, 5, 'updateMany by the flag');
    t.same(await ids({ pending: true }), []);
  },
);

t.test(
  'updateMany over more documents than one write group: every change written and counted',
  async (t) => {
    // FerretDB infra patch 0007 writes an update's modified documents in groups of 100, each one
    // transaction; the counts, the documents and a failure's partial effect must not change.
    const conn = await freshDatabase(t);
    const items = conn.db!.collection<{ _id: string; n: number; tag: string }>('items');
    const ids = Array.from({ length: 250 }, (_, i) => `item-${String(i).padStart(3, '0')}`);
    await items.insertMany(ids.map((_id, i) => ({ _id, n: i, tag: i % 5 === 0 ? 'same' : 'old' })));

    const res = await items.updateMany({}, { $set: { tag: 'same' } });
    t.equal(res.matchedCount, 250, 'all matched');
    t.equal(res.modifiedCount, 200, 'the 50 already "same" are matched, not modified');
    t.equal(await items.countDocuments({ tag: 'same' }), 250, 'every document written');

    const inc = await items.updateMany({ _id: { $in: ids.slice(0, 150) } }, { $inc: { n: 1000 } });
    t.same([inc.matchedCount, inc.modifiedCount], [150, 150]);
    const sample = await items
      .find({ _id: { $in: ['item-000', 'item-149', 'item-150'] } })
      .toArray();
    t.same(
      sample.map((d) => [d._id, d.n]).sort(),
      [
        ['item-000', 1000],
        ['item-149', 1149],
        ['item-150', 150],
      ],
      'the 150 named changed, the next one did not',
    );

    // A document the update cannot apply to stops it: the ones before it (in _id order here)
    // are written, as on a MongoDB server without a transaction.
    await conn
      .db!.collection<{ _id: string; n: unknown }>('items')
      .updateOne({ _id: 'item-120' }, { $set: { n: 'not a number' } });
    await t.rejects(items.updateMany({}, { $inc: { n: 1 } }), 'the $inc on a string fails');
    const after = await items
      .find({ _id: { $in: ['item-000', 'item-119', 'item-120', 'item-121'] } })
      .toArray();
    const n = Object.fromEntries(after.map((d) => [d._id, d.n]));
    t.equal(n['item-000'], 1001, 'a document before the failing one was written');
    t.equal(n['item-119'], 1120, 'the one just before it too (a second write group)');
    t.equal(n['item-120'], 'not a number', 'the failing one is unchanged');
    t.equal(n['item-121'], 1121, 'the one after it was not reached');

    const found = await items.findOneAndUpdate(
      { _id: 'item-200' },
      { $set: { tag: 'picked' } },
      { returnDocument: 'after' },
    );
    t.match(
      found,
      { _id: 'item-200', tag: 'picked' },
      'findAndModify returns the written document',
    );
    t.equal((await items.findOne({ _id: 'item-200' }))?.tag, 'picked');
  },
);
