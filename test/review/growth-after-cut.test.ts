import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';
import { scenarios, simRunners, simulate } from '../load/simulate.js';

// What a step-back says of the weeks after it is true of them: its first 7 days can plan less than they allow (the
// programme gone back to days with little running, a morning's rest), and the weeks after grow from the allowance, so
// the note names it (found by review: "these 7 days plan 1.7 km …; then at most 10 % more a week", then 5.3 km).
describe('the weeks after a step-back', () => {
  it('grow from the first week’s allowance, which the note names when the week plans less', () => {
    const { steps } = simulate(getProtocol('iliotibial-band-syndrome'), simRunners[0]!, scenarios['a flare on day 10']!, 1, 14);
    const cut = steps.find((step) => step.result.status === 'step-back')!;
    const note = cut.result.reasons.find((reason) => reason.rule === 'load')?.message ?? '';
    const said = /these 7 days plan (\d+(?:\.\d+)?) km, .*then at most 10 % more a week from the (\d+(?:\.\d+)?) km they allow\./.exec(note);
    expect(said, note).not.toBeNull();
    const [planned, allowed] = [Number(said?.[1]), Number(said?.[2])];
    expect(planned).toBeLessThan(allowed);
    const week = (from: number) => cut.result.plan.days.filter((day) => day.date >= shiftDay(cut.today, from) && day.date < shiftDay(cut.today, from + 7)).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
    expect(week(0)).toBeCloseTo(planned, 5);
    expect(week(7)).toBeLessThanOrEqual(1.1 * allowed + 1e-9);
    expect(week(7)).toBeGreaterThan(planned);
  });

  it('after a step-back from little running, a week too small for runs of a mile plans one run, not several of a few hundred metres', () => {
    // The simulator's runner with a one-week history: a 1 km run on the plan's first day, 6/10 after it, then nothing
    // logged until a review 17 days later. The step-back plans one first-step run, and the weeks after grow 10 % a week
    // from it: before, as three or four runs of 0.28–0.35 km a week.
    const plan = generatePlan(getProtocol('iliotibial-band-syndrome'), { startDate: '2026-12-01', history: simRunners[3]?.history('2026-12-01'), goalDistance: { value: 10, unit: 'km' } });
    const result = reviewPlan(plan, [{ kind: 'run', date: '2026-12-01', distance: { value: 1, unit: 'km' }, pain: { during: 0, after: 6 } }], { today: '2026-12-18' });
    expect(result.status).toBe('step-back');
    for (let week = 1; week < 4; week++) {
      const runs = result.plan.days.filter((day) => day.date >= shiftDay('2026-12-18', 7 * week) && day.date < shiftDay('2026-12-18', 7 * week + 7)).map((day) => day.running.planned?.distance?.value ?? 0).filter((value) => value > 0);
      expect(runs.length, `week ${week + 1}`).toBeGreaterThan(0);
      if (runs.length > 1) for (const value of runs) expect(value, `week ${week + 1}`).toBeGreaterThanOrEqual(1.6);
    }
  });
});
