import { describe, expect, it } from 'vitest';
import { generatePlan, summarizeHistory, type RunLogEntry } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { guardsOf, inUnit, shiftDay } from '../fixtures/runners.js';

const startDate = '2026-12-01';
const thirtyMiles = { value: 30, unit: 'mi' } as const;
// The seed case's limits, day by day (see founding-plan.test.ts for their derivation).
const milesByDay = [5, 5, 5, 5, 5, 5, 5, 8.5, 12.1, 15.7, 19.2, 22.8, 26.4, 30];

// The founding runner, as SEED-CASE.md tells it: an ultrarunner (here 10 weeks of ~66 mi on 6 days), a 100-mile
// race, a week of rest, light running, then sprint work; a week of rest; then the 30-mile run, 6 days before the plan.
const history: RunLogEntry[] = [];
for (let day = 84; day > 14; day--) if (day % 7 !== 0) history.push({ date: shiftDay(startDate, -day), distance: { value: 11, unit: 'mi' } });
history.push({ date: shiftDay(startDate, -6), distance: thirtyMiles });

describe('generatePlan for the founding case, with the founding runner’s history', () => {
  const plan = generatePlan(patellofemoralPain, { startDate, goalDistance: thirtyMiles, history });
  const usual = summarizeHistory(history, { today: startDate }).weeklyAverage.value;

  it('keeps the seed case’s limits exactly: 30 mi is within 110 % of the 30-mile run', () => {
    expect(plan.days.map((day) => day.running.maxDistance?.value)).toEqual(milesByDay);
    expect(plan.days.every((day) => !day.flags.some((flag) => flag.kind === 'limited-by-history'))).toBe(true);
  });

  it('plans runs that rise above the 5-mile cap in days 8–14 and never exceed a day’s limit', () => {
    const planned = plan.days.map((day) => day.running.planned?.distance?.value ?? 0);
    expect(Math.max(...planned.slice(7))).toBeGreaterThan(5);
    plan.days.forEach((day, index) => expect(planned[index]).toBeLessThanOrEqual(milesByDay[index] ?? 0));
    expect(planned.slice(0, 13).every((miles) => miles < 30)).toBe(true);
  });

  it('never breaks the spike guard, a week’s usual volume, or the weekly day off', () => {
    const guards = guardsOf(plan, history.map((entry) => [entry.date, inUnit(entry.distance, 'mi')]));
    plan.days.forEach((day, index) => expect(day.running.planned?.distance?.value ?? 0).toBeLessThanOrEqual(guards[index] ?? 0));
    for (const week of plan.weeks) expect(week.plannedDistance?.value).toBeLessThanOrEqual(usual);
    for (const week of [plan.days.slice(0, 7), plan.days.slice(7)]) {
      expect(week.filter((day) => day.running.planned?.kind === 'rest').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives weekly totals, and flags the week whose limits add up to more than the runner’s usual week', () => {
    expect(plan.weeks.map((week) => week.limitDistance?.value)).toEqual([35, 134.7]);
    expect(plan.days[7]?.flags.map((flag) => flag.kind)).toContain('weekly-volume');
    // The message never sums the limits (a sum reads as a week's mileage): it names the usual week and what is planned.
    const message = plan.days[7]?.flags.find((flag) => flag.kind === 'weekly-volume')?.message;
    expect(message).toMatch(/would allow more running than your usual week of \d/);
    expect(message).not.toMatch(/134\.7/);
  });

  it('says when the goal of 30 miles would be reached, since the guards keep the planned runs below it', () => {
    const flag = plan.flags.find((entry) => entry.kind === 'goal-not-reached');
    expect(flag?.message).toMatch(/below your goal of 30 mi/);
    expect(flag?.message).toMatch(/around \d{4}-\d{2}-\d{2}/);
  });

  it('without history keeps the prescription, plans no runs and says it was not checked', () => {
    const plain = generatePlan(patellofemoralPain, { startDate, goalDistance: thirtyMiles });
    expect(plain.days.every((day) => day.running.planned === undefined && day.flags.length === 0)).toBe(true);
    expect(plain.flags.map((flag) => flag.kind)).toEqual(['not-checked-against-training']);
    expect(plain.weeks.map((week) => week.plannedDistance)).toEqual([null, null]);
  });
});

describe('generatePlan for a runner with a lower week than the founding runner', () => {
  // The therapist's other answer: a runner of about 15 miles a week. Her longest recent run was 5 miles.
  const runner = { usualWeeklyDistance: { value: 15, unit: 'mi' }, longestRecentRun: { value: 5, unit: 'mi' }, runDaysPerWeek: 5 } as const;
  const plan = generatePlan(patellofemoralPain, { startDate, goalDistance: thirtyMiles, runner });

  it('lowers the limits of days 8–14 to what her training supports, saying from what to what', () => {
    expect(plan.days[8]?.running.maxDistance?.value).toBeLessThan(12.1);
    const flag = plan.days[8]?.flags.find((entry) => entry.kind === 'limited-by-history');
    expect(flag?.message).toMatch(/Limit lowered from 12\.1 mi to \d+(\.\d)? mi/);
    expect(flag?.message).toMatch(/doi:10\.1136\/bjsports-2024-109380/);
  });

  it('keeps her weeks at or under 15 miles', () => {
    for (const week of plan.weeks) expect(week.plannedDistance?.value).toBeLessThanOrEqual(15);
  });

  it('with spikeGuard warn keeps the prescribed limits and flags each day above the guard', () => {
    const warned = generatePlan(patellofemoralPain, { startDate, goalDistance: thirtyMiles, runner, spikeGuard: 'warn' });
    expect(warned.days.map((day) => day.running.maxDistance?.value)).toEqual(milesByDay);
    expect(warned.days.slice(7).every((day) => day.flags.some((flag) => flag.kind === 'single-run-spike'))).toBe(true);
    expect(warned.days.some((day) => day.flags.some((flag) => flag.kind === 'limited-by-history'))).toBe(false);
  });
});
