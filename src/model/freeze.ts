/**
 * Freezes `value` and everything reachable from it, and returns it typed as read-only all the way down.
 * What the library exports and what its schemas remember as valid is frozen this way, so no module can change data
 * another module relies on (the catalogue's protocols, the vocabularies, the grade table, the plans it returns).
 *
 * Children are frozen before their parent, and a frozen object is not walked again: a subtree many objects share
 * (a protocol's dose or evidence, on every day of a plan) costs one check. That is sound because everything the
 * library freezes is frozen here, deeply (`Object.freeze` elsewhere only on lists of strings), and what it freezes
 * is its own: zod's output and objects it built, never an app's object, which could be frozen only on the surface.
 * (A WeakSet of the frozen objects was 4× slower, and slowed the garbage collector.)
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) deepFreeze(value[index] as unknown);
    } else {
      // Own keys only, without the list Object.keys would allocate: plain data has no inherited enumerable keys.
      const record = value as Record<string, unknown>;
      for (const key in record) if (Object.hasOwn(record, key)) deepFreeze(record[key]);
    }
    Object.freeze(value);
  }
  return value;
}
