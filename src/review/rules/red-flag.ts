import type { ReviewContext } from '../context.js';
import type { ReviewReason } from '../types.js';

/** Any red flag in the log means seeing a clinician, at once and always: no other entry outweighs it. */
export function redFlagLogged(context: ReviewContext): ReviewReason[] {
  return context.log.flatMap((entry) =>
    entry.kind === 'symptom'
      ? [
          {
            rule: 'red-flag',
            status: 'refer' as const,
            message: `A red flag was logged on ${entry.date} (${entry.redFlag.replaceAll('-', ' ')}): stop the plan and see a clinician.`,
            evidence: { kind: 'library-default' as const, reason: 'Red flags always win, as in the matcher: a warning sign needs a clinician, whatever else the log says.' },
          },
        ]
      : [],
  );
}
