import { addCalendarDays } from '../../plan/calendar.js';
import { entriesBetween, ofLastFlare, painOf, type ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/**
 * A checkpoint that falls due (on or before today, after the previous review) and states pain limits is answered
 * from the week of log before it: within the limits, the runner moves on; beyond them, the checkpoint's own answer
 * (a referral when it says so, else holding). Without pain ratings in that week, the log cannot answer it.
 */
export function checkpointDue(context: ReviewContext): ReviewReason[] {
  const previous = context.plan.lastReview?.today;
  const due = context.plan.checkpoints.filter((checkpoint) => checkpoint.date <= context.today && (previous === undefined || checkpoint.date > previous));
  return due.flatMap((checkpoint): ReviewReason[] => {
    const limits = checkpoint.progressIf;
    if (limits === undefined) return [];
    const from = addCalendarDays(checkpoint.date, -6);
    const ratings = entriesBetween(context.log, from, checkpoint.date).flatMap((entry) => {
      // Ratings of a flare the plan already stepped back for are not counted against it a second time.
      if (ofLastFlare(context, entry.date)) return [];
      const pain = painOf(entry);
      return pain === undefined ? [] : [{ during: pain.during, after: pain.after }];
    });
    const evidence: ReviewReason['evidence'] =
      limits.evidence.kind === 'cited' ? { kind: 'cited', citation: `the checkpoint's limits (${limits.evidence.sourceIds.join(', ')})` } : { kind: 'library-default', reason: limits.evidence.reason };
    if (ratings.length === 0) return [];
    const during = Math.max(...ratings.map((rating) => rating.during ?? 0));
    const after = Math.max(...ratings.map((rating) => rating.after ?? 0));
    const met = during <= limits.maxPainDuring && (limits.maxPainAfter === undefined || after <= limits.maxPainAfter);
    const most = ratings.some((rating) => rating.during !== undefined) ? `the most logged during activity was ${during}/10` : 'no pain during activity was logged';
    if (met) return [{ rule: 'checkpoint', status: 'progress', evidence, message: `Checkpoint of ${checkpoint.date} (${checkpoint.assess}): pain stayed within its limits (${most}), so move on.` }];
    return [
      {
        rule: 'checkpoint',
        ...(checkpoint.referral ? { status: 'refer' as const, urgency: 'routine' as const } : { status: 'hold' as const }),
        evidence,
        message: `Checkpoint of ${checkpoint.date} (${checkpoint.assess}): pain went beyond its limits (${during}/10 during, ${after}/10 after). ${checkpoint.ifNotBetter}`,
      },
    ];
  });
}
