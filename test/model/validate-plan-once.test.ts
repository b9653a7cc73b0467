import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPlan, generatePlan, parsePlan, PlanDaySchema, PlanSchema, RehabInputError, reviewPlan, type Plan } from 'rehab-protocols';
import { toCsv } from '../../src/export/csv/index.js';
import { planToCarePlan } from '../../src/export/fhir/index.js';
import { toIcs } from '../../src/export/ics/index.js';
import { toMarkdown } from '../../src/export/markdown/index.js';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const goalDistance = { value: 30, unit: 'mi' } as const;
const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance });

// zod parses a plan's days through PlanDaySchema's `run`, looked up on every call: a spy on it sees every full parse.
const parsesOfDays = () => vi.spyOn(PlanDaySchema._zod, 'run');
const everyUse = (value: Plan) => {
  toCsv(value);
  toIcs(value);
  toMarkdown(value);
  formatPlan(value);
  planToCarePlan(value);
  return reviewPlan(value, [{ kind: 'pain', date: '2026-12-03', during: 2, nextMorning: 1 }], { today: '2026-12-04' });
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a plan the library made is validated once', () => {
  it('is deep-frozen, so that it cannot become invalid', () => {
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.days[0]?.running)).toBe(true);
    expect(() => {
      (plan.days as unknown as unknown[]).push(null);
    }).toThrow(TypeError);
  });

  it('is not parsed again by the exporters or reviewPlan, nor is the plan reviewPlan returns', () => {
    const spy = parsesOfDays();
    const result = everyUse(plan);
    everyUse(result.plan);
    expect(PlanSchema.parse(plan)).toBe(plan);
    expect(spy).not.toHaveBeenCalled();
    expect(Object.isFrozen(result.plan.days[0])).toBe(true);
  });

  it('parses a copy in full, and a tampered copy fails as before', () => {
    const spy = parsesOfDays();
    const copy = { ...plan, days: [...plan.days] };
    expect(toCsv(copy)).toBe(toCsv(plan));
    expect(spy).toHaveBeenCalledTimes(plan.days.length);
    const tampered = { ...plan, days: plan.days.map((day, index) => (index === 3 ? { ...day, date: '2026-02-30' } : day)) };
    for (const use of [() => toCsv(tampered), () => toIcs(tampered), () => reviewPlan(tampered, [], { today: '2026-12-04' })]) {
      expect(use).toThrow(RehabInputError);
      expect(use).toThrow(/days\[3\]\.date|days\.3\.date/);
    }
  });

  it('reads a stored plan once: parsePlan validates it, and what it returns is trusted from then on', () => {
    const stored = JSON.stringify(plan);
    const read = parsePlan(stored);
    expect(read).toEqual(plan);
    expect(Object.isFrozen(read)).toBe(true);
    const spy = parsesOfDays();
    everyUse(read);
    expect(spy).not.toHaveBeenCalled();
    expect(() => parsePlan(stored.replace('"2026-12-04"', '"2026-13-04"'))).toThrow(RehabInputError);
  });
});
