import { describe, expect, it } from 'vitest';
import { generatePlan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

// Derived by hand from SEED-CASE.md and the documented ramp (equal daily steps from the 5 mi cap to the goal on day 14,
// rounded down to 0.1): day 7 + k is 5 + 25·k/7 mi.
//   k=1 8.571→8.5, k=2 12.142→12.1, k=3 15.714→15.7, k=4 19.285→19.2, k=5 22.857→22.8, k=6 26.428→26.4, k=7 30.
const milesByDay = [5, 5, 5, 5, 5, 5, 5, 8.5, 12.1, 15.7, 19.2, 22.8, 26.4, 30];
// The same in km (1 mi = 1.609344 km): cap 8.04672, goal 48.28032, step 40.2336/7 = 5.74766.
//   8.047→8.0 ×7, then 13.794→13.7, 19.542→19.5, 25.290→25.2, 31.037→31.0, 36.785→36.7, 42.533→42.5, 48.280→48.2.
const kmByDay = [8, 8, 8, 8, 8, 8, 8, 13.7, 19.5, 25.2, 31, 36.7, 42.5, 48.2];

const thirtyMiles = { value: 30, unit: 'mi' } as const;

describe('generatePlan for the founding case', () => {
  const plan = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: thirtyMiles });

  it('spans 14 days from the start date', () => {
    expect(plan.protocolId).toBe('patellofemoral-pain');
    expect(plan.startDate).toBe('2026-12-01');
    expect(plan.endDate).toBe('2026-12-14');
    expect(plan.days.map((day) => day.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(plan.days.map((day) => day.date)).toEqual([
      '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07',
      '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14',
    ]);
  });

  it('speaks miles, the unit of the goal', () => {
    expect(plan.unit).toBe('mi');
    expect(plan.goalDistance).toEqual(thirtyMiles);
  });

  it('has 1–2 sessions a day in days 1–7 and one a day in days 8–14', () => {
    expect(plan.days.slice(0, 7).every((day) => day.sessionsPerDay.min === 1 && day.sessionsPerDay.max === 2)).toBe(true);
    expect(plan.days.slice(7).every((day) => day.sessionsPerDay.min === 1 && day.sessionsPerDay.max === 1)).toBe(true);
  });

  it('lists the four exercises every day, in order, with names and doses', () => {
    for (const day of plan.days) {
      expect(day.exercises.map((exercise) => exercise.name)).toEqual([
        'Slow calf raises',
        'Side-lying hip abduction',
        'Towel eater',
        'Sit to stand',
      ]);
      expect(day.exercises[3]?.dose.reps).toEqual({ min: 4, max: 6 });
    }
  });

  it('caps jogging at 5 miles in days 1–7', () => {
    for (const day of plan.days.slice(0, 7)) {
      const { evidence, ...limit } = day.running;
      expect(limit).toEqual({ maxDistance: { value: 5, unit: 'mi' }, intensity: 'jog' });
      expect(evidence).toEqual([patellofemoralPain.phases[0]?.running.evidence]);
      expect(day.phaseId).toBe('settle');
    }
  });

  it('ramps from above the cap on day 8, strictly upwards, to the goal on day 14', () => {
    expect(plan.days.map((day) => day.running.maxDistance?.value)).toEqual(milesByDay);
    const ramp = plan.days.slice(7).map((day) => day.running.maxDistance?.value ?? Number.NaN);
    expect(ramp[0]).toBeGreaterThan(5);
    ramp.slice(1).forEach((value, index) => expect(value).toBeGreaterThan(ramp[index] ?? Infinity));
    expect(ramp.slice(0, 6).every((value) => value < 30)).toBe(true);
    expect(plan.days[13]?.running.intensity).toBe('run');
  });

  it('puts the day-14 checkpoint on 2026-12-14', () => {
    expect(plan.checkpoints).toEqual([
      expect.objectContaining({ day: 14, date: '2026-12-14', referral: true }),
    ]);
    expect(plan.days[13]?.checkpoint).toEqual(plan.checkpoints[0]);
    expect(plan.days.slice(0, 13).some((day) => 'checkpoint' in day)).toBe(false);
  });

  it('gives the same plan in km, converted and rounded down so no day exceeds its limit', () => {
    const km = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: thirtyMiles, unit: 'km' });
    expect(km.unit).toBe('km');
    expect(km.days.map((day) => day.running.maxDistance?.value)).toEqual(kmByDay);
    expect(km.days.every((day) => day.running.maxDistance?.unit === 'km')).toBe(true);
    expect(km.days.map((day) => day.date)).toEqual(plan.days.map((day) => day.date));
  });

  it('keeps a goal given in km in km', () => {
    const km = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 40, unit: 'km' } });
    expect(km.unit).toBe('km');
    expect(km.days[13]?.running.maxDistance).toEqual({ value: 40, unit: 'km' });
  });

  it('keeps a goal at or under the cap flat at the goal', () => {
    const short = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 4, unit: 'mi' } });
    expect(short.days.map((day) => day.running.maxDistance?.value)).toEqual(Array(14).fill(4));
    const equal = generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: { value: 5, unit: 'mi' } });
    expect(equal.days.map((day) => day.running.maxDistance?.value)).toEqual(Array(14).fill(5));
  });

  it('is pure: the same input gives the same plan', () => {
    expect(generatePlan(patellofemoralPain, { startDate: '2026-12-01', goalDistance: thirtyMiles })).toEqual(plan);
  });
});
