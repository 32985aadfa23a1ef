import type { Qrels } from './ranking-metrics.js';
import type { ChallengeInput, StartupInput } from './types.js';

export interface EvalSet {
  readonly name: string;
  readonly startups: readonly StartupInput[];
  readonly challenges: readonly ChallengeInput[];
  readonly qrels: Qrels | null;
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((v) => typeof v === 'string');
}

function check(cond: boolean, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Validates a parsed evaluation set (format of shared/data/eval/dev.json). */
export function parseEvalSet(data: unknown, fallbackName: string): EvalSet {
  check(
    typeof data === 'object' && data !== null && !Array.isArray(data),
    'the set must be a JSON object',
  );
  const d = data as Record<string, unknown>;
  check(Array.isArray(d.startups), 'the set has no "startups" array');
  check(Array.isArray(d.challenges), 'the set has no "challenges" array');
  const startups = (d.startups as unknown[]).map((s, i) => {
    const o = s as Record<string, unknown>;
    check(
      typeof o?.id === 'string' && isStringArray(o.sectors),
      `startups[${i}] needs an id and sectors`,
    );
    return {
      id: o.id,
      sectors: o.sectors,
      city: typeof o.city === 'string' ? o.city : null,
      country: typeof o.country === 'string' ? o.country : null,
      languages: isStringArray(o.languages) ? o.languages : [],
      active: o.active !== false,
    } satisfies StartupInput;
  });
  const challenges = (d.challenges as unknown[]).map((c, i) => {
    const o = c as Record<string, unknown>;
    check(
      typeof o?.id === 'string' && isStringArray(o.sectors),
      `challenges[${i}] needs an id and sectors`,
    );
    return {
      id: o.id,
      sectors: o.sectors,
      city: typeof o.city === 'string' ? o.city : null,
      country: typeof o.country === 'string' ? o.country : null,
      language: typeof o.language === 'string' ? o.language : null,
    } satisfies ChallengeInput;
  });
  let qrels: Qrels | null = null;
  if (d.qrels !== undefined && d.qrels !== null) {
    check(typeof d.qrels === 'object' && !Array.isArray(d.qrels), '"qrels" must be an object');
    qrels = d.qrels as Qrels;
  }
  return { name: typeof d.name === 'string' ? d.name : fallbackName, startups, challenges, qrels };
}
