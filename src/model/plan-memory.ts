import { deepFreeze } from './freeze.js';
import { markClean } from './known-clean.js';

/**
 * The plans known to be valid: those `PlanSchema` accepted, and those the library made (`generatePlan`,
 * `reviewPlan`). Kept apart from the schema so that remembering a plan does not bring the plan's schema, and zod's
 * parsers of every part of it, into an app bundle that never parses a plan.
 */
export const validPlans = new WeakSet<object>();

/**
 * Remembers a plan the library built itself as valid, deep-frozen, without parsing it: exporters and `reviewPlan`
 * then take it as it is. The property tests parse clones of such plans in full (test/fixtures/full-parse.ts).
 */
export function trustPlan<T extends object>(plan: T): T {
  const frozen = deepFreeze(plan);
  validPlans.add(frozen);
  markClean(frozen);
  return frozen;
}
