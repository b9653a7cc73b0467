import { ConditionSchema, type Condition } from './condition.js';
import { subjectName } from './define-protocol.js';
import { parseInput } from './validate.js';

/**
 * Validates a condition's data against {@link ConditionSchema} and its cross-checks, and returns it typed.
 * A condition an app defines this way is checked when its module is imported, with every problem listed. (The
 * library's own catalogue is checked when the package is built instead, and not again at import.)
 *
 * @param data - The condition, as an object literal.
 * @returns The condition, validated, typed and deep-frozen; the library's functions know it is valid and do not check it
 *   again.
 * @throws {@link RehabInputError} naming the condition and each problem's path.
 *
 * @example
 * ```ts
 * import { defineCondition } from 'rehab-protocols';
 *
 * export const condition = defineCondition({
 *   id: 'plantar-heel-pain',
 *   // …name, aliases, summary, referOnly, prior, findings, sources
 * });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCondition(data: Condition): Condition {
  return parseInput(ConditionSchema, data, subjectName('condition', data), true);
}
