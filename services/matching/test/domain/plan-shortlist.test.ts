import t from 'tap';
import {
  newlyMatched,
  publicReasons,
  shortlistChanged,
  shortlistOf,
} from '../../src/domain/plan-shortlist.js';
import type { RankedStartup } from '../../src/domain/types.js';

const ranked = (startupId: string, score: number): RankedStartup => ({
  startupId,
  score,
  relevance: score,
  reasons: [
    {
      challengeTag: 'atık',
      startupTag: 'waste',
      sectorId: 'waste-management',
      challengeSectorId: 'waste-management',
      relation: 'exact',
      strength: 1,
      weight: 0.9,
      contribution: 0.8,
    },
  ],
});

t.test('the shortlist keeps the startups from the threshold on, ranked from 1', async (t) => {
  const list = shortlistOf([ranked('a', 0.9), ranked('b', 0.3), ranked('c', 0.2)], 0.25);
  t.same(
    list.map((e) => [e.startupId, e.rank]),
    [
      ['a', 1],
      ['b', 2],
    ],
  );
  t.same(shortlistOf([ranked('z', 0)], 0), [], 'a zero score never enters');
});

t.test('reasons lose the ranking’s internal fields', async (t) => {
  const [reason] = publicReasons(ranked('a', 1));
  t.same(reason, {
    challengeTag: 'atık',
    startupTag: 'waste',
    sectorId: 'waste-management',
    relation: 'exact',
    strength: 1,
    weight: 0.9,
  });
});

t.test('a change is a change of startups or order, not of scores', async (t) => {
  const a = [{ startupId: 'a' }, { startupId: 'b' }];
  t.notOk(shortlistChanged(a, [{ startupId: 'a' }, { startupId: 'b' }]));
  t.ok(shortlistChanged(a, [{ startupId: 'b' }, { startupId: 'a' }]));
  t.ok(shortlistChanged(a, [{ startupId: 'a' }]));
  t.ok(shortlistChanged([], a));
});

t.test('only startups never announced are newly matched', async (t) => {
  const list = shortlistOf([ranked('a', 0.9), ranked('b', 0.8)], 0);
  t.same(
    newlyMatched(list, ['a']).map((e) => e.startupId),
    ['b'],
  );
  t.same(newlyMatched(list, ['a', 'b']), []);
});
