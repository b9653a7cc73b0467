import { isClean } from './known-clean.js';

// `{ reps: undefined }` passes an optional field's schema, and would then come out of the library as an explicit
// undefined (in a plan day's dose, in a parsed plan). An optional field given as undefined means "not given":
// validated data drops it, so outputs never carry undefined.

/** `value` without object properties whose value is undefined; the same object when it has none. */
export function dropUndefined<T>(value: T): T {
  if (typeof value !== 'object' || value === null || isClean(value)) return value;
  if (Array.isArray(value)) {
    // Copied only from the first item that changes: most lists (all of a parsed profile's) have nothing to drop.
    let items: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const next = dropUndefined(item);
      if (items === undefined && next !== item) items = value.slice(0, index);
      items?.push(next);
    }
    return (items === undefined ? value : keepFrozen(value, items)) as T;
  }
  let entries: [string, unknown][] | undefined;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const child: unknown = (value as Record<string, unknown>)[key];
    const next = child === undefined ? undefined : dropUndefined(child);
    if (entries === undefined && (child === undefined || next !== child)) {
      entries = keys.slice(0, index).map((earlier): [string, unknown] => [earlier, (value as Record<string, unknown>)[earlier]]);
    }
    if (entries !== undefined && child !== undefined) entries.push([key, next]);
  }
  return (entries === undefined ? value : keepFrozen(value, Object.fromEntries(entries))) as T;
}

function keepFrozen<T extends object>(original: object, copy: T): T {
  return Object.isFrozen(original) ? Object.freeze(copy) : copy;
}
