import { addCalendarDays, daysBetween } from '../../plan/calendar.js';
import { painOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_CROSSLEY_2015 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** How much the weekly average must rise, on the 0–10 scale, to count as rising: 1 point. A library default. */
export const RISE = 1;

/** Each logged day's worst value of `read` between `from` and `to` (both included). */
function worstByDay(context: ReviewContext, from: string, to: string, read: (entry: ReviewContext['log'][number]) => readonly (number | undefined)[]): number[] {
  const byDay = new Map<string, number>();
  for (const entry of context.log) {
    if (entry.date < from || entry.date > to) continue;
    const values = read(entry).filter((value): value is number => value !== undefined);
    if (values.length > 0) byDay.set(entry.date, Math.max(byDay.get(entry.date) ?? 0, ...values));
  }
  return [...byDay.values()];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

const painRead = (entry: ReviewContext['log'][number]) => {
  const pain = painOf(entry);
  return pain === undefined ? [] : [pain.during, pain.after, pain.nextMorning];
};
const stiffnessRead = (entry: ReviewContext['log'][number]) => (entry.kind === 'pain' ? [entry.morningStiffness] : []);

/**
 * Pain or morning stiffness rising week over week: the average of each logged day's worst rating over the last 7
 * days, at least a point above the 7 days before, means stepping back. Only on a review with new ratings, and not
 * within 7 days of a step-back: the rise it would see is the flare that step-back already cut for.
 */
export function painTrend(context: ReviewContext): ReviewReason[] {
  const hasNew = context.fresh.some((entry) => entry.kind === 'pain' || ((entry.kind === 'run' || entry.kind === 'race') && entry.pain !== undefined));
  if (!hasNew) return [];
  if (context.lastStepBack !== undefined && daysBetween(context.lastStepBack, context.today) < 7) return [];
  const reasons: ReviewReason[] = [];
  for (const [what, read] of [
    ['Pain', painRead],
    ['Morning stiffness', stiffnessRead],
  ] as const) {
    const thisWeek = worstByDay(context, addCalendarDays(context.today, -6), context.today, read);
    const lastWeek = worstByDay(context, addCalendarDays(context.today, -13), addCalendarDays(context.today, -7), read);
    if (thisWeek.length === 0 || lastWeek.length === 0) continue;
    const now = mean(thisWeek);
    const before = mean(lastWeek);
    if (now < before + RISE) continue;
    reasons.push({
      rule: 'pain-trend',
      status: 'step-back',
      message: `${what} is rising week over week (average ${now.toFixed(1)}/10 this week, ${before.toFixed(1)}/10 the week before): step back — pain and stiffness should not rise from week to week (${SILBERNAGEL_CROSSLEY_2015}).`,
      evidence: { kind: 'cited', citation: `${SILBERNAGEL_CROSSLEY_2015}; the 1-point threshold is a library default` },
    });
    break;
  }
  return reasons;
}
