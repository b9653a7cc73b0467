import type * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { dropUndefined } from './drop-undefined.js';
import { checkInputBounds } from './input-bounds.js';
import { toIssues } from './issue-message.js';
import { RehabInputError, type RehabInputIssue } from './rehab-input-error.js';

// zod/mini ships without messages ("Invalid input"); the English locale alone is small and gives readable ones.
// It is passed per call rather than installed globally, so an app's own zod configuration is left alone.
const english = en().localeError;
// reportInput: the issue rewriter quotes the offending value (safely) and suggests the nearest valid one.
const parseOptions = { error: english, reportInput: true };
// zod compiles a fast parser for each object shape the first time it parses one: worth it for what is parsed on
// every call, wasted on data parsed once, like an app's protocol module when it is imported.
const parseOnceOptions = { error: english, jitless: true, reportInput: true };

/**
 * Parses `value` with `schema`, or throws one {@link RehabInputError} listing every issue with its path.
 * The library's only way of reading input at its public boundary. `once` is for data parsed once, when a module is
 * imported (`defineProtocol`, `defineCondition`) or the catalogue is checked: it skips zod's compiled fast path, which would cost more to build
 * than it saves.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown, subject: string, once = false): z.output<T> {
  checkInputBounds(value, subject);
  const result = schema.safeParse(value, once ? parseOnceOptions : parseOptions);
  if (result.success) return dropUndefined(result.data);
  throw new RehabInputError(subject, toIssues(result.error.issues, schema, value).map((issue) => withHint(subject, issue, value)));
}

const DISTANCE_FIELDS = new Set(['goalDistance', 'usualWeeklyDistance', 'longestRecentRun', 'distance']);

/**
 * The common mistakes of a JavaScript caller, said with what to pass instead: a distance as a number or a string, a
 * protocol's id instead of the protocol, the review's day without its options object.
 */
function withHint(subject: string, issue: RehabInputIssue, input: unknown): RehabInputIssue {
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
