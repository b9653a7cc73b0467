import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { GeneratePlanOptionsSchema, ProtocolSchema, RehabInputError } from 'rehab-protocols';
import { protocols } from 'rehab-protocols/protocols';
import { parsePlain, type PlainSchema } from '../../src/model/plain-schema.js';
import { PlainPlanOptions, PlainProtocol } from '../../src/model/plain-inputs.js';
import { parseInput } from '../../src/model/validate.js';
import { anyValue } from '../properties/arbitraries.js';

// generatePlan reads its protocol and options with a zod-free mirror of their schemas (src/model/plain-inputs.ts),
// so that zod stays out of its bundle. The contract: for any value, the mirror answers exactly as parseInput with the
// zod schema does — the same output (keys in the same order, undefined fields dropped), or a RehabInputError with the
// same message and the same issues, path for path and word for word.

type Key = string | number;
type Outcome = { output: unknown } | { error: string; issues: RehabInputError['issues'] };

function outcome(parse: () => unknown): Outcome {
  try {
    return { output: parse() };
  } catch (error) {
    if (!(error instanceof RehabInputError)) throw error;
    return { error: error.message, issues: error.issues };
  }
}

function agrees(schema: z.ZodMiniType, plain: PlainSchema, subject: string, value: unknown): Outcome {
  const expected = outcome(() => parseInput(schema, value, subject));
  const actual = outcome(() => parsePlain(plain, value, subject));
  expect(actual).toStrictEqual(expected);
  if ('output' in expected && 'output' in actual) expect(JSON.stringify(actual.output)).toBe(JSON.stringify(expected.output));
  return actual;
}

// Values near the edges of what the schemas accept, and the vocabularies they accept: a random value rarely lands on
// a bound or a valid enum value, and these reach the checks behind the first.
const nearValid = fc.constantFrom<unknown>(
  -1, -0, 0, 0.5, 1, 1.5, 6, 7, 8, 10, 10.5, 11, 99, 100, 101, 1899, 1900, 2100, 2101, 2 ** 53, -(2 ** 53), 1e300, Number.NaN,
  Number.POSITIVE_INFINITY, '', ' ', 'x', 'X y', 'sit-to-stand', 'Sit-To-Stand', 'founding-case', 'willy-2019', '2026-02-30',
  '2024-02-29', '0000-01-01', '0000-02-30', '2026-01-01', '9999-12-31', 'mi', 'km', 'miles', 'jog', 'jgo', 'run', 'race',
  'cap', 'warn', 'rest', 'ramp-to-goal', 'cited', 'citd', 'library-default', 'publication', 'clinician-prescription',
  'home', 'gim', 'gym', 'bodyweight', 'daily', 'days-per-week', 'full-text', 'abstract', 'A', 'G', 'kg', 'bilateral',
  'https://example.com/a', ' https://example.org/b\n', 'not a url', '10.1234/abc', '10.12/x', 'a'.repeat(201), '😀'.repeat(150),
  true, false, null, undefined, [], [1], ['x'], {}, { kind: 'daily' }, { value: 5, unit: 'mi' }, { min: 2, max: 1 }, { min: 0, max: 0 },
  { kind: 'cited', sourceIds: ['founding-case'] }, { kind: 'cited', sourceIds: ['founding-case'], checked: 'abstract' },
  { length: 0 }, new Date(0),
);
const replacement = fc.oneof({ arbitrary: nearValid, weight: 3 }, { arbitrary: anyValue, weight: 1 });
const extraKey = fc.constantFrom('nmae', 'evidense', 'kind', 'min', 'extra', '__proto__', 'constructor', 'toString', 'days', 'sourceId', 'unit');

/**
 * The paths into the plain objects and arrays of `value`, each visited once: a value an earlier change put in may be
 * cyclic or exotic (a boxed string, a typed array), and is replaced or removed whole, never walked into.
 */
function plainPaths(value: unknown, prefix: Key[] = [], seen = new Set<unknown>()): Key[][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return [];
  seen.add(value);
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...plainPaths(child, [...prefix, key], seen)]);
}

