import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan, PlanSchema, type DistanceUnit } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const KM_PER_MI = 1.609344;
const DAY_MS = 86_400_000;

const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const unit = fc.constantFrom<DistanceUnit>('mi', 'km');
// Goals inside the accepted range in either unit: 0.2 km is still 0.1 mi; 198 mi is under the 320 km limit.
const goal = fc.record({ value: fc.double({ min: 0.2, max: 198, noNaN: true }), unit });

const inUnit = (value: number, from: DistanceUnit, to: DistanceUnit) =>
  from === to ? value : to === 'km' ? value * KM_PER_MI : value / KM_PER_MI;

describe('generatePlan, for any start date, goal and unit', () => {
  it('gives consecutive calendar days from the start date', () => {
    fc.assert(
      fc.property(isoDate, goal, (startDate, goalDistance) => {
        const plan = generatePlan(patellofemoralPain, { startDate, goalDistance });
        const start = Date.parse(`${startDate}T00:00:00Z`);
        plan.days.forEach((day, index) => {
          expect(day.date).toBe(new Date(start + index * DAY_MS).toISOString().slice(0, 10));
        });
        expect(plan.endDate).toBe(plan.days.at(-1)?.date);
      }),
    );
  });

  it('never lets a day run farther than its cap or the goal, and never goes down in days 8–14', () => {
    fc.assert(
      fc.property(isoDate, goal, fc.option(unit, { nil: undefined }), (startDate, goalDistance, planUnit) => {
        const plan = generatePlan(patellofemoralPain, { startDate, goalDistance, ...(planUnit ? { unit: planUnit } : {}) });
        const cap = inUnit(5, 'mi', plan.unit);
        const target = inUnit(goalDistance.value, goalDistance.unit, plan.unit);
        const limits = plan.days.map((day) => day.running.maxDistance?.value ?? Number.NaN);
        limits.slice(0, 7).forEach((limit) => expect(limit).toBeLessThanOrEqual(Math.min(cap, target) + 1e-9));
        limits.forEach((limit) => expect(limit).toBeLessThanOrEqual(target + 1e-9));
        limits.slice(8).forEach((limit, index) => expect(limit).toBeGreaterThanOrEqual(limits[7 + index] ?? Infinity));
        limits.forEach((limit) => expect(limit < 1 ? Math.round(limit * 100) / 100 : Math.round(limit * 10) / 10).toBe(limit));
      }),
    );
  });

  it('round-trips through JSON and PlanSchema unchanged', () => {
    fc.assert(
      fc.property(isoDate, goal, unit, (startDate, goalDistance, planUnit) => {
        const plan = generatePlan(patellofemoralPain, { startDate, goalDistance, unit: planUnit });
        expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
      }),
      { numRuns: 50 },
    );
  });

  it('is pure: the same input always gives the same plan', () => {
    fc.assert(
      fc.property(isoDate, goal, (startDate, goalDistance) => {
        expect(generatePlan(patellofemoralPain, { startDate, goalDistance })).toEqual(
          generatePlan(patellofemoralPain, { startDate, goalDistance }),
        );
      }),
      { numRuns: 30 },
    );
  });
});
