import { RED_FLAG_MESSAGES } from '../../match/red-flags.js';
import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/**
 * Any red flag in the log means seeing a clinician, at once and always: no other entry outweighs it. Only a
 * clinician's clearance logged on or after it settles it. The message is the matcher's own for that red flag (how
 * soon, and when it is an emergency), as a runner would read it before a plan.
 */
export function redFlagLogged(context: ReviewContext): ReviewReason[] {
  return context.log.flatMap((entry) =>
    entry.kind === 'symptom' && (context.clearedOn === undefined || entry.date > context.clearedOn)
      ? [
          {
            rule: 'red-flag',
            status: 'refer' as const,
            message: `A red flag was logged on ${entry.date}. ${RED_FLAG_MESSAGES[entry.redFlag]} Stop running until a clinician has seen you; the plan goes on once they clear you (log their clearance).`,
            evidence: { kind: 'library-default' as const, reason: 'Red flags always win, as in the matcher: a warning sign needs a clinician, whatever else the log says.' },
          },
        ]
      : [],
  );
}
