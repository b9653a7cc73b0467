import { deepFreeze } from './freeze.js';
import { markClean } from './known-clean.js';

// What the library knows to be valid without parsing it again, kept apart from the schemas (`PlanSchema`,
// `ProtocolSchema`, `ConditionSchema` share these sets through `rememberValid`): remembering a plan or declaring a
// catalogue protocol then brings neither the schema nor zod into an app bundle that never parses one. A protocol
// module imported alone is its data, frozen, and these few lines.

/** The plans known to be valid: those `PlanSchema` accepted, and those `generatePlan` and `reviewPlan` made. */
export const validPlans = new WeakSet<object>();

/** The protocols known to be valid: those `ProtocolSchema` accepted, and the catalogue's. */
export const validProtocols = new WeakSet<object>();

/** The conditions known to be valid: those `ConditionSchema` accepted, and the catalogue's. */
export const validConditions = new WeakSet<object>();

/** Deep-freezes `value` and adds it to `valid`, without parsing it. */
function trust<T extends object>(valid: WeakSet<object>, value: T): T {
  const frozen = deepFreeze(value);
  valid.add(frozen);
  markClean(frozen);
  return frozen;
}

/**
 * Remembers a plan the library built itself as valid, deep-frozen, without parsing it: exporters and `reviewPlan`
 * then take it as it is. The property tests parse clones of such plans in full (test/fixtures/full-parse.ts).
 */
export function trustPlan<T extends object>(plan: T): T {
  return trust(validPlans, plan);
}

/**
 * Remembers a catalogue protocol or condition as valid, deep-frozen, without parsing it: for protocols/*.ts only,
 * whose data `npm run build` (scripts/check-catalogue.ts) and the conformance suite parse where no user meets it
 * unchecked.
 */
export function trustCatalogue<T extends object>(kind: 'protocol' | 'condition', data: T): T {
  return trust(kind === 'protocol' ? validProtocols : validConditions, data);
}
