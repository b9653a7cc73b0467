/**
 * True when two JSON-like values hold the same data, whatever order their keys were written in: what a review uses to
 * tell whether it changed a day, a checkpoint or a piece of evidence. Shared objects (a protocol's dose or citation,
 * on every day of a plan) answer at once by identity; an undefined field counts as a missing one, as in JSON.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameData(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    if (!sameData(left[key], right[key])) return false;
    count += 1;
  }
  for (const key in right) if (right[key] !== undefined) count -= 1;
  return count === 0;
}
