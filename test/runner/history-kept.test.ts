import { describe, expect, it } from 'vitest';
import { generatePlan, reviewPlan, type LogEntry, type RunLogEntry } from 'rehab-protocols';
import { iliotibialBandSyndrome } from 'rehab-protocols/protocols/iliotibial-band-syndrome';
import { shiftDay } from '../fixtures/runners.js';

// A plan keeps of the history only what a re-plan reads (the 12 weeks before the start): a runner who imports two
// years of runs does not store them in every plan, and every review — a step-back, a referral and a clearance — gives
// the same plan as with the whole history.
const START = '2026-12-01';
// Two years of runs, four a week, with a different pattern in each year so that a window change would show.
const history: RunLogEntry[] = [];
for (let day = -730; day < 0; day++) {
  if (day % 7 === 0 || day % 7 === 2 || day % 7 === 4 || day % 7 === -1) history.push({ date: shiftDay(START, day), distance: { value: day < -365 ? 12 : 5 + (Math.abs(day) % 4), unit: 'km' } });
}
const options = { startDate: START, history, goalDistance: { value: 21, unit: 'km' as const } };
const recent = history.filter((entry) => entry.date >= shiftDay(START, -84));

const log: LogEntry[] = [
  { kind: 'run', date: '2026-12-03', distance: { value: 4, unit: 'km' }, pain: { during: 6 } },
  { kind: 'pain', date: '2026-12-04', nextMorning: 4 },
  { kind: 'pain', date: '2026-12-06', during: 8 },
  { kind: 'pain', date: '2026-12-07', during: 8 },
  { kind: 'clearance', date: '2026-12-12' },
  { kind: 'run', date: '2026-12-13', distance: { value: 3, unit: 'km' }, pain: { during: 2 } },
];

describe('the history a plan keeps', () => {
  it('is the runs of the 12 weeks before the start, not two years', () => {
    const plan = generatePlan(iliotibialBandSyndrome, options);
    expect(plan.generatedWith?.options.history).toEqual(recent);
    expect(recent.length).toBeLessThan(history.length / 8);
  });

  it('gives the same plan, and the same reviews, as the whole history', () => {
    const whole = generatePlan(iliotibialBandSyndrome, options);
    const kept = generatePlan(iliotibialBandSyndrome, { ...options, history: recent });
    expect(whole).toEqual(kept);
    const statuses: string[] = [];
    for (const today of ['2026-12-05', '2026-12-08', '2026-12-15']) {
      const upTo = log.filter((entry) => entry.date < today);
      const a = reviewPlan(whole, upTo, { today });
      const b = reviewPlan(kept, upTo, { today });
      expect(a).toEqual(b);
      statuses.push(a.status);
    }
    // The log above steps back, refers and resumes after the clearance: every kind of re-plan was compared.
    expect(statuses).toEqual(['step-back', 'refer', expect.stringMatching(/^(progress|hold|step-back)$/)]);
  });
});
