import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols, type RunLogEntry } from 'rehab-protocols';
import { guardsOf, inUnit, shiftDay } from '../fixtures/runners.js';

const DAY_MS = 86_400_000;
const EPSILON = 1e-9;
const protocols = listProtocols();

const startDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// Up to 40 runs on distinct days in the 90 days before the start, 0.5–45 km or miles, some with durations.
const runs = fc.uniqueArray(
  fc.record({
    daysBefore: fc.integer({ min: 1, max: 90 }),
    value: fc.double({ min: 0.5, max: 45, noNaN: true }),
    unit: fc.constantFrom('km' as const, 'mi' as const),
    minutes: fc.option(fc.integer({ min: 10, max: 300 }), { nil: undefined }),
  }),
  { selector: (run) => run.daysBefore, maxLength: 40 },
);
const protocol = fc.constantFrom(...protocols);
const goal = fc.record({ value: fc.double({ min: 1, max: 60, noNaN: true }), unit: fc.constantFrom('km' as const, 'mi' as const) });

const toHistory = (start: string, list: { daysBefore: number; value: number; unit: 'km' | 'mi'; minutes: number | undefined }[]): RunLogEntry[] =>
  list.map((run) => ({
    date: shiftDay(start, -run.daysBefore),
    distance: { value: run.value, unit: run.unit },
    ...(run.minutes === undefined ? {} : { durationMinutes: run.minutes }),
  }));

describe('generatePlan with a random history, for any protocol', () => {
  it('holds every planned run to its limit and to the spike guard, and every capped limit to the guard', () => {
    fc.assert(
      fc.property(startDate, runs, protocol, goal, (start, list, chosen, goalDistance) => {
        const history = toHistory(start, list);
        const plan = generatePlan(chosen, { startDate: start, goalDistance, history });
        const guards = guardsOf(plan, history.map((entry) => [entry.date, inUnit(entry.distance, plan.unit)]));
        plan.days.forEach((day, index) => {
          const planned = day.running.planned?.distance?.value ?? 0;
          const limit = day.running.maxDistance?.value;
          if (limit !== undefined) expect(planned).toBeLessThanOrEqual(limit + EPSILON);
          const guard = guards[index];
          if (guard !== null && guard !== undefined) {
            expect(planned).toBeLessThanOrEqual(guard + EPSILON);
            if (limit !== undefined) expect(limit).toBeLessThanOrEqual(guard + EPSILON);
          }
          expect(day.running.planned).toBeDefined();
        });
      }),
      { numRuns: 60 },
    );
  });

  it('keeps dates contiguous from the start date and weeks in 7-day blocks', () => {
    fc.assert(
      fc.property(startDate, runs, protocol, fc.constantFrom('cap' as const, 'warn' as const), (start, list, chosen, spikeGuard) => {
        const plan = generatePlan(chosen, { startDate: start, goalDistance: { value: 10, unit: 'km' }, history: toHistory(start, list), spikeGuard });
        const first = Date.parse(`${start}T00:00:00Z`);
        plan.days.forEach((day, index) => expect(day.date).toBe(new Date(first + index * DAY_MS).toISOString().slice(0, 10)));
        plan.weeks.forEach((week, index) => {
          expect(week.startDate).toBe(plan.days[index * 7]?.date);
          expect(week.plannedDistance?.value).toBeCloseTo(
            plan.days.slice(index * 7, index * 7 + 7).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0),
            6,
          );
        });
      }),
      { numRuns: 40 },
    );
  });
});
