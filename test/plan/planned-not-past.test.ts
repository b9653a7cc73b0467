import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, planForProfile, type Plan } from 'rehab-protocols';
import { foundingProfile } from '../fixtures/founding-profile.js';
import { shiftDay } from '../fixtures/runners.js';

const startDate = '2026-11-24';

/** Every day flag that names a run with its date: `(1 mi on 2026-11-25)`, with the words before it. */
function citedRuns(plan: Plan): { day: number; message: string; date: string }[] {
  return plan.days.flatMap((day) =>
    day.flags.flatMap((flag) => [...flag.message.matchAll(/\((?:[\d.]+ (?:mi|km|min)) on (\d{4}-\d{2}-\d{2})\)/g)].map((match) => ({ day: day.day, message: flag.message, date: match[1] as string }))),
  );
}

describe("a day's guard read from a run the plan itself planned", () => {
  const result = planForProfile(foundingProfile, { startDate, goalDistance: { value: 30, unit: 'mi' } });
  if (result.kind !== 'plan') throw new Error('the founding profile gives a plan');
  const plan = result.plan;

  it('is never called the runner’s run: a run dated inside the plan is a planned one', () => {
    const cited = citedRuns(plan);
    // The reproduction: with no history, day 5's limit is 110 % of the run planned on day 2.
    expect(cited.some((run) => run.date >= startDate)).toBe(true);
    for (const run of cited.filter((each) => each.date >= startDate)) {
      expect(run.message).not.toMatch(/your longest run/);
      expect(run.message).toMatch(/the longest run planned in the 30 days before/);
    }
  });

  it('still names the runner’s own logged run as theirs', () => {
    const history = [{ date: shiftDay(startDate, -4), distance: { value: 1, unit: 'mi' as const } }];
    const fitted = generatePlan(getProtocol('patellofemoral-pain'), { startDate, goalDistance: { value: 20, unit: 'mi' }, history });
    const cited = citedRuns(fitted);
    expect(cited.length).toBeGreaterThan(0);
    for (const run of cited) {
      if (run.date < startDate) expect(run.message).toMatch(/your longest run in the 30 days before \(1 mi on 2026-11-20\)/);
      else expect(run.message).not.toMatch(/your longest run/);
    }
  });

  it('gives a runner summary’s longest run no made-up date', () => {
    const fitted = generatePlan(getProtocol('patellofemoral-pain'), {
      startDate,
      goalDistance: { value: 20, unit: 'mi' },
      runner: { longestRecentRun: { value: 2, unit: 'mi' }, usualWeeklyDistance: { value: 8, unit: 'mi' } },
    });
    const messages = fitted.days.flatMap((day) => day.flags.map((flag) => flag.message)).filter((message) => /longest/.test(message));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toContain(`on ${shiftDay(startDate, -1)}`);
  });

  it('warns in the same words with spikeGuard "warn"', () => {
    const fitted = planForProfile(foundingProfile, { startDate, goalDistance: { value: 30, unit: 'mi' }, spikeGuard: 'warn' });
    if (fitted.kind !== 'plan') throw new Error('a plan');
    for (const run of citedRuns(fitted.plan).filter((each) => each.date >= startDate)) expect(run.message).not.toMatch(/your longest run/);
  });
});
