import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { realRuns as runs } from '../fixtures/real-export.js';
import { shiftDay } from '../fixtures/runners.js';

// A real runner's Strava export (test/fixtures/real-export.ts): the history before a start, and the runs they did
// after it, as a synced app would log them — a runner who did not follow the plan.

const runsFrom = (plan: Plan, from: string, days: number) => plan.days.filter((day) => day.date >= from && day.date < shiftDay(from, days)).map((day) => day.running.planned?.distance?.value ?? 0);

// Fewer runs rather than runs of a few hundred metres, in a review as in a plan's making (found by review on this
// export: after running more than planned, the rest of the week planned runs of 0.44 km; the runner, who ran 4 km on
// them, was credited with 0.44 km, so every later run shrank, and reviewed daily a pain-free plan fell toward nothing).
describe('runs a review shortens, on a real runner’s runs', () => {
  it('reviewed every day or once a week, a pain-free runner keeps runs of a mile or more', () => {
    const start = '2022-11-01';
    const plan = generatePlan(getProtocol('iliotibial-band-syndrome'), { startDate: start, history: runs.filter((run) => run.date < start), goalDistance: { value: 10, unit: 'km' } });
    const after = runs.filter((run) => run.date >= start && run.date < shiftDay(start, 35)).map((run): LogEntry => ({ ...run, kind: 'run', pain: { during: 1 } }));
    expect(after.length).toBeGreaterThan(10);
    let daily = plan;
    let weekly = plan;
    for (let offset = 1; offset <= 35; offset++) {
      const today = shiftDay(start, offset);
      const log = after.filter((entry) => entry.date < today);
      daily = reviewPlan(daily, log, { today }).plan;
      if (offset % 7 === 0) weekly = reviewPlan(weekly, log, { today }).plan;
    }
    const today = shiftDay(start, 35);
    for (const [name, reviewed] of [['daily', daily], ['weekly', weekly]] as const) {
      const next = runsFrom(reviewed, today, 14).filter((value) => value > 0);
      expect(next.length, name).toBeGreaterThan(0);
      for (const value of next) expect(value, name).toBeGreaterThanOrEqual(1.6);
    }
    const total = (reviewed: Plan) => runsFrom(reviewed, today, 14).reduce((sum, value) => sum + value, 0);
    expect(total(daily)).toBeGreaterThanOrEqual(0.5 * total(weekly));
  });

  it('back from a break on the return-to-run programme, running more than its sessions, is planned no session of a few hundred metres', () => {
    // The export from 2023-04-12, reviewed daily for 12 weeks: a 19-day gap in May restarts the running from the
    // programme's first step, and the runner comes back at 5 km runs; the rest of each week's sessions were cut to
    // 0.38–0.66 km and kept. A session cut to less than half is now none (shorter cuts keep it, so no phase is skipped).
    const start = '2023-04-12';
    let plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: start, history: runs.filter((run) => run.date < start), goalDistance: { value: 10, unit: 'km' } });
    const after = runs.filter((run) => run.date >= start && run.date < shiftDay(start, 84)).map((run): LogEntry => ({ ...run, kind: 'run', pain: { during: 1 } }));
    let restarted = false;
    for (let offset = 1; offset <= 84; offset++) {
      const today = shiftDay(start, offset);
      const result = reviewPlan(plan, after.filter((entry) => entry.date < today), { today });
      plan = result.plan;
      if (result.reasons.some((reason) => reason.rule === 'no-runs-logged')) restarted = true;
      for (const value of runsFrom(plan, today, 7)) if (value > 0) expect(value, today).toBeGreaterThanOrEqual(1);
    }
    expect(restarted).toBe(true);
  });
});
