// Objects the library validated, cleaned of undefined fields and froze: they can be passed on as they are.
const clean = new WeakSet<object>();

/** Marks a validated, cleaned, frozen object. */
export function markClean(value: object): void {
  clean.add(value);
}

/** True when `value` was validated, cleaned and frozen by the library. */
export function isClean(value: unknown): boolean {
  return typeof value === 'object' && value !== null && clean.has(value);
}
