import { daysBetween } from '../../plan/calendar.js';
import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/** Missed runs or sessions within 7 days that make the plan hold: 3. A library default. */
export const MISSED_TO_HOLD = 3;

/** Where the number comes from. */
export const RUNNA_REALIGNMENT = 'Runna support, "Need to pause your plan?" (support.runna.com/en/articles/8895444-need-to-pause-your-plan): a plan realignment after 3 or more missed workouts';

/**
 * Three or more planned runs or sessions missed within 7 days: hold the plan (no growth for 7 days, the week
 * repeated) instead of moving on. Counted over the whole log, whatever day each miss was logged or reviewed, so the
 * answer does not depend on how often the app reviews: it fires when a new miss completes such a 7-day window. One or
 * two misses change nothing, and a day with no entry is not a miss: only an explicit `missed` entry counts.
 */
export function missedDays(context: ReviewContext): ReviewReason[] {
  const fresh = new Set(context.fresh);
  // A run (or session) missed on a day is one miss, however many times it was logged: count each day's once, new if
  // any of its entries is new, so that the answer does not depend on how the entries were batched.
  const byDay = new Map<string, { entry: (typeof context.log)[number]; fresh: boolean }>();
  for (const entry of context.log) {
    if (entry.kind !== 'missed') continue;
    const key = `${entry.date} ${entry.what}`;
    const seen = byDay.get(key);
    if (seen === undefined) byDay.set(key, { entry, fresh: fresh.has(entry) });
    else seen.fresh ||= fresh.has(entry);
  }
  const misses = [...byDay.values()].map(({ entry }) => entry);
  const freshMisses = new Set([...byDay.values()].filter((miss) => miss.fresh).map(({ entry }) => entry));
  if (freshMisses.size === 0 || misses.length < MISSED_TO_HOLD) return [];
  // The first 7-day window, by its earliest miss, that holds 3 misses one of which is new: one pass with two ends.
  let end = 0;
  let freshInWindow = 0;
  for (let first = 0; first < misses.length; first++) {
    const start = misses[first] as (typeof misses)[number];
    while (end < misses.length && daysBetween(start.date, (misses[end] as (typeof misses)[number]).date) < 7) {
      if (freshMisses.has(misses[end] as (typeof misses)[number])) freshInWindow += 1;
      end += 1;
    }
    if (end - first >= MISSED_TO_HOLD && freshInWindow > 0) {
      const window = misses.slice(first, end);
      return [
        {
          rule: 'missed',
          status: 'hold',
          message: `${window.length} planned runs or sessions were missed within 7 days (${window
            .slice(0, 7)
            .map((entry) => `${entry.kind === 'missed' ? entry.what : ''} on ${entry.date}`)
            .join(', ')}${window.length > 7 ? ', …' : ''}): repeat this week rather than move on to more.`,
          evidence: {
            kind: 'library-default',
            reason: `No rehabilitation source says how many misses should hold a plan; 3 follows the running app Runna (${RUNNA_REALIGNMENT}). Fewer misses change nothing, so an app need not log every day.`,
          },
        },
      ];
    }
    if (freshMisses.has(start)) freshInWindow -= 1;
  }
  return [];
}
