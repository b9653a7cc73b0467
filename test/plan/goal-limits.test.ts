import { describe, expect, it } from 'vitest';
import { generatePlan, RehabInputError, type DistanceUnit } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

function messageFor(value: number, unit: DistanceUnit, planUnit?: DistanceUnit): string {
  try {
    generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value, unit }, ...(planUnit ? { unit: planUnit } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(RehabInputError);
    expect((error as RehabInputError).issues[0]?.path).toEqual(['goalDistance', 'value']);
    return (error as RehabInputError).issues[0]?.message ?? '';
  }
  throw new Error('expected a RehabInputError');
}

describe('the goal distance', () => {
  it('refuses an absurd goal, with the limit and its reason', () => {
    expect(messageFor(1.8e307, 'mi')).toMatch(/limit is 198 mi \(the 24-hour world record is 319\.6 km\)/);
    expect(messageFor(3000, 'mi')).toMatch(/more than anyone has run in 24 hours/);
    expect(messageFor(321, 'km')).toMatch(/limit is 320 km/);
  });

  it('accepts a goal just under the limit', () => {
    expect(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 198, unit: 'mi' } }).days.at(-1)?.running.maxDistance).toEqual({ value: 198, unit: 'mi' });
  });

  it('refuses a goal the plan would show as 0.0', () => {
    expect(messageFor(0.01, 'mi')).toMatch(/less than 0\.1 mi/);
    expect(messageFor(0.1, 'km', 'mi')).toMatch(/less than 0\.1 mi/);
  });

  it('never jogs up to 0.0 with the smallest goal it accepts', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 0.1, unit: 'mi' } });
    for (const day of plan.days) expect(day.running.maxDistance?.value).toBe(0.1);
  });
});
