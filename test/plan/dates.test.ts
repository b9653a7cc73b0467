import { describe, expect, it } from 'vitest';
import { generatePlan } from 'rehab-protocols';
import { patellofemoralPain } from 'rehab-protocols/protocols/patellofemoral-pain';

const goalDistance = { value: 30, unit: 'mi' } as const;
const datesFrom = (startDate: string) => generatePlan(patellofemoralPain, { startDate, goalDistance }).days.map((day) => day.date);

// The whole suite runs under several TZ values (see vitest.config.ts); these dates must come out the same in each.
describe('plan dates', () => {
  it('runs under the time zone its project names', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });

  it('crosses the start of US daylight saving time (2026-03-08) without skipping or repeating a day', () => {
    expect(datesFrom('2026-03-05')).toEqual([
      '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11',
      '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18',
    ]);
  });

  it('crosses the end of US daylight saving time (2026-11-01)', () => {
    expect(datesFrom('2026-10-30').slice(0, 5)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03']);
  });

  it('crosses the New Zealand daylight-saving changes (2026-04-05 and 2026-09-27)', () => {
    expect(datesFrom('2026-04-04').slice(0, 3)).toEqual(['2026-04-04', '2026-04-05', '2026-04-06']);
    expect(datesFrom('2026-09-26').slice(0, 3)).toEqual(['2026-09-26', '2026-09-27', '2026-09-28']);
  });

  it('crosses month and year ends, and a leap day', () => {
    expect(datesFrom('2026-12-25').at(-1)).toBe('2027-01-07');
    expect(datesFrom('2028-02-20').slice(8, 11)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(datesFrom('2027-02-20').slice(8, 10)).toEqual(['2027-02-28', '2027-03-01']);
  });

  it('sets the end date to the last day and dates the checkpoint', () => {
    const plan = generatePlan(patellofemoralPain, { startDate: '2026-03-05', goalDistance });
    expect(plan.endDate).toBe('2026-03-18');
    expect(plan.checkpoints[0]?.date).toBe('2026-03-18');
  });
});
