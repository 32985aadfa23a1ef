import { fuzzSettings, tameString } from '@citymatch/testkit';
import fc from 'fast-check';

/** Valid variations of challenge fields: odd but allowed text (bidi, ZWNJ, emoji). */
export const challengeVariations = {
  title: tameString(),
  description: fc.oneof(tameString(), fc.constant('')),
  sectors: fc.array(tameString(), { minLength: 1, maxLength: 5 }),
  city: tameString(),
  language: fc.constantFrom('en', 'tr', 'ar', 'fa'),
  deadline: fc.constantFrom(null, '2099-01-01T00:00:00Z', '2031-06-30T12:00:00+03:00'),
};

/** Valid variations of organisation fields. */
export const orgVariations = {
  id: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
  name: tameString(),
  city: tameString(),
  kind: fc.constantFrom('municipality', 'union', 'innovation_centre', 'science_park'),
  languages: fc.constantFrom(['tr'], ['ar', 'en'], ['fa']),
};

/** Seed and size of this run, announced so that a failure can be replayed. */
export function announce(t: { comment(...a: unknown[]): void; setTimeout(ms: number): void }) {
  const settings = fuzzSettings();
  t.setTimeout(600_000);
  t.comment(
    `fuzz seed ${settings.seed}, up to ${settings.runs} bodies per route (FUZZ_SEED=${settings.seed} replays; FUZZ_RUNS, FUZZ_BUDGET_MS bound it)`,
  );
  return settings;
}
