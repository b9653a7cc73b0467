/**
 * Freezes `value` and everything reachable from it, and returns it typed as read-only all the way down.
 * What the library exports and what its schemas remember as valid is frozen this way, so no module can change data
 * another module relies on (the catalogue's protocols, the vocabularies, the grade table).
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
