import { daysBetween } from '../../plan/calendar.js';
import { settled, worstPainOf, type ReviewContext } from '../context.js';
import { SEVERE_PAIN } from '../../load/rules.js';
import type { ReviewReason } from '../types.js';

/**
 * Pain of 7/10 or more on two days within 7 days refers: pain that severe, again, is beyond what a plan should
 * manage by stepping back. Fires on any such pair in the log, new or seen before (a pair seen before was referred
 * then, and the referral stands; a rating after the plan's last day is never stored, so it must count every time it is
 * given); a clearance settles what came before it.
 */
export function severePain(context: ReviewContext): ReviewReason[] {
  const severe = new Map<string, number>();
  for (const [index, entry] of context.log.entries()) {
    if (settled(context, index)) continue;
    const worst = worstPainOf(entry);
    if (worst !== undefined && worst >= SEVERE_PAIN) severe.set(entry.date, Math.max(severe.get(entry.date) ?? 0, worst));
  }
  const days = [...severe.keys()].sort();
  for (let index = 1; index < days.length; index++) {
    const first = days[index - 1] as string;
    const second = days[index] as string;
    if (daysBetween(first, second) >= 7) continue;
    return [
      {
        rule: 'severe-pain',
        status: 'refer',
        urgency: 'routine',
        message: `Pain reached ${severe.get(first)}/10 on ${first} and ${severe.get(second)}/10 on ${second}: pain of ${SEVERE_PAIN}/10 or more twice within 7 days needs a clinician before running goes on. Log their clearance to go on.`,
        evidence: {
          kind: 'library-default',
          reason: `No source gives a number: ${SEVERE_PAIN}/10 is two points above the pain-monitoring model's 5/10 limit, and twice within a week rules out a single bad day.`,
        },
      },
    ];
  }
  return [];
}
