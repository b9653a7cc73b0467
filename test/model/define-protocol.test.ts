import { describe, expect, it } from 'vitest';
import { defineProtocol, generatePlan, MAX_PLAN_DAYS, RehabInputError, type Protocol } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

function issuesOf(protocol: unknown) {
  try {
    defineProtocol(protocol as Protocol);
  } catch (error) {
    expect(error).toBeInstanceOf(RehabInputError);
    return (error as RehabInputError).issues;
  }
  throw new Error('expected a RehabInputError');
}

const copy = () => structuredClone(patellofemoralPain);

describe('defineProtocol', () => {
  it('returns a valid protocol, typed and equal to its input', () => {
    expect(defineProtocol(copy())).toEqual(patellofemoralPain);
  });

  it('reports a phase that names an exercise the protocol does not have', () => {
    const protocol = copy();
    protocol.phases[1]!.exercises[0]!.exerciseId = 'wall-sit';
    expect(issuesOf(protocol)).toEqual([
      {
        path: ['phases', 1, 'exercises', 0, 'exerciseId'],
        message: 'Names exercise "wall-sit", which is not in the protocol\'s exercises ("slow-calf-raise", "side-lying-hip-abduction", "towel-eater", "sit-to-stand")',
      },
    ]);
  });

  it('reports a gap between phases', () => {
    const protocol = copy();
    protocol.phases[1]!.days = { min: 9, max: 14 };
    expect(issuesOf(protocol)).toEqual([
      { path: ['phases', 1, 'days', 'min'], message: 'Expected the phase to start on day 8, received day 9, leaving day 8 uncovered' },
    ]);
  });

  it('reports overlapping phases', () => {
    const protocol = copy();
    protocol.phases[1]!.days = { min: 7, max: 14 };
    expect(issuesOf(protocol)[0]?.message).toMatch(/start on day 8, received day 7, overlapping/);
  });

  it('reports a first phase that does not start on day 1', () => {
    const protocol = copy();
    protocol.phases[0]!.days = { min: 2, max: 7 };
    expect(issuesOf(protocol)[0]?.path).toEqual(['phases', 0, 'days', 'min']);
  });

  it('reports a checkpoint outside the plan', () => {
    const protocol = copy();
    protocol.checkpoints[0]!.day = 15;
    expect(issuesOf(protocol)).toEqual([{ path: ['checkpoints', 0, 'day'], message: 'Expected a day inside the plan (1–14), received 15' }]);
  });

  it('reports evidence that cites a source the protocol does not list', () => {
    const protocol = copy();
    protocol.phases[0]!.evidence = { kind: 'cited', sourceIds: ['smith-2020'] };
    expect(issuesOf(protocol)[0]).toMatchObject({ path: ['phases', 0, 'evidence', 'sourceIds', 0] });
  });

  it('reports duplicate ids', () => {
    const protocol = copy();
    protocol.exercises.push(structuredClone(protocol.exercises[0]!));
    expect(issuesOf(protocol)).toEqual([{ path: ['exercises', 4, 'id'], message: 'Duplicate exercise id "slow-calf-raise"' }]);
  });

  it('reports a ramp to the goal as the first phase', () => {
    const protocol = copy();
    protocol.phases = [{ ...protocol.phases[1]!, days: { min: 1, max: 14 } }];
    expect(issuesOf(protocol).map((issue) => issue.path)).toContainEqual(['phases', 0, 'running', 'kind']);
  });

  it('reports a field it does not know rather than dropping it', () => {
    expect(issuesOf({ ...copy(), difficulty: 'easy' })[0]?.message).toMatch(/^Unknown field `difficulty`. Known fields: id, name/);
  });

  it('reports a publication with neither DOI nor URL', () => {
    const protocol = copy();
    const source = protocol.sources[1]!;
    if (source.kind === 'publication') delete source.doi;
    expect(issuesOf(protocol)).toEqual([
      { path: ['sources', 1, 'doi'], message: 'A publication needs a DOI or a URL so that readers can find it' },
    ]);
  });

  it('reports two checkpoints on the same day, which one plan day could not hold', () => {
    const protocol = copy();
    protocol.checkpoints.push({ ...protocol.checkpoints[0]!, assess: 'A second question?' });
    expect(issuesOf(protocol)).toEqual([
      {
        path: ['checkpoints', 1, 'day'],
        message: 'Expected one checkpoint a day, but checkpoint 0 is on day 14 too: merge them into one, or move one to another day',
      },
    ]);
  });

  it(`reports a phase that ends after day ${MAX_PLAN_DAYS}, before generatePlan could run out of memory`, () => {
    const protocol = copy();
    protocol.phases.at(-1)!.days.max = Number.MAX_SAFE_INTEGER;
    expect(issuesOf(protocol)).toEqual([
      {
        path: ['phases', protocol.phases.length - 1, 'days', 'max'],
        message: `Expected the phase to end by day 730, the longest plan the library supports (two years), received day ${Number.MAX_SAFE_INTEGER}`,
      },
    ]);
    expect(() => generatePlan(protocol, { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } })).toThrow(RehabInputError);
  });

  it(`accepts a plan of exactly ${MAX_PLAN_DAYS} days`, () => {
    const protocol = copy();
    protocol.phases.at(-1)!.days.max = MAX_PLAN_DAYS;
    expect(generatePlan(defineProtocol(protocol), { startDate: '2026-12-01', goalDistance: { value: 30, unit: 'mi' } }).days).toHaveLength(MAX_PLAN_DAYS);
  });

  it('reports a value that is not a protocol at all', () => {
    expect(issuesOf(null)).toEqual([{ path: [], message: 'Invalid input: expected object, received null' }]);
  });
});
