import { isArabicScript } from './stem-token.js';

/**
 * Splits a run-together word into known words ("مدیریتبحرانشهری" → مدیریت بحران شهری,
 * "smartparking" → smart parking), longest known prefix first, with backtracking. Pieces are
 * at least 2 letters in Arabic script and 4 in Latin, so ordinary unknown words stay whole.
 * Returns null when no complete split exists.
 */
export function splitCompound(
  word: string,
  vocabulary: { has(word: string): boolean },
): string[] | null {
  const min = isArabicScript(word) ? 2 : 4;
  if (word.length < 2 * min) return null;
  const memo = new Map<number, string[] | null>();
  const from = (start: number): string[] | null => {
    if (start === word.length) return [];
    const cached = memo.get(start);
    if (cached !== undefined) return cached;
    let result: string[] | null = null;
    for (let end = word.length; end - start >= min && result === null; end--) {
      const piece = word.slice(start, end);
      if (!vocabulary.has(piece)) continue;
      const rest = from(end);
      if (rest) result = [piece, ...rest];
    }
    memo.set(start, result);
    return result;
  };
  const parts = from(0);
  return parts && parts.length > 1 ? parts : null;
}
