import { parseInput } from './validate.js';
import { ProtocolSchema, type Protocol } from './protocol.js';

/**
 * Validates a protocol module's data against {@link ProtocolSchema} and its cross-checks, and returns it typed.
 * Every module in `protocols/` exports the result of this call, so a broken module fails when it is imported
 * (and in the test suite) with every problem listed, never later inside `generatePlan`.
 *
 * @param data - The protocol, as an object literal.
 * @returns The protocol, validated, typed and deep-frozen; the library's functions know it is valid and do not check it
 *   again.
 * @throws {@link RehabInputError} naming the protocol and each problem's path.
 *
 * @example
 * ```ts
 * import { defineProtocol } from 'rehab-protocols';
 *
 * export const myProtocol = defineProtocol({
 *   id: 'my-protocol',
 *   // …name, condition, summary, guidance, sources, exercises, phases, checkpoints
 * });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineProtocol(data: Protocol): Protocol {
  return parseInput(ProtocolSchema, data, subjectName('protocol', data), true);
}

/** How errors name a protocol or condition that may not even be an object: `protocol "patellofemoral-pain"`. */
export function subjectName(kind: 'protocol' | 'condition', data: unknown): string {
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${kind} "${id}"` : kind;
}
