import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan, matchConditions, parsePlan, parseSymptomProfile, planForProfile, RehabInputError, reviewPlan, strongestDesign, type Plan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { logToObservations } from '../../src/export/fhir/index.js';
import { INPUT_LIMITS } from '../../src/model/input-bounds.js';

// Input the library cannot use ends in one RehabInputError naming where, quickly: never a TypeError from a revoked
// Proxy, a stack overflow from a deep or self-containing value, or minutes spent on a million-entry list.
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const nested = (depth: number): unknown => {
  let value: unknown = {};
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
};
const plan: Plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } });

function issueOf(run: () => unknown): { path: readonly (string | number)[]; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RehabInputError);
    const issue = (error as RehabInputError).issues[0];
    if (issue === undefined) throw new Error('a RehabInputError without an issue');
    return issue;
  }
  throw new Error('expected a RehabInputError, nothing was thrown');
}

describe('input bounds', () => {
  it('a revoked Proxy anywhere is an input error with its path', () => {
    expect(issueOf(() => generatePlan(patellofemoralPain, revoked() as never)).message).toMatch(/Could not be read/);
    expect(issueOf(() => generatePlan(revoked() as never, { startDate: '2026-12-01' })).message).toMatch(/Could not be read/);
    expect(issueOf(() => generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' }, history: [revoked() as never] })).path).toEqual(['history', 0]);
    expect(issueOf(() => reviewPlan(plan, [revoked() as never], { today: '2026-12-05' })).path).toEqual([0]);
    expect(issueOf(() => matchConditions(revoked() as never)).path).toEqual([]);
    expect(issueOf(() => strongestDesign(revoked() as never)).message).toMatch(/Could not be read/);
    expect(issueOf(() => toMarkdown(revoked() as never)).message).toMatch(/Could not be read/);
  });

  it('a value nested deeper than the limit, or containing itself, is an input error, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = { region: 'knee' };
    cyclic['self'] = cyclic;
    expect(issueOf(() => matchConditions(cyclic as never)).message).toMatch(/Nested more than 64 levels/);
    expect(issueOf(() => planForProfile({ region: 'knee' }, { startDate: '2026-12-01', conditions: [nested(200_000)] } as never)).path[0]).toBe('conditions');
    expect(issueOf(() => parsePlan(nested(100_000))).message).toMatch(/Nested more than/);
  });

  it('lists, objects and strings above the limits are refused up front, before anything reads them', () => {
    expect(issueOf(() => parseSymptomProfile({ region: 'knee', locations: Array(INPUT_LIMITS.listLength + 1).fill('anterior') })).path).toEqual(['locations']);
    expect(issueOf(() => matchConditions({ region: 'knee', locations: Array(1_000_000).fill('anterior') })).message).toMatch(/A list of 1,000,000 entries/);
    expect(issueOf(() => matchConditions({ region: 'knee'.padEnd(10_000_000, 'x') } as never)).path).toEqual(['region']);
    const manyKeys = Object.fromEntries(Array.from({ length: INPUT_LIMITS.keys + 1 }, (_, index) => [`k${index}`, index]));
    expect(issueOf(() => generatePlan(patellofemoralPain, manyKeys as never)).message).toMatch(/more than 10,000 keys/);
  });

  it('a log the fast path would accept is held to the same limits (it reads it once, counting as it goes)', () => {
    // Every list under the list limit, but over a million values in all: the whole-input limit still applies.
    const exercises = Array.from({ length: 10 }, () => ({ exerciseId: 'step-down' }));
    const sessions = Array.from({ length: 99_000 }, () => ({ kind: 'session' as const, date: '2026-12-02', exercises }));
    expect(issueOf(() => reviewPlan(plan, sessions, { today: '2026-12-05' })).message).toMatch(/More than 1,000,000 values/);
    const long = { kind: 'pain' as const, date: '2026-12-02'.padEnd(INPUT_LIMITS.stringLength + 1, '0'), during: 2 };
    expect(issueOf(() => reviewPlan(plan, [long], { today: '2026-12-05' })).path).toEqual([0, 'date']);
    expect(reviewPlan(plan, sessions.slice(0, 1_000), { today: '2026-12-05' }).plan.days[1]?.logged).toHaveLength(1_000);
  });

  it('the single pass cannot be led past the limits: a growing list, a re-entrant parse, a polluted prototype', () => {
    // A getter that grows the list while it is read: the list is read at the length it had (bounded work, no hang).
    const growing: string[] = ['anterior'];
    Object.defineProperty(growing, 0, {
      get() {
        if (growing.length < 2_000_000) growing.push(...Array<string>(100_000).fill('anterior'));
        return 'anterior';
      },
      enumerable: true,
    });
    expect(matchConditions({ region: 'knee', locations: growing as never }).matches.length).toBeGreaterThan(0);
    // A getter that parses another profile mid-read does not reset the outer parse's count of values: ten lists of
    // 100,000 valid values (over a million in all), each ending in a getter that matches another profile.
    const list = (value: string) => {
      const entries = Array<string>(INPUT_LIMITS.listLength).fill(value);
      Object.defineProperty(entries, entries.length - 1, {
        get() {
          matchConditions({ region: 'knee' });
          return value;
        },
        enumerable: true,
      });
      return entries;
    };
    const reentrant = {
      region: 'knee',
      locations: list('anterior'),
      aggravatedBy: list('running'),
      painFreeDuring: list('cycling'),
      trainingChange: list('mileage-increase'),
      signs: list('crepitus'),
      redFlags: list('swelling'),
      background: list('novice-runner'),
      otherRegions: list('hip'),
      asked: { locations: list('anterior'), aggravatedBy: list('running') },
    };
    expect(issueOf(() => matchConditions(reentrant as never)).message).toMatch(/More than 1,000,000 values/);
    // An enumerable key on Object.prototype is not the profile's own: a valid profile stays valid.
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      expect(matchConditions({ region: 'knee', locations: ['anterior'] }).matches[0]?.conditionId).toBeDefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    }
  });

  it('inputs within the limits are read as before', () => {
    expect(parseSymptomProfile({ region: 'knee', locations: Array(1000).fill('anterior') }).region).toBe('knee');
    expect(parsePlan(structuredClone(plan)).days).toHaveLength(14);
  });

  it('a review that would move the plan past 9999-12-31 is an input error', () => {
    const late = generatePlan(iliotibialBandSyndrome, { startDate: '9999-11-19', goalDistance: { value: 10, unit: 'km' }, history: [{ date: '9999-11-10', distance: { value: 5, unit: 'km' } }] });
    const issue = issueOf(() => reviewPlan(late, [{ kind: 'run', date: '9999-12-20', distance: { value: 3, unit: 'km' }, pain: { during: 7 } }], { today: '9999-12-21' }));
    expect(issue.message).toMatch(/past 9999-12-31/);
  });

  it('a next-morning rating after 9999-12-31 is an input error in logToObservations', () => {
    expect(issueOf(() => logToObservations([{ kind: 'pain', date: '9999-12-31', nextMorning: 3 }])).path).toEqual([0, 'nextMorning']);
    expect(logToObservations([{ kind: 'pain', date: '9999-12-30', nextMorning: 3 }])[0]?.effectiveDateTime).toBe('9999-12-31');
  });

  it('property: a revoked Proxy at any place in a profile or a log gives a RehabInputError', () => {
    fc.assert(
      fc.property(fc.constantFrom('region', 'locations', 'aggravatedBy', 'asked'), fc.boolean(), (field, inList) => {
        const profile = { region: 'knee', [field]: inList ? [revoked()] : revoked() };
        expect(() => matchConditions(profile as never)).toThrow(RehabInputError);
        expect(() => reviewPlan(plan, [{ kind: 'pain', date: '2026-12-02', during: 2 }, inList ? [revoked()] : revoked()] as never, { today: '2026-12-05' })).toThrow(RehabInputError);
      }),
      { numRuns: 30 },
    );
  });
});
