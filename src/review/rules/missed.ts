import { daysBetween } from '../../plan/calendar.js';
import type { LogEntry } from '../../model/index.js';
import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/** Missed runs or sessions within 7 days that make the plan hold: 3. A library default. */
export const MISSED_TO_HOLD = 3;

/** Where the number comes from. */
export const RUNNA_REALIGNMENT = 'Runna support, "Need to pause your plan?" (support.runna.com/en/articles/8895444-need-to-pause-your-plan): a plan realignment after 3 or more missed workouts';

/**
 * Three or more planned runs or sessions missed within 7 days: hold the plan (no growth for 7 days, the programme
 * going on from the day the misses began: {@link missesBegan}) instead of moving on. Counted over the whole log, whatever day each miss was logged or reviewed, so the
 * answer does not depend on how often the app reviews: it fires when a new miss completes such a 7-day window. One or
 * two misses change nothing, and a day with no entry is not a miss: only an explicit `missed` entry counts.
 */
export function missedDays(context: ReviewContext): ReviewReason[] {
  const found = missedWindow(context);
  if (found === undefined) return [];
  const { window, began, last } = found;
  const since = Math.max(0, daysBetween(last, context.today) - 1);
  const done = since === 0 ? '' : `, with the ${since} day${since === 1 ? '' : 's'} since the last miss (${last}) counted as done`;
  return [
    {
      rule: 'missed',
      status: 'hold',
      message: `${window.length} planned runs or sessions were missed within 7 days (${window
        .slice(0, 7)
        .map((entry) => `${entry.kind === 'missed' ? entry.what : ''} on ${entry.date}`)
        .join(', ')}${window.length > 7 ? ', …' : ''}): ${context.today > context.plan.endDate ? `this plan ended on ${context.plan.endDate}, so a new plan should not start above what you ran before the misses` : `the programme goes on from where the misses began (${began})${done} rather than move on to more`}.`,
      evidence: {
        kind: 'library-default',
        reason: `No rehabilitation source says how many misses should hold a plan; 3 follows the running app Runna (${RUNNA_REALIGNMENT}). Fewer misses change nothing, so an app need not log every day.`,
      },
    },
  ];
}

/**
 * The day the misses that hold the plan began ({@link missedDays}) and the day of the last miss, or undefined when they
 * do not hold it: the earliest miss from which 3 or more within 7 days follow one another up to the window that holds. The same misses give the same
 * day however often the app reviewed while they were logged, so the programme goes back there once, not a week per review.
 */
export function missesBegan(context: ReviewContext): { began: string; last: string } | undefined {
  const found = missedWindow(context);
  return found === undefined ? undefined : { began: found.began, last: found.last };
}

function missedWindow(context: ReviewContext): { window: LogEntry[]; began: string; last: string } | undefined {
  const fresh = new Set(context.fresh);
  // A run (or session) missed on a day is one miss, however many times it was logged: count each day's once, new if
  // any of its entries is new, so that the answer does not depend on how the entries were batched.
  const byDay = new Map<string, { entry: LogEntry; fresh: boolean }>();
  for (const entry of context.log) {
    if (entry.kind !== 'missed') continue;
    const key = `${entry.date} ${entry.what}`;
    const seen = byDay.get(key);
    if (seen === undefined) byDay.set(key, { entry, fresh: fresh.has(entry) });
    else seen.fresh ||= fresh.has(entry);
  }
  const misses = [...byDay.values()].map(({ entry }) => entry);
  const freshMisses = new Set([...byDay.values()].filter((miss) => miss.fresh).map(({ entry }) => entry));
  if (freshMisses.size === 0 || misses.length < MISSED_TO_HOLD) return undefined;
  // The first 7-day window, by its earliest miss, that holds 3 misses one of which is new: one pass with two ends.
  let end = 0;
  let freshInWindow = 0;
  for (let first = 0; first < misses.length; first++) {
    const start = misses[first] as LogEntry;
    while (end < misses.length && daysBetween(start.date, (misses[end] as LogEntry).date) < 7) {
      if (freshMisses.has(misses[end] as LogEntry)) freshInWindow += 1;
      end += 1;
    }
    if (end - first >= MISSED_TO_HOLD && freshInWindow > 0) {
      // Where the misses began: walk back while the miss before starts a window of 3 within 7 days too.
      let from = first;
      while (from > 0 && daysBetween((misses[from - 1] as LogEntry).date, (misses[from + 1] as LogEntry).date) < 7) from -= 1;
      return { window: misses.slice(first, end), began: (misses[from] as LogEntry).date, last: (misses[misses.length - 1] as LogEntry).date };
    }
    if (freshMisses.has(start)) freshInWindow -= 1;
  }
  return undefined;
}
