/**
 * Ranking quality as defined in the shared eval README, averaged over challenges:
 * - nDCG@10: gain 2^grade − 1, discount log2(rank + 1), ideal DCG from the challenge's judged
 *   grades sorted descending (challenges whose ideal DCG is 0 are left out);
 * - Recall@50: share of grade-3 startups in the top 50;
 * - MRR: 1 / rank of the first grade-3 startup, 0 when none is ranked.
 * Recall and MRR are averaged over challenges that have at least one grade-3 startup.
 */

export type Rankings = Readonly<Record<string, readonly string[]>>;
export type Qrels = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface RankingMetrics {
  readonly 'ndcg@10': number;
  readonly 'recall@50': number;
  readonly mrr: number;
  readonly challenges: number;
}

const TOP_GRADE = 3;

export function ndcgAt(
  ranked: readonly string[],
  grades: Readonly<Record<string, number>>,
  k: number,
): number | null {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += gain(grades[id] ?? 0) / Math.log2(i + 2);
  });
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : null;
}

export function recallAt(
  ranked: readonly string[],
  grades: Readonly<Record<string, number>>,
  k: number,
): number | null {
  const relevant = Object.keys(grades).filter((id) => grades[id] === TOP_GRADE);
  if (relevant.length === 0) return null;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export function reciprocalRank(
  ranked: readonly string[],
  grades: Readonly<Record<string, number>>,
): number | null {
  if (!Object.values(grades).includes(TOP_GRADE)) return null;
  const i = ranked.findIndex((id) => grades[id] === TOP_GRADE);
  return i < 0 ? 0 : 1 / (i + 1);
}

function mean(values: (number | null)[]): number {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function evaluateRankings(rankings: Rankings, qrels: Qrels): RankingMetrics {
  const ids = Object.keys(qrels);
  const per = ids.map((id) => ({ ranked: rankings[id] ?? [], grades: qrels[id] ?? {} }));
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    'ndcg@10': round(mean(per.map((p) => ndcgAt(p.ranked, p.grades, 10)))),
    'recall@50': round(mean(per.map((p) => recallAt(p.ranked, p.grades, 50)))),
    mrr: round(mean(per.map((p) => reciprocalRank(p.ranked, p.grades)))),
    challenges: ids.length,
  };
}
