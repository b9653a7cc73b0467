import { parseInput } from './validate.js';
import { ProtocolSchema, type Protocol } from './protocol.js';

/**
 * Validates a protocol module's data against {@link ProtocolSchema} and its cross-checks, and returns it typed.
 * A protocol an app defines this way is checked when its module is imported, with every problem listed, never
 * later inside `generatePlan`. (The library's own catalogue is checked when the package is built instead, and not
 * again at import.)
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
  let id: unknown;
  try {
    id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  } catch {
    // A revoked Proxy or a throwing getter: the parse that follows says what is wrong with it.
    id = undefined;
  }
  return typeof id === 'string' ? `${kind} "${id.length > 60 ? `${id.slice(0, 60)}…` : id}"` : kind;
}
