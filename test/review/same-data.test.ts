import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/review/same-data.js';

// sameData is how a review tells a changed day from an unchanged one: it must agree with comparing the JSON of both
// sides with their keys sorted, for any JSON-like data, and answer "not the same" wherever that JSON differs.
const sortedJson = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
const json = fc.jsonValue({ maxDepth: 3 });

describe('sameData', () => {
  it('agrees with comparing sorted-key JSON', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(sameData(a, b)).toBe(sortedJson(a) === sortedJson(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores key order and undefined fields, and nothing else', () => {
    fc.assert(
      fc.property(json, (value) => {
        const reordered = JSON.parse(sortedJson(value)) as unknown;
        expect(sameData(value, reordered)).toBe(true);
        expect(sameData(value, structuredClone(value))).toBe(true);
      }),
    );
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameData({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } })).toBe(false);
  });
});
