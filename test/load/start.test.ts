import { describe, expect, it } from 'vitest';
import { generatePlan, summarizeHistory, type Plan, type RunLogEntry } from 'rehab-protocols';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';
import { shiftDay } from '../fixtures/runners.js';
import { simRunners } from './simulate.js';

const START = '2026-12-01';
const planned = (plan: Plan, from: number, to: number) => plan.days.slice(from, to).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
const longest = (plan: Plan, from: number, to: number) => Math.max(0, ...plan.days.slice(from, to).map((day) => day.running.planned?.distance?.value ?? 0));

describe('where a plan starts', () => {
  const marathoner = simRunners[1]!.history(START);

  it('starts a 60 mi/week marathoner with knee pain below their week, and never plans their pre-injury 20-mile run in 6 weeks', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: START, goalDistance: { value: 30, unit: 'mi' }, history: marathoner });
    expect(planned(plan, 0, 7)).toBeLessThanOrEqual(0.7 * 60 + 1e-9);
    expect(planned(plan, 7, 14)).toBeLessThanOrEqual(planned(plan, 0, 7) * 1.1 + 1e-9);
    expect(longest(plan, 0, 14)).toBeLessThanOrEqual(0.9 * 20 + 1e-9);
    // The limits stay as the therapist prescribed (the spike guard only lowers them): 30 miles on day 14.
    expect(plan.days[13]?.running.maxDistance).toEqual({ value: 22, unit: 'mi' });
  });

  it('grows a pain-monitored plan at most 10 % a week, the long run too, and keeps it at or below the pre-injury longest for 6 weeks', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner, unit: 'mi' });
    for (let week = 1; week * 7 < plan.days.length; week++) {
      const now = planned(plan, week * 7, week * 7 + 7);
      const before = planned(plan, week * 7 - 7, week * 7);
      if (plan.days.slice(week * 7, week * 7 + 7).length === 7) expect(now, `week ${week + 1}`).toBeLessThanOrEqual(before * 1.1 + 1e-6);
      expect(longest(plan, week * 7, week * 7 + 7)).toBeLessThanOrEqual(longest(plan, week * 7 - 7, week * 7) * 1.1 + 1e-6);
      if (week < 6) expect(longest(plan, week * 7, week * 7 + 7)).toBeLessThanOrEqual(20);
    }
    expect(planned(plan, 0, 7)).toBeLessThanOrEqual(42 + 1e-9);
    expect(planned(plan, 0, 7)).toBeGreaterThan(0.6 * 42);
  });

  it('averages the last 4 weeks, not 12: a runner who cut back recently starts from the cut-back weeks', () => {
    const history: RunLogEntry[] = [];
    for (let day = 84; day >= 1; day--) {
      if (day % 2 === 0) history.push({ date: shiftDay(START, -day), distance: { value: day > 28 ? 10 : 4, unit: 'km' } });
    }
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history, unit: 'km' });
    const lastFour = history.filter((run) => run.date >= shiftDay(START, -28)).reduce((sum, run) => sum + run.distance.value, 0) / 4;
    expect(summarizeHistory(history, { today: START }).weeklyAverage.value).toBeGreaterThan(lastFour * 1.5);
    expect(planned(plan, 0, 7)).toBeLessThanOrEqual(0.7 * lastFour + 1e-9);
  });

  it('says so when the history is shorter than 4 weeks, and averages the whole weeks it covers', () => {
    const history = simRunners[3]!.history(START);
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history, unit: 'km' });
    const flag = plan.flags.find((entry) => entry.kind === 'short-history');
    expect(flag?.message).toMatch(/cover 1 week before the start, fewer than the 4/);
    expect(planned(plan, 0, 7)).toBeLessThanOrEqual(0.7 * 19 + 1e-9);
    expect(generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner }).flags.map((entry) => entry.kind)).not.toContain('short-history');
  });

  it('takes the lower of a runner summary’s usual week and the history’s last 4 weeks', () => {
    const plan = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner, unit: 'mi', runner: { usualWeeklyDistance: { value: 30, unit: 'mi' } } });
    expect(planned(plan, 0, 7)).toBeLessThanOrEqual(21 + 1e-9);
    const summaryOnly = generatePlan(iliotibialBandSyndrome, { startDate: START, unit: 'mi', runner: { usualWeeklyDistance: { value: 30, unit: 'mi' }, longestRecentRun: { value: 10, unit: 'mi' } } });
    expect(planned(summaryOnly, 0, 7)).toBeLessThanOrEqual(21 + 1e-9);
    expect(longest(summaryOnly, 0, 14)).toBeLessThanOrEqual(9 + 1e-9);
  });

  it('keeps the prescription’s progression with spikeGuard "warn", and flags every break of the starting load', () => {
    const capped = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner, unit: 'mi' });
    const warned = generatePlan(iliotibialBandSyndrome, { startDate: START, history: marathoner, unit: 'mi', spikeGuard: 'warn' });
    expect(planned(warned, 0, 7)).toBeGreaterThan(planned(capped, 0, 7));
    expect(warned.days[0]?.flags.some((flag) => flag.kind === 'weekly-volume' && /Week 1 plans .* more than 70 %/.test(flag.message))).toBe(true);
    // A runner whose week is big beside their longest run: the prescription's long run breaks the 90 % rule.
    const runner = { usualWeeklyDistance: { value: 50, unit: 'km' }, longestRecentRun: { value: 10, unit: 'km' } } as const;
    const wide = generatePlan(iliotibialBandSyndrome, { startDate: START, runner, unit: 'km', spikeGuard: 'warn' });
    const spikes = wide.days.slice(0, 14).filter((day) => day.flags.some((flag) => flag.kind === 'single-run-spike' && /90 %/.test(flag.message)));
    for (const day of wide.days.slice(0, 14)) {
      if ((day.running.planned?.distance?.value ?? 0) > 9 + 1e-9) expect(spikes).toContain(day);
    }
    expect(spikes.length).toBeGreaterThan(0);
    expect(longest(generatePlan(iliotibialBandSyndrome, { startDate: START, runner, unit: 'km' }), 0, 14)).toBeLessThanOrEqual(9 + 1e-9);
  });

  it('leaves the founding case as the therapist wrote it when no runner is given', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: START, goalDistance: { value: 30, unit: 'mi' } });
    expect(plan.days.map((day) => day.running.maxDistance?.value)).toEqual([5, 5, 5, 5, 5, 5, 5, 8.5, 12.1, 15.7, 19.2, 22.8, 26.4, 30]);
    expect(plan.days.every((day) => day.running.planned === undefined)).toBe(true);
  });
});
