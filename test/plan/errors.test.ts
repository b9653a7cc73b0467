import { describe, expect, it } from 'vitest';
import { generatePlan, RehabInputError, type GeneratePlanOptions, type Protocol } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { issuesOf } from '../fixtures/issues-of.js';

const goal = { value: 30, unit: 'mi' } as const;


const withOptions = (options: unknown) => () => generatePlan(patellofemoralPain, options as GeneratePlanOptions);

describe('generatePlan with bad input', () => {
  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['a word', 'tomorrow'],
    ['a date with a time', '2026-12-01T00:00:00Z'],
    ['a non-padded date', '2026-1-5'],
    ['an empty string', ''],
  ])('rejects a startDate that is %s', (_, startDate) => {
    const issues = issuesOf(withOptions({ startDate, goalDistance: goal }));
    expect(issues).toEqual([{ path: ['startDate'], message: `Expected a real calendar date as YYYY-MM-DD, received ${JSON.stringify(startDate)}` }]);
  });

  it('rejects a startDate that is not a string', () => {
    const issues = issuesOf(withOptions({ startDate: new Date(2026, 11, 1), goalDistance: goal }));
    expect(issues[0]?.path).toEqual(['startDate']);
  });

  it.each([
    ['negative', -5],
    ['zero', 0],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('rejects a %s goal distance', (_, value) => {
    const issues = issuesOf(withOptions({ startDate: '2026-12-01', goalDistance: { value, unit: 'mi' } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['goalDistance', 'value']);
    expect(issues[0]?.message).toMatch(/number|greater than 0/);
  });

  it('rejects an unknown unit, in the goal and in the plan', () => {
    const issues = issuesOf(withOptions({ startDate: '2026-12-01', goalDistance: { value: 30, unit: 'miles' }, unit: 'm' }));
    expect(issues.map((issue) => issue.path)).toEqual([['goalDistance', 'unit'], ['unit']]);
    expect(issues[0]?.message).toBe('Expected a distance unit, "mi" or "km", received "miles"');
  });

  it('lists every problem at once', () => {
    const issues = issuesOf(withOptions({ startDate: 'tomorrow', goalDistance: { value: -1, unit: 'mi' } }));
    expect(issues.map((issue) => issue.path)).toEqual([['startDate'], ['goalDistance', 'value']]);
  });

  it('rejects an option it does not know rather than dropping it', () => {
    const issues = issuesOf(withOptions({ startDate: '2026-12-01', goalDistance: goal, goal: 30 }));
    expect(issues[0]?.message).toBe('Unknown field `goal` — did you mean `goalDistance`?');
  });

  it('asks for the goal when the protocol ramps to it', () => {
    const issues = issuesOf(withOptions({ startDate: '2026-12-01' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['goalDistance']);
    expect(issues[0]?.message).toMatch(/patellofemoral-pain.*goalDistance/);
  });

  it.each([null, undefined, 'x', 42])('rejects options that are not an object (%s)', (options) => {
    expect(issuesOf(withOptions(options))[0]?.path).toEqual([]);
  });

  it('rejects a protocol that fails its schema, naming it and the path', () => {
    const broken = structuredClone(patellofemoralPain);
    const dose = broken.phases[0]?.exercises[1]?.dose;
    if (dose) dose.sets = { min: 6, max: 2 };
    const error = (() => {
      try {
        generatePlan(broken, { startDate: '2026-12-01', goalDistance: goal });
      } catch (caught) {
        return caught as RehabInputError;
      }
      throw new Error('expected an error');
    })();
    expect(error.message).toMatch(/^Invalid protocol "patellofemoral-pain":/);
    expect(error.issues).toEqual([
      { path: ['phases', 0, 'exercises', 1, 'dose', 'sets', 'max'], message: 'Expected max to be at least min (6), received 2' },
    ]);
  });

  it.each([null, {}, 'patellofemoral-pain'])('rejects a protocol that is not one (%s)', (protocol) => {
    expect(issuesOf(() => generatePlan(protocol as unknown as Protocol, { startDate: '2026-12-01' })).length).toBeGreaterThan(0);
  });

  it('formats the message with each path and problem on its own line', () => {
    expect(() => generatePlan(patellofemoralPain, { startDate: '2026-02-30', goalDistance: goal })).toThrow(
      'Invalid generatePlan options:\n  - startDate: Expected a real calendar date as YYYY-MM-DD, received "2026-02-30"',
    );
  });
});
