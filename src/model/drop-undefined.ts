// `{ reps: undefined }` passes an optional field's schema, and would then come out of the library as an explicit
// undefined (in a plan day's dose, in a parsed plan). An optional field given as undefined means "not given":
// validated data drops it, so outputs never carry undefined.

/** `value` without object properties whose value is undefined; the same object when it has none. */
export function dropUndefined<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item: unknown) => {
      const next = dropUndefined(item);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? keepFrozen(value, items) : value) as T;
  }
  let changed = false;
  const entries: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) {
      changed = true;
      continue;
    }
    const next = dropUndefined(child);
    if (next !== child) changed = true;
    entries.push([key, next]);
  }
  return (changed ? keepFrozen(value, Object.fromEntries(entries)) : value) as T;
}

/** The copy frozen when the original was: what the library froze (a validated protocol) stays frozen. */
function keepFrozen<T extends object>(original: object, copy: T): T {
  return Object.isFrozen(original) ? Object.freeze(copy) : copy;
}
