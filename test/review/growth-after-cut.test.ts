import { describe, expect, it } from 'vitest';
import { getProtocol } from 'rehab-protocols';
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
});
