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

const logEntries = [
  { kind: 'pain', date: '2026-12-05', during: 3, nextMorning: 1 },
  { kind: 'pain', date: '2024-02-29', morningStiffness: 0, where: 'retropatellar', side: 'left' },
  { kind: 'run', date: '2026-12-05', distance: { value: 5.2, unit: 'km' }, durationMinutes: 31, pain: { during: 2 } },
  { kind: 'race', date: '2026-12-06', distance: { value: 13.1, unit: 'mi' } },
  { kind: 'run', date: '2026-12-07', distance: { value: 8, unit: 'km' }, id: '9876543210' },
  { kind: 'session', date: '2026-12-05', exercises: [{ exerciseId: 'heel-raise', setsDone: 3, repsDone: 15, load: { kind: 'bodyweight' } }] },
  { kind: 'symptom', date: '2026-12-05', redFlag: 'night-pain' },
  { kind: 'missed', date: '2026-12-05', what: 'run' },
  { kind: 'clearance', date: '2026-12-05', note: 'Seen by the physio: go on.' },
] as const;

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

  it('does not model booleans or list lengths; models string lengths as zod counts them', () => {
    expect(acceptorOf(z.strictObject({ a: z.boolean() }))).toBeNull();
    expect(acceptorOf(z.array(z.enum(['a'])).check(z.minLength(1)))).toBeNull();
    const bounded = z.string().check(z.minLength(1), z.maxLength(3));
    expect(acceptorOf(bounded)).not.toBeNull();
    // In code points, as zod counts: three emoji are three, not six.
    for (const value of ['', 'a', 'abc', 'abcd', '😀', '😀😀', '😀😀😀', '😀😀😀😀', 'é']) agrees(bounded, value);
    expect(acceptorOf(bounded)?.('😀😀😀')).not.toBe(REFUSED);
  });

  it('takes a log entry, so that a review does not pay for zod on every entry', () => {
    const accept = acceptorOf(main.LogEntrySchema);
    expect(accept).not.toBeNull();
    for (const entry of logEntries) {
      expect(accept?.(entry)).not.toBe(REFUSED);
      agrees(main.LogEntrySchema, entry);
    }
    // The pain entry's refinement (at least one rating) and the date's calendar pattern are run, not skipped.
    expect(accept?.({ kind: 'pain', date: '2026-12-05' })).toBe(REFUSED);
    expect(accept?.({ kind: 'missed', date: '2026-02-30', what: 'run' })).toBe(REFUSED);
    expect(accept?.({ kind: 'missed', date: '0000-01-01', what: 'run' })).toBe(REFUSED);
    // An activity id's length is checked on the fast path too: empty, or past 200 characters, goes to zod.
    expect(accept?.({ kind: 'run', date: '2026-12-07', distance: { value: 8, unit: 'km' }, id: '' })).toBe(REFUSED);
    expect(accept?.({ kind: 'run', date: '2026-12-07', distance: { value: 8, unit: 'km' }, id: 'x'.repeat(201) })).toBe(REFUSED);
  });

  it('answers as zod does for any log entry, or leaves it to zod', () => {
    const values = fc.oneof(anyValue, ...logEntries.map((entry) => mutated(entry)));
    fc.assert(fc.property(values, (value) => agrees(main.LogEntrySchema, value)), { numRuns: 3000 });
  });

  it('runs patterns from the start and refinements strictly, as zod does', () => {
    const global = z.string().check(z.regex(/^a/g));
    for (const value of ['a', 'a', 'b', 'ab', 'a']) agrees(global, value);
    expect(acceptorOf(global)?.('a')).toBe('a');
    expect(acceptorOf(global)?.('a')).toBe('a');
    const thrower = z.strictObject({ a: z.number() }).check(
      z.refine((value) => {
        if (value.a > 1) throw new Error('no');
        return true;
      }),
    );
    expect(acceptorOf(thrower)?.({ a: 2 })).toBe(REFUSED);
    expect(acceptorOf(thrower)?.({ a: 1 })).toEqual({ a: 1 });
    const unions = z.union([z.strictObject({ a: z.number() }), z.strictObject({ a: z.number(), b: z.optional(z.string()) })]);
    for (const value of [{ a: 1 }, { a: 1, b: 'x' }, { b: 'x' }]) agrees(unions, value);
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

  it('does not model transforms, defaults, other checks or schemas that remember what they accepted', () => {
    expect(acceptorOf(z.strictObject({ a: z.number() }).check(z.refine(() => true, { when: () => true })))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z.number().check(z.multipleOf(2)) }))).toBeNull();
    expect(acceptorOf(z.xor([z.strictObject({ a: z.number() }), z.strictObject({ b: z.number() })]))).toBeNull();
    expect(acceptorOf(z.object({ a: z.number() }))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z._default(z.number(), 1) }))).toBeNull();
    expect(acceptorOf(z.strictObject({ a: z.optional(z.number()).check(z.refine((value) => value !== 5)) }))).toBeNull();
    expect(acceptorOf(main.ConditionSchema)).toBeNull();
    expect(acceptorOf(main.ProtocolSchema)).toBeNull();
  });

  it('answers as zod does for every exported schema it takes', () => {
    const schemas = Object.entries(main).filter(([name]) => name.endsWith('Schema')) as [string, z.ZodMiniType][];
    const plan = main.generatePlan(main.listProtocols()[0] as main.Protocol, { startDate: '2026-12-01', goalDistance: { value: 10, unit: 'km' } });
    const samples: unknown[] = [plan, plan.days[0], plan.days[0]?.running, { value: 3, unit: 'km' }, { min: 1, max: 2 }, ...profiles, ...logEntries];
    for (const [, schema] of schemas) {
      for (const sample of samples) agrees(schema, sample);
      fc.assert(fc.property(fc.oneof(anyValue, ...samples.map((sample) => mutated(sample))), (value) => agrees(schema, value)), { numRuns: 200 });
    }
  });
});