/** `valid` with one to three parts changed: replaced, removed, given an extra field, or emptied. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom('replace', 'delete', 'extra'), replacement, extraKey);
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const copy = structuredClone(valid) as Record<Key, unknown>;
    for (const [at, how, value, key] of changes) {
      const paths = plainPaths(copy);
      if (paths.length === 0) break;
      const path = paths[Math.floor(at * paths.length)] as Key[];
      let parent: Record<Key, unknown> = copy;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<Key, unknown>;
      const last = path[path.length - 1] as Key;
      // An earlier change may have put in a value whose parts cannot be changed (a typed array's elements, a boxed
      // string's characters): only plain objects and arrays are changed.
      const proto: unknown = Object.getPrototypeOf(parent);
      if (!Array.isArray(parent) && proto !== Object.prototype && proto !== null) continue;
      if (how === 'delete') {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last];
      } else if (how === 'extra' && !Array.isArray(parent)) {
        if (key === '__proto__') Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
        else Reflect.set(parent, key, value);
      } else parent[last] = value;
    }
    return copy;
  });
}

const validOptions = [
  { startDate: '2026-12-01' },
  { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' }, unit: 'km', spikeGuard: 'warn' },
  {
    startDate: '2026-12-01',
    goalDistance: { value: 10, unit: 'km' },
    history: [
      { date: '2026-11-28', distance: { value: 10, unit: 'km' }, durationMinutes: 55, id: 'strava-1', pain: { during: 2, after: 3 } },
      { date: '2026-11-20', kind: 'race', distance: { value: 13.1, unit: 'mi' } },
    ],
    runner: { usualWeeklyDistance: { value: 40, unit: 'km' }, longestRecentRun: { value: 15, unit: 'km' }, runDaysPerWeek: 4 },
    spikeGuard: 'cap',
  },
];

describe("generatePlan's zod-free validation", () => {
  it('accepts every catalogue protocol, returning it as it is (it is remembered as valid)', () => {
    for (const protocol of protocols) expect(parsePlain(PlainProtocol, protocol, 'protocol')).toBe(protocol);
  });

  it('accepts a copy of every catalogue protocol as zod does, frozen and remembered', () => {
    for (const protocol of protocols) {
      const copy = structuredClone(protocol);
      const { output } = agrees(ProtocolSchema, PlainProtocol, 'protocol', copy) as { output: object };
      expect(Object.isFrozen(output)).toBe(true);
      expect(parsePlain(PlainProtocol, output, 'protocol')).toBe(output);
      expect(ProtocolSchema.parse(output)).toBe(output);
    }
  });

  it('answers as zod does for any value given as a protocol or options', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, nearValid), (value) => {
        agrees(ProtocolSchema, PlainProtocol, 'protocol', value);
        agrees(GeneratePlanOptionsSchema, PlainPlanOptions, 'generatePlan options', value);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers as zod does for catalogue protocols with one to three parts changed', () => {
    const values = fc.oneof(...protocols.map((protocol) => mutated(protocol)));
    fc.assert(
      fc.property(values, (value) => {
        agrees(ProtocolSchema, PlainProtocol, 'protocol', value);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as zod does for options with one to three parts changed', () => {
    const values = fc.oneof(...validOptions.map((options) => mutated(options)));
    fc.assert(
      fc.property(values, (value) => {
        agrees(GeneratePlanOptionsSchema, PlainPlanOptions, 'generatePlan options', value);
      }),
      { numRuns: 3000 },
    );
  });

  it("follows zod's order of checks where it is least obvious", () => {
    const founding = protocols.find((protocol) => protocol.id === 'patellofemoral-pain');
    if (founding === undefined) throw new Error('the founding protocol is missing');
    const edited = (edit: (copy: Record<string, any>) => void) => {
      const copy = structuredClone(founding) as Record<string, any>;
      edit(copy);
      return copy;
    };
    const issues = (value: unknown, schema: z.ZodMiniType, plain: PlainSchema, subject: string) => {
      const answer = agrees(schema, plain, subject, value);
      return 'issues' in answer ? answer.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) : [];
    };
    const protocolIssues = (edit: (copy: Record<string, any>) => void) => issues(edited(edit), ProtocolSchema, PlainProtocol, 'protocol');
    const optionIssues = (options: unknown) => issues(options, GeneratePlanOptionsSchema, PlainPlanOptions, 'generatePlan options');

    // A bound broken deep inside does not stop the cross-checks, nor the range's own min <= max; a wrong type does.
    expect(protocolIssues((copy) => (copy.phases[0].days = { min: 0, max: -1 }))).toEqual([
      'phases.0.days.min: Expected a number of at least 1, received 0',
      'phases.0.days.max: Expected a number of at least 1, received -1',
      'phases.0.days.max: Expected max to be at least min (0), received -1',
      'phases.0.days.min: Expected the phase to start on day 1, received day 0, overlapping the day before it',
      'phases.1.days.min: Expected the phase to start on day 0, received day 8, leaving day 0 uncovered',
    ]);
    expect(protocolIssues((copy) => (copy.phases[0].days.min = 1.5))).toEqual(['phases.0.days.min: Expected a whole number, received 1.5']);
    // An unknown kind is named with the known ones, and stops the cross-checks (the checkpoint after the plan).
    expect(protocolIssues((copy) => {
      copy.phases[0].evidense = 1;
      copy.phases[0].running.kind = 'sprint';
      copy.checkpoints[0].day = 99;
    })).toEqual([
      'phases.0.running.kind: Unknown value "sprint"; expected one of "rest", "cap", "intervals", "continuous", "pain-monitored", "ramp-to-goal"',
      'phases.0.evidense: Unknown field `evidense` — did you mean `evidence` or `id`?',
    ]);
    // A URL is read trimmed, and given back so.
    const trimmed = parsePlain<{ sources: { url?: string }[] }>(
      PlainProtocol,
      edited((copy) => (copy.sources[0] = { kind: 'publication', id: 'founding-case', authors: ['A'], year: 2020, title: 'T', publishedIn: 'J', url: ' https://example.org/a\tb ' })),
      'protocol',
    );
    expect(trimmed.sources[0]?.url).toBe('https://example.org/ab');

    // A date that is no date in year 0000 breaks both of its checks; an id's length is checked even when it is not a string.
    expect(optionIssues({ startDate: '0000-02-30', history: [{ date: '2026-01-01', distance: { value: 1, unit: 'km' }, id: [] }] })).toEqual([
      'startDate: Expected a real calendar date as YYYY-MM-DD, received "0000-02-30"',
      'startDate: Expected a date from 0001-01-01 to 9999-12-31: there is no year 0000',
      'history.0.id: Invalid input: expected string, received array',
      'history.0.id: Expected a non-empty activity id',
    ]);
    expect(optionIssues({ startDate: '2026-01-01', goalDistance: 30, unit: 'kms', spikeGuard: 'cpa' })).toEqual([
      "goalDistance: Expected a distance such as { value: 30, unit: 'mi' }, received a number",
      'unit: Expected a distance unit, "mi" or "km", received "kms"',
      'spikeGuard: Invalid option: expected one of "cap"|"warn"',
    ]);
  });
});
