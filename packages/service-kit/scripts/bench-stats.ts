// What the benches that repeat rounds report: the median round, beside every round's figure.

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Every round's figure, rounded, for the line beside the median. */
export const listRounds = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
