import { describe, expect, it } from 'vitest';
import { formatDose, generatePlan, getProtocol, matchConditions, planForProfile, RehabInputError, reviewPlan, type GeneratePlanOptions } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { toCsv } from '../../src/export/csv/index.js';
import { toJsonSchema, type JsonSchemaModel } from '../../src/export/json-schema/index.js';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { issuesOf } from '../fixtures/issues-of.js';


const throwingToString = { toString: () => { throw new Error('no'); }, valueOf: () => { throw new Error('no'); } };
const hostile: [string, unknown][] = [
  ['a BigInt', 10n],
  ['a symbol', Symbol('day')],
  ['an object without a prototype', Object.create(null) as unknown],
  ['an object whose toString throws', throwingToString],
  ['a function', () => '2026-12-01'],
  ['a Date', new Date(0)],
];

describe('error messages', () => {
  it('say a number out of its range or not whole in the input’s terms, with the value received, not in zod’s', () => {
    const plan = (runner: unknown) => issuesOf(() => generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' }, runner } as unknown as GeneratePlanOptions));
    expect(plan({ runDaysPerWeek: 2.5 })).toEqual([{ path: ['runner', 'runDaysPerWeek'], message: 'Expected a whole number, received 2.5' }]);
    const profile = (fields: object) => issuesOf(() => planForProfile({ region: 'knee', ...fields } as never, { startDate: '2026-12-01' }));
    expect(profile({ age: -3 })).toEqual([{ path: ['age'], message: 'Expected a number of at least 0, received -3' }]);
    expect(profile({ age: 30.5 })).toEqual([{ path: ['age'], message: 'Expected a whole number, received 30.5' }]);
    expect(profile({ painScore: 11 })).toEqual([{ path: ['painScore'], message: 'Expected a number of at most 10, received 11' }]);
    // A schema's own words for a bound stay as written.
    expect(plan({ runDaysPerWeek: 9 })[0]?.message).toBe('Expected a whole number of days from 1 to 7, received 9');
  });

  it.each(hostile)('describe %s as startDate instead of crashing', (_, startDate) => {
    const issues = issuesOf(() => generatePlan(patellofemoralPain, { startDate } as unknown as GeneratePlanOptions));
    expect(issues[0]?.path).toEqual(['startDate']);
    expect(issues[0]?.message).toMatch(/^Expected a real calendar date as YYYY-MM-DD, received /);
  });

  it.each(hostile)('describe %s in any field of a goal', (_, value) => {
    const issues = issuesOf(() => generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value, unit: value } } as unknown as GeneratePlanOptions));
    expect(issues.map((issue) => issue.path)).toEqual([['goalDistance', 'value'], ['goalDistance', 'unit']]);
  });

  it('escapes control characters from the input in messages and paths', () => {
    const error = (() => {
      try {
        matchConditions({ ...foundingProfile, '\u001b[2J\nFAKE': 1 } as never);
      } catch (caught) {
        return caught as RehabInputError;
      }
      throw new Error('expected a RehabInputError');
    })();
    expect(error.message).not.toContain('\u001b');
    expect(error.message).toContain('\\u{1b}[2J\\u{a}FAKE');
    expect(error.message.split('\n')).toHaveLength(2);
  });

  it('suggests the nearest field for an unknown one', () => {
    expect(issuesOf(() => matchConditions({ region: 'knee', agravatedBy: ['running'] } as never))).toEqual([
      { path: ['agravatedBy'], message: 'Unknown field `agravatedBy` — did you mean `aggravatedBy`?' },
    ]);
  });

  it('repeats a bad value and suggests the nearest valid ones instead of listing all', () => {
    const [issue] = issuesOf(() => matchConditions({ region: 'knee', aggravatedBy: ['stairs-decent'] } as never));
    expect(issue).toEqual({ path: ['aggravatedBy', 0], message: 'Unknown value "stairs-decent" — did you mean "stairs-descent" or "stairs-ascent"?' });
  });

  it('says an unknown or missing kind of log entry in the same words as any other value, with the kinds it takes', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
    const review = (entry: unknown) => issuesOf(() => reviewPlan(plan, [entry] as never, { today: '2026-12-02' }));
    // It said "Invalid discriminator value. Expected 'pain' | …" (zod's own words are "Invalid input").
    expect(review({ kind: 'rn', date: '2026-12-01' })).toEqual([{ path: [0, 'kind'], message: 'Unknown value "rn" — did you mean "run"?' }]);
    expect(review({ kind: 'walk', date: '2026-12-01' })).toEqual([{ path: [0, 'kind'], message: 'Unknown value "walk"; expected one of "pain", "run", "race", "session", "symptom", "missed", "clearance"' }]);
    expect(review({ date: '2026-12-01' })).toEqual([{ path: [0, 'kind'], message: 'Missing: one of "pain", "run", "race", "session", "symptom", "missed", "clearance"' }]);
    expect(review({ kind: undefined, date: '2026-12-01' })).toEqual([{ path: [0, 'kind'], message: 'Missing: one of "pain", "run", "race", "session", "symptom", "missed", "clearance"' }]);
  });

  it('says a missing field is missing', () => {
    expect(issuesOf(() => generatePlan(patellofemoralPain, {} as GeneratePlanOptions))).toEqual([
      { path: ['startDate'], message: 'Missing: expected a real calendar date as YYYY-MM-DD' },
    ]);
  });
});

