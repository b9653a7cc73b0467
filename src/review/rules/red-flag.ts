import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/**
 * Any red flag in the log means seeing a clinician, at once and always: no other entry outweighs it. Only a
 * clinician's clearance logged on or after it settles it.
 */
export function redFlagLogged(context: ReviewContext): ReviewReason[] {
  return context.log.flatMap((entry) =>
    entry.kind === 'symptom' && (context.clearedOn === undefined || entry.date > context.clearedOn)
      ? [
          {
            rule: 'red-flag',
            status: 'refer' as const,
            message: `A red flag was logged on ${entry.date} (${entry.redFlag.replaceAll('-', ' ')}): stop running and see a clinician. Log their clearance ({ kind: 'clearance' }) to go on.`,
            evidence: { kind: 'library-default' as const, reason: 'Red flags always win, as in the matcher: a warning sign needs a clinician, whatever else the log says.' },
          },
        ]
      : [],
  );
}
