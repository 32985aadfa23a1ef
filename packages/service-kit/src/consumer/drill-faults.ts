import { Type } from '@sinclair/typebox';
import type { ConsumerRunnerOptions } from './consumer-runner.js';

/** Settings of the fault points `pnpm drills` uses; unset (the default) they do nothing. */
export const DrillFaultConfig = Type.Object({
  DRILL_SIGKILL_AFTER_EFFECTS: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Drills only: SIGKILL this process right after its n-th consumed effect (effect and ' +
        'dedupe marks written, offset not yet committed). Never set it in production',
    }),
  ),
});

/**
 * The fault of drill 3, "a consumer killed after its effect and before its commit", at the
 * exact point: a ConsumerRunner `afterEffect` that SIGKILLs the process at its n-th effect
 * (the runner calls it after the effect and its marks, before the offset is committed). Killing
 * from outside lands there only by chance: a consumer commits within milliseconds of an effect.
 * Undefined when `n` is undefined.
 */
export function sigkillAfterEffects(n: number | undefined): ConsumerRunnerOptions['afterEffect'] {
  if (n === undefined) return undefined;
  let effects = 0;
  return () => {
    effects++;
    if (effects === n) process.kill(process.pid, 'SIGKILL');
  };
}
