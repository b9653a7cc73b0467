import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/** Missed runs or sessions in the last 7 days that make the plan repeat the week: 3. A library default. */
export const MISSED_TO_HOLD = 3;

/**
 * Three or more planned runs or sessions missed in the last 7 days: repeat the current week instead of moving on.
 * One or two misses change nothing. A day with no entry is not a miss: only an explicit `missed` entry counts.
 */
export function missedDays(context: ReviewContext): ReviewReason[] {
  const missed = context.fresh.filter((entry) => entry.kind === 'missed');
  if (missed.length < MISSED_TO_HOLD) return [];
  return [
    {
      rule: 'missed',
      status: 'hold',
      message: `${missed.length} planned runs or sessions were missed (${missed.map((entry) => `${entry.kind === 'missed' ? entry.what : ''} on ${entry.date}`).join(', ')}): repeat this week rather than move on to more.`,
      evidence: {
        kind: 'library-default',
        reason:
          'No rehabilitation source says how many misses should hold a plan; 3 follows the running app Runna, which realigns a plan after 3 or more missed workouts (RUNNING-LOAD.md). Fewer misses change nothing, so an app need not log every day.',
      },
    },
  ];
}
