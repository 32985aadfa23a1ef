import t from 'tap';
import { parseEvalSet } from '../../src/domain/eval-set.js';
import {
  evaluateRankings,
  ndcgAt,
  recallAt,
  reciprocalRank,
} from '../../src/domain/ranking-metrics.js';
import { rankByTokenOverlap } from '../../src/domain/token-overlap-baseline.js';

const grades = { a: 3, b: 2, c: 1, d: 3 };

t.test('nDCG@10 uses gain 2^g−1, log2(rank+1) discount and the judged ideal', async (t) => {
  t.equal(ndcgAt(['a', 'd', 'b', 'c'], grades, 10), 1);
  const dcg = 7 / Math.log2(2) + 0 / Math.log2(3) + 3 / Math.log2(4);
  const ideal = 7 + 7 / Math.log2(3) + 3 / Math.log2(4) + 1 / Math.log2(5);
  t.ok(Math.abs((ndcgAt(['a', 'x', 'b'], grades, 10) ?? 0) - dcg / ideal) < 1e-12);
  t.equal(ndcgAt(['a'], {}, 10), null, 'no judgments, no figure');
});

t.test('Recall@50 counts grade-3 startups only; MRR the first grade-3 rank', async (t) => {
  t.equal(recallAt(['b', 'a'], grades, 50), 0.5);
  t.equal(recallAt(['a'], { b: 2 }, 50), null);
  t.equal(reciprocalRank(['c', 'b', 'd'], grades), 1 / 3);
  t.equal(reciprocalRank(['c'], grades), 0);
  const m = evaluateRankings({ q1: ['a', 'd'], q2: [] }, { q1: grades, q2: { z: 3 } });
  t.equal(m.mrr, 0.5);
  t.equal(m['recall@50'], 0.5);
  t.equal(m.challenges, 2);
});

t.test('the token-overlap baseline ranks by shared normalized words', async (t) => {
  const ranked = rankByTokenOverlap(
    { id: 'c', sectors: ['Waste Collection'] },
    [
      { id: 'one', sectors: ['waste management'] },
      { id: 'two', sectors: ['WASTE-COLLECTION'] },
      { id: 'none', sectors: ['atık toplama'] },
    ],
    10,
  );
  t.same(ranked, ['two', 'one']);
});

t.test('an evaluation set is validated with clear errors', async (t) => {
  t.throws(() => parseEvalSet([], 'x'), /JSON object/);
  t.throws(() => parseEvalSet({ challenges: [] }, 'x'), /startups/);
  t.throws(() => parseEvalSet({ startups: [{ id: 1 }], challenges: [] }, 'x'), /startups\[0\]/);
  const set = parseEvalSet(
    { startups: [{ id: 's', sectors: ['x'] }], challenges: [{ id: 'c', sectors: ['x'] }] },
    'fallback',
  );
  t.equal(set.name, 'fallback');
  t.equal(set.qrels, null, 'a set without qrels still loads');
});
