import type { RehabInputIssue } from './rehab-input-error.js';

const DISTANCE_FIELDS = new Set(['goalDistance', 'usualWeeklyDistance', 'longestRecentRun', 'distance']);

/**
 * The common mistakes of a JavaScript caller, said with what to pass instead: a distance as a number or a string, a
 * protocol's id instead of the protocol, the review's day without its options object.
 */
export function withHint(subject: string, issue: RehabInputIssue, input: unknown): RehabInputIssue {
  if (!/expected object, received (number|string|undefined)/.test(issue.message)) return issue;
  const last = issue.path.at(-1);
  const received = issue.message.replace(/^.*received /, '');
  if (typeof last === 'string' && DISTANCE_FIELDS.has(last) && received !== 'undefined') {
    return { path: issue.path, message: `Expected a distance such as { value: 30, unit: 'mi' }, received a ${received}` };
  }
  if (issue.path.length > 0) return issue;
  if (subject === 'protocol' && typeof input === 'string') {
    return { path: [], message: `Expected a protocol, received the string ${JSON.stringify(input.slice(0, 60))}: pass getProtocol(${JSON.stringify(input.slice(0, 60))}), or import the protocol from its module` };
  }
  if (subject === 'reviewPlan options') {
    const day = typeof input === 'string' ? JSON.stringify(input.slice(0, 20)) : "'YYYY-MM-DD'";
    return { path: [], message: `Expected the options { today: ${day} } (the day of the review), received ${received === 'undefined' ? 'nothing' : `a ${received}`}` };
  }
  return issue;
}
