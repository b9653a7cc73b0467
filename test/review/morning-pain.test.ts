import { describe, expect, it } from 'vitest';
import { generatePlan, listProtocols, reviewPlan, type LogEntry, type Plan } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';
import { simRunners } from '../load/simulate.js';

const start = '2026-12-01';
const runs = (day: Plan['days'][number] | undefined) => (day?.running.planned?.distance?.value ?? 0) > 0 || day?.running.planned?.minutes !== undefined;

// Pain on waking above the most a run may reach leaves no run that day (docs/plan-review.md, `pain-on-waking`), on every
// path a review re-plans by — a clearance and a restart re-fit the programme around the rested day.
describe('no run on a morning of pain above the limit', () => {
  it('after a clearance: today rests, and the programme, its phases and notes go to the days after (found by review)', () => {
    let cases = 0;
    for (const protocol of listProtocols()) {
      for (const runner of [...simRunners, undefined]) {
        for (const referredOn of [3, 8]) {
          const plan = generatePlan(protocol, { startDate: start, ...(runner === undefined ? {} : { history: runner.history(start) }), goalDistance: { value: 10, unit: 'km' } });
          const log: LogEntry[] = [{ kind: 'symptom', date: shiftDay(start, referredOn - 1), redFlag: 'swelling' }];
          const referred = reviewPlan(plan, log, { today: shiftDay(start, referredOn) });
          expect(referred.status).toBe('refer');
          const cleared = shiftDay(start, referredOn + 3);
          const today = shiftDay(cleared, 1);
          log.push({ kind: 'clearance', date: cleared }, { kind: 'pain', date: cleared, nextMorning: 6 });
          const result = reviewPlan(referred.plan, log, { today });
          const day = result.plan.days.find((entry) => entry.date === today);
          if (day === undefined) continue;
          const what = `${protocol.id}, ${runner?.name ?? 'no history'}, referred on day ${referredOn}`;
          cases += 1;
          expect(runs(day), what).toBe(false);
          expect(day.running.intensity, what).toBe('rest');
          const rested = day.flags.some((flag) => /^No run today: your pain on waking \(6\/10\)/.test(flag.message));
          // Said on the day and among the reasons when the day had running to take away.
          expect(result.reasons.some((reason) => reason.rule === 'pain-on-waking'), what).toBe(rested);
          if (!rested) continue;
          // Nothing on the rested day speaks of a run, and no later day of the run it no longer has.
          expect(day.flags.filter((flag) => flag.kind === 'return-to-run' || /^(Planned run|Limit) lowered/.test(flag.message)), what).toEqual([]);
          for (const later of result.plan.days.filter((entry) => entry.date > today)) {
            for (const flag of later.flags) expect(flag.message, `${what}: ${later.date}`).not.toContain(`on ${today})`);
          }
          // Each phase of the return-to-run programme at least twice before the next, as its notes say.
          const phases = result.plan.days
            .filter((entry) => entry.date >= today)
            .map((entry) => /^Return-to-run phase (\d+)/.exec(entry.flags.find((flag) => flag.kind === 'return-to-run')?.message ?? '')?.[1])
            .filter((phase): phase is string => phase !== undefined);
          const second = phases.indexOf('2');
          if (second >= 0) expect(second, `${what}: phases ${phases.join(',')}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
    expect(cases).toBeGreaterThan(50);
  });

  it('not when a run is logged today already, nor for pain on waking within the limit', () => {
    const plan = generatePlan(listProtocols().find((protocol) => protocol.id === 'patellofemoral-pain')!, { startDate: start, history: simRunners[0]!.history(start), goalDistance: { value: 10, unit: 'km' } });
    const today = plan.days.find((day, index) => index > 3 && runs(day))!.date;
    const yesterday = shiftDay(today, -1);
    const planned = plan.days.find((day) => day.date === today)?.running.planned?.distance?.value ?? 0;
    const ranToday = reviewPlan(plan, [{ kind: 'pain', date: yesterday, nextMorning: 6 }, { kind: 'run', date: today, distance: { value: planned, unit: 'km' } }], { today });
    expect(ranToday.reasons.map((reason) => reason.rule)).not.toContain('pain-on-waking');
    // 5/10 is within the limit (a step-back, as above the settled 2/10, but no rest for the morning); 2/10 plans the run.
    const within = reviewPlan(plan, [{ kind: 'pain', date: yesterday, nextMorning: 5 }], { today });
    expect(within.reasons.map((reason) => reason.rule)).not.toContain('pain-on-waking');
    const settled = reviewPlan(plan, [{ kind: 'pain', date: yesterday, nextMorning: 2 }], { today });
    expect(runs(settled.plan.days.find((day) => day.date === today))).toBe(true);
    const above = reviewPlan(plan, [{ kind: 'pain', date: yesterday, nextMorning: 6 }], { today });
    expect(above.reasons.map((reason) => reason.rule)).toContain('pain-on-waking');
    expect(runs(above.plan.days.find((day) => day.date === today))).toBe(false);
  });
});
