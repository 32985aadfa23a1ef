import t from 'tap';
import { misses, probeKey, readKnownMisses, readProbes } from '../scripts/probes.js';

// Every phrase of the held-out probe lists that maps as its writer expected keeps doing so: a
// change that turns one wrong fails here, with the phrase. Phrases missed today are listed in
// probes/known-misses.tsv (`pnpm --filter @citymatch/taxonomy probes --update` after a change
// that fixes some, or that moves a debatable one on purpose).
t.test('no probe phrase that mapped as expected maps otherwise now', async (t) => {
  const probes = readProbes();
  t.ok(probes.length > 6000, `${probes.length} phrases in the probe lists`);
  const known = readKnownMisses();
  const missed = misses(probes);
  const regressed = [...missed].filter(([key]) => !known.has(key));
  t.same(
    regressed.map(([key, got]) => `${key.replaceAll('\t', ' | ')} → ${got}`),
    [],
    'phrases that mapped as expected before',
  );
  const fixed = [...known].filter((key) => !missed.has(key));
  if (fixed.length > 0) t.comment(`${fixed.length} known misses now map as expected`);
  // the lists are mostly right: a broken index would miss far more than the known misses
  t.ok(missed.size <= known.size, `${missed.size} misses, ${known.size} known`);
  t.ok(probes.every((p) => probeKey(p).split('\t').length === 3));
});
