import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';
import { simRunners } from '../load/simulate.js';

// After a clearance, running resumes from the last week the runner tolerated — no more than their average week of the
// 28 days before, the referral's days counting as none (found by review: a marathoner referred for a swollen calf and
// cleared three weeks later resumed at the 73.6 km tolerated week, having run 15.8 km a week on average).
describe('running after a clearance', () => {
  it('resumes no higher than the runner’s average week of the 28 days before, and says so', () => {
    const start = '2026-12-01';
    let plan: Plan = generatePlan(getProtocol('achilles-tendinopathy-insertional'), { startDate: start, history: simRunners[1]?.history(start), goalDistance: { value: 10, unit: 'km' } });
    const log: LogEntry[] = [];
    let checked = false;
    for (let day = 1; day <= 40; day++) {
      const date = shiftDay(start, day - 1);
      const planned = plan.days.find((entry) => entry.date === date)?.running.planned?.distance?.value ?? 0;
      if ((day <= 14 || day >= 37) && planned > 0) log.push({ kind: 'run', date, distance: { value: planned, unit: plan.unit } });
      if (day === 15) log.push({ kind: 'symptom', date, redFlag: 'calf-swelling' });
      if (day === 36) log.push({ kind: 'clearance', date });
      const today = shiftDay(date, 1);
      const result = reviewPlan(plan, log, { today });
      plan = result.plan;
      if (day === 36) {
        checked = true;
        expect(result.reasons.map((reason) => reason.rule)).toContain('clearance');
        const ran = log.filter((entry) => entry.kind === 'run' && entry.date >= shiftDay(today, -28)).reduce((sum, entry) => sum + (entry.kind === 'run' ? entry.distance.value : 0), 0);
        const next = plan.days.filter((entry) => entry.date >= today && entry.date < shiftDay(today, 7)).reduce((sum, entry) => sum + (entry.running.planned?.distance?.value ?? 0), 0);
        // Before: 66.5 km planned in the 7 days after the clearance.
        expect(next).toBeLessThanOrEqual(ran / 4 + 1e-9);
        expect(plan.days.find((entry) => entry.date === today)?.flags.map((flag) => flag.message)).toContainEqual(expect.stringMatching(/^Cleared by a clinician: running resumes from \d+(\.\d+)? km a week, your average over the 28 days before \(less than the last week you tolerated, /));
        // The reason says the same (it named the tolerated week beside a note resuming lower), and no day allows a run
        // longer than 110 % of the longest of those 28 days (it allowed 24.3 km).
        expect(result.reasons.find((reason) => reason.rule === 'clearance')?.message).toMatch(/^A clinician cleared you on \d{4}-\d{2}-\d{2}: running resumes from \d+(\.\d+)? km a week, your average over the 28 days before/);
        const longest = Math.max(...log.filter((entry) => entry.kind === 'run' && entry.date >= shiftDay(today, -28)).map((entry) => (entry.kind === 'run' ? entry.distance.value : 0)));
        for (const entry of plan.days.filter((day) => day.date >= today && day.date < shiftDay(today, 7))) expect(entry.running.maxDistance?.value ?? 0, entry.date).toBeLessThanOrEqual(1.1 * longest + 1e-9);
      }
    }
    expect(checked).toBe(true);
  });
});
