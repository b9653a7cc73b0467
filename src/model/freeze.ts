/**
 * Freezes `value` and everything reachable from it, and returns it typed as read-only all the way down.
 * What the library exports and what its schemas remember as valid is frozen this way, so no module can change data
 * another module relies on (the catalogue's protocols, the vocabularies, the grade table, the plans it returns).
 *
 * Marked free of side effects so that a bundler can drop a module-level constant nobody imports; the walk itself is
 * `freezeAll`, which is not: a minifier drops an annotated call whose result is unused, and the walk's own calls are
 * just that (test/package/minified.test.ts bundles the library as an app would and checks the plan is frozen deep).
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  freezeAll(value);
  return value;
}

/**
 * Children are frozen before their parent, and a frozen object is not walked again: a subtree many objects share
 * (a protocol's dose or evidence, on every day of a plan) costs one check. That is sound because everything the
 * library freezes is frozen here, deeply (`Object.freeze` elsewhere only on lists of strings), and what it freezes
 * is its own: zod's output and objects it built, never an app's object, which could be frozen only on the surface.
 * (A WeakSet of the frozen objects was 4× slower, and slowed the garbage collector.)
 */
function freezeAll(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) freezeAll(value[index]);
  } else {
    // Own keys only, without the list Object.keys would allocate: plain data has no inherited enumerable keys.
    const record = value as Record<string, unknown>;
    for (const key in record) if (Object.hasOwn(record, key)) freezeAll(record[key]);
  }
  Object.freeze(value);
}
