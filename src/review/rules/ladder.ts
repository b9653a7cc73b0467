import type { ReviewContext } from '../context.js';
import { CROWELL_2023 } from '../sources.js';
import type { ReviewReason } from '../types.js';

/** The most pain, during a return-to-run step, that still counts as "without pain": 3/10, the model's "safe" zone. */
export const LADDER_MAX_PAIN = 3;

/**
 * A return-to-run step is repeated until done without pain: a logged run with pain above 3/10 on a ladder day, or on a
 * day between two of them (a run moved off the programme's day, or on a day a review rested for running already done:
 * found by review, such a run that hurt was no step, so running it longer planned more), holds the runner on the step.
 */
export function ladderStep(context: ReviewContext): ReviewReason[] {
  let first: string | undefined;
  let last: string | undefined;
  const ladderDays = new Set<string>();
  for (const day of context.plan.days) {
    if (!day.flags.some((flag) => flag.kind === 'return-to-run')) continue;
    ladderDays.add(day.date);
    first ??= day.date;
    last = day.date;
  }
  if (first === undefined || last === undefined) return [];
  const [from, to] = [first, last];
  const painful = context.fresh.find(
    (entry) => (entry.kind === 'run' || entry.kind === 'race') && entry.date >= from && entry.date <= to && Math.max(entry.pain?.during ?? 0, entry.pain?.after ?? 0) > LADDER_MAX_PAIN,
  );
  if (painful === undefined || (painful.kind !== 'run' && painful.kind !== 'race')) return [];
  const worst = Math.max(painful.pain?.during ?? 0, painful.pain?.after ?? 0);
  return [
    {
      rule: 'ladder-step',
      status: 'hold',
      message: `${ladderDays.has(painful.date) ? `The return-to-run step on ${painful.date}` : `Your run on ${painful.date}, between return-to-run sessions,`} hurt (${worst}/10): repeat the step until it is done without pain, each step at least twice (${CROWELL_2023}).`,
      evidence: { kind: 'cited', citation: `${CROWELL_2023}; "without pain" read as at most 3/10 is a library default` },
    },
  ];
}
