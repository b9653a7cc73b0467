import { daysBetween, toDayNumber } from '../../plan/calendar.js';
import { painOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_CROSSLEY_2015 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** How much the weekly average must rise, on the 0–10 scale, to count as rising: 1 point. A library default. */
export const RISE = 1;

type Entry = ReviewContext['log'][number];

const painRead = (entry: Entry): readonly (number | undefined)[] => {
  const pain = painOf(entry);
  return pain === undefined ? [] : [pain.during, pain.after, pain.nextMorning];
};
const stiffnessRead = (entry: Entry): readonly (number | undefined)[] => (entry.kind === 'pain' ? [entry.morningStiffness] : []);

/** Each logged day's worst value of `read`, over the whole log, by day number. */
function worstByDay(log: readonly Entry[], read: (entry: Entry) => readonly (number | undefined)[]): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const entry of log) {
    const values = read(entry);
    if (values.every((value) => value === undefined)) continue;
    const day = toDayNumber(entry.date);
    for (const value of values) if (value !== undefined) byDay.set(day, Math.max(byDay.get(day) ?? 0, value));
  }
  return byDay;
}

/** The mean of the days' worst values from day `from` to day `to` (both included); undefined when none is logged. */
function weekMean(byDay: ReadonlyMap<number, number>, from: number, to: number): number | undefined {
  let sum = 0;
  let count = 0;
  for (let day = from; day <= to; day++) {
    const value = byDay.get(day);
    if (value === undefined) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? undefined : sum / count;
}

/**
 * Pain or morning stiffness rising week over week: the average of each logged day's worst rating over the 7 days up
 * to a new rating's day, at least a point above the 7 days before, means stepping back. The weeks are the rating's,
 * not the review's, so reviewing every day or once a week sees the same rise. Not for a rating within 7 days after a
 * step-back: the rise it would see is the flare that step-back already cut for.
 */
export function painTrend(context: ReviewContext): ReviewReason[] {
  const days = new Set<string>();
  for (const entry of context.fresh) {
    if (entry.kind !== 'pain' && !((entry.kind === 'run' || entry.kind === 'race') && entry.pain !== undefined)) continue;
    if (context.lastStepBack !== undefined && daysBetween(context.lastStepBack, entry.date) < 7) continue;
    days.add(entry.date);
  }
  if (days.size === 0) return [];
  for (const [what, read] of [
    ['Pain', painRead],
    ['Morning stiffness', stiffnessRead],
  ] as const) {
    const byDay = worstByDay(context.log, read);
    for (const day of [...days].sort()) {
      const at = toDayNumber(day);
      const now = weekMean(byDay, at - 6, at);
      const before = weekMean(byDay, at - 13, at - 7);
      if (now === undefined || before === undefined || now < before + RISE) continue;
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
