import { describe, expect, it } from 'vitest';
import { generatePlan, getProtocol, reviewPlan, type LogEntry } from 'rehab-protocols';
import { shiftDay } from '../fixtures/runners.js';

// The weekly trend rule (docs/plan-review.md, `pain-trend`): pain or morning stiffness whose 7-day average rises at
// least a point above the 7 days before steps back — unless the new week stays within what counts as settled.
describe('pain rising week over week', () => {
  const start = '2026-12-01';
  const plan = generatePlan(getProtocol('plantar-heel-pain'), { startDate: start, goalDistance: { value: 10, unit: 'km' } });
  /** A pain rating on each of 14 days: `first` for the first 7, `second` for the next 7. */
  const weeks = (first: number, second: number, field: 'during' | 'morningStiffness' = 'during'): LogEntry[] =>
    Array.from({ length: 14 }, (_, index): LogEntry => ({ kind: 'pain', date: shiftDay(start, index), [field]: index < 7 ? first : second }) as LogEntry);
  const review = (log: LogEntry[], baselinePain?: number) => reviewPlan(plan, log, { today: shiftDay(start, 14), ...(baselinePain === undefined ? {} : { baselinePain }) });

  it('steps back when the week’s average rises a point or more above the week before, past what counts as settled', () => {
    const result = review(weeks(1, 3));
    expect(result.status).toBe('step-back');
    expect(result.reasons.find((reason) => reason.rule === 'pain-trend')?.message).toMatch(/^Pain is rising week over week \(average 2\.1\/10 in the week to 2026-12-11, 1\.0\/10 the week before\)/);
    // Morning stiffness too.
    expect(review(weeks(1, 3, 'morningStiffness')).reasons.map((reason) => reason.rule)).toContain('pain-trend');
  });

  it('does not step back for a rise that stays within what counts as settled (found by review: 0/10, then 1/10, cut the running)', () => {
    for (const [first, second] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const result = review(weeks(first, second));
      expect(result.reasons.map((reason) => reason.rule), `${first} then ${second}`).not.toContain('pain-trend');
      expect(result.status, `${first} then ${second}`).toBe('progress');
    }
    // A runner whose usual pain is none (baselinePain 0) is held to it: 0/10, then 1/10, is a rise.
    expect(review(weeks(0, 1), 0).reasons.map((reason) => reason.rule)).toContain('pain-trend');
    // Less than a point is no rise, whatever the level.
    expect(review(weeks(3, 3.5)).reasons.map((reason) => reason.rule)).not.toContain('pain-trend');
  });
});
