import { describe, expect, it } from 'vitest';
import { generatePlan } from 'rehab-protocols';
import { tendonFixture } from '../fixtures/tendon-protocol.js';

describe('generatePlan schedules', () => {
  const plan = generatePlan(tendonFixture, { startDate: '2026-01-05' });

  it('runs as long as the phases, week-based ones included', () => {
    expect(plan.days).toHaveLength(21);
    expect(plan.endDate).toBe('2026-01-25');
  });

  it('exercises every other day when the phase says so', () => {
    expect(plan.days.slice(0, 7).map((day) => day.exercises.length)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    expect(plan.days[1]?.sessionsPerDay).toEqual({ min: 0, max: 0 });
  });

  it('spreads days a week evenly over each week of the phase', () => {
    const exercised = plan.days.slice(7).map((day) => day.exercises.length > 0);
    expect(exercised).toEqual([true, false, true, false, true, false, false, true, false, true, false, true, false, false]);
  });

  it('carries the phase dose, with its load, into each exercise day', () => {
    expect(plan.days[7]?.exercises[0]?.dose.load).toEqual({ kind: 'repetition-maximum', rm: 12 });
  });

  it('gives no distance on a rest phase and the cap on a capped one', () => {
    expect(plan.days[0]?.running).toMatchObject({ maxDistance: null, intensity: 'rest' });
    expect(plan.days[7]?.running).toMatchObject({ maxDistance: { value: 3, unit: 'km' }, intensity: 'walk' });
  });

  it('speaks the unit of the protocol when no goal or unit is given, and converts when asked', () => {
    expect(plan.unit).toBe('km');
    const miles = generatePlan(tendonFixture, { startDate: '2026-01-05', unit: 'mi' });
    // 3 km = 1.864 mi, rounded down.
    expect(miles.days[7]?.running.maxDistance).toEqual({ value: 1.8, unit: 'mi' });
  });

  it('lists checkpoints in day order, each on its day', () => {
    expect(plan.checkpoints.map((checkpoint) => [checkpoint.day, checkpoint.date])).toEqual([
      [7, '2026-01-11'],
      [21, '2026-01-25'],
    ]);
    expect(plan.days[6]?.checkpoint?.assess).toBe('Settled?');
  });
});
