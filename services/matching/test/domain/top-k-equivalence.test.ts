import { surfaceForms } from '@citymatch/taxonomy';
import t from 'tap';
import { joinTuning } from '../../src/domain/bitmap-join.js';
import { rankStartups, rankStartupsNaive } from '../../src/domain/rank-startups.js';
import { StartupIndex } from '../../src/domain/startup-index.js';
import type { ChallengeInput, StartupInput } from '../../src/domain/types.js';

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
// a small vocabulary makes many ties, shared sectors and relations: the hard cases
const forms = surfaceForms()
  .filter((f) => /^(waste|mobility|energy|health)/.test(f.sectorId))
  .map((f) => f.form)
  .filter((_, i) => i % 9 === 0);
const vocabulary = [...forms, 'free tag one', 'free tag two', 'Free-Tag-One'];
const places = [
  ['Istanbul', 'TR', ['tr']],
  ['Tehran', 'IR', ['fa', 'en']],
  ['Dubai', 'AE', ['ar']],
  ['Ankara', 'TR', ['tr', 'en']],
] as const;

function startup(id: string): StartupInput {
  const [city, country, languages] = pick(places);
  const n = 1 + Math.floor(random() * 3);
  return {
    id,
    sectors: Array.from({ length: n }, () => pick(vocabulary)),
    city,
    country,
    languages,
  };
}

function challenge(i: number): ChallengeInput {
  const [city, country, languages] = pick(places);
  const n = 1 + Math.floor(random() * 3);
  const sectors = Array.from({ length: n }, () => pick(vocabulary));
  return { id: `c${i}`, sectors, city, country, language: languages[0] };
}

t.test('top-k over postings returns exactly what scoring every startup returns', async (t) => {
  const index = new StartupIndex();
  index.upsertMany(
    Array.from({ length: 3000 }, (_, i) => startup(`s${(i * 2654435761) % 100000}`)),
  );
  // an unsorted tail, updates and removals after the bulk load
  for (let i = 0; i < 400; i++) index.upsert(startup(`t${Math.floor(random() * 1e6)}`));
  for (let i = 0; i < 200; i++) index.upsert(startup(`s${(i * 2654435761) % 100000}`));
  for (let i = 200; i < 300; i++) index.remove(`s${(i * 2654435761) % 100000}`);
  t.ok(index.sortedPrefix < index.store.docCount, 'some docs are in the unsorted tail');
  let compared = 0;
  for (let i = 0; i < 300; i++) {
    const c = challenge(i);
    for (const k of [1, 10, 50]) {
      const fast = rankStartups(index, c, { k });
      const slow = rankStartupsNaive(index, c, { k });
      if (JSON.stringify(fast) !== JSON.stringify(slow)) {
        t.same(fast, slow, `challenge ${c.sectors.join(' | ')} k=${k}`);
        return;
      }
      compared++;
    }
  }
  t.equal(compared, 900);
});

t.test('the same holds with bitmap joins at a larger size', async (t) => {
  const index = new StartupIndex();
  index.upsertMany(Array.from({ length: 40000 }, (_, i) => startup(`b${i}`)));
  let agreed = 0;
  for (let i = 0; i < 60; i++) {
    const c = challenge(i);
    const fast = rankStartups(index, c);
    const slow = rankStartupsNaive(index, c);
    if (JSON.stringify(fast) !== JSON.stringify(slow)) {
      t.same(fast, slow, c.sectors.join(' | '));
      return;
    }
    agreed++;
  }
  t.equal(agreed, 60, '60 challenges rank the same with bitmap joins as with a full scan');
});

t.test('the same holds when bitmap joins take over as early as they may', async (t) => {
  const saved = { ...joinTuning };
  Object.assign(joinTuning, { walkBudget: 0, minPostings: 0 });
  t.teardown(() => Object.assign(joinTuning, saved));
  const index = new StartupIndex();
  index.upsertMany(Array.from({ length: 5000 }, (_, i) => startup(`j${(i * 7919) % 20000}`)));
  for (let i = 0; i < 300; i++) index.upsert(startup(`tail${i}`));
  let agreed = 0;
  for (let i = 0; i < 200; i++) {
    const c = challenge(i);
    for (const k of [1, 50]) {
      const fast = rankStartups(index, c, { k });
      const slow = rankStartupsNaive(index, c, { k });
      if (JSON.stringify(fast) !== JSON.stringify(slow)) {
        t.same(fast, slow, `${c.sectors.join(' | ')} k=${k}`);
        return;
      }
      agreed++;
    }
  }
  t.equal(agreed, 400, '200 challenges × 2 sizes agree with a full scan');
});
