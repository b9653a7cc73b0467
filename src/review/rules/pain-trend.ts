import { daysBetween, toDayNumber } from '../../plan/calendar.js';
import { worstPainOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_CROSSLEY_2015 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** How much the weekly average must rise, on the 0–10 scale, to count as rising: 1 point. A library default. */
export const RISE = 1;

type Entry = ReviewContext['log'][number];

const stiffnessRead = (entry: Entry): number | undefined => (entry.kind === 'pain' ? entry.morningStiffness : undefined);

/**
 * Each logged day's worst value of `read` over the whole log, as running sums over the logged days in order: the
 * mean of any span of days is then two binary searches and two subtractions, whatever the log's length or the dates
 * it spans.
 */
function byDay(log: readonly Entry[], read: (entry: Entry) => number | undefined): (from: number, to: number) => number | undefined {
  const worst = new Map<number, number>();
  for (const entry of log) {
    const value = read(entry);
    if (value === undefined) continue;
    const day = toDayNumber(entry.date);
    worst.set(day, Math.max(worst.get(day) ?? 0, value));
  }
  const days = [...worst.keys()].sort((a, b) => a - b);
  // sums[i]: the worst values of the first i logged days.
  const sums = [0];
  for (const day of days) sums.push((sums[sums.length - 1] ?? 0) + (worst.get(day) ?? 0));
  /** How many logged days come before `day`. */
  const before = (day: number) => {
    let low = 0;
    let high = days.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((days[middle] ?? 0) < day) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (from, to) => {
    const first = before(from);
    const end = before(to + 1);
    return end === first ? undefined : ((sums[end] ?? 0) - (sums[first] ?? 0)) / (end - first);
  };
}

/**
 * Pain or morning stiffness rising week over week: the average of each logged day's worst rating over the 7 days up
 * to a new rating's day, at least a point above the 7 days before, means stepping back. The weeks are the rating's,
 * not the review's, so reviewing every day or once a week sees the same rise. Not for a rating within 7 days after a
 * step-back: the rise it would see is the flare that step-back already cut for. Nor for a week whose average stays
 * within what counts as settled ({@link ReviewContext.baseline}): a rise from 0/10 to 1/10 is not a flare.
 */
export function painTrend(context: ReviewContext): ReviewReason[] {
  const days = new Set<string>();
  for (const entry of context.fresh) {
    if (entry.kind !== 'pain' && !((entry.kind === 'run' || entry.kind === 'race') && entry.pain !== undefined)) continue;
    if (context.lastStepBack !== undefined && daysBetween(context.lastStepBack, entry.date) < 7) continue;
    days.add(entry.date);
  }
  if (days.size === 0) return [];
  const sortedDays = [...days].sort();
  for (const [what, read] of [
    ['Pain', worstPainOf],
    ['Morning stiffness', stiffnessRead],
  ] as const) {
    const weekMean = byDay(context.log, read);
    for (const day of sortedDays) {
      const at = toDayNumber(day);
      const now = weekMean(at - 6, at);
      const before = weekMean(at - 13, at - 7);
      // The means come from running sums: a hair of rounding must not decide a rise of exactly one point.
      // A rise that stays within what counts as settled (2/10, or the runner's `baselinePain`) is no flare: 0/10 one
      // week and 1/10 the next cut the running by 30 % (found by review).
      if (now === undefined || before === undefined || now < before + RISE - 1e-9 || now <= context.baseline.value + 1e-9) continue;
      return [
        {
          rule: 'pain-trend',
          status: 'step-back',
          message: `${what} is rising week over week (average ${now.toFixed(1)}/10 in the week to ${day}, ${before.toFixed(1)}/10 the week before): step back — pain and stiffness should not rise from week to week (${SILBERNAGEL_CROSSLEY_2015}).`,
          evidence: context.achilles
            ? { kind: 'cited', citation: `${SILBERNAGEL_CROSSLEY_2015}; the 1-point threshold is a library default` }
            : {
                kind: 'library-default',
                reason: `"Not worse week to week" comes from a return-to-sport programme for Achilles tendinopathy (${SILBERNAGEL_CROSSLEY_2015}); applying it to ${context.protocol.condition.name.toLowerCase()} is the library's extension, and the 1-point threshold its default.`,
              },
        },
      ];
    }
  }
  return [];
}
