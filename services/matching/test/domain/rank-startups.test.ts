import t from 'tap';
import { rankStartups } from '../../src/domain/rank-startups.js';
import { StartupIndex } from '../../src/domain/startup-index.js';
import type { ChallengeInput, StartupInput } from '../../src/domain/types.js';

function indexOf(startups: StartupInput[]): StartupIndex {
  const index = new StartupIndex();
  for (const s of startups) index.upsert(s);
  return index;
}

const at = { city: 'Tabriz', country: 'IR', languages: ['fa'] };
const challenge: ChallengeInput = {
  id: 'c1',
  sectors: ['جمع‌آوری پسماند'], // waste collection, in Persian
  city: 'Tehran',
  country: 'IR',
  language: 'fa',
};

t.test('exact beats parent/child, which beats sibling; unrelated startups stay out', async (t) => {
  const index = indexOf([
    { id: 'sibling', sectors: ['geri dönüşüm'], ...at },
    { id: 'parent', sectors: ['Waste-Management'], ...at },
    { id: 'exact', sectors: ['garbage collection'], ...at },
    { id: 'other', sectors: ['telemedicine'], ...at },
  ]);
  const ranked = rankStartups(index, challenge);
  t.same(
    ranked.map((r) => r.startupId),
    ['exact', 'parent', 'sibling'],
  );
  t.same(
    ranked.map((r) => r.reasons[0]?.relation),
    ['exact', 'parent', 'sibling'],
  );
});

t.test('the primary (first) tag outweighs secondary tags', async (t) => {
  const index = indexOf([
    { id: 'a-both-secondaries', sectors: ['parking', 'telemedicine'], ...at },
    { id: 'b-primary', sectors: ['kompost'], ...at },
    { id: 'c-one-secondary', sectors: ['otopark'], ...at },
  ]);
  const ranked = rankStartups(index, {
    id: 'c2',
    sectors: ['composting', 'smart parking', 'tele tıp'],
  });
  t.same(
    ranked.map((r) => r.startupId),
    ['b-primary', 'a-both-secondaries', 'c-one-secondary'],
  );
});

t.test('scores are normalized to 0..1 and a perfect match scores near 1', async (t) => {
  const index = indexOf([
    { id: 'perfect', sectors: ['atık toplama'], city: 'Tehran', country: 'IR', languages: ['fa'] },
    { id: 'far', sectors: ['bazyaft', 'بازیافت'], city: 'Doha', country: 'QA', languages: ['ar'] },
  ]);
  const [perfect, far] = rankStartups(index, challenge);
  t.equal(perfect?.startupId, 'perfect');
  t.equal(perfect?.score, 1);
  t.equal(perfect?.relevance, 1);
  t.ok((far?.score ?? 0) > 0 && (far?.score ?? 1) < 0.2, `sibling score ${far?.score}`);
});

t.test('reasons say which tag matched which, through which sector, how and how much', async (t) => {
  const index = indexOf([
    { id: 's1', sectors: ['Smart Bins', 'IoT'], city: 'tehran', country: 'ir', languages: ['FA'] },
  ]);
  const [r] = rankStartups(index, challenge);
  const sector = r?.reasons.find((x) => x.sectorId !== null);
  t.match(sector, {
    challengeTag: 'جمع‌آوری پسماند',
    startupTag: 'Smart Bins',
    sectorId: 'waste.collection',
    challengeSectorId: 'waste.collection',
    relation: 'exact',
    strength: 1,
  });
  t.ok((sector?.weight ?? 0) > 0);
  t.same(
    r?.reasons.filter((x) => x.sectorId === null).map((x) => x.relation),
    ['city', 'country', 'language'],
    'same city (any casing), country and language are explained bonuses',
  );
  const total = r?.reasons.reduce((sum, x) => sum + x.contribution, 0) ?? 0;
  t.ok(Math.abs(total - (r?.score ?? 0)) < 0.001, 'contributions add up to the score');
});

t.test(
  'adjustments are small: they order equals but never beat a better sector match',
  async (t) => {
    const index = indexOf([
      {
        id: 'z-local',
        sectors: ['atık toplama'],
        city: 'Tehran',
        country: 'IR',
        languages: ['fa'],
      },
      { id: 'a-abroad', sectors: ['atık toplama'], city: 'Baku', country: 'AZ', languages: ['en'] },
      {
        id: 'local-sibling',
        sectors: ['kompost'],
        city: 'Tehran',
        country: 'IR',
        languages: ['fa'],
      },
    ]);
    t.same(
      rankStartups(index, challenge).map((r) => r.startupId),
      ['z-local', 'a-abroad', 'local-sibling'],
    );
  },
);

t.test('ties are broken by startup id, deterministically', async (t) => {
  const ids = ['s-09', 's-10', 's-01', 's-05', 's-02'];
  const index = indexOf(ids.map((id) => ({ id, sectors: ['waste collection'], ...at })));
  const ranked = rankStartups(index, challenge);
  t.same(
    ranked.map((r) => r.startupId),
    [...ids].sort(),
  );
  t.same(new Set(ranked.map((r) => r.score)).size, 1);
  t.same(rankStartups(index, challenge), ranked, 'same answer every time');
});

t.test('k bounds the result; empty or unknown challenges rank nothing', async (t) => {
  const index = indexOf(
    Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, sectors: ['recycling'], ...at })),
  );
  t.equal(rankStartups(index, { id: 'c', sectors: ['recycling'] }, { k: 7 }).length, 7);
  t.equal(rankStartups(index, { id: 'c', sectors: ['recycling'] }).length, 30);
  t.same(rankStartups(index, { id: 'c', sectors: [] }), []);
  t.same(rankStartups(index, { id: 'c', sectors: ['!!!', ''] }), []);
  t.same(rankStartups(index, { id: 'c', sectors: ['qwzx unknown thing'] }), []);
  t.same(rankStartups(index, { id: 'c', sectors: ['recycling'] }, { k: 0 }), []);
});

t.test('free tags match only the same free tag', async (t) => {
  const index = indexOf([
    { id: 'same', sectors: ['Quantum Gravel'], ...at },
    { id: 'other', sectors: ['quantum pebbles'], ...at },
  ]);
  const ranked = rankStartups(index, { id: 'c', sectors: ['quantum-gravel'] });
  t.same(
    ranked.map((r) => r.startupId),
    ['same'],
  );
  t.equal(ranked[0]?.reasons[0]?.relation, 'free');
  t.equal(ranked[0]?.reasons[0]?.sectorId, 'free:quantum gravel');
});
