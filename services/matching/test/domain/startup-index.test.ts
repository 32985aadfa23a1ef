import t from 'tap';
import { rankStartups } from '../../src/domain/rank-startups.js';
import { StartupIndex } from '../../src/domain/startup-index.js';

const at = { city: 'Bursa', country: 'TR', languages: ['tr'] };
const wanted = { id: 'c', sectors: ['geri dönüşüm'], city: 'Bursa', country: 'TR', language: 'tr' };
const ids = (index: StartupIndex) => rankStartups(index, wanted).map((r) => r.startupId);

t.test('a removed or deactivated startup leaves results at once', async (t) => {
  const index = new StartupIndex();
  index.upsert({ id: 'a', sectors: ['recycling'], ...at });
  index.upsert({ id: 'b', sectors: ['بازیافت'], ...at });
  t.same(ids(index), ['a', 'b']);
  t.ok(index.remove('a'));
  t.same(ids(index), ['b']);
  index.upsert({ id: 'b', sectors: ['بازیافت'], active: false, ...at });
  t.same(ids(index), []);
  t.equal(index.size, 0);
  t.notOk(index.remove('a'), 'removing twice is harmless');
  index.upsert({ id: 'a', sectors: ['recycling'], ...at });
  t.same(ids(index), ['a'], 'and can come back');
});

t.test('an update replaces the startup’s tags and place', async (t) => {
  const index = new StartupIndex();
  index.upsert({ id: 'a', sectors: ['recycling'], ...at });
  index.upsert({ id: 'a', sectors: ['telemedicine'], ...at });
  t.same(ids(index), []);
  t.equal(index.size, 1);
  index.upsert({ id: 'a', sectors: ['Recycling'], city: 'Baku', country: 'AZ', languages: [] });
  const [r] = rankStartups(index, wanted);
  t.same(
    r?.reasons.map((x) => x.relation),
    ['exact'],
    'no city bonus any more',
  );
});

t.test('IDF: a rare challenge sector weighs more than a common one', async (t) => {
  const index = new StartupIndex();
  for (let i = 0; i < 40; i++) index.upsert({ id: `common${i}`, sectors: ['parking'], ...at });
  index.upsert({ id: 'rare', sectors: ['ev charging'], ...at });
  const space = index.space;
  const parking = space.lookup('mobility.parking') ?? -1;
  const ev = space.lookup('mobility.ev') ?? -1;
  t.equal(index.documentFrequency(parking), 40);
  t.equal(index.documentFrequency(ev), 1);
  // equal position weight (both secondary) → the rare sector's match scores higher
  const ranked = rankStartups(index, { id: 'c', sectors: ['health', 'parking', 'EV charging'] });
  const rare = ranked.find((r) => r.startupId === 'rare');
  const common = ranked.find((r) => r.startupId === 'common0');
  t.ok((rare?.score ?? 0) > (common?.score ?? 0), `${rare?.score} > ${common?.score}`);
  t.ok((rare?.reasons[0]?.weight ?? 0) > (common?.reasons[0]?.weight ?? 0));
  index.remove('rare');
  t.equal(index.documentFrequency(ev), 0, 'removal updates document frequency');
});

t.test('bad tags neither crash indexing nor match everything', async (t) => {
  const index = new StartupIndex();
  const bad = ['', '   ', '!!!', '🚀🚀🚀', 'x'.repeat(10_240), 'smart شهر akıllı', '\u200c\u200d'];
  index.upsert({ id: 'bad', sectors: bad, ...at });
  index.upsert({ id: 'good', sectors: ['recycling'], ...at });
  t.same(ids(index), ['good']);
  for (const tag of bad) {
    const got = rankStartups(index, { id: 'q', sectors: [tag] }).map((r) => r.startupId);
    t.ok(got.length <= 1, `${JSON.stringify(tag.slice(0, 20))} → ${got}`);
  }
  t.same(
    rankStartups(index, { id: 'q', sectors: ['x'.repeat(10_240)] }).map((r) => r.startupId),
    ['bad'],
  );
});

t.test('compaction keeps every answer and order', async (t) => {
  const index = new StartupIndex();
  const tags = ['recycling', 'kompost', 'atık toplama', 'پسماند', 'parking'];
  for (let i = 0; i < 300; i++) {
    index.upsert({ id: `s${(i * 7919) % 1000}`, sectors: [tags[i % 5] ?? ''], ...at });
  }
  for (let i = 0; i < 300; i += 3) index.remove(`s${(i * 7919) % 1000}`);
  const before = rankStartups(index, wanted, { k: 100 });
  index.compact();
  t.equal(index.sortedPrefix, index.size);
  t.same(rankStartups(index, wanted, { k: 100 }), before);
});