describe('options that are not objects', () => {
  it.each([
    ['null', null],
    ['a string', 'conditions'],
    ['an array', []],
  ])('are a RehabInputError when they are %s', (_, options) => {
    for (const call of [
      () => matchConditions(foundingProfile, options as never),
      () => planForProfile(foundingProfile, options as never),
      () => generatePlan(patellofemoralPain, options as never),
      () => toCsv(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }), options as never),
    ]) {
      expect(issuesOf(call)[0]?.path).toEqual([]);
    }
  });
});

describe('lookups by name', () => {
  it('refuse inherited property names with the list of models', () => {
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(issuesOf(() => toJsonSchema(name as JsonSchemaModel))[0]?.message).toMatch(/^Unknown model ".+"\. Models: plan, /);
    }
  });

  it('suggest the nearest protocol id', () => {
    expect(issuesOf(() => getProtocol('patelofemoral-pain'))[0]?.message).toBe('Unknown protocol "patelofemoral-pain" — did you mean "patellofemoral-pain"?');
    expect(issuesOf(() => getProtocol(7n as never))[0]?.message).toMatch(/received 7n/);
  });

  it('formatDose checks its dose', () => {
    for (const dose of [null, undefined, 'dose', [], { sets: null }]) expect(issuesOf(() => formatDose(dose as never)).length).toBeGreaterThan(0);
  });
});

describe('validated data', () => {
  it('drops fields given as undefined, and stays frozen when the library froze it', async () => {
    const { defineProtocol } = await import('rehab-protocols');
    const data = structuredClone(patellofemoralPain) as unknown as { phases: { exercises: { dose: Record<string, unknown> }[] }[] };
    data.phases[0]!.exercises[0]!.dose.reps = undefined;
    const protocol = defineProtocol(data as never);
    expect('reps' in (protocol.phases[0]?.exercises[0]?.dose ?? {})).toBe(false);
    expect(Object.isFrozen(protocol.phases[0]?.exercises[0]?.dose)).toBe(true);
    expect(Object.isFrozen(protocol)).toBe(true);
  });
});

describe('the common mistakes of a JavaScript caller say what to pass instead', () => {
  const messageOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      if (error instanceof RehabInputError) return error.issues.map((issue) => issue.message).join('\n');
      throw error;
    }
    throw new Error('expected a RehabInputError');
  };

  it('a goal as a number or a string', () => {
    for (const goal of [30, '30mi']) {
      expect(messageOf(() => generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: goal as never }))).toMatch(/^Expected a distance such as \{ value: 30, unit: 'mi' \}, received a (number|string)$/);
    }
  });

  it("a protocol's id instead of the protocol", () => {
    expect(messageOf(() => generatePlan('patellofemoral-pain' as never, { startDate: '2026-12-01' }))).toBe('Expected a protocol, received the string "patellofemoral-pain": pass getProtocol("patellofemoral-pain"), or import the protocol from its module');
  });

  it("reviewPlan without its options, or with the day alone", () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });
    expect(messageOf(() => (reviewPlan as (...args: unknown[]) => unknown)(plan, []))).toBe("Expected the options { today: 'YYYY-MM-DD' } (the day of the review), received nothing");
    expect(messageOf(() => (reviewPlan as (...args: unknown[]) => unknown)(plan, [], '2026-12-05'))).toBe('Expected the options { today: "2026-12-05" } (the day of the review), received a string');
  });
});
