import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';
import { simRunners } from '../load/simulate.js';

const start = '2026-12-01';
const plan = generatePlan(getProtocol('achilles-tendinopathy-insertional'), { startDate: start, history: simRunners[0]!.history(start), goalDistance: { value: 10, unit: 'km' } });
const week = (of: Plan, from: string) => of.days.filter((day) => day.date >= from && day.date < shiftDay(from, 7)).reduce((sum, day) => sum + (day.running.planned?.distance?.value ?? 0), 0);
const longest = (of: Plan, from: string) => Math.max(0, ...of.days.filter((day) => day.date >= from && day.date < shiftDay(from, 7)).map((day) => day.running.planned?.distance?.value ?? 0));

// An app that logs runs (a synced watch, a running app) logs every run: a planned day with none logged was not run. An
// app that logs only pain says nothing of the runs, and a day without an entry counts as run as planned.
describe('what a day with nothing logged ran', () => {
  it('a step-back for a synced runner who ran nothing for weeks steps back from nothing, and says so (found by review)', () => {
    // Found on a real Strava export: five weeks with no run, then a 4.8 km run at 6/10, was stepped back from "the
    // 17.1 km run in the 7 days before" — runs of 3.8 km.
    const today = shiftDay(start, 35);
    const log: LogEntry[] = [{ kind: 'run', date: today, distance: { value: 4.8, unit: 'km' }, pain: { during: 6 } }];
    const result = reviewPlan(plan, log, { today });
    expect(result.status).toBe('step-back');
    const said = result.reasons.find((reason) => reason.rule === 'load')?.message ?? '';
    expect(said).toMatch(/as no run is logged in the 7 days before \(one run of the return-to-run programme’s first step, so that running goes on\)/);
    expect(said).not.toMatch(/ km run in the 7 days before/);
    // One run of the programme's first step (a mile) in the next 7 days.
    expect(week(result.plan, today)).toBeLessThanOrEqual(1.6 + 1e-9);
    // The same pain with no run logged at all (an app that logs only pain): measured from what was planned, as before.
    const painOnly = reviewPlan(plan, [{ kind: 'pain', date: today, during: 6 }], { today });
    expect(painOnly.reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/at most 70 % of the \d+(\.\d+)? km run in the 7 days before/);
    expect(week(painOnly.plan, today)).toBeGreaterThan(week(result.plan, today));
  });

  it('the spike guard counts the runs logged, not the days without one, once the app logs runs', () => {
    // A synced runner who ran two short runs in the plan's first five weeks, 1 km in its second and 2 km in its fourth:
    // the next runs are held to 110 % of the longest (2.2 km at most; the history is more than 30 days back), not to the
    // runs planned on days nothing was logged. (No 14 days without a run since the start: no break — no-runs.test.ts.)
    const today = shiftDay(start, 35);
    const ran = plan.days.find((day, index) => index > 22 && (day.running.planned?.distance?.value ?? 0) > 0)!;
    const early = plan.days.find((day, index) => index >= 10 && index <= 12 && (day.running.planned?.distance?.value ?? 0) > 0)!;
    expect(ran.date > shiftDay(today, -14) && ran.date < shiftDay(today, -7)).toBe(true);
    const result = reviewPlan(plan, [{ kind: 'run', date: early.date, distance: { value: 1, unit: 'km' }, pain: { during: 1 } }, { kind: 'run', date: ran.date, distance: { value: 2, unit: 'km' }, pain: { during: 1 } }], { today });
    const next = result.plan.days.find((day) => day.date >= today && (day.running.planned?.distance?.value ?? 0) > 0);
    expect(next?.running.planned?.distance?.value).toBeLessThanOrEqual(2.2 + 1e-9);
    expect(next?.flags.map((flag) => flag.message)).toContainEqual(expect.stringMatching(/: 110 % of your longest run of the 30 days before, as logged \(2 km\)\.$/));
    expect(longest(plan, today)).toBeGreaterThan(2.2);
    // With one 1 km run, the guard's runs of 1.1 km and more are planned — shorter than a mile, but not cut by running
    // more than planned, so not dropped as such (found by review: the whole week rested, "Lowered because this week
    // already holds more running than planned").
    const short = reviewPlan(plan, [{ kind: 'run', date: ran.date, distance: { value: 1, unit: 'km' }, pain: { during: 1 } }], { today });
    expect(week(short.plan, today)).toBeGreaterThan(2);
    for (const day of short.plan.days.filter((entry) => entry.date >= today)) {
      for (const flag of day.flags) expect(flag.message).not.toMatch(/already holds more running than planned/);
    }
  });

  describe('ReviewOptions.logsRuns: what the app says it logs', () => {
    // An app that logs pain daily and, once, a race: the race made it read as an app that logs every run, so a flare
    // stepped back "as no run is logged" and, two weeks on, the days without runs were read as a break (found by review).
    const painDaily = (days: number, race?: number): LogEntry[] => {
      const log: LogEntry[] = [];
      for (let offset = 0; offset < days; offset++) {
        const date = shiftDay(start, offset);
        log.push({ kind: 'pain', date, during: 1, nextMorning: 1 });
        if (offset === race) log.push({ kind: 'race', date, distance: { value: 5, unit: 'km' } });
      }
      return log;
    };

    it('false: a day without a run counts as run as planned, and no break is read from days without runs', () => {
      const today = shiftDay(start, 30);
      const log = painDaily(30, 8);
      const inferred = reviewPlan(plan, log, { today });
      expect(inferred.reasons.map((reason) => reason.rule)).toContain('no-runs-logged');
      const told = reviewPlan(plan, log, { today, logsRuns: false });
      expect(told.reasons.map((reason) => reason.rule)).not.toContain('no-runs-logged');
      expect(told.status).toBe('progress');
      // As if the race were not logged at all, but for the race's own day.
      expect(week(told.plan, today)).toBe(week(reviewPlan(plan, painDaily(30), { today }).plan, today));
      // A flare: stepped back from the runs planned, not "as no run is logged".
      const flare = [...log, { kind: 'pain', date: today, during: 7 } as const];
      expect(reviewPlan(plan, flare, { today, logsRuns: false }).reasons.find((reason) => reason.rule === 'load')?.message).toMatch(/at most 70 % of the \d+(\.\d+)? km run in the 7 days before/);
    });

    it('true: a synced app with no run logged since the start reads the break', () => {
      const today = shiftDay(start, 20);
      const log = painDaily(20);
      expect(reviewPlan(plan, log, { today }).reasons.map((reason) => reason.rule)).not.toContain('no-runs-logged');
      const told = reviewPlan(plan, log, { today, logsRuns: true });
      expect(told.status).toBe('hold');
      expect(told.reasons.map((reason) => reason.rule)).toContain('no-runs-logged');
    });

    it('anything but a boolean is an input error naming the option', () => {
      expect(() => reviewPlan(plan, [], { today: start, logsRuns: 'yes' as unknown as boolean })).toThrow(expect.objectContaining({ name: 'RehabInputError', issues: [expect.objectContaining({ path: ['logsRuns'] })] }));
    });
  });
});
