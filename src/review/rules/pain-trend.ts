import { addCalendarDays } from '../../plan/calendar.js';
import { painOf, type ReviewContext } from '../context.js';
import { SILBERNAGEL_CROSSLEY_2015 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** How much the weekly average must rise, on the 0–10 scale, to count as rising: 1 point. A library default. */
export const RISE = 1;

function worstPain(context: ReviewContext, from: string, to: string): number[] {
  const byDay = new Map<string, number>();
  for (const entry of context.log) {
    if (entry.date < from || entry.date > to) continue;
    const pain = painOf(entry);
    const values = [pain?.during, pain?.after, pain?.nextMorning].filter((value): value is number => value !== undefined);
    if (values.length > 0) byDay.set(entry.date, Math.max(byDay.get(entry.date) ?? 0, ...values));
  }
  return [...byDay.values()];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Pain rising week over week: the average of each logged day's worst rating over the last 7 days, at least a point
 * above the 7 days before, means stepping back. Only on a review with new pain ratings, so it acts once.
 */
export function painTrend(context: ReviewContext): ReviewReason[] {
  const hasNewPain = context.fresh.some((entry) => entry.kind === 'pain' || ((entry.kind === 'run' || entry.kind === 'race') && entry.pain !== undefined));
  if (!hasNewPain) return [];
  const thisWeek = worstPain(context, addCalendarDays(context.today, -6), context.today);
  const lastWeek = worstPain(context, addCalendarDays(context.today, -13), addCalendarDays(context.today, -7));
  if (thisWeek.length === 0 || lastWeek.length === 0) return [];
  const now = mean(thisWeek);
  const before = mean(lastWeek);
  if (now < before + RISE) return [];
  return [
    {
      rule: 'pain-trend',
      status: 'step-back',
      message: `Pain is rising week over week (average ${now.toFixed(1)}/10 this week, ${before.toFixed(1)}/10 the week before): step back — pain should not rise from week to week (${SILBERNAGEL_CROSSLEY_2015}).`,
      evidence: { kind: 'cited', citation: `${SILBERNAGEL_CROSSLEY_2015}; the 1-point threshold is a library default` },
    },
  ];
}
