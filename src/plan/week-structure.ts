import { LONG_RUN_SHARE } from '../runner/rules.js';

/**
 * `count` of `candidates` (day indexes in a week, in order), spread as evenly as the week allows: 3 of 7 are the
 * 2nd, 4th and 7th days, 4 of 7 every other day, so that runs have rest days between them where they can.
 */
export function spreadDays(candidates: readonly number[], count: number): number[] {
  const n = candidates.length;
  if (count >= n) return [...candidates];
  const chosen: number[] = [];
  for (let i = 0; i < count; i++) {
    const pick = candidates[Math.floor(((i + 1) * n) / count) - 1];
    if (pick !== undefined) chosen.push(pick);
  }
  return chosen;
}

/**
 * The long run's and the easy runs' targets for a week of `weekly` over `runs` distance runs. The long run takes at
 * most the long-run share of the week; with fewer than 4 runs that share would make the other runs longer than the
 * long one, so each run then takes an equal share (1/runs) instead. Easy runs share the rest, never longer than the
 * long run, so the week never adds up to more than `weekly`.
 */
export function weekTargets(weekly: number, runs: number): { long: number; easy: number } {
  if (runs <= 0) return { long: 0, easy: 0 };
  const long = weekly * Math.max(LONG_RUN_SHARE, 1 / runs);
  const easy = runs > 1 ? Math.min(long, (weekly - long) / (runs - 1)) : 0;
  return { long, easy };
}
