import { editDistance } from './edit-distance.js';

function deletions(word: string, out: Set<string>): void {
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
}

/**
 * Finds known keys within a small edit distance of a query without scanning every key
 * (symmetric-deletion index): each key is stored under itself and its one-letter deletions;
 * a query looks up itself and its deletions (two levels deep for a budget of 2), and the
 * candidates are verified with the real distance. Typos rarely hit the first letter, and
 * allowing it turns "gravel" into "travel": candidates must start like the query.
 */
export class FuzzyLookup {
  private readonly byDeletion = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const variants = new Set<string>([key]);
      deletions(key, variants);
      for (const v of variants) {
        const list = this.byDeletion.get(v);
        if (list) list.push(key);
        else this.byDeletion.set(v, [key]);
      }
    }
  }

  /** Keys at the smallest distance ≤ budget from `query` (empty when none). */
  nearest(query: string, budget: number): { keys: string[]; distance: number } {
    if (budget <= 0) return { keys: [], distance: 0 };
    const variants = new Set<string>([query]);
    deletions(query, variants);
    if (budget >= 2) for (const v of [...variants]) deletions(v, variants);
    let best = budget + 1;
    let keys: string[] = [];
    const seen = new Set<string>();
    for (const v of variants) {
      for (const key of this.byDeletion.get(v) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        if (key[0] !== query[0]) continue;
        const d = editDistance(query, key, budget);
        if (d < best) {
          best = d;
          keys = [key];
        } else if (d === best) {
          keys.push(key);
        }
      }
    }
    return best <= budget ? { keys, distance: best } : { keys: [], distance: best };
  }
}
