import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as main from 'rehab-protocols';
import { SymptomProfileSchema } from 'rehab-protocols';
import { acceptorOf, REFUSED } from '../../src/model/fast-accept.js';
import { dropUndefined } from '../../src/model/drop-undefined.js';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { anyValue, mutated } from '../properties/arbitraries.js';

// The fast path must answer exactly as zod does for what it accepts, and hand everything else to zod.

/** What zod makes of `value`: its output with undefined fields dropped (what parseInput returns), or REFUSED. */
function zodAnswer(schema: z.ZodMiniType, value: unknown): unknown {
  const result = schema.safeParse(value);
  return result.success ? dropUndefined(result.data) : REFUSED;
}

/** Fails unless the acceptor refuses `value` or returns what zod returns, keys in the same order, as a new object. */
function agrees(schema: z.ZodMiniType, value: unknown): void {
  const accept = acceptorOf(schema);
  if (accept === null) return;
  const fast = accept(value);
  if (fast === REFUSED) return;
  const slow = zodAnswer(schema, value);
  expect(slow).not.toBe(REFUSED);
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  if (typeof value === 'object' && value !== null) expect(fast).not.toBe(value);
}

const profiles = [
  foundingProfile,
  { region: 'hip', otherRegions: ['thigh'], asked: { redFlags: ['night-pain'] }, age: 17, sex: 'female', painScore: 4.5, weeksSinceOnset: 0 },
  { region: 'heel', locations: [], redFlags: ['fever'], age: 120, painScore: 10 },
] as const;

describe('the fast path past zod', () => {
  it('takes a symptom profile, so the matcher does not pay for zod on every call', () => {
    const accept = acceptorOf(SymptomProfileSchema);
    expect(accept).not.toBeNull();
    for (const profile of profiles) {
      expect(accept?.(profile)).not.toBe(REFUSED);
      agrees(SymptomProfileSchema, profile);
    }
  });

  it('answers as zod does for any symptom profile, or leaves it to zod', () => {
    const values = fc.oneof(anyValue, ...profiles.map((profile) => mutated(profile)));
    fc.assert(fc.property(values, (value) => agrees(SymptomProfileSchema, value)), { numRuns: 3000 });
  });

  it('refuses at each bound exactly where zod does', () => {
    const schema = z.strictObject({
      whole: z.optional(z.int().check(z.gte(0), z.lte(120))),
      open: z.optional(z.number().check(z.gt(0), z.lt(10))),
      list: z.optional(z.array(z.enum(['a', 'b']))),
    });
    expect(acceptorOf(schema)).not.toBeNull();
    const edges = [-1, -0, 0, 1e-9, 0.5, 9.999, 10, 119, 120, 120.5, 121, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null];
    for (const edge of edges) {
      agrees(schema, { whole: edge });
      agrees(schema, { open: edge });
    }
    for (const list of [[], ['a'], ['a', 'b', 'a'], ['c'], [undefined], 'a']) agrees(schema, { list });
    // Each kind must also be accepted where zod accepts it: the fast path is not a filter that refuses everything.
    expect(acceptorOf(schema)?.({ whole: 0, open: 9.999, list: ['a'] })).toEqual({ whole: 0, open: 9.999, list: ['a'] });
  });

  it('takes an enum\'s values as zod does, not a numeric TypeScript enum\'s reverse mappings', () => {
    enum Level {
      Low = 1,
      High = 2,
    }
    const schema = z.strictObject({ level: z.enum(Level) });
    for (const level of [1, 2, 3, 'Low', 'High', '1']) agrees(schema, { level });
    expect(acceptorOf(schema)?.({ level: 'Low' })).toBe(REFUSED);
    expect(acceptorOf(schema)?.({ level: 2 })).toEqual({ level: 2 });
  });

  it('does not model strings, booleans or list lengths', () => {
    expect(acceptorOf(z.strictObject({ a: z.string() }))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z.boolean() }))).toBeNull();
    expect(acceptorOf(z.array(z.enum(['a'])).check(z.minLength(1)))).toBeNull();
  });

  it('leaves to zod an undefined field, an unknown key, an object with a prototype, and a sparse list', () => {
    const accept = acceptorOf(SymptomProfileSchema);
    class Profile {
      region = 'knee';
    }
    for (const value of [{ region: 'knee', side: undefined }, { region: 'knee', extra: 1 }, new Profile(), { region: 'knee', locations: [, 'anterior'] }]) {
      expect(accept?.(value)).toBe(REFUSED);
    }
  });

  it('does not model refinements, transforms, defaults or schemas that remember what they accepted', () => {
    expect(acceptorOf(z.strictObject({ a: z.number() }).check(z.refine(() => true)))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z.number().check(z.multipleOf(2)) }))).toBeNull();
    expect(acceptorOf(z.object({ a: z.number() }))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z._default(z.number(), 1) }))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z.optional(z.number()).check(z.refine((value) => value !== 5)) }))).toBeNull();
    expect(acceptorOf(main.ConditionSchema)).toBeNull();
    expect(acceptorOf(main.ProtocolSchema)).toBeNull();
  });

  it('answers as zod does for every exported schema it takes', () => {
    const schemas = Object.entries(main).filter(([name]) => name.endsWith('Schema')) as [string, z.ZodMiniType][];
    const plan = main.generatePlan(main.listProtocols()[0] as main.Protocol, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const samples: unknown[] = [plan, plan.days[0], plan.days[0]?.running, { value: 3, unit: 'km' }, { min: 1, max: 2 }, ...profiles];
    for (const [, schema] of schemas) {
      for (const sample of samples) agrees(schema, sample);
      fc.assert(fc.property(fc.oneof(anyValue, ...samples.map((sample) => mutated(sample))), (value) => agrees(schema, value)), { numRuns: 200 });
    }
  });
});
