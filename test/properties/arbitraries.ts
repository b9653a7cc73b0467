import fc from 'fast-check';
import { HOSTILE_STRINGS } from '../fixtures/hostile-strings.js';

/** Any JavaScript value, not only JSON: BigInts, symbols, functions, dates, maps, null prototypes, sparse arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
    maxDepth: 3,
  }),
  fc.constantFrom<unknown>(
    Symbol('x'),
    () => 1,
    Object.create(null),
    { toString: () => { throw new Error('toString'); } },
    new Date(Number.NaN),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    Number.MAX_VALUE,
    9_007_199_254_740_991,
    1.8e307,
    '',
    'toString',
    '__proto__',
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
);

type Key = string | number;

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/**
 * A valid value with one part changed: replaced by any value, removed, or given an extra field. Most random values
 * fail at the first check; these reach every check behind it.
 */
export function mutated<T>(valid: T): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  return fc.tuple(fc.nat({ max: paths.length - 1 }), fc.constantFrom('replace', 'delete', 'extra'), anyValue, fc.string()).map(([index, how, value, key]) => {
    const copy = structuredClone(valid) as Record<Key, unknown>;
    const path = paths[index] as Key[];
    let parent: Record<Key, unknown> = copy;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<Key, unknown>;
    const last = path[path.length - 1] as Key;
    if (how === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (how === 'extra' && !Array.isArray(parent)) parent[key] = value;
    else parent[last] = value;
    return copy;
  });
}
